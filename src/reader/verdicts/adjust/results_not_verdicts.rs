//! Things that kept happening, said to have stopped: "the picture complaints stopped", "the
//! evening calls have nearly stopped", "the freeze-up callouts stopped". A result told of
//! the work, not a stop of it: the subject is what used to happen, not the work. And a
//! plant's "rejects" (parts thrown out: "cycle time n rejects", "fewer rejects"), no
//! refusal.

use super::*;

/// Plural nouns of things that happen again and again: what a result says has stopped.
const HAPPENINGS: &[&str] = &[
    "complaints",
    "calls",
    "callouts",
    "call-outs",
    "errors",
    "queries",
    "breakdowns",
    "failures",
    "jams",
    "outages",
    "crashes",
    "alarms",
    "incidents",
    "leaks",
    "chargebacks",
    "disputes",
    "escalations",
    "faults",
    "emails",
    "no-shows",
];

/// Words between the thing and "stopped" that leave it a result: "have nearly stopped",
/// "all but stopped", "have pretty much stopped".
const BETWEEN: &[&str] = &[
    "have",
    "has",
    "had",
    "nearly",
    "almost",
    "all",
    "but",
    "basically",
    "completely",
    "pretty",
    "much",
    "just",
    "virtually",
    "practically",
];

/// Is the verdict word at `at` "stopped" said of things that kept happening?
pub(super) fn stopped_happening(at: &Around) -> bool {
    let (toks, start, _, word, _, _) = at.parts();
    word == "stopped"
        && (toks[..start]
            .iter()
            .rev()
            .take(5)
            .find(|t| !BETWEEN.contains(&t.lower.as_str()))
            .is_some_and(|t| HAPPENINGS.contains(&t.lower.as_str()))
            || told_of_what_they_were_about(toks, start)
            || told_with_where_from(toks, start))
}

/// "the dust complaints from Lautoka City Council stopped" (round S55): the things that
/// kept happening, then where they came from (a few words, no verb), then "stopped".
fn told_with_where_from(toks: &[Token], start: usize) -> bool {
    let from = start.saturating_sub(7);
    (from..start).any(|k| {
        HAPPENINGS.contains(&toks[k].lower.as_str())
            && toks
                .get(k + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "from" | "about" | "at" | "over"))
            && toks[k + 2..start]
                .iter()
                .all(|t| t.is_word() && !t.lower.ends_with("ed") && !t.is("and"))
    })
}

/// "Complaints about being on hold have basically stopped": the sentence opens on the
/// things that kept happening and what they were about, then "stopped" (round V51).
fn told_of_what_they_were_about(toks: &[Token], start: usize) -> bool {
    let s = toks[..start]
        .iter()
        .rposition(|t| matches!(t.lower.as_str(), "." | "!" | "?" | "\n" | ";"))
        .map_or(0, |p| p + 1);
    let s = if toks.get(s).is_some_and(|t| t.is("the")) {
        s + 1
    } else {
        s
    };
    start.saturating_sub(s) <= 9
        && toks
            .get(s)
            .is_some_and(|t| HAPPENINGS.contains(&t.lower.as_str()))
        && toks
            .get(s + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "about" | "over" | "from"))
}

/// Is the verdict word at `at` a plant's noun "rejects": after "and", "n", "&", "fewer",
/// "less", "more", "of", "on", "in", "the", "our" or "scrap", and ending its clause or
/// followed by "down", "up", "by", "rate" or "from"?
pub(super) fn rejects_as_a_noun(at: &Around) -> bool {
    let (toks, _, end, word, prev, next) = at.parts();
    word == "rejects"
        && matches!(
            prev,
            "and"
                | "n"
                | "&"
                | "fewer"
                | "less"
                | "more"
                | "of"
                | "on"
                | "in"
                | "the"
                | "our"
                | "scrap"
        )
        && (toks.get(end).is_none_or(|t| t.is_break())
            || matches!(next, "down" | "up" | "by" | "rate" | "from" | "and"))
}

/// Is the stop at `at` a thing that keeps happening, its clause going on with when it does
/// ("we're binning whole trays of sourdough when it does", "… every time it trips")? What
/// is thrown out again and again is a reason told, not work stopped.
pub(super) fn stopped_each_time(at: &Around) -> bool {
    let (toks, _, end, _, _, _) = at.parts();
    let clause: Vec<&str> = toks[end..]
        .iter()
        .take(12)
        .take_while(|t| !t.is_break())
        .map(|t| t.lower.as_str())
        .collect();
    clause.windows(2).any(|w| {
        matches!(w, ["every" | "each", "time"])
            || w[0] == "when"
                && matches!(w[1], "it" | "they" | "that")
                && clause
                    .windows(3)
                    .any(|x| x[0] == "when" && matches!(x[2], "does" | "do" | "happens" | "happen"))
    }) || clause.contains(&"whenever")
}

/// Is the verdict at `at` told as a given, the reason for something else ("It's the only
/// reason we'd survive a ransomware hit given we said no to the SOC")? "given" (or "given
/// that") then its subject and the verdict: a decision already made, told in passing.
pub(super) fn told_as_given(at: &Around) -> bool {
    let (toks, start, _, _, _, _) = at.parts();
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    (start.saturating_sub(4)..start).any(|k| {
        w(k) == "given"
            && (k + 1..start).all(|j| toks[j].is_word())
            && matches!(
                w(k + 1 + usize::from(w(k + 1) == "that")),
                "we" | "we've" | "they" | "they've" | "the" | "you" | "you've"
            )
    })
}
