//! "Fitout at Bondi done and dusted" for Bondi Fitout: a word said at (or in) a place
//! written with a capital, where one name is that place then that word, is that name, even
//! when the word alone is a unit's alias; so is "the depot at Skipton" for Skipton Depot
//! Refurbishment (the place, the word, then the work done on it).

use super::{NameIndex, NameMatch};
use crate::reader::name_variants;
use crate::reader::tokens::Token;

/// The work done on the place's thing, after it in a name ("Skipton Depot Refurbishment"
/// for "the depot at Skipton").
fn work_done(w: &str) -> bool {
    name_variants::work_on(w)
        || matches!(
            w,
            "refurbishment" | "refurb" | "refit" | "renovation" | "repair" | "repairs" | "rebuild"
        )
}

impl NameIndex {
    pub(super) fn thing_at_a_place(&self, toks: &[Token], i: usize) -> Option<NameMatch> {
        let word = toks.get(i).filter(|t| t.is_word())?;
        if !toks.get(i + 1).is_some_and(|t| t.is("at") || t.is("in")) {
            return None;
        }
        let place = toks.get(i + 2).filter(|t| t.is_word() && t.capital)?;
        let bare = word.lower.strip_suffix("'s").unwrap_or(&word.lower);
        let mut having = self.inv_words.iter().enumerate().filter(|(_, w)| {
            w.len() >= 2
                && w[0] == place.lower
                && w[1] == bare
                && (w.len() == 2 || w.len() == 3 && work_done(&w[2]))
        });
        match (having.next(), having.next()) {
            (Some((k, _)), None) => Some(NameMatch::guessed_investment(k, i, i + 3)),
            _ => None,
        }
    }
}
