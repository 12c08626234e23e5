//! Papers of buying, acronyms spelt inside names, and the initials of a kind of thing.

use super::*;

/// The papers and steps of buying a thing: said after a name's word, they are about it.
pub(super) const PAPERS_OF_BUYING: &[&str] = &[
    "contract",
    "contracts",
    "quote",
    "quotes",
    "quotation",
    "quotations",
    "invoice",
    "invoices",
    "tender",
    "pricing",
    "renewal",
    "po",
];

/// Acronyms written with a letter from inside a word ("PdM" for Predictive Maintenance,
/// "SaaS" for Software as a Service): each of the name's words gives its initial and maybe
/// letters from inside it, in order. Only for words written in capitals (`Token::caps`).
pub(in crate::reader) struct InnerAcronyms {
    /// Investments of two to four words, by their first letter.
    by_initial: HashMap<char, Vec<usize>>,
}

impl InnerAcronyms {
    pub(in crate::reader) fn new(inv_words: &[Vec<String>]) -> InnerAcronyms {
        let mut by_initial: HashMap<char, Vec<usize>> = HashMap::default();
        for (i, words) in inv_words.iter().enumerate() {
            if (2..=4).contains(&words.len()) {
                if let Some(c) = words[0].chars().next() {
                    by_initial.entry(c).or_default().push(i);
                }
            }
        }
        InnerAcronyms { by_initial }
    }

    /// The one investment the lower-cased acronym `word` stands for with letters from
    /// inside its words, when exactly one fits (with or without a generic last word).
    pub(in crate::reader) fn at(
        &self,
        word: &str,
        inv_words: &[Vec<String>],
        generic: &[&str],
    ) -> Option<usize> {
        let letters: Vec<char> = word.chars().collect();
        if !(3..=6).contains(&letters.len()) || !letters.iter().all(|c| c.is_ascii_lowercase()) {
            return None;
        }
        let mut found = None;
        for &inv in self.by_initial.get(&letters[0])? {
            let words = &inv_words[inv];
            let mut bare = words.as_slice();
            while bare.len() > 2 && bare.last().is_some_and(|w| generic.contains(&w.as_str())) {
                bare = &bare[..bare.len() - 1];
            }
            let fits = |ws: &[String]| letters.len() > ws.len() && spells(&letters, ws);
            if fits(words) || fits(bare) {
                if found.is_some_and(|f| f != inv) {
                    return None;
                }
                found = Some(inv);
            }
        }
        found
    }
}

/// Whether `letters` are each of `words`' initials, in order, each maybe followed by
/// letters found later in the same word, in order.
pub(super) fn spells(letters: &[char], words: &[String]) -> bool {
    let Some((word, rest_words)) = words.split_first() else {
        return letters.is_empty();
    };
    let Some((&initial, rest)) = letters.split_first() else {
        return false;
    };
    if !word.starts_with(initial) {
        return false;
    }
    let inside = &word[initial.len_utf8()..];
    // Take k letters from inside this word, then the rest from the next words.
    (0..=rest.len()).any(|k| {
        let mut from = inside;
        rest[..k].iter().all(|&c| match from.find(c) {
            Some(at) => {
                from = &from[at + c.len_utf8()..];
                true
            }
            None => false,
        }) && spells(&rest[k..], rest_words)
    })
}

/// "the WO system" for Work Order Management, "the AP bot" for Accounts Payable
/// Automation: the two capitals of a name's first two words, when its other words only say
/// what kind of work it is, before a word saying what kind of thing it is. Two capitals
/// alone are too often a person's initials ("AP to circulate …") to name anything.
pub(in crate::reader) struct KindInitials(HashMap<String, usize>);

impl KindInitials {
    /// `common` are the words that only say the kind of work ("management", "automation");
    /// `taken` says whether the initials already mean something in the directory.
    pub(in crate::reader) fn new(
        inv_words: &[Vec<String>],
        common: &[&str],
        taken: &dyn Fn(&str) -> bool,
    ) -> KindInitials {
        let mut seen = crate::reader::names::OnlyOne::default();
        for (i, words) in inv_words.iter().enumerate() {
            if words.len() < 3 || !words[2..].iter().all(|w| common.contains(&w.as_str())) {
                continue;
            }
            let initials: String = words[..2].iter().filter_map(|w| w.chars().next()).collect();
            if initials.len() == 2 && initials.chars().all(|c| c.is_ascii_alphabetic()) {
                seen.add(initials, i);
            }
        }
        KindInitials(seen.into_map(|k| !taken(k)))
    }

    /// The investment the two capitals at `i` name and the end of the match, the kind word
    /// included: a name's later word, a word names add freely or a noun of a kind of thing.
    pub(in crate::reader) fn at(
        &self,
        toks: &[Token],
        i: usize,
        inv_words: &[Vec<String>],
        generic: &[&str],
    ) -> Option<(usize, usize)> {
        let t = &toks[i];
        if !t.caps || t.lower.len() != 2 {
            return None;
        }
        let inv = *self.0.get(&t.lower)?;
        let kind = toks.get(i + 1).filter(|n| n.is_word())?;
        let kind_word = |w: &str| {
            inv_words[inv][2..].iter().any(|n| n == w)
                || generic.contains(&w)
                || KIND_NOUNS.contains(&w)
        };
        kind_word(&kind.lower).then_some((inv, i + 2))
    }
}
