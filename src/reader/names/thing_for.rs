//! A name said by whom it serves: the long way round, its thing first and whom it serves
//! after "for" ("the app for the spa" for Spa Booking App), or the unit's own word before
//! the kind of thing bought ("the ticketing vendor" for Online Ticketing System).

use super::spelling::same_stem;
use super::{NameIndex, NameMatch};
use crate::reader::tokens::Token;

/// Words for a thing a unit buys or whom from: "the ticketing vendor", "ticketing contract".
const BOUGHT: &[&str] = &[
    "vendor", "vendors", "supplier", "contract", "system", "platform", "software", "provider",
];

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
        let (inv, _) = sole(self.inv_words.iter().enumerate().filter(|(_, words)| {
            let at = |w: &str| words.iter().position(|x| x == w);
            matches!((at(whom), at(thing)), (Some(a), Some(b)) if a < b)
        }))?;
        Some(NameMatch::guessed_investment(inv, i, i + 4))
    }

    /// "the ticketing vendor", "the new ticket system" at `i`: a unit's one-word name or
    /// alias ("Ticketing"), said as or for its doing, before a word of a thing bought, is the
    /// one investment of that unit with the word in its name (Online Ticketing System).
    /// Guessed, so the draft asks.
    pub(super) fn unit_thing_at(&self, toks: &[Token], i: usize) -> Option<NameMatch> {
        let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
        let w = word(i);
        if !toks[i].is_word() || w.len() < 4 || !BOUGHT.contains(&word(i + 1)) {
            return None;
        }
        let said = |n: &str| n == w || same_stem(w, n);
        // (The units' one-word names lower-cased once, with the index.)
        let unit = sole(
            self.units
                .iter()
                .zip(&self.unit_one_words)
                .filter(|(_, words)| words.iter().any(|n| said(n)))
                .map(|(u, _)| u),
        )?;
        let (inv, _) = sole(self.investments.iter().enumerate().filter(|(k, inv)| {
            inv.unit == unit.name && self.inv_words[*k].iter().any(|x| said(x))
        }))?;
        Some(NameMatch::guessed_investment(inv, i, i + 2))
    }
}

/// The one item `items` yields; none when it yields none or more than one.
fn sole<T>(mut items: impl Iterator<Item = T>) -> Option<T> {
    let first = items.next()?;
    items.next().is_none().then_some(first)
}
