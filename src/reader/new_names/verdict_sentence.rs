//! "The old generator failed twice in the storms. So the backup power kit is approved,
//! £28k.": when the verdict is said in a later sentence than the message's first, the new
//! thing is the subject of the verdict's own sentence (after an opening "So", "And", "But"),
//! not the first sentence's subject, which told the reason.

use super::*;

/// Words that join a sentence to the one before without naming anything.
const JOINERS: &[&str] = &[
    "so",
    "and",
    "but",
    "anyway",
    "then",
    "right",
    "hence",
    "therefore",
];

/// Where the subject of the verdict's sentence starts, when the verdict at `vs` is in a
/// sentence after the first and its sentence says something before it.
pub(super) fn subject_of_later_verdict(toks: &[Token], vs: usize) -> Option<usize> {
    let vs = vs.min(toks.len());
    let end = (0..vs)
        .rev()
        .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n"))?;
    let mut s = end + 1;
    while s < vs && (JOINERS.contains(&toks[s].lower.as_str()) || toks[s].is_sym(",")) {
        s += 1;
    }
    // At least one word of a name before the verdict, and a sentence before with words.
    (s < vs && toks[s].is_word() && (0..end).any(|j| toks[j].is_word())).then_some(s)
}
