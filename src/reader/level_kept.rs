//! "governors agreed to keep the bursary-funded places at 12 per year group": a count held
//! at its level — a number, then "per" / "a" / "each" and what it is counted by, no money —
//! is a policy kept, no investment carried on; the verdict told beside it decides
//! ("agreed to keep the booking app at the current £5k a year" still carries the app on).

use super::tokens::{TokKind, Token};

/// At `i` ("keep", "keeping", "kept"), "keep the <words> at <number> per / a / each …"
/// within its clause?
pub(in crate::reader) fn count_kept_at_level(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if word(i + 1) != "the" {
        return false;
    }
    let Some(at) = (i + 2..(i + 8).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .find(|&k| word(k) == "at")
    else {
        return false;
    };
    toks.get(at + 1).is_some_and(|t| t.kind == TokKind::Num)
        && matches!(word(at + 2), "per" | "a" | "each" | "an")
}
