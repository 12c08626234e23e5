//! A name's word said in the plural.

use crate::reader::tokens::Token;

/// "switches" for switch, "boxes" for box, "sensors" for sensor: the name word in its
/// plural, "-es" after a hissing end.
pub(super) fn plural_of(word: &str, name_word: &str) -> bool {
    word.strip_suffix('s') == Some(name_word)
        || word.strip_suffix("es") == Some(name_word)
            && ["s", "x", "z", "ch", "sh"]
                .iter()
                .any(|e| name_word.ends_with(e))
}

/// Whether a name's `words` end on `bare` with an "s": "Pick-up Vans" for "van".
pub(super) fn ends_in_s_plural_of(words: &[String], bare: &str) -> bool {
    words
        .last()
        .and_then(|w| w.strip_suffix('s'))
        .is_some_and(|one| one == bare)
}

/// "-ies" for a "y" after a consonant ("lorries" for lorry, "batteries" for battery).
fn ies_plural_of(word: &str, name_word: &str) -> bool {
    word.strip_suffix("ies").is_some_and(|stem| {
        stem.len() >= 2
            && name_word.strip_suffix('y') == Some(stem)
            && !stem.ends_with(['a', 'e', 'i', 'o', 'u'])
    })
}

/// Words a noun phrase ends before: its verb, a preposition or a conjunction.
const ENDS_IT: &[&str] = &[
    "is", "are", "was", "were", "have", "has", "had", "will", "would", "can", "could", "should",
    "need", "needs", "get", "got", "go", "goes", "for", "at", "in", "on", "to", "from", "with",
    "by", "and", "but", "or", "so",
];

/// "The two new skip lorries are a yes" against Skip Lorry Replacement: the word at `j` is
/// `name_word` in its "-ies" plural, ending the thing said ("billet families appreciation
/// night" is another thing, an event, not Billet Family Portal).
pub(super) fn ies_plural_ending(toks: &[Token], j: usize, name_word: &str) -> bool {
    toks.get(j)
        .is_some_and(|t| ies_plural_of(&t.lower, name_word))
        && toks.get(j + 1).is_none_or(|n| {
            !n.is_word() || n.lower.ends_with("ed") || ENDS_IT.contains(&n.lower.as_str())
        })
}

#[cfg(test)]
mod tests {
    use super::{ies_plural_of, plural_of};

    #[test]
    fn plurals_of_name_words() {
        assert!(plural_of("sensors", "sensor"));
        assert!(plural_of("switches", "switch"));
        assert!(ies_plural_of("lorries", "lorry"));
        assert!(ies_plural_of("batteries", "battery"));
        // A vowel before the "y" takes "-s" only.
        assert!(!ies_plural_of("keies", "key"));
        assert!(plural_of("keys", "key"));
    }
}
