//! A month's number from its word, asked of most words of a message (at each word the
//! dates are looked for): a word opening on a letter no month's name opens on is turned
//! away before the names are compared.

use super::month_in_turn;

/// The month `w` names ("march", "sept", "desember"), as [`month_in_turn`] answers: every
/// name it knows, whole or short, English or Icelandic, opens on one of these letters, or
/// on "á" ("ágúst", two bytes, the first 0xC3).
pub(in crate::reader) fn month(w: &str) -> Option<u32> {
    if !matches!(
        w.as_bytes().first(),
        Some(b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd' | 0xC3)
    ) {
        return None;
    }
    month_in_turn(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::tokens::tokenize;

    #[test]
    fn months_are_read_as_before_in_invented_words() {
        for w in [
            "january", "jan", "sept", "ágúst", "desember", "may", "mar", "oktober", "nov",
            "tuesday", "budget", "", "12", "éte",
        ] {
            assert_eq!(month(w), month_in_turn(w), "{w:?}");
        }
    }

    #[test]
    fn months_are_read_as_before_at_every_word_of_the_corpus_and_the_source() {
        let mut months = 0;
        for text in &crate::reader::tests::p55_training_texts::training_and_source_texts() {
            for t in tokenize(text) {
                // The word, and as the dates' readers also ask it, without its "'s" or dot.
                for w in [
                    t.lower.as_str(),
                    t.lower.trim_end_matches("'s"),
                    t.lower.trim_end_matches('.'),
                ] {
                    assert_eq!(month(w), month_in_turn(w), "{w:?} in {text:?}");
                    months += usize::from(month(w).is_some());
                }
            }
        }
        assert!(months > 1000, "{months} months");
    }
}
