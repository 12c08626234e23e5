//! An emoji ends a sentence (round R49): "We're packing in the online store. $26,000 into that
//! website since last spring and we sold forty-one boxes of salt fish, most of them to Aunt
//! Bride's crowd in Ontario 😂 Let the Facebook page do the work." Chat writers put an emoji
//! where a full stop goes; the word after it opens a sentence of its own (a capital says so),
//! and the reason read on over it stops at the emoji.

use super::*;

/// A pictograph or a symbol from the emoji blocks (the currency signs and dashes come before).
fn is_emoji(c: char) -> bool {
    c >= '\u{2600}'
}

impl Choice<'_> {
    /// The reason up to an emoji that is followed by a capitalised word, when some words come
    /// before it.
    pub(super) fn emoji_ends(&self, rationale: Option<String>) -> Option<String> {
        let toks = self.toks;
        let Some((a, b)) = self.span_of(rationale.as_deref()) else {
            return rationale;
        };
        let cut = (a + 3..b).find(|&j| {
            let t = &toks[j];
            t.capital
                && t.is_word()
                && !t.caps
                && self.text[toks[j - 1].start..t.start].chars().any(is_emoji)
        });
        match cut {
            Some(j) => Some(self.words(a, j)),
            None => rationale,
        }
    }
}
