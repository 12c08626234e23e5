//! A task asked outright of someone, by a time: "@ray can you cancel the licence renewal
//! before 12/31?", "and Shane can you get the boiler inspector booked by the 11th" (the
//! request straight after a decision is its follow-up: convention 47).

use super::*;

/// After a handle asked outright as a question (a "can you" or "could you" among `asked..k`),
/// the work from `k` to a time in the same sentence ("by", "before", "until"): the handle's
/// task, whatever its verb ("cancel", "redo"). Not after "please" ("@sigrid please make a
/// proposal to the Customer group by Friday" is a note of its own about no investment).
pub(super) fn asked_by_a_time(toks: &[Token], asked: usize, k: usize) -> bool {
    let word = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    (asked..k).any(|j| matches!(word(j), "can" | "could"))
        && toks.get(k).is_some_and(|t| t.is_word() && !t.capital)
        && (k + 1..toks.len().min(k + 16))
            .take_while(|&j| !matches!(word(j), "." | "!" | "?" | "\n"))
            .any(|j| matches!(word(j), "by" | "before" | "until" | "till"))
}

/// "…\nand Shane can you get the boiler inspector booked by the 11th": a line opening on a
/// name (its "and" allowed), asked "can you" / "could you" to do work. Where the work
/// starts.
pub(super) fn name_asked_on_a_line(text: &str, toks: &[Token], i: usize) -> Option<usize> {
    let word = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    let line_start = i == 0
        || toks[i - 1].is_sym("\n")
        || toks[i - 1].is("and") && (i == 1 || toks[i - 2].is_sym("\n"));
    let name = toks[i].is_word()
        && !toks[i].caps
        && text[toks[i].start..].starts_with(|c: char| c.is_uppercase());
    (line_start
        && name
        && matches!(word(i + 1), "can" | "could")
        && matches!(word(i + 2), "you" | "u")
        && (is_action_verb(word(i + 3)) || asked_by_a_time(toks, i + 1, i + 3)))
    .then_some(i + 3)
}
