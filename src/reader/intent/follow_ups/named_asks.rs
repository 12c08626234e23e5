//! Tasks handed to someone named in ways the other openings miss (convention 75, round
//! V55): the thing said first and then asked ("Akello, the staff ID cards — kindly follow
//! up with the printer …"), told as "you will …" ("Hamisi you will take the new farmers to
//! Jambiani on Monday 7th"), or asked in the sentence after a handle's news ("@Bárður the
//! pump ran 19 hours yesterday. Can you have the pump supplier here before 10.12?").

use super::*;

/// The polite words that ask, as "please" does ("pliz" in Ugandan English).
pub(super) fn asking_word(w: &str) -> bool {
    matches!(w, "please" | "pls" | "plz" | "pliz" | "kindly")
}

/// From `from` (just after "<Name>,"), a thing named in a few words, a dash or colon, then
/// an asking word and an action verb: where the task's verb is.
pub(super) fn topic_then_asked(toks: &[Token], from: usize) -> Option<usize> {
    let word = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    // "3. Opio, for the CCTV kindly coordinate with Brian …" (round B60, convention 86):
    // what the ask is about after "for" / "on" / "about" / "re", then the asking word.
    if matches!(word(from), "for" | "on" | "about" | "re") {
        let k = (from + 1..toks.len().min(from + 7))
            .take_while(|&j| toks[j].is_word())
            .find(|&j| asking_word(word(j)))?;
        let verb = word(k + 1);
        return (is_action_verb(verb) || matches!(verb, "coordinate" | "liaise")).then_some(k + 1);
    }
    let dash = (from + 1..toks.len().min(from + 8))
        .find(|&j| !toks[j].is_word())
        .filter(|&j| matches!(word(j), "—" | "–" | "-" | ":"))?;
    let k = dash + 1;
    // "Engr. Mizan, the breaker card overhaul — kindly give me the final cost …" (round V63).
    (asking_word(word(k)) && (is_action_verb(word(k + 1)) || word(k + 1) == "give"))
        .then_some(k + 1)
}

/// From `from` (just after "<Name>," or "<Name>:" opening the message), the news first and
/// then the ask, in the same line within two sentences (round V64): "Hamza, the new laptops
/// … are approved, Rs 290,000 each. Kindly place the PO today itself.", "Kevin: laptops …
/// are approved, 8 x $1,350. order them this week pls",
/// "Selim, loom no. 23 … kindly check.". The ask opens a sentence or follows a comma or a
/// dash: an asking word and a verb of work, or a bare verb of work opening a sentence that
/// is asked politely or given a near day. Where the work's verb is. ("make sure you get it"
/// was tried and left out: its one record in the corpus then took a new miss of its
/// questions, its unit not being read.)
pub(super) fn asked_after_the_news(toks: &[Token], from: usize) -> Option<usize> {
    let word = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    let mut ends = 0;
    for j in from + 1..toks.len().min(from + 40) {
        match word(j - 1) {
            "\n" | "?" => return None,
            "." | "!" => ends += 1,
            _ => {}
        }
        if ends > 2 {
            return None;
        }
        let opens = matches!(word(j - 1), "." | "!" | "," | "—" | "–" | ";");
        if !opens {
            continue;
        }
        let w = word(j);
        if asking_word(w) && is_action_verb(word(j + 1)) {
            return Some(j + 1);
        }
        // "order them this week pls": a bare verb of work opening a sentence, asked.
        if matches!(word(j - 1), "." | "!") && is_action_verb(w) {
            let asked = (j + 1..toks.len().min(j + 14))
                .take_while(|&k| !matches!(word(k), "." | "!" | "?" | "\n"))
                .any(|k| {
                    asking_word(word(k))
                        || matches!(word(k), "today" | "tomorrow")
                        || word(k) == "this" && matches!(word(k + 1), "week" | "morning")
                        // "Get them set up before the Christmas shutdown." (round V68): the
                        // time it is wanted by.
                        || matches!(word(k), "before" | "by")
                });
            if asked {
                return Some(j);
            }
        }
    }
    None
}

/// At `i`, a name opening its sentence, then "you will" / "you'll" / "you must" / "you
/// should" and a verb, in a sentence that says a day ("on Monday 7th", "by Friday"): the
/// task told to that person. Where its verb is.
pub(super) fn told_you_will(toks: &[Token], i: usize) -> Option<usize> {
    let word = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    if !you_word(word(i + 1)) {
        return None;
    }
    let k = i + 2 + usize::from(matches!(word(i + 2), "will" | "must" | "should"));
    // "Olivier you coordinate the distribution … by 15th December" (round V63): a bare "you"
    // and a verb of work, with the day it is due by.
    let bare = k == i + 2 && is_action_verb(word(k)) && due_by_a_day(toks, k);
    let verb = toks
        .get(k)
        .filter(|t| t.is_word() && !t.capital && (k > i + 2 || bare))?;
    if verb.lower.len() < 2 {
        return None;
    }
    let dated = (k + 1..toks.len().min(k + 16))
        .take_while(|&j| !matches!(word(j), "." | "!" | "?" | "\n"))
        .any(|j| {
            matches!(word(j), "by" | "before" | "on" | "until" | "till")
                && crate::reader::dates::weekday(word(j + 1)).is_some()
        });
    (dated || is_action_verb(&verb.lower)).then_some(k)
}

/// After a handle's sentence ending at or after `k`, the next sentence opening "Can you" /
/// "Could you" (a "please" allowed) with work by a time in it: where the work's verb is.
pub(super) fn asked_in_the_next_sentence(toks: &[Token], k: usize) -> Option<usize> {
    let word = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    let stop = (k..toks.len().min(k + 24)).find(|&j| matches!(word(j), "." | "!" | "?" | "\n"))?;
    if word(stop) != "." {
        return None;
    }
    let ask = stop + 1;
    if !(matches!(word(ask), "can" | "could") && you_word(word(ask + 1))) {
        return None;
    }
    let verb = ask + 2 + usize::from(asking_word(word(ask + 2)));
    (is_action_verb(word(verb)) || asked_by_a_time(toks, ask, verb)).then_some(verb)
}

/// From `k`, in its sentence, "by" or "before" and a day (a weekday, "next …", "the 18th",
/// a date): the work is owed by then.
pub(super) fn done_by_a_day(toks: &[Token], k: usize) -> bool {
    let word = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    (k..toks.len().min(k + 14))
        .take_while(|&j| !matches!(word(j), "." | "!" | "?" | "\n" | ";"))
        .any(|j| {
            matches!(word(j), "by" | "before")
                && (crate::reader::dates::weekday(word(j + 1)).is_some()
                    || matches!(word(j + 1), "next" | "the" | "tomorrow" | "end" | "eod")
                    || toks.get(j + 1).is_some_and(|t| t.kind == TokKind::Num))
        })
}

/// From `k` to its sentence's end: "by" or "before" and a day, a date or a month.
fn due_by_a_day(toks: &[Token], k: usize) -> bool {
    let word = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    (k + 1..toks.len().min(k + 16))
        .take_while(|&j| !matches!(word(j), "." | "!" | "?" | "\n"))
        .any(|j| {
            matches!(word(j), "by" | "before")
                && (toks.get(j + 1).is_some_and(|t| t.kind == TokKind::Num)
                    || crate::reader::dates::weekday(word(j + 1)).is_some()
                    || crate::reader::dates::month(word(j + 1)).is_some())
        })
}
