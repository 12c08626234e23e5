//! A name said the long way round, its thing first and whom it serves after "for": "the app
//! for the spa" for Spa Booking App.

use super::{NameIndex, NameMatch, Target};
use crate::reader::tokens::Token;

impl NameIndex {
    /// "the app for the spa" at `i` ("app"): the one investment whose name has both words,
    /// the one served ("spa") before the thing ("app"). Guessed, so the draft asks.
    pub(super) fn thing_for_at(&self, toks: &[Token], i: usize) -> Option<NameMatch> {
        let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
        let pointed = i > 0 && matches!(word(i - 1), "the" | "our");
        if !pointed || word(i + 1) != "for" || !matches!(word(i + 2), "the" | "our") {
            return None;
        }
        let (thing, whom) = (word(i), word(i + 3));
        if thing.len() < 3 || whom.len() < 3 || !toks[i + 3].is_word() {
            return None;
        }
        let mut found = self.inv_words.iter().enumerate().filter(|(_, words)| {
            let at = |w: &str| words.iter().position(|x| x == w);
            matches!((at(whom), at(thing)), (Some(a), Some(b)) if a < b)
        });
        let (inv, _) = found.next()?;
        if found.next().is_some() {
            return None;
        }
        Some(NameMatch {
            targets: vec![Target::Investment(inv)],
            start: i,
            end: i + 4,
            guessed: true,
            weak: false,
        })
    }
}
