//! "Hi Litia, just confirming the Board approved …", "confirming the board approved …",
//! "Just to confirm Finance approved …": the words that confirm open the verdict's clause,
//! before who decided.

use super::tokens::Token;

/// Where who decided starts in `start..end` when the span opens on words that confirm
/// ("just confirming", "confirming", "to confirm"); `start` otherwise, or when nothing
/// would be left.
pub(super) fn after_confirming(toks: &[Token], start: usize, end: usize) -> usize {
    let w = |k: usize| {
        toks.get(k)
            .filter(|_| k < end)
            .map_or("", |t| t.lower.as_str())
    };
    let mut k = start + usize::from(w(start) == "just");
    match (w(k), w(k + 1)) {
        ("to", "confirm") => k += 2,
        ("confirming", _) => k += 1,
        _ => return start,
    }
    if k < end {
        k
    } else {
        start
    }
}
