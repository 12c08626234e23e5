//! Verdict words that are a noun or a count here: "2 extra cameras at the pimpri parking 👍"
//! (a car park, no deferral), "Marketing has suggested a YouTube ad push before JEE Mains"
//! (a campaign), "We have not cancelled a single lecture since the inverters went in"
//! (lectures counted, no work kept going), "washed at the truck stop" (a place).

use super::*;

/// Words between an article and "push" that make it a verb ("the team will push …").
const BEFORE_A_VERB: &[&str] = &[
    "will", "to", "we", "i", "can", "should", "must", "'ll", "we'll", "need", "want", "they",
    "let's", "lets", "gonna", "could", "would", "may", "might",
];

/// The verdict word said as a place, a campaign or a count: `Some(None)`, no verdict.
pub(super) fn noun_or_count(at: &Around, raw: Verdict) -> Option<Option<Verdict>> {
    let (toks, start, end, word, prev, next) = at.parts();
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let ends_clause = toks.get(end).is_none_or(|t| !t.is_word());
    let back = start.saturating_sub(4)..start;
    // "at the pimpri parking 👍", "in the staff parking": a car park, ending its clause.
    let place = raw == Verdict::Defer
        && word == "parking"
        && end == start + 1
        && ends_clause
        && back
            .clone()
            .any(|k| matches!(w(k), "the" | "at" | "car" | "staff" | "visitor"));
    // "a YouTube ad push before …", "the Q1 marketing push": an article before, only
    // words between, none making it a verb.
    let campaign = raw == Verdict::Defer
        && word == "push"
        && end == start + 1
        && !matches!(
            next,
            "it" | "them" | "this" | "that" | "the" | "back" | "out"
        )
        && back
            .clone()
            .rev()
            .take_while(|&k| toks[k].is_word() && !BEFORE_A_VERB.contains(&w(k)))
            .any(|k| matches!(w(k), "a" | "an" | "the" | "our" | "this"));
    // "have not cancelled a single lecture", "never lost any students": events counted.
    let counted = (start..end).any(|k| {
        matches!(
            w(k),
            "cancelled" | "canceled" | "cancel" | "stopped" | "dropped" | "lost"
        )
    }) && (next == "a" && w(end + 1) == "single" || matches!(next, "any" | "one"))
        && (start.saturating_sub(3)..end).any(|k| {
            matches!(
                w(k),
                "not" | "never" | "haven't" | "hasn't" | "didn't" | "n't" | "havent" | "hasnt"
            )
        });
    // "came back from the board with a yes and a no", "one no and two yeses": answers
    // counted, the news they open, no verdict.
    let last = end.saturating_sub(1);
    let answers = matches!(w(last), "no" | "yes")
        && last >= 2
        && (matches!(w(last - 1), "a" | "one") && matches!(w(last - 2), "and" | "with")
            || next == "and" && matches!(w(end + 1), "a" | "one"))
        && (last.saturating_sub(4)..(end + 3).min(toks.len()))
            .filter(|&k| k != last)
            .any(|k| matches!(w(k), "yes" | "no" | "yeses" | "noes" | "nos"));
    // "washed at the truck stop, which is a faff", "wait at a bus stop": a stop named after
    // what stops there, after an article and a place's preposition (or ending its clause),
    // is a place.
    let stop_place = raw == Verdict::Stop
        && matches!(word, "stop" | "stops")
        && end == start + 1
        && start >= 2
        && toks[start - 1].is_word()
        && !matches!(
            prev,
            "to" | "will" | "must" | "should" | "can" | "we" | "i" | "they"
        )
        && matches!(w(start - 2), "the" | "a" | "an")
        && (ends_clause
            || start >= 3
                && matches!(
                    w(start - 3),
                    "at" | "to" | "from" | "near" | "by" | "past" | "outside" | "behind"
                ));
    (place || campaign || counted || answers || stop_place).then_some(None)
}
