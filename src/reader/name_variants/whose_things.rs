//! A unit's word before the nouns of a thing of its own: "the sugarhouse tank swap", "the
//! weighbridge calibration cert", "the parts counter TVs".

use super::*;

/// Words that are no noun of a thing: verbs' forms that end in neither "-ed" nor "-ing", a
/// determiner, adverbs.
const NOT_A_NOUN: &[&str] = &[
    "be", "been", "have", "do", "does", "did", "got", "gets", "looks", "seems", "may", "might",
    "shall", "no", "not", "never", "all", "too", "very", "still", "now", "again", "just", "today",
];

/// Whether the word may go on a noun phrase as one of its nouns: a word, not a verb's form
/// ("is", "be", "looked", "closing", "looks"), a determiner ("no"), an adverb nor a word that
/// ends the phrase.
pub(super) fn a_nouns_word(t: &Token) -> bool {
    let w = t.lower.as_str();
    t.is_word()
        && w.len() >= 2
        && !ENDS_A_NOUN_PHRASE.contains(&w)
        && !NOT_A_NOUN.contains(&w)
        && !w.ends_with("ed")
        && !w.ends_with("ing")
        && !w.ends_with("ly")
        && !w.contains('\'')
        && !w.contains('’')
}

/// Whether the one-word match at `start`, after "the", is followed by two nouns of a thing
/// ("the boathouse boiler swap"): the team's thing, the team named.
pub(in crate::reader) fn unit_word_before_its_things(
    toks: &[Token],
    start: usize,
    end: usize,
) -> bool {
    end == start + 1
        && start >= 1
        && toks[start - 1].is("the")
        && toks.get(end).is_some_and(a_nouns_word)
        && toks.get(end + 1).is_some_and(a_nouns_word)
}
