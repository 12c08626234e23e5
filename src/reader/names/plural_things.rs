//! "the Whinmoor scanners" for Gate Scanner Upgrade, "the new Bell stretchers" for Stretcher
//! Replacement, "The new chairs at Manly" for Dental Chair Replacement: the thing a name is
//! about (its last word, or the word before the work done on it) said in the plural, pointed
//! at ("the", "our", "the new"), perhaps after one capitalised word saying whose make or
//! which place's, names the one investment that thing is. So do "those new crates" / "them
//! new cages", and a clause's subject said as a thing known, "Bulls we put in last year are
//! …", "Quick one — cages for the Harris Creek plot are approved"
//! (Bull Replacement Program: a "Program" after the work done is not the thing).

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
        // "Traps we put in last spring are paying off", "Quick one — cages for the Harris
        // Creek plot are approved", "Cages on Harris Creek: keep going": the subject
        // opening a clause, the things spoken of as known.
        let ours = (i == 0 || toks[i - 1].is_break() && !toks[i - 1].is("("))
            && !toks[i].caps
            && toks.get(i + 1).is_some_and(|t| {
                matches!(
                    t.lower.as_str(),
                    "we" | "for" | "on" | "at" | "in" | "are" | "have" | "were" | ":"
                )
            });
        if !toks[i].is_word() || toks[i].capital && !ours {
            return None;
        }
        let pointer = |k: usize| {
            matches!(
                toks[k].lower.as_str(),
                "the" | "our" | "those" | "these" | "them"
            )
        };
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
        if !(pointed_at(i) || maker || ours) {
            return None;
        }
        let mut having = self.inv_words.iter().enumerate().filter(|(_, words)| {
            // "Bull Replacement Program": the work done, then what kind of work it is.
            let programme = words.len() >= 3
                && matches!(
                    words[words.len() - 1].as_str(),
                    "program" | "programme" | "project" | "scheme"
                )
                && name_variants::work_on(&words[words.len() - 2]);
            let n = words.len() - usize::from(programme);
            let thing = match words[..n].last() {
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
