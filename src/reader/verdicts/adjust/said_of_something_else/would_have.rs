//! "about £1,900 of electric we'd have binned", "the parts we would have scrapped": a
//! verdict word after "would have" / "'d have" says what would have happened without the
//! thing, never a verdict on it (round S48).

use super::*;

/// A verdict word straight after "would have", "'d have", "could have" or "might have":
/// `Some(None)`.
pub(super) fn would_have(at: &Around, _raw: Verdict) -> Option<Option<Verdict>> {
    let (toks, start, _end, _word, prev, _next) = at.parts();
    if prev != "have" || start < 2 {
        return None;
    }
    let before = toks[start - 2].lower.as_str();
    let would = matches!(
        before,
        "would" | "could" | "might" | "should" | "'d" | "we'd" | "they'd" | "i'd" | "you'd"
    );
    would.then_some(None)
}
