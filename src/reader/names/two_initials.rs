//! "dw paused til q2" for Data Warehouse, "The RO has earned its keep" for Reverse Osmosis
//! Machine: a two-letter word that is the initials of one registered name of two words (a
//! kind of thing said after them left out), opening a clause or after "the" and before what
//! it did, names that investment.

use super::{NameIndex, NameMatch, EVERYDAY_ACRONYMS};
use crate::reader::name_variants;
use crate::reader::tokens::{TokKind, Token};

/// Two-letter words, interjections and chat shorthand that are never a name's initials.
const TWO_LETTER_WORDS: &[&str] = &[
    "ah", "eh", "oh", "uh", "um", "hm", "ha", "ho", "lo", "yo", "ya", "ye", "be", "by", "he", "if",
    "my", "of", "an", "ex", "ox", "id", "pm", "hr", "tv", "pc", "re", "vs", "eg", "ie", "cc", "ps",
    "fw", "fy", "ty", "np", "gm", "wk", "yr", "mo", "pp", "ft", "lb", "kg", "km", "mi", "oz", "st",
    "rd", "nd", "th", "mr", "ms", "dr", "jr", "sr", "uk", "eu", "un", "nz", "au", "ca", "qa", "ai",
    "ar", "aw", "la", "li", "na", "nu", "om", "ow", "pi", "xl", "xs",
    // The managing and finance directors and a vice-president, who decide ("The MD approved
    // the fumigation bay", round S59): never a name's initials.
    "md", "fd", "vp",
];

impl NameIndex {
    /// The one investment whose initials the two-letter word at `i` is, as a guess.
    pub(super) fn two_initials_at(&self, toks: &[Token], i: usize) -> Option<NameMatch> {
        let t = &toks[i];
        let w = t.lower.as_str();
        if t.kind != TokKind::Word || w.len() != 2 || !w.bytes().all(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        // Said as a clause's subject, before what it did: "dw paused …", "The RO has …".
        // (Told before the lists of words that are never initials, which are longer to
        // scan and say no more often: the answer is the same, round P60.)
        let opens = i == 0 || toks[i - 1].is_break() || toks[i - 1].is("the");
        let told_of = toks
            .get(i + 1)
            .is_some_and(|n| n.is_word() && !n.capital && !n.attached);
        if !(opens && told_of && (t.caps || !t.capital)) {
            return None;
        }
        if EVERYDAY_ACRONYMS.contains(&w) || TWO_LETTER_WORDS.contains(&w) {
            return None;
        }
        // A unit's own short name ("QA", "HR") is the unit's.
        let unit_said = self.units.iter().any(|u| {
            std::iter::once(&u.name)
                .chain(&u.aliases)
                .any(|n| n.eq_ignore_ascii_case(w))
        });
        if unit_said {
            return None;
        }
        let mut found = None;
        for (k, words) in self.inv_words.iter().enumerate() {
            let (a, b) = match words.as_slice() {
                [a, b] => (a, b),
                [a, b, c] if name_variants::kind_word(c) => (a, b),
                _ => continue,
            };
            let initials = [a.chars().next(), b.chars().next()];
            if initials == [w.chars().next(), w.chars().nth(1)] {
                if found.is_some() {
                    return None;
                }
                found = Some(k);
            }
        }
        Some(NameMatch::guessed_investment(found?, i, i + 1))
    }
}
