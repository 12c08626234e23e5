//! "> Could we just buy the PIs their own GPU workstations instead?\nNo :no_entry: — $9k a seat
//! for 40 labs is $360k, and they'd sit idle 80% of the time.", "Should we get a second van?
//! Nope, £38k for …": a thing we could do, asked, then answered "No" with its case, is refused.
//! "No" after a question asking for news ("Any update …? No, still waiting") or "No idea"
//! refuses nothing.

use super::tokens::{TokKind, Token};
use crate::domain::Verdict;

fn word(toks: &[Token], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.lower.as_str())
}

/// At `i`, "no" / "nope" / "nah" opening the sentence after a question that opened "could /
/// should / can / shall we" (a quoted line's ">" before it let through), then (past an emoji)
/// a break; the refusal and where it ends.
pub(super) fn could_we_answered_no_at(toks: &[Token], i: usize) -> Option<(Verdict, usize)> {
    if !matches!(word(toks, i), "no" | "nope" | "nah") {
        return None;
    }
    let start = question_opening_before(toks, i)?;
    let mut after = i + 1;
    while toks
        .get(after)
        .is_some_and(|t| t.kind == TokKind::Sym && !t.is_break() && !t.is_sym("-"))
    {
        after += 1;
    }
    if !toks
        .get(after)
        .is_some_and(|t| t.is_break() || t.is_sym("-"))
    {
        return None;
    }
    let start = if word(toks, start) == ">" {
        start + 1
    } else {
        start
    };
    let asks_us = matches!(word(toks, start), "could" | "should" | "can" | "shall")
        && word(toks, start + 1) == "we";
    asks_us.then_some((Verdict::Reject, i + 1))
}

/// Where the question just before `i` opens, when `i` follows its "?" (past one line break):
/// the sentence's first token, after the last full stop, "!", "?" or break before it.
pub(super) fn question_opening_before(toks: &[Token], i: usize) -> Option<usize> {
    let mut q = i.checked_sub(1)?;
    if toks[q].is_sym("\n") && q > 0 {
        q -= 1;
    }
    if !toks[q].is_sym("?") {
        return None;
    }
    Some(
        (0..q)
            .rev()
            .find(|&k| matches!(toks[k].lower.as_str(), "." | "!" | "?" | "\n"))
            .map_or(0, |k| k + 1),
    )
}
