//! "Electric's been running us near £300 a month": "running us" (or "runs us", "ran us")
//! with a figure after it says what something costs us, as "costing us" does.

use super::tokens::{TokKind, Token};

/// Is `toks[j]` "running" (or "runs", "ran", "run") followed by "us" and, within three
/// words ("near", "about"), a figure, before `e`?
pub fn running_us(toks: &[Token], j: usize, e: usize) -> bool {
    matches!(toks[j].lower.as_str(), "running" | "runs" | "ran" | "run")
        && toks.get(j + 1).is_some_and(|t| t.is("us"))
        && (j + 2..(j + 5).min(e)).any(|k| {
            toks[k].kind == TokKind::Num || toks[k].lower.starts_with(|c: char| c.is_ascii_digit())
        })
}
