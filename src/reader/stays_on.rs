//! "The water recycling is staying on for another season", "the ticket app stays on another
//! year": a thing said to stay on for a further term goes on, as one kept for another year
//! does (convention 12, round S45).

use super::tokens::{TokKind, Token};
use super::verdict_shapes::PERIODS;

/// At `i` ("stay", "stays", "staying"), "stays on (for) another <period>": where the shape
/// ends (after the period).
pub(in crate::reader) fn stays_on_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i), "stay" | "stays" | "staying") || word(i + 1) != "on" {
        return None;
    }
    let mut k = i + 2;
    if word(k) == "for" {
        k += 1;
    }
    match word(k) {
        "another" | "further" => k += 1,
        "a" if word(k + 1) == "further" => k += 2,
        "one" if word(k + 1) == "more" => k += 2,
        _ => return None,
    }
    if toks.get(k).is_some_and(|t| t.kind == TokKind::Num) {
        k += 1;
    }
    PERIODS.contains(&word(k)).then_some(k + 1)
}
