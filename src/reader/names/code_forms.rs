//! Names said by a code: a digit with a capital ("the 4G rollout"), a hyphenated word of
//! one name ("self-exclusion") or a product code clipped ("S/4").

use super::words::COMMON;
use super::{NameIndex, NameMatch, GENERIC};
use crate::reader::tokens::Token;
use crate::reader::vendor_products;

impl NameIndex {
    /// "the 4G rollout" for Rural 4G Expansion: a digit with a capital written onto it
    /// ("4G", as the name writes it), pointed at or before the work done, names the one
    /// investment with that code.
    pub(super) fn number_code_at(&self, toks: &[Token], i: usize) -> Option<NameMatch> {
        let letter = toks.get(i + 1).filter(|n| n.attached && n.is_word())?;
        let after = toks.get(i + 2);
        if toks[i].lower.len() != 1
            || letter.lower.len() != 1
            || after.is_some_and(|n| n.attached && !n.is_sym("'"))
        {
            return None;
        }
        let code = format!("{}{}", toks[i].lower, letter.lower);
        let inv = *self.short.get(&code)?;
        let pointed =
            i > 0 && matches!(toks[i - 1].lower.as_str(), "the" | "our" | "this" | "that");
        let work = after.is_some_and(|n| vendor_products::work_word(&n.lower));
        (pointed || work).then(|| NameMatch::guessed_investment(inv, i, i + 2))
    }

    /// "self-exclusion" for Player Self-Exclusion System: a hyphenated word of one name,
    /// written whole, is as sure as its acronym, unless every part of it is a common word
    /// ("self-service").
    ///
    /// "S/4" for S/4HANA Migration: a product code of letters and digits, clipped.
    ///
    /// `compact` is [`super::words::compact_at`] of `toks` at `i`: the run written as one word.
    pub(super) fn hyphenated_word_at(
        &self,
        toks: &[Token],
        i: usize,
        (word, n): &(String, usize),
    ) -> Option<NameMatch> {
        let n = *n;
        let inv = match self.short.get(word) {
            Some(&inv) => {
                let parts = toks[i..i + n].iter().filter(|t| t.is_word());
                if parts.clone().count() < 2
                    || parts.clone().all(|t| COMMON.contains(&t.lower.as_str()))
                {
                    return None;
                }
                inv
            }
            None => *self.clipped_codes.get(word)?,
        };
        let generic = toks
            .get(i + n)
            .is_some_and(|t| GENERIC.contains(&t.lower.as_str()));
        Some(NameMatch::guessed_investment(
            inv,
            i,
            i + n + usize::from(generic),
        ))
    }
}
