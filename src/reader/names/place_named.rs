//! "Fitout at Bondi done and dusted" for Bondi Fitout: a word said at (or in) a place
//! written with a capital, where one name is that place then that word, is that name, even
//! when the word alone is a unit's alias.

use super::{NameIndex, NameMatch, Target};
use crate::reader::tokens::Token;

impl NameIndex {
    pub(super) fn thing_at_a_place(&self, toks: &[Token], i: usize) -> Option<NameMatch> {
        let word = toks.get(i).filter(|t| t.is_word())?;
        if !toks.get(i + 1).is_some_and(|t| t.is("at") || t.is("in")) {
            return None;
        }
        let place = toks.get(i + 2).filter(|t| t.is_word() && t.capital)?;
        let bare = word.lower.strip_suffix("'s").unwrap_or(&word.lower);
        let mut having = self
            .inv_words
            .iter()
            .enumerate()
            .filter(|(_, w)| w.len() == 2 && w[0] == place.lower && w[1] == bare);
        match (having.next(), having.next()) {
            (Some((k, _)), None) => Some(NameMatch {
                targets: vec![Target::Investment(k)],
                start: i,
                end: i + 3,
                guessed: true,
                weak: false,
            }),
            _ => None,
        }
    }
}
