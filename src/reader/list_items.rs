//! Items of a list in a message (minutes' bullets, numbered points): whether a sentence
//! opens one, whether it hands out a follow-up ("• Ada to send the SLA by 4/12", "1. Sam –
//! payroll sign-off pack by 9/12"), and whether it only says nothing changed ("- PLM: no
//! change"). Used by `records` to split a message into its records.

use super::tokens::{TokKind, Token};

/// Does the sentence at `a` open an item of a list, on a line of its own after a bullet
/// ("• Cold store – deferred", "- PLM: no change", "・WMS: continue") or a number ("2. Data
/// centre DR site: deferred", "2) office network …")?
pub(super) fn list_item(toks: &[Token], a: usize) -> bool {
    let line_start = |k: usize| k == 0 || toks[k - 1].is_sym("\n");
    let bullet = |t: &Token| matches!(t.lower.as_str(), "•" | "-" | "–" | "・" | "*" | "▪" | "‣");
    let number = |t: &Token| t.kind == TokKind::Num && t.lower.len() <= 2;
    let mark = |t: &Token| t.is_sym(".") || t.is_sym(")");
    // "(a) approved the dasher boards …", "b) declined …": an item lettered in brackets.
    if lettered_item(toks, a) {
        return line_start(a);
    }
    if spoken_number_item(toks, a) {
        return true;
    }
    // "Item 2: QuickBooks migration. Deferred, …": a line of minutes numbered with "Item"
    // (round B58).
    if item_numbered_line(toks, a) {
        return true;
    }
    match toks.get(a) {
        Some(t) if bullet(t) => line_start(a),
        // "2) office network": the number opens the sentence, its bracket after it.
        Some(t) if number(t) && toks.get(a + 1).is_some_and(|n| n.is_sym(")")) => line_start(a),
        // "(4) Cherry to send …": the number in brackets.
        Some(t) if bracketed_number(toks, a) && t.is_sym("(") => line_start(a),
        // "2. Data centre DR site": the number's dot ended a sentence of its own.
        _ => a >= 2 && mark(&toks[a - 1]) && number(&toks[a - 2]) && line_start(a - 2),
    }
}

/// "Other matters: Ate Grace to get …", "AOB: …": a line of minutes opening on their closing
/// heading and its colon, which hands out what follows as an item would.
fn closing_heading_line(toks: &[Token], a: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let line_start = a == 0 || toks[a - 1].is_sym("\n");
    let label = match (word(a), word(a + 1), word(a + 2)) {
        ("other", "matters" | "business", ":") | ("next", "steps", ":") => 2,
        ("aob" | "actions", ":", _) => 1,
        ("any", "other", "business") => 3,
        _ => return false,
    };
    line_start && toks.get(a + label).is_some_and(|t| t.is_sym(":"))
}

/// "(4)": a number of one or two digits in brackets at `a`.
fn bracketed_number(toks: &[Token], a: usize) -> bool {
    toks.get(a).is_some_and(|t| t.is_sym("("))
        && toks
            .get(a + 1)
            .is_some_and(|t| t.kind == TokKind::Num && t.lower.len() <= 2)
        && toks.get(a + 2).is_some_and(|t| t.is_sym(")"))
}

/// Does a letter in brackets open an item at `a`: "(a) approved …", "(b) declined …", "b)
/// declined …" (a to h, one letter, or a small roman numeral to vi, its closing bracket
/// straight after)?
pub(crate) fn lettered_item(toks: &[Token], a: usize) -> bool {
    // A letter a to h, or a small roman numeral ("i)", "ii)", "iv)") in small letters.
    let letter = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.is_word()
                && !t.capital
                && (t.lower.len() == 1 && matches!(t.lower.as_bytes()[0], b'a'..=b'h')
                    || matches!(t.lower.as_str(), "i" | "ii" | "iii" | "iv" | "v" | "vi"))
        })
    };
    let close = |k: usize| toks.get(k).is_some_and(|t| t.is_sym(")"));
    if toks.get(a).is_some_and(|t| t.is_sym("(")) {
        letter(a + 1) && close(a + 2)
    } else {
        letter(a) && close(a + 1)
    }
}

/// The numbers a dictated list says its lines with, in order.
const SPOKEN_NUMBERS: [&str; 9] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];

/// Does a number said as a word open a dictated line at `a` ("three things new line one
/// the analyser approved … new line two the resleepering goes ahead …")? The word in small
/// letters at a line's start, with the line numbered before it earlier in the message ("two"
/// after a line opening "one"), or for "one" the line numbered after it later; "new line
/// one of the sizers was down" numbers nothing.
fn spoken_number_item(toks: &[Token], a: usize) -> bool {
    let opens_line = |k: usize, n: &str| {
        k > 0 && toks[k - 1].is_sym("\n") && toks[k].kind == TokKind::Word && toks[k].lower == n
    };
    let Some(n) = toks
        .get(a)
        .filter(|t| !t.capital)
        .and_then(|t| SPOKEN_NUMBERS.iter().position(|&w| w == t.lower))
    else {
        return false;
    };
    if !opens_line(a, SPOKEN_NUMBERS[n]) {
        return false;
    }
    if n == 0 {
        (a + 1..toks.len()).any(|k| opens_line(k, SPOKEN_NUMBERS[1]))
    } else {
        (0..a).any(|k| opens_line(k, SPOKEN_NUMBERS[n - 1]))
    }
}

/// Does the item of a list at `a` hand out a follow-up ("• Ada to send the SLA by 4/12",
/// "3. Action: Ahmed to share the test results …", "- @tolu to circulate …")? Its
/// owner's one or two words, then "to" and the work.
pub(super) fn follow_up_item(toks: &[Token], a: usize) -> bool {
    let item_n = item_numbered_line(toks, a);
    // "… last weekend. 3. Opio, for the CCTV kindly coordinate …" (round B60, convention
    // 86): an item numbered inline, its words after the number's dot.
    if semicolon_task(toks, a) {
        return true;
    }
    if inline_dotted_item(toks, a) {
        let k = if toks[a].kind == TokKind::Num {
            a + 2
        } else {
            a
        };
        return asked_by_name_please(toks, k);
    }
    if !list_item(toks, a) && !closing_heading_line(toks, a) && !item_n {
        // "Action items from today:\nShiva — get 3 quotes … by 16/12": a line after the
        // first, with no bullet, written as its owner, a dash and the work with its due date
        // (round B58).
        return a > 0 && toks[a - 1].is_sym("\n") && owner_dash_work_by(toks, a);
    }
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let mut k = a;
    // "(4) …" and "Item 3: …": three tokens before the item's words.
    if item_n || bracketed_number(toks, a) {
        k += 3;
    } else if !toks[a].is_word() && toks[a].kind != TokKind::Num {
        k += 1;
    } else if toks[a].kind == TokKind::Num {
        k += 2;
    }
    if matches!(word(k), "action" | "ai" | "ação" | "acao") && word(k + 1) == ":" {
        k += 2;
    } else if let Some(colon) = (k..(k + 4).min(toks.len()))
        .take_while(|&j| toks[j].is_word() || toks[j].is_sym(":"))
        .find(|&j| toks[j].is_sym(":"))
        .filter(|&j| j > k)
    {
        // "- M365: Aisha to book the training by 16/12": the item's subject, then its owner,
        // a name ("- CRM: approved to go to tender" hands nobody anything).
        let named = toks
            .get(colon + 1)
            .is_some_and(|t| t.capital || t.is_sym("@"));
        // "- Petrus: get the kiln seal kit ordered by Wed 9 Dec": the owner's name before
        // the colon, then the work's verb (round B57).
        if !named {
            return owner_colon_work(toks, k, colon);
        }
        k = colon + 1;
    }
    // The handle's "@" after the bullet, or opening the item after its number's dot.
    let handle = word(k) == "@" || k > 0 && toks[k - 1].is_sym("@");
    if word(k) == "@" {
        k += 1;
    }
    let owner = toks[k.min(toks.len())..]
        .iter()
        .take(2)
        .take_while(|t| t.is_word() && !t.is("to"))
        .count();
    // "2. @sinta collect seller feedback …": a handle and the work it is told to do.
    let told = handle && toks.get(k).is_some_and(|t| t.is_word()) && {
        let verb = toks.get(k + 1);
        verb.is_some_and(|t| t.is_word() && !t.is("to") && super::intent::is_action_verb(&t.lower))
    };
    told || owner > 0
        && word(k + owner) == "to"
        && toks.get(k + owner + 1).is_some_and(|t| t.is_word())
        || owner_dash_work_by(toks, k)
        || asked_by_name_please(toks, k)
        || item_n && subject_dash_owner_to(toks, k)
        || owner_will_work_by(toks, k)
        || two_owners_to(toks, k)
        || done_by_named(toks, k)
}

/// "2. Calibration of all gauges to be done by Qasim before 20/12." (round S63): the work
/// set in the passive on the item's line, "to be <done> by" and a capitalised name (no
/// month or festival).
fn done_by_named(toks: &[Token], k: usize) -> bool {
    let word = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    (k + 3..toks.len())
        .take_while(|&j| !toks[j].is_sym("\n"))
        .any(|j| {
            word(j) == "by"
                && word(j - 3) == "to"
                && word(j - 2) == "be"
                && (word(j - 1).ends_with("ed") || word(j - 1) == "done")
                && toks.get(j + 1).is_some_and(|t| {
                    t.is_word()
                        && t.capital
                        && !t.caps
                        && super::dates::month(&t.lower).is_none()
                        && super::dates::weekday(&t.lower).is_none()
                        && !super::dates::festival(&t.lower)
                })
        })
}

/// "1. Kenny + Dylan to fix the BDN bug in the BMS (Mon)" (round B60): two owners' names
/// joined by "+", "&" or "and", then "to" and the work.
fn two_owners_to(toks: &[Token], k: usize) -> bool {
    let name = |j: usize| {
        toks.get(j)
            .is_some_and(|t| t.is_word() && t.capital && !t.caps)
    };
    name(k)
        && toks
            .get(k + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "+" | "&" | "and"))
        && name(k + 2)
        && toks.get(k + 3).is_some_and(|t| t.is("to"))
        && toks.get(k + 4).is_some_and(Token::is_word)
}

/// "• Pawel will make the list of spare parts for the packing machine until Friday 11.12."
/// (round B59, convention 86): an item opening on its owner's name (one or two words in
/// capitals), "will" and a verb of work, with the day it is wanted by ("by", "until",
/// "before", "till") later on its line. "• Rui will be off till Monday" hands out nothing.
fn owner_will_work_by(toks: &[Token], k: usize) -> bool {
    let owner = toks[k.min(toks.len())..]
        .iter()
        .take(2)
        .take_while(|t| t.is_word() && t.capital && !t.caps && !t.is("will"))
        .count();
    let verb = |t: &Token| {
        t.is_word()
            && (super::intent::is_action_verb(&t.lower)
                || matches!(
                    t.lower.as_str(),
                    "make"
                        | "do"
                        | "bring"
                        | "finish"
                        | "install"
                        | "fit"
                        | "deliver"
                        | "coordinate"
                ))
    };
    owner > 0
        && toks.get(k + owner).is_some_and(|t| t.is("will"))
        && toks.get(k + owner + 1).is_some_and(verb)
        && toks[k + owner + 2..]
            .iter()
            .take_while(|t| !t.is_sym("\n"))
            .any(|t| matches!(t.lower.as_str(), "by" | "until" | "before" | "till"))
}

/// "Action points from today: Thabo to service the fleshing blades before Monday 07/12; Neo
/// to send the biometric clocking policy … by 18 December." (round B60, convention 86):
/// tasks run on one line under a heading of actions, parted by semicolons — the first after
/// the heading's colon, each later one after a semicolon — each its owner's one or two
/// words, "to" and the work.
pub(super) fn semicolon_task(toks: &[Token], a: usize) -> bool {
    let owner_to = |k: usize| {
        let owner = toks[k.min(toks.len())..]
            .iter()
            .take(2)
            .take_while(|t| t.is_word() && t.capital && !t.caps && !t.is("to"))
            .count();
        owner > 0
            && toks.get(k + owner).is_some_and(|t| t.is("to"))
            && toks.get(k + owner + 1).is_some_and(Token::is_word)
    };
    // "Action points: Gift — fuel report by Tuesday; Mutale — slipway photos by Monday."
    // (round B61): the owner, a dash and the work, its "by" before the next semicolon.
    let owner_dash = |k: usize| {
        owner_dash_work_by(toks, k)
            && toks[k..]
                .iter()
                .take_while(|t| !t.is(";") && !t.is_sym("\n"))
                .any(|t| t.is("by"))
    };
    let owner_to = |k: usize| owner_to(k) || owner_dash(k);
    let line_end = |k: usize| {
        (k..toks.len())
            .find(|&j| toks[j].is_sym("\n"))
            .unwrap_or(toks.len())
    };
    if a > 0 && toks[a - 1].is(";") {
        // A later task: the line it is on opens on a heading of actions.
        let line = (0..a)
            .rev()
            .find(|&j| toks[j].is_sym("\n"))
            .map_or(0, |j| j + 1);
        return owner_to(a) && action_heading(toks, line).is_some();
    }
    let opens_line = a == 0 || toks[a - 1].is_sym("\n");
    opens_line
        && action_heading(toks, a)
            .is_some_and(|c| owner_to(c + 1) && toks[c + 1..line_end(c)].iter().any(|t| t.is(";")))
}

/// Whether the owner's name of a task run on a heading's line opens at `i` (round B61):
/// just after the heading's colon or after a semicolon, as [`semicolon_task`] reads it.
pub(super) fn semicolon_task_owner_at(toks: &[Token], i: usize) -> bool {
    if i == 0 {
        return false;
    }
    if toks[i - 1].is(";") {
        return semicolon_task(toks, i);
    }
    if !toks[i - 1].is_sym(":") {
        return false;
    }
    let line = (0..i)
        .rev()
        .find(|&j| toks[j].is_sym("\n"))
        .map_or(0, |j| j + 1);
    action_heading(toks, line) == Some(i - 1) && semicolon_task(toks, line)
}

/// The colon closing a heading of actions that opens the line at `a` ("Action points from
/// today:", "Actions:"): at most eight words, one of them "action(s)".
fn action_heading(toks: &[Token], a: usize) -> Option<usize> {
    // One pass over the heading's words to its colon, "action(s)" told on the way (round
    // P61: asked at the start of every sentence).
    let mut actions = false;
    for (j, t) in toks.iter().enumerate().take(a + 9).skip(a) {
        if t.is_sym(":") {
            return actions.then_some(j);
        }
        if !t.is_word() {
            return None;
        }
        actions |= matches!(t.lower.as_str(), "action" | "actions");
    }
    None
}

/// "… last weekend. 3. Opio, …" (round B60): an item numbered inline with a dot, in the
/// middle of a line — its number (2 to 9) and dot after a sentence's end, and the number
/// before it with its dot earlier on. `a` is at the number or just past its dot.
pub(super) fn inline_dotted_item(toks: &[Token], a: usize) -> bool {
    let n = if toks.get(a).is_some_and(|t| t.kind == TokKind::Num) {
        a
    } else if a >= 2 && toks[a - 1].is_sym(".") {
        a - 2
    } else {
        return false;
    };
    let digit = |k: usize| match toks[k].lower.as_bytes() {
        [d] if toks[k].kind == TokKind::Num => Some(*d),
        _ => None,
    };
    let Some(d @ b'2'..=b'9') = digit(n) else {
        return false;
    };
    let dotted = |k: usize| toks.get(k + 1).is_some_and(|t| t.is_sym("."));
    n >= 1
        && dotted(n)
        && matches!(toks[n - 1].lower.as_str(), "." | "!" | "?")
        && (0..n.saturating_sub(1)).any(|k| digit(k) == Some(d - 1) && dotted(k))
}

/// "- Petrus: get the kiln seal kit ordered by Wed 9 Dec" (round B57): an item opening on
/// its owner's name (one or two words in capitals, `k` to `colon`), a colon, then a verb of
/// work.
fn owner_colon_work(toks: &[Token], k: usize, colon: usize) -> bool {
    // "- Anna-Marie: send the FSC docs …" (round B60): a name's two parts joined by a hyphen.
    let hyphened = colon - k == 3 && toks[k + 1].is_sym("-");
    ((1..=2).contains(&(colon - k)) || hyphened)
        && toks[k..colon]
            .iter()
            .enumerate()
            .all(|(j, t)| hyphened && j == 1 || t.is_word() && t.capital && !t.caps)
        && toks
            .get(colon + 1)
            .is_some_and(|t| t.is_word() && super::intent::is_action_verb(&t.lower))
}

/// "Item 3: Accounting system – …": a line of minutes opening on "Item", its number and a
/// colon (round B56).
fn item_numbered_line(toks: &[Token], a: usize) -> bool {
    (a == 0 || toks[a - 1].is_sym("\n"))
        && toks.get(a).is_some_and(|t| t.is("item"))
        && toks.get(a + 1).is_some_and(|t| t.kind == TokKind::Num)
        && toks.get(a + 2).is_some_and(|t| t.is_sym(":"))
}

/// "Accounting system – Kila to bring three quotes …": the item's subject (one to three
/// words), a dash, then its owner's name (one or two words in capitals), "to" and the work.
/// `k` is at the subject.
fn subject_dash_owner_to(toks: &[Token], k: usize) -> bool {
    let dash = |t: &Token| matches!(t.lower.as_str(), "-" | "–" | "—");
    let Some(at) = (k + 1..(k + 4).min(toks.len())).find(|&j| dash(&toks[j])) else {
        return false;
    };
    if !toks[k..at].iter().all(Token::is_word) {
        return false;
    }
    let owner = toks[at + 1..]
        .iter()
        .take(2)
        .take_while(|t| t.is_word() && t.capital && !t.caps && !t.is("to"))
        .count();
    owner > 0
        && toks.get(at + 1 + owner).is_some_and(|t| t.is("to"))
        && toks.get(at + 2 + owner).is_some_and(Token::is_word)
}

/// "- Omari, please get the service done on the new engine before 15 Dec." (round B56): an
/// item asking someone by name (one or two words in capitals), a comma, then "please" /
/// "kindly" / "pls" and the work. `k` is at the name.
fn asked_by_name_please(toks: &[Token], k: usize) -> bool {
    let name = toks[k.min(toks.len())..]
        .iter()
        .take(2)
        .take_while(|t| t.is_word() && t.capital && !t.caps)
        .count();
    let asking = |t: &Token| matches!(t.lower.as_str(), "please" | "kindly" | "pls" | "plz");
    // "3) Steve please send me the list …" (round B60): "please" straight after the name.
    let comma = usize::from(toks.get(k + name).is_some_and(|t| t.is_sym(",")));
    // "3. Opio, for the CCTV kindly coordinate with Brian …" (round B60): what the ask is
    // about, "for" / "on" / "about" and a few words, before it.
    let about = if comma == 1
        && toks
            .get(k + name + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "for" | "on" | "about" | "re"))
    {
        (k + name + 2..(k + name + 7).min(toks.len()))
            .take_while(|&j| toks[j].is_word())
            .find(|&j| asking(&toks[j]))
            .map_or(0, |j| j - (k + name + comma))
    } else {
        0
    };
    name > 0
        && toks.get(k + name + comma + about).is_some_and(asking)
        && toks
            .get(k + name + comma + about + 1)
            .is_some_and(Token::is_word)
}

/// "1. Sam – payroll sign-off pack by 9/12", "- Priya - test plan by Fri", "1. @priya —
/// quotes by 12/11": an item of follow-ups written as its owner's name (one or two words in
/// capitals, or a handle), a dash, and the work with its due date. `k` is at the owner.
fn owner_dash_work_by(toks: &[Token], k: usize) -> bool {
    // "@priya — …": a handle, in whatever letters, is an owner's name.
    let handle = k > 0 && toks[k - 1].is_sym("@") && toks.get(k).is_some_and(Token::is_word);
    let owner = if handle {
        1
    } else {
        toks[k.min(toks.len())..]
            .iter()
            .take(2)
            .take_while(|t| t.is_word() && t.capital && !t.caps)
            .count()
    };
    let dash = |t: &Token| matches!(t.lower.as_str(), "-" | "–" | "—");
    if owner == 0 || !toks.get(k + owner).is_some_and(dash) {
        return false;
    }
    let line = toks[k + owner + 1..]
        .iter()
        .take_while(|t| !t.is_sym("\n"))
        .collect::<Vec<_>>();
    line.first().is_some_and(|t| t.is_word())
        && line
            .windows(2)
            .any(|w| w[0].is("by") && (w[1].is_word() || w[1].kind == TokKind::Num))
}

/// "PLM: no change", "Cloud migration – noted, on track": an item of minutes that only
/// says nothing changed; so does one that says nothing was decided ("Chatbot: no decision
/// needed", "pas de décision") or that a hold already made still stands ("barrel room:
/// still parked", "Member portal: still on hold"; after a dash, "staff housing – still on
/// hold" puts it off again, a deferral of its own: `still_waiting.rs`).
pub(super) fn status_only(toks: &[Token], (a, b): (usize, usize)) -> bool {
    let part = &toks[a..b];
    // "phones — no decision, @tyler to get a quote by 12/18": nothing decided, but a task
    // handed to a handle with it is a note of the item.
    // So is work due by a day from a handle in other words ("no decision, @luis wants three
    // quotes by 12/18").
    let handle_at = |k: usize| {
        part[k].is_sym("@") && part.get(k + 1).is_some_and(|t| t.is_word() && t.attached)
    };
    if part
        .windows(3)
        .any(|w| w[0].is_sym("@") && w[1].is_word() && w[1].attached && w[2].is("to"))
        || (0..part.len()).any(|k| handle_at(k) && part[k + 2..].iter().any(|t| t.is("by")))
    {
        return false;
    }
    // Closing the item: "3rd truck still parked, revisit march" puts it off again.
    let mut words = part
        .iter()
        .rev()
        .filter(|t| t.is_word())
        .map(|t| t.lower.as_str());
    let last = (words.next(), words.next(), words.next());
    // "- Member portal: still on hold" after a label's colon, as minutes give a status; after
    // a dash or an arrow in a list of decisions ("• staff housing – still on hold") it is
    // put off again, a deferral of its own (`still_waiting.rs`, round V47).
    let on_hold_after_colon = {
        let words: Vec<usize> = (0..part.len()).filter(|&k| part[k].is_word()).collect();
        let n = words.len();
        n >= 3
            && last == (Some("hold"), Some("on"), Some("still"))
            && words[n - 3] > 0
            && !matches!(part[words[n - 3] - 1].lower.as_str(), "-" | "–" | "—" | "→")
    };
    let still_held = on_hold_after_colon
        || matches!(
            last,
            (Some("décision"), Some("de"), Some("pas"))
                | (
                    Some("parked" | "paused" | "shelved" | "deferred"),
                    Some("still"),
                    _
                )
        );
    // "The Board NOTED that the contractor …": minutes' news, not a status.
    part.iter()
        .enumerate()
        .any(|(k, t)| t.is("noted") && !part.get(k + 1).is_some_and(|n| n.is("that")))
        || part.windows(2).any(|p| {
            matches!(
                (p[0].lower.as_str(), p[1].lower.as_str()),
                ("no", "change" | "changes" | "update")
                    | ("on", "track")
                    | ("nothing", "new")
                    | ("no", "decision" | "decisions")
                    | ("unchanged", _)
            )
        })
        || still_held
}

/// Does the item of minutes at `part` only say nothing changed, in any sentence of its line
/// ("• Photo finish: contract signed, install Feb. No change.")?
pub(super) fn status_item(toks: &[Token], (a, _): (usize, usize)) -> bool {
    let end = (a..toks.len())
        .find(|&k| toks[k].is_sym("\n"))
        .unwrap_or(toks.len());
    status_only(toks, (a, end))
}

#[cfg(test)]
mod tests {
    use super::action_heading;
    use crate::reader::tokens::{tokenize, Token};

    /// [`action_heading`] as written before round P61: the colon found first, then the
    /// words before it looked through for "action(s)".
    fn action_heading_in_two_passes(toks: &[Token], a: usize) -> Option<usize> {
        let colon = (a..(a + 9).min(toks.len()))
            .take_while(|&j| toks[j].is_word() || toks[j].is_sym(":"))
            .find(|&j| toks[j].is_sym(":"))?;
        toks[a..colon]
            .iter()
            .any(|t| matches!(t.lower.as_str(), "action" | "actions"))
            .then_some(colon)
    }

    /// Round P61: the heading of actions found in one pass is the one found in two, at every
    /// token of invented lines and of the training corpus and `src/`'s strings.
    #[test]
    fn an_action_heading_found_in_one_pass_is_the_one_found_in_two() {
        let invented = [
            "Action points from the Quillon Ropeworks huddle: Ines to oil the winch; Bo to \
             send the splice specs",
            "Actions: Ines to book the crane",
            "Our actions from today, all nine of them agreed at once: none",
            "Action - Ines to book the crane: by Friday",
        ];
        let toks = tokenize(invented[0]);
        assert_eq!(action_heading(&toks, 0), Some(7));
        let texts = crate::reader::tests::p55_training_texts::training_and_source_texts();
        let mut found = 0;
        for text in invented.iter().map(|s| s.to_string()).chain(texts) {
            let toks = tokenize(&text);
            for a in 0..=toks.len() {
                let kept = action_heading(&toks, a);
                assert_eq!(
                    kept,
                    action_heading_in_two_passes(&toks, a),
                    "{text:?} at {a}"
                );
                found += usize::from(kept.is_some());
            }
        }
        assert!(found > 10, "{found}");
    }
}
