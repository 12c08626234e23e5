//! "Cupping lab asking for a sample roaster" against Cupping Lab Fit-Out: a thing named by
//! some of a name's words, as the one that asks for a new thing ("a …"), is the place or
//! team asking, not the investment; the unit owning the named thing is the one asking.

use super::{NameIndex, NameMatch, Target};
use crate::reader::tokens::Token;

/// Whether the words from `end` ask for a new thing: an asking verb ("asking for", "wants",
/// "would like", "has asked for", "requested"), then "a" or "an" and no answer ("a
/// decision", "a quote"). Needing ("paint robots need a decision") is no asking.
pub(super) fn asks_for_a_new_thing(toks: &[Token], end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let mut k = end;
    // "The test kitchen is asking for", "has asked for", "'s been on about".
    if matches!(word(k), "is" | "are" | "has" | "have" | "was" | "were") {
        k += 1;
    }
    let two_words = word(k) == "would" && word(k + 1) == "like"
        || matches!(word(k), "asking" | "asked" | "requesting") && word(k + 1) == "for";
    if two_words {
        k += 2;
    } else if matches!(word(k), "wants" | "want" | "requested") {
        k += 1;
    } else {
        return false;
    }
    // "wants a decision", "wants a quote first": an answer asked of someone, no new thing.
    matches!(word(k), "a" | "an") && !ANSWERS.contains(&word(k + 1))
}

/// What is asked of someone rather than bought: a ruling, a price, a word back.
const ANSWERS: &[&str] = &[
    "decision", "quote", "answer", "word", "call", "meeting", "update", "price", "look", "date",
    "go",
];

impl NameIndex {
    /// The unit asking, for a match `m` of some of an investment's words opening its clause
    /// before an ask for a new thing; none for any other match.
    pub(super) fn asker_of(&self, toks: &[Token], m: &NameMatch) -> Option<NameMatch> {
        let [Target::Investment(inv)] = m.targets[..] else {
            return None;
        };
        let opens = |k: usize| k == 0 || toks[k - 1].is_break();
        let leads =
            opens(m.start) || m.start >= 1 && toks[m.start - 1].is("the") && opens(m.start - 1);
        if !m.guessed || !leads || !asks_for_a_new_thing(toks, m.end) {
            return None;
        }
        let owner = &self.investments[inv].unit;
        let unit = self.units.iter().position(|u| &u.name == owner)?;
        Some(NameMatch {
            targets: vec![Target::Unit(unit)],
            start: m.start,
            end: m.end,
            guessed: true,
            weak: false,
        })
    }
}
