//! "the Whinmoor scanners" for Gate Scanner Upgrade, "the new Bell stretchers" for Stretcher
//! Replacement, "The new chairs at Manly" for Dental Chair Replacement: the thing a name is
//! about (its last word, or the word before the work done on it) said in the plural, pointed
//! at ("the", "our", "the new"), perhaps after one capitalised word saying whose make or
//! which place's, names the one investment that thing is.

use super::{NameIndex, NameMatch, Target};
use crate::reader::name_variants;
use crate::reader::tokens::Token;

impl NameIndex {
    pub(super) fn thing_in_the_plural(
        &self,
        toks: &[Token],
        i: usize,
        bare: &str,
    ) -> Option<NameMatch> {
        let one = bare.strip_suffix('s').filter(|o| o.len() >= 4)?;
        if !toks[i].is_word() || toks[i].capital {
            return None;
        }
        let pointer = |k: usize| matches!(toks[k].lower.as_str(), "the" | "our");
        let pointed_at = |k: usize| {
            k >= 1 && pointer(k - 1) || k >= 2 && toks[k - 1].is("new") && pointer(k - 2)
        };
        // One word of a maker or a place between: written with a capital, not an acronym,
        // and no name of ours.
        let maker = i >= 1
            && toks[i - 1].is_word()
            && toks[i - 1].capital
            && !toks[i - 1].caps
            && !self.short.contains_key(toks[i - 1].lower.as_str())
            && pointed_at(i - 1);
        if !(pointed_at(i) || maker) {
            return None;
        }
        let mut having = self.inv_words.iter().enumerate().filter(|(_, words)| {
            let n = words.len();
            let thing = match words.last() {
                Some(last) if n >= 2 && name_variants::work_on(last) => &words[n - 2],
                Some(last) if n >= 2 => last,
                _ => return false,
            };
            thing == one
        });
        let (k, _) = match (having.next(), having.next()) {
            (Some(hit), None) => hit,
            _ => return None,
        };
        Some(NameMatch {
            targets: vec![Target::Investment(k)],
            start: i,
            end: i + 1,
            guessed: true,
            weak: true,
        })
    }
}
