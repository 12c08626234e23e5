//! The words of a thing said as a sentence's subject, before its "is" or "was": a contrast
//! said in passing between the thing and its verb ("The straw shed extension on the other
//! hand is on hold", "The shed, however, waits"), no part of the thing; and a thing said at
//! length with the place it is for ("The new signage for the farm shop was turned down").

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

/// Whether the words of a sentence's subject (before its "is" / "was") name one thing with
/// the place or whom it is for ("new signage for the farm shop"), not a clause of their own
/// ("vendor has been acquired and the new owner"), up to nine words.
pub(super) fn a_thing_for_a_place(subject: &[&Token]) -> bool {
    let has = |words: &[&str]| subject.iter().any(|t| words.contains(&t.lower.as_str()));
    subject.len() <= 9
        && has(&["for", "at", "in", "on", "of", "from"])
        && !has(&[
            "and", "or", "has", "have", "had", "been", "which", "that", "who", "we", "they",
        ])
}
