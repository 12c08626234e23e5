//! Where each record starts when one message holds several ("approved the CRM at £250k;
//! also the WMS benefit came in at £30k last month"): at a sentence that carries a record
//! of its own (a verdict, or a benefit or new-investment cue with an amount) about another
//! investment than the record before it (or a thing said as "a new …"), or opening with
//! "also", "separately" or "and on X:". Sentences without one (a reason, a remark, a
//! follow-up) stay with the record before them. One verdict said of several investments
//! ("approved £30k for A and £12k for B", "signed off: A 12k, B 5k") is a record each; so is
//! each item of minutes or of a list of follow-ups about another investment.

use super::intent::find_cues;
use super::list_items::{follow_up_item, list_item, status_item, status_only};
use super::money_words::find_money;
use super::names::{NameIndex, Target};
use super::tokens::Token;
use super::verdicts::{
    find_english_verdict_in, find_french_verdict_in, find_verdict_in, VerdictFinding,
};
use crate::money::Currency;

/// Ends a sentence for splitting records.
fn is_end(t: &Token) -> bool {
    matches!(t.lower.as_str(), "." | "!" | "?" | ";" | "\n")
}

/// Words that open another item at `a`: "Also, …", "Separately, …", "Additionally …",
/// "Second, …", "Finally, …" (not "First, …": the first item is no other).
fn opens_item(toks: &[Token], a: usize) -> bool {
    let Some(t) = toks.get(a) else {
        return false;
    };
    counts_item(toks, a) && !matches!(t.lower.as_str(), "first" | "firstly")
        || matches!(
            t.lower.as_str(),
            "also" | "separately" | "additionally" | "secondly"
        )
}

/// "First, …", "Second, …", "Finally, …": the count of a message's items at `a`, with its
/// comma ("Second time of asking" counts nothing).
pub fn counts_item(toks: &[Token], a: usize) -> bool {
    toks.get(a).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "first"
                | "firstly"
                | "second"
                | "secondly"
                | "third"
                | "thirdly"
                | "finally"
                | "lastly"
        )
    }) && toks.get(a + 1).is_some_and(|n| n.is_sym(","))
}

/// "Not now, the room booking system can …", "No for now — the e-book platform …": a
/// sentence that opens on a bare verdict, a break right after it, gives its verdict to the
/// record before; a name after the break is in its reason, not its subject.
fn bare_verdict(toks: &[Token], (a, b): (usize, usize)) -> bool {
    find_verdict_in(toks, a, b).is_some_and(|v| {
        v.start == a
            && toks
                .get(v.end)
                .is_none_or(|t| v.end >= b || t.is_sym(",") || t.is_sym("—") || t.is_sym("–"))
    })
}

/// "and on the kiosks: paused …", "and re the ERP: …": a turn to another subject, named
/// before a colon a few words on. `j` is at "and".
fn turns_to(toks: &[Token], j: usize) -> bool {
    toks[j].is("and")
        && toks
            .get(j + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "on" | "re" | "for"))
        && toks[j + 2..]
            .iter()
            .take(7)
            .find(|t| t.is_break())
            .is_some_and(|t| t.is_sym(":"))
}

/// The sentences of `toks`, as token ranges without their end marks. ", also",
/// "and also", ", separately" and "and on X:" start a sentence too.
fn sentences(toks: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut s = 0;
    for (j, t) in toks.iter().enumerate() {
        let also_next = toks
            .get(j + 1)
            .is_some_and(|n| n.is("also") || n.is("separately"))
            && (t.is_sym(",") || (t.is("and") && j > s));
        if t.is_sym(",") && toks.get(j + 1).is_some() && turns_to(toks, j + 1) {
            if j > s {
                out.push((s, j));
            }
            s = j + 1;
            continue;
        }
        if turns_to(toks, j) && j > s && !toks[j - 1].is_sym(",") {
            out.push((s, j));
            s = j;
            continue;
        }
        if is_end(t) || also_next {
            if j > s {
                out.push((s, j));
            }
            s = j + 1;
        }
    }
    if toks.len() > s {
        out.push((s, toks.len()));
    }
    out
}

/// Does the sentence carry a record of its own? A verdict said in French counts only when
/// `french` (no sentence says one in English: "Le CA a approuvé … — Board approved …" is
/// one record said twice).
/// `english`: whether the part states a verdict in English words (found once by the
/// caller, which needs it for every part).
fn has_record(
    toks: &[Token],
    (a, b): (usize, usize),
    currency: Currency,
    french: bool,
    english: bool,
) -> bool {
    // A question is not a record: "shall we approve the CRM?"
    if toks.get(b).is_some_and(|t| t.is_sym("?")) {
        return false;
    }
    let verdict = english || french && find_verdict_in(toks, a, b).is_some();
    if verdict {
        return true;
    }
    let part = &toks[a..b];
    // The money first: most parts have none, and it is cheaper to look for than the cues.
    let benefit_or_investment = || {
        let cues = find_cues(part);
        cues.benefit && !cues.forecast || cues.investment
    };
    !find_money(part, currency).is_empty() && benefit_or_investment() || asks_to_look_at_a_new(part)
}

/// "They also want us to look at a solar array …", "asked staff to look at a drone
/// program": a new thing proposed in passing, a record though no money is said yet.
fn asks_to_look_at_a_new(part: &[Token]) -> bool {
    (0..part.len()).any(|k| super::intent::asked_to_look_at(part, k).is_some())
}

/// Where a sentence holds two verdicts joined by "and" / "but" / "plus" ("the kiosks
/// approved at £50k and the pilot paused until spring", "…, plus we're killing the pilot") or listed with a comma ("UBB approved ($120k),
/// mobile app punted to Q3"): the conjunction's position, when each side has a verdict of
/// its own. (Each side is a record only when they name other investments: see `split`.)
fn joined_at(toks: &[Token], (a, b): (usize, usize)) -> Option<usize> {
    let conjunction = |j: usize| {
        toks.get(j).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "and" | "but" | "while" | "whereas" | "plus"
            )
        })
    };
    // "we continue with the external lab, the upgrade is cancelled": what we keep instead
    // is no record of its own.
    let own = |from: usize, to: usize| {
        find_verdict_in(toks, from, to).is_some_and(|v| {
            !(v.verdict == crate::domain::Verdict::Continue
                && super::verdict_shapes::alternative_kept(toks, v.start, v.end))
        })
    };
    // "Device lab approved, €35k, and the …": the amount after the comma is the verdict's
    // before it, not the next record's (any currency will do to see it is one).
    let amount_next = |j: usize| {
        let span = &toks[j + 1..(j + 1 + 4).min(b)];
        find_money(span, Currency::GBP)
            .first()
            .is_some_and(|m| m.start == 0)
    };
    (a + 1..b).find(|&j| {
        (conjunction(j) || toks[j].is_sym(",") && !conjunction(j + 1) && !amount_next(j))
            && own(a, j)
            && own(j + 1, b)
    })
}

/// Every place `joined_at` finds in the sentence `a..b`, each cut looked for after the one
/// before: "CA rooms approved at $1.1M, payroll upgrade turned down, forecast model to go
/// again next season" is three clauses, each with a verdict of its own.
fn joined_all(toks: &[Token], (a, b): (usize, usize)) -> Vec<usize> {
    let mut cuts = Vec::new();
    let mut from = a;
    while let Some(j) = joined_at(toks, (from, b)) {
        cuts.push(j);
        from = j + 1;
    }
    cuts
}

/// "approved two things: the VMS renewal (£5,800 …) and a new grant management system …
/// at £12k": after a verdict, "and a new …" with money of its own lists another thing the
/// verdict is said of. The "and"'s position.
fn new_listed_at(
    toks: &[Token],
    (_, b): (usize, usize),
    verdict: VerdictFinding,
    currency: Currency,
) -> Option<usize> {
    // "scaled right back, just the cool room and a new pass, $145k": what the work is cut
    // down to, no other thing.
    if verdict.verdict == crate::domain::Verdict::Rescope {
        return None;
    }
    (verdict.end..b.saturating_sub(2)).find(|&j| {
        toks[j].is("and")
            && matches!(toks[j + 1].lower.as_str(), "a" | "an")
            && toks[j + 2].is("new")
            && !find_money(&toks[j + 1..b], currency).is_empty()
            && (verdict.end..j).any(|k| toks[k].is_word() && !toks[k].is("the"))
    })
}

/// "approved £30k for the oven sensors and £12k for the loyalty app": after a verdict and
/// an amount, "and" then another amount for another thing shares the verdict's money out
/// (each side is a record only when they name other investments: see `split`). The
/// "and"'s position.
fn shared_out_at(
    toks: &[Token],
    (a, b): (usize, usize),
    verdict: VerdictFinding,
    currency: Currency,
) -> Option<usize> {
    let money = find_money(&toks[a..b], currency);
    let first = money.first()?;
    let from = (a + first.end).max(verdict.start);
    (from..b).find(|&j| toks[j].is("and") && amount_for_after(toks, j, b, currency))
}

/// "signed off by the board: loyalty app 12k, card terminals 5k, tills 3k": after a verdict
/// and a colon, items of a list each naming a thing before its amount. The positions of the
/// commas before the second item and every one after it (each item is a record only when
/// they name other investments: see `split`).
fn listed_after_colon_at(
    toks: &[Token],
    (_, b): (usize, usize),
    verdict: VerdictFinding,
    currency: Currency,
) -> Vec<usize> {
    let Some(colon) = (verdict.end..b).find(|&k| toks[k].is_sym(":")) else {
        return Vec::new();
    };
    if !named_amount_after(toks, colon, b, currency) {
        return Vec::new();
    }
    (colon + 1..b)
        .filter(|&j| toks[j].is_sym(",") && named_amount_after(toks, j, b, currency))
        .collect()
}

/// Do one to four words, then an amount, follow `j` (before `b`): an item of a list naming
/// a thing and its money ("…: loyalty app 12k, …")?
fn named_amount_after(toks: &[Token], j: usize, b: usize, currency: Currency) -> bool {
    let words = toks[j + 1..b]
        .iter()
        .take(5)
        .take_while(|t| t.is_word() && !t.is("and"))
        .count();
    (1..=4).contains(&words)
        && find_money(&toks[j + 1..b], currency)
            .first()
            .is_some_and(|m| m.start == words)
}

/// Does an amount open the words after `j` (before `b`), then "for" / "on" what it is for
/// ("… and £12k for the loyalty app")?
fn amount_for_after(toks: &[Token], j: usize, b: usize, currency: Currency) -> bool {
    let money = find_money(&toks[j + 1..b], currency);
    money.first().is_some_and(|m| {
        m.start == 0
            && toks
                .get(j + 1 + m.end)
                .is_some_and(|t| matches!(t.lower.as_str(), "for" | "on" | "towards"))
    })
}

/// The words the record at `a..b` takes its verdict from, when it shares the verdict of the
/// record before it, from `before`: an amount shared out ("approved £30k for the oven
/// sensors and £12k for the loyalty app") or the next item of a list after a colon ("Shops
/// budget signed off by the board: loyalty app 12k, card terminals 5k"). The token range
/// from the verdict's sentence's start (the unit or the body it names) to the verdict's
/// end.
pub fn shared_verdict(
    toks: &[Token],
    before: usize,
    (a, b): (usize, usize),
    currency: Currency,
) -> Option<(usize, usize)> {
    if a == 0 {
        return None;
    }
    let listed_item = |j: usize| toks[j].is_sym(",") && named_amount_after(toks, j, b, currency);
    // "…: loyalty app 12k, card terminals 5k, tills 3k": an item after another item of the
    // list shares the verdict before the list's colon.
    let (verdict, floor) = match find_verdict_in(toks, before, a) {
        Some(v) => (v, before),
        None if before > 0 && listed_item(before - 1) && listed_item(a - 1) => {
            let colon = (0..before).rev().find(|&k| toks[k].is_sym(":"))?;
            let from = (0..colon)
                .rev()
                .find(|&k| is_end(&toks[k]))
                .map_or(0, |k| k + 1);
            (find_verdict_in(toks, from, colon)?, from)
        }
        None => return None,
    };
    let shared_out = toks[a - 1].is("and") && amount_for_after(toks, a - 1, b, currency);
    // "…: loyalty app 12k, card terminals 5k": the next item of the list after the verdict.
    let listed = listed_item(a - 1) && (verdict.end..a).any(|k| toks[k].is_sym(":"));
    let start = (floor..verdict.start)
        .rev()
        .find(|&k| is_end(&toks[k]))
        .map_or(floor, |k| k + 1);
    (shared_out || listed).then_some((start, verdict.end))
}

/// "the drones are …", "our kiosks were …", "the trial's a no": a clause from `s` (before
/// `b`) that opens on a thing of its own, with "the" or "our" and a verb of being (or the
/// clause's verdict) a few words on.
fn opens_on_subject(toks: &[Token], s: usize, b: usize) -> bool {
    let b = b.min(toks.len());
    // "…, and the HD2 multicast goes dark 12/31": the subject's words, then its verdict;
    // "…, and the firewall refresh IT asked for ($23K) waits till …": or its words closed
    // by who asked for it, its price in brackets.
    let verdict_next = || {
        find_verdict_in(toks, s + 1, b).is_some_and(|v| {
            let mut depth = 0usize;
            let mut words: Vec<&str> = Vec::new();
            for t in &toks[s + 1..v.start] {
                match t.lower.as_str() {
                    "(" => depth += 1,
                    ")" if depth > 0 => depth -= 1,
                    _ if depth > 0 => {}
                    _ if t.is_word() => words.push(t.lower.as_str()),
                    _ => return false,
                }
            }
            let asked = matches!(
                words.as_slice(),
                [.., "asked" | "wanted" | "requested", "for"]
            );
            depth == 0 && (words.len() <= 4 && v.start <= s + 5 || asked && words.len() <= 6)
        })
    };
    toks.get(s)
        .is_some_and(|t| matches!(t.lower.as_str(), "the" | "our"))
        && (toks[s + 1..b]
            .iter()
            .take(4)
            .take_while(|t| t.is_word())
            .any(|t| {
                matches!(t.lower.as_str(), "is" | "are" | "was" | "were") || t.lower.ends_with("'s")
            })
            || verdict_next())
}

/// Where the first record starts: after the status items of minutes ("- PLM: no change")
/// that come before the first item with a record and name another investment than it
/// (the heading's date still reaches it; see `Reader::read`); otherwise at the start.
fn first_start(
    toks: &[Token],
    parts: &[(usize, usize)],
    records: &[bool],
    index: &NameIndex,
) -> usize {
    let Some(first) = records.iter().position(|r| *r) else {
        return 0;
    };
    let Some(last_status) = (0..first).rev().find(|&k| status_only(toks, parts[k])) else {
        return 0;
    };
    let names = index.find(toks);
    let investment_in = |(a, b): (usize, usize)| {
        names.iter().find(|m| {
            m.start >= a
                && m.start < b
                && m.targets.iter().any(|t| matches!(t, Target::Investment(_)))
        })
    };
    // "• Photo finish: install Feb. No change.": the status said in a sentence after the
    // one naming the item is about the item its line names.
    let (a, b) = parts[last_status];
    let line_start = (0..a)
        .rev()
        .find(|&k| toks[k].is_sym("\n"))
        .map_or(0, |k| k + 1);
    let (Some(status), Some(record)) = (
        investment_in((line_start.min(a), b)),
        investment_in(parts[first]),
    ) else {
        return 0;
    };
    if status.targets == record.targets {
        return 0;
    }
    parts[last_status + 1].0
}

/// The token ranges of each record in the message, in order; always at least one (the
/// whole message, or all of it after the status items of minutes before the first record:
/// see `first_start`).
pub fn split(toks: &[Token], index: &NameIndex, currency: Currency) -> Vec<(usize, usize)> {
    let mut parts = sentences(toks);
    // Most messages hold at most one sentence with a record: no need to look up names.
    let english: Vec<Option<VerdictFinding>> = parts
        .iter()
        .map(|&(a, b)| find_english_verdict_in(toks, a, b))
        .collect();
    let french = english.iter().all(Option::is_none);
    let mut records: Vec<bool> = parts
        .iter()
        .zip(&english)
        .map(|(&part, english)| has_record(toks, part, currency, french, english.is_some()))
        .collect();
    let start = first_start(toks, &parts, &records, index);
    // Each sentence with a record and where it may be cut into records of their own.
    let joined: Vec<(usize, Vec<usize>)> = parts
        .iter()
        .zip(&records)
        .enumerate()
        .filter(|(_, (_, r))| **r)
        .filter_map(|(k, (&part, _))| {
            // The part's verdict, found once for the shapes below that start from it.
            let verdict = english[k].or_else(|| find_french_verdict_in(toks, part.0, part.1));
            let joined = joined_all(toks, part);
            let cuts = match verdict {
                _ if !joined.is_empty() => joined,
                None => Vec::new(),
                Some(v) => new_listed_at(toks, part, v, currency)
                    .or_else(|| shared_out_at(toks, part, v, currency))
                    .map_or_else(
                        || listed_after_colon_at(toks, part, v, currency),
                        |j| vec![j],
                    ),
            };
            (!cuts.is_empty()).then_some((k, cuts))
        })
        .collect();
    // "Met Spa about the rota. Also, we approved …": a note, then another item.
    let note_then_item = |k: usize, part: (usize, usize)| {
        k > 0 && opens_item(toks, part.0) && find_cues(&toks[..part.0]).meeting
    };
    let item_after_note = parts
        .iter()
        .zip(&records)
        .enumerate()
        .any(|(k, (&part, &r))| r && note_then_item(k, part));
    // "Action items:\n1. @budi finalise …\n2. @sinta collect …": a list of follow-ups,
    // each a note of its own when it is about another investment.
    let follow_up_items = parts
        .iter()
        .filter(|&&(a, _)| follow_up_item(toks, a))
        .count();
    let item_list = follow_up_items > 1;
    // "Ops meeting 20/11\n- Oven sensors: three quotes in\n- Loyalty app: going ahead, £9k":
    // an item of minutes noting one thing before the first item with a verdict (about
    // another investment: see the loop below).
    let first_record = records.iter().position(|r| *r);
    let noted_item_first = first_record.is_some_and(|f| {
        list_item(toks, parts[f].0)
            && parts[..f]
                .iter()
                .any(|&p| list_item(toks, p.0) && !status_item(toks, p))
    });
    // "- Kiosks: approved, £60k\n- M365: Aisha to book …": one follow-up item after a
    // record may be about another investment (see the loop below).
    if records.iter().filter(|r| **r).count() < 2
        && joined.is_empty()
        && !item_after_note
        && follow_up_items == 0
        && !noted_item_first
    {
        return vec![(start, toks.len())];
    }
    let names = index.find(toks);
    let investment_in = |(a, b): (usize, usize)| -> Option<&Vec<Target>> {
        names
            .iter()
            .find(|m| {
                m.start >= a
                    && m.start < b
                    && m.targets.iter().any(|t| matches!(t, Target::Investment(_)))
            })
            .map(|m| &m.targets)
    };
    // Each side of a joined sentence is its own record when each names another investment,
    // or the right names one and the left has words of its own for a name the directory
    // lacks ("snow cannon phase 2 approved at £300k, and the app is on hold"), or the second
    // opens on a subject of its own ("…, and the drones are a no until Q2").
    let worded = |(a, b): (usize, usize)| {
        let verdict = find_verdict_in(toks, a, b).map_or((b, b), |v| (v.start, v.end));
        (a..b)
            .filter(|&k| (k < verdict.0 || k >= verdict.1) && toks[k].is_word())
            .count()
            >= 2
    };
    let mut subjects: Vec<usize> = Vec::new();
    for (k, cuts) in joined.iter().rev() {
        let (a, mut b) = parts[*k];
        // The pieces after each cut made, last first.
        let mut pieces: Vec<(usize, usize)> = Vec::new();
        for &j in cuts.iter().rev() {
            let (left, right) = (investment_in((a, j)), investment_in((j + 1, b)));
            let left_named = left.is_some() || worded((a, j));
            // "the forklift is approved at $48k, and the QR ordering trial's a no": a thing of
            // the left's own words, then another subject on the right.
            let own_subject = left_named && right.is_none() && opens_on_subject(toks, j + 1, b);
            // "… and a new grant management system at £12k": a thing the directory lacks.
            let listed_new = toks.get(j + 2).is_some_and(|t| t.is("new"))
                && toks
                    .get(j + 1)
                    .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an"));
            if left_named && right.is_some() && left != right || own_subject || listed_new {
                if own_subject {
                    subjects.push(j + 1);
                }
                pieces.push((j + 1, b));
                b = j;
            }
        }
        if !pieces.is_empty() {
            pieces.push((a, b));
            pieces.reverse();
            let n = pieces.len();
            parts.splice(*k..=*k, pieces);
            records.splice(*k..=*k, vec![true; n]);
        }
    }
    let mut starts = vec![start];
    // The current record: whether it carries one yet, and the investment it names.
    let mut carries = false;
    // Whether the current record was said in an item of a list (minutes' bullets).
    let mut in_list = false;
    let mut about: Option<&Vec<Target>> = None;
    // The investment an item of minutes noted before any record.
    let mut noted: Option<&Vec<Target>> = None;
    let mut noted_at = start;
    for (k, (&part, &record)) in parts.iter().zip(&records).enumerate() {
        if part.0 < start {
            continue;
        }
        let bare = carries && bare_verdict(toks, part);
        let named = investment_in(part).filter(|_| !bare);
        // "Also …" announces another item even when its name is one the directory does
        // not know as written ("also the pick bots produced £12k").
        let also = opens_item(toks, part.0) || turns_to(toks, part.0);
        // "… saved £20k; approved a new kiosk refresh at £45k": a thing said as new is
        // another investment than the one before, though the directory has no name for it.
        let new_thing = toks[part.0..part.1]
            .windows(2)
            .any(|p| matches!(p[0].lower.as_str(), "a" | "an") && p[1].is("new"))
            || asks_to_look_at_a_new(&toks[part.0..part.1]);
        let after_note = !carries && note_then_item(k, part);
        // The first item with a verdict, after an item noting another investment, is
        // another record: the note is one of its own. So is an item about a thing the
        // directory lacks ("- line 2 bin tipper approved $38k").
        let after_noted_item =
            !carries && list_item(toks, part.0) && noted.is_some() && named != noted;
        // An item of minutes with a verdict of its own is another record, though its name
        // is one the directory lacks or says short, unless it names the same investment.
        let next_item = list_item(toks, part.0) && (named.is_none() || named != about);
        // An item of minutes that hands out a follow-up about another investment than the
        // record before is a note of its own ("• Ada to send the hedging platform SLA").
        // The first item of a list of follow-ups carries the first record.
        if item_list && !carries && follow_up_item(toks, part.0) {
            carries = true;
            about = named;
            continue;
        }
        // After items of minutes with verdicts, a follow-up item naming no investment is a
        // note of its own too ("- wearables: keep going\n- Maria to update the fall
        // protection plan by 12/11"); one about the item before stays with it.
        let follow_up = carries
            && (named.is_some() && named != about || in_list && named.is_none())
            && follow_up_item(toks, part.0);
        if follow_up
            || record
                && (after_note
                    || after_noted_item
                    || carries
                        && (also
                            || new_thing
                            || next_item
                            || subjects.contains(&part.0)
                            || named.is_some() && named != about))
        {
            // The note is the item's alone: the heading before it says who met and when
            // ("Board minutes 25/11:"), no name of it (its date still reaches the note: see
            // `Reader::read`).
            if after_noted_item && starts.len() == 1 {
                starts[0] = noted_at;
            }
            starts.push(part.0);
            about = named;
            carries = true;
            in_list = record && list_item(toks, part.0);
            continue;
        }
        if record && !carries {
            in_list = list_item(toks, part.0);
        }
        if !carries && noted.is_none() && list_item(toks, part.0) && !status_item(toks, part) {
            noted = named;
            noted_at = part.0;
        }
        carries |= record;
        about = about.or(named);
    }
    let mut spans: Vec<(usize, usize)> = starts.windows(2).map(|w| (w[0], w[1])).collect();
    spans.push((*starts.last().expect("starts with the first"), toks.len()));
    // "- generator: push to Q2\n- website rebuild: no change": items of minutes that only
    // say nothing changed, ending a record, are about their own investment, no part of it.
    for span in spans.iter_mut() {
        let inside: Vec<(usize, usize)> = parts
            .iter()
            .copied()
            .filter(|p| p.0 >= span.0 && p.1 <= span.1)
            .collect();
        let about = inside.iter().find_map(|&p| investment_in(p));
        for &p in inside.iter().rev() {
            let other = investment_in(p).is_some_and(|n| Some(n) != about);
            if p.0 <= span.0 || !(list_item(toks, p.0) && status_item(toks, p) && other) {
                break;
            }
            span.1 = p.0;
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// The sentences `sentences` finds in `text`, each as its lower-case words.
    fn sentence_words(text: &str) -> Vec<String> {
        let toks = tokenize(text);
        sentences(&toks)
            .iter()
            .map(|&(a, b)| {
                toks[a..b]
                    .iter()
                    .map(|t| t.lower.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    #[test]
    fn sentences_split_at_ends_and_also() {
        let words = sentence_words("a b; also c. d, also e and also f");
        assert_eq!(words, ["a b", "also c", "d", "also e", "also f"]);
    }

    #[test]
    fn sentences_split_before_a_turn_to_another_subject() {
        let words = sentence_words("a b, and on the c: d. e and re f: g, separately h");
        assert_eq!(
            words,
            [
                "a b",
                "and on the c : d",
                "e",
                "and re f : g",
                "separately h"
            ]
        );
    }
}
