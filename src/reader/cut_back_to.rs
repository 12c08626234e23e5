//! "We're cutting the H-2B housing renovation back to just the two older trailers", "we're
//! cutting the school contracts portal back to just the parents' tracking page": the work
//! named between the verb of cutting and its "back to" / "down to" is cut to a part of it,
//! a rescope (round S50). "cutting it back" and "scaled down" with nothing between are the
//! phrase table's.

use super::tokens::Token;

/// At `i`, a verb of cutting, then up to six words naming the thing (no break among them),
/// then "back to" or "down to": where the shape ends (after "to").
pub(super) fn cut_back_to_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(
        word(i),
        "cutting" | "scaling" | "trimming" | "paring" | "cut" | "scaled" | "trimmed" | "pared"
    ) {
        return None;
    }
    // "the H-2B housing renovation": the thing opens on an article or a possessive.
    if !matches!(word(i + 1), "the" | "our" | "that" | "this") {
        return None;
    }
    let back = (i + 2..(i + 9).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .find(|&k| matches!(word(k), "back" | "down") && word(k + 1) == "to")?;
    Some(back + 2)
}
