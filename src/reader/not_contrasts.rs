//! "…catch kappa swings in minutes, not hours", "Pay run takes Sarah 2 hours now, not a day
//! and a half": a short ", not <what it was>" after a result is the other side of the same
//! comparison, so the result runs on over it.

use super::tokens::Token;

/// At `e`, the break ending a result: when it is a comma opening ", not" and at most five
/// words to the next break, where that contrast ends; otherwise `e`.
pub(super) fn past_a_not_contrast(toks: &[Token], e: usize, limit: usize) -> usize {
    let limit = limit.min(toks.len());
    if !(toks.get(e).is_some_and(|t| t.is(",")) && toks.get(e + 1).is_some_and(|t| t.is("not"))) {
        return e;
    }
    (e + 2..limit)
        .take(6)
        .find(|&j| toks[j].is_break())
        .or((limit <= e + 7).then_some(limit))
        .filter(|&end| end > e + 2 && (e + 2..end).all(|j| toks[j].is_word()))
        .unwrap_or(e)
}
