//! "The straw shed extension on the other hand is on hold", "The shed, however, waits": a
//! contrast said between a thing and its verb, no part of the thing.

use super::*;

/// Words that set one thing against another, said in passing.
const CONTRASTS: &[&[&str]] = &[
    &["on", "the", "other", "hand"],
    &["however"],
    &["though"],
    &["meanwhile"],
    &["by", "contrast"],
    &["in", "contrast"],
    &["for", "its", "part"],
];

/// Where a contrast said in passing starts in `from..to`, and how many tokens it takes
/// with the commas about it (", however,").
pub(super) fn contrast_aside_in(toks: &[Token], from: usize, to: usize) -> Option<(usize, usize)> {
    let to = to.min(toks.len());
    (from..to).find_map(|k| {
        let comma = usize::from(toks[k].is_sym(","));
        let at = k + comma;
        let words = CONTRASTS.iter().find(|c| {
            at + c.len() <= to && c.iter().zip(&toks[at..]).all(|(w, t)| t.lower == *w)
        })?;
        let after = at + words.len();
        let closing = usize::from(toks.get(after).is_some_and(|t| t.is_sym(",")) && after < to);
        Some((k, comma + words.len() + closing))
    })
}
