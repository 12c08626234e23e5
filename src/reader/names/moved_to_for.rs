//! "We approved the move to ServiceTitan for dispatch at $148k", "going ahead with Phorest
//! for bookings": a move to a product named for what it does names the registered
//! investment of that work: the one whose name holds the word said after "for" (Dispatch
//! Software, Booking System Migration). The product's name is no investment of its own.

use super::plurals::plural_of;
use super::{NameIndex, NameMatch, GENERIC};
use crate::reader::tokens::Token;

/// Words saying a move to a product, a few words before it.
const MOVING: &[&str] = &[
    "move",
    "moving",
    "switch",
    "switching",
    "migration",
    "migrating",
    "ahead",
    "go",
];

impl NameIndex {
    /// At `i`, the word after "for" in "<a move> to/with <Product> for <word> [<word>]":
    /// the one investment whose name holds one of those words.
    pub(super) fn moved_to_for_at(&self, toks: &[Token], i: usize) -> Option<NameMatch> {
        let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
        if i < 4 || word(i - 1) != "for" || !toks[i].is_word() {
            return None;
        }
        // The product: one to three words written with a capital before "for".
        let mut k = i - 2;
        while k > i.saturating_sub(5) && toks[k].is_word() && toks[k].capital {
            k -= 1;
        }
        if k == i - 2 || !matches!(word(k), "to" | "with" | "onto") {
            return None;
        }
        if !(k.saturating_sub(4)..k).any(|j| MOVING.contains(&word(j))) {
            return None;
        }
        let said: Vec<usize> = (i..(i + 2).min(toks.len()))
            .take_while(|&j| toks[j].is_word() && word(j).len() >= 4)
            .collect();
        let mut found = None;
        for (inv, words) in self.inv_words.iter().enumerate() {
            // "for system design": a word any name may add ("system") tells none apart.
            let holds = words.len() >= 2
                && said
                    .iter()
                    .filter(|&&j| !GENERIC.contains(&word(j)))
                    .any(|&j| words.iter().any(|w| w == word(j) || plural_of(word(j), w)));
            if holds {
                if found.is_some_and(|f| f != inv) {
                    return None;
                }
                found = Some(inv);
            }
        }
        Some(NameMatch::guessed_investment(found?, i, i + said.len()))
    }
}
