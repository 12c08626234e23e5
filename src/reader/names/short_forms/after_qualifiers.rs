//! "the second shockwave", "the extra reformer", "the extra lodge kitchens": a name's word
//! after "the" / "our" and a word saying which one of the things (or one more of them),
//! pointed at as "the shockwave" is.

use super::*;

/// Words saying which one of several things, or that it is one more of them ("the second
/// shockwave", "the extra reformer"); not a place or a kind ("the crane sensors", "the
/// Chesterfield branch"), which may be another thing's name.
const WHICH_ONE: &[&str] = &[
    "second",
    "third",
    "fourth",
    "fifth",
    "2nd",
    "3rd",
    "extra",
    "additional",
    "spare",
];

impl NameIndex {
    /// Whether the word at `i` comes after "the" / "our", a word saying which one, and at
    /// most one more word that is no name's word itself.
    #[inline]
    pub(super) fn after_the_and_qualifiers(&self, toks: &[Token], i: usize) -> bool {
        (1..=2).any(|k| {
            i > k
                && matches!(toks[i - k - 1].lower.as_str(), "the" | "our")
                && WHICH_ONE.contains(&toks[i - k].lower.as_str())
                && toks[i - k + 1..i].iter().all(|q| {
                    q.kind == TokKind::Word
                        && !q.caps
                        && q.lower.len() >= 2
                        && !q.lower.ends_with("'s")
                        && !self.short.contains_key(q.lower.as_str())
                })
        })
    }
}
