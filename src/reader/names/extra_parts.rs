//! "Ray knocked back the extra scoring screens for the bar area" against Scoring System
//! Upgrade, "3 more kiosk printers" against Rental Kiosks: more parts of a registered
//! thing, said after "extra" / "more" / "additional" by one word of its name (the first, or
//! the last in the singular) and a part bought with it, are that investment (the corpus
//! labels a part of an investment with its name). More people or money said so ("more
//! booking enquiries", "extra hospitality sales") are not its parts: the word after must be
//! a part's. Not after "a" / "an" ("an extra kiln"): one more of a kind is
//! `one_more_singular`'s and convention 44's.

use super::plurals::ends_in_s_plural_of;
use super::{NameIndex, NameMatch};
use crate::reader::tokens::Token;

/// Parts bought with a thing, in the plural or singular: what "extra" buys more of.
const PARTS: &[&str] = &[
    "screen",
    "screens",
    "seat",
    "seats",
    "licence",
    "licences",
    "license",
    "licenses",
    "module",
    "modules",
    "panel",
    "panels",
    "printer",
    "printers",
    "terminal",
    "terminals",
    "kiosk",
    "kiosks",
    "sensor",
    "sensors",
    "scanner",
    "scanners",
    "reader",
    "readers",
    "tablet",
    "tablets",
    "camera",
    "cameras",
    "charger",
    "chargers",
    "handset",
    "handsets",
    "headset",
    "headsets",
    "monitor",
    "monitors",
    "display",
    "displays",
    "unit",
    "units",
];

impl NameIndex {
    /// The one investment whose name opens on `bare` (or ends on it in the plural), when
    /// `bare` at `i` follows "extra" / "more" / "additional" and a part's word follows it.
    pub(super) fn extra_parts_at(&self, toks: &[Token], i: usize, bare: &str) -> Option<NameMatch> {
        if let Some(m) = self.counted_part_at(toks, i, bare) {
            return Some(m);
        }
        let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
        if i == 0
            || !matches!(word(i - 1), "extra" | "more" | "additional")
            || i >= 2 && matches!(word(i - 2), "a" | "an")
            || !toks[i].is_word()
            || bare.len() < 3
            || !PARTS.contains(&word(i + 1))
            || !toks[i + 1].is_word()
        {
            return None;
        }
        let found = self.the_one_investment(|words| {
            words.len() >= 2 && words[0] == bare || ends_in_s_plural_of(words, bare)
        })?;
        Some(NameMatch::guessed_investment(found, i, i + 2))
    }
}
