//! "Harriet said no to a second van for Reigate" against Pick-up Vans: one more of the thing
//! a plural name is, said after "a second" / "an extra" / "another" by the singular of its
//! last word, names that investment when exactly one name ends so (convention 44 of the
//! corpus: more of a registered thing is labelled with its name). Another word after the
//! thing ("a second van driver") says another thing, left alone.

use super::plurals::ends_in_s_plural_of;
use super::{NameIndex, NameMatch, Target};
use crate::reader::name_variants;
use crate::reader::tokens::Token;

/// Words that may follow the thing and end its name.
const ENDS_IT: &[&str] = &[
    "for", "at", "in", "on", "to", "from", "with", "and", "is", "was", "would", "so", "because",
    "as", "since", "till", "until", "but", "or",
];

impl NameIndex {
    /// The one investment whose name's words `fit`; none when none or several do.
    pub(super) fn the_one_investment(&self, fits: impl Fn(&[String]) -> bool) -> Option<usize> {
        let mut found = None;
        for (inv, words) in self.inv_words.iter().enumerate() {
            if fits(words) {
                if found.is_some() {
                    return None;
                }
                found = Some(inv);
            }
        }
        found
    }

    /// The one investment whose name's last word is `bare` in the plural, when `bare` at
    /// `i` is said as one more of its kind.
    pub(super) fn one_more_in_the_singular(
        &self,
        toks: &[Token],
        i: usize,
        bare: &str,
    ) -> Option<NameMatch> {
        let t = &toks[i];
        if !t.is_word()
            || t.capital
            || bare.len() < 3
            || !name_variants::another_of_its_kind(toks, i)
        {
            return None;
        }
        let ends = toks
            .get(i + 1)
            .is_none_or(|n| !n.is_word() || ENDS_IT.contains(&n.lower.as_str()));
        if !ends {
            return None;
        }
        let found = self.the_one_investment(|words| ends_in_s_plural_of(words, bare))?;
        Some(NameMatch {
            targets: vec![Target::Investment(found)],
            start: i,
            end: i + 1,
            guessed: true,
            weak: true,
        })
    }
}
