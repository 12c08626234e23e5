//! "compressor approved!! $22k" against Air Compressor, "approved na laptops for finance"
//! against Laptop Refresh (round B55): a thing said by one word, singular or plural, that
//! is the thing exactly one registered name is about.

use crate::reader::name_variants;
use crate::reader::names::{NameIndex, GENERIC};

/// The registered investment a new thing said by one word names: the word (or its
/// singular) is the last word of one name's thing — the name's last word, or the word
/// before its work words ("laptop" of Laptop Refresh) — and no other name has the word at
/// all. A word names add freely ("system", "platform"), the work done, and a word shorter
/// than four letters are left: they say too little to stand for one name.
pub(super) fn head_said_alone(ix: &NameIndex, thing: &str) -> Option<usize> {
    if thing.contains(|c: char| !c.is_alphanumeric()) {
        return None;
    }
    let word = thing.to_lowercase();
    if word.len() < 4 || GENERIC.contains(&word.as_str()) || name_variants::work_on(&word) {
        return None;
    }
    let is_or_plural = |w: &str| {
        word == w
            || word.strip_suffix('s') == Some(w)
            || word.strip_suffix("es") == Some(w)
            || (word
                .strip_suffix("ies")
                .is_some_and(|stem| w.strip_suffix('y') == Some(stem)))
    };
    let mut found = None;
    for i in 0..ix.investments.len() {
        let words = ix.investment_words(i);
        if !words.iter().any(|w| is_or_plural(w)) {
            continue;
        }
        // A second name with the word: it names neither.
        if found.is_some() {
            return None;
        }
        let thing_end = words
            .iter()
            .rposition(|w| !name_variants::work_on(w))
            .map(|k| &words[k]);
        if !thing_end.is_some_and(|w| is_or_plural(w)) {
            return None;
        }
        found = Some(i);
    }
    found
}
