//! [`written_in_capitals`](super::written_in_capitals) of a word in ASCII, read from its bytes:
//! asked of every word the tokeniser makes, and most words are ASCII. Each of a byte's
//! tests is the one the `char` test answers for an ASCII character (`is_uppercase` is
//! `is_ascii_uppercase`, a character is a byte), so the answer is the same.

/// Capitals and digits with at least one capital, and at most a plural `s` after two or
/// more of them, or a short acronym with small letters inside, starting and ending on a
/// capital, for `raw` in ASCII.
pub(super) fn ascii_written_in_capitals(raw: &[u8]) -> bool {
    // "IT's rota app": the owner's "'s" is not the word's (the curly one is not ASCII).
    let raw = raw
        .strip_suffix(b"'s")
        .filter(|b| b.len() >= 2)
        .unwrap_or(raw);
    let body = raw
        .strip_suffix(b"s")
        .filter(|b| b.len() >= 2)
        .unwrap_or(raw);
    let capitals = body.iter().any(u8::is_ascii_uppercase)
        && body
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    let inner = || {
        (3..=6).contains(&raw.len())
            && raw.iter().all(u8::is_ascii_alphabetic)
            && raw.first().is_some_and(u8::is_ascii_uppercase)
            && raw.last().is_some_and(u8::is_ascii_uppercase)
            && raw.iter().filter(|b| b.is_ascii_uppercase()).count() >= 2
    };
    capitals || inner()
}

#[cfg(test)]
mod tests {
    use super::super::written_in_capitals_by_chars;
    use super::*;
    use crate::reader::tokens::tokenize;

    #[test]
    fn invented_words_in_capitals_are_read_as_by_their_characters() {
        for w in [
            "IT", "ITMs", "Is", "S4", "PdM", "SaaS", "IoT", "IT's", "A's", "Ss", "SS", "s", "S",
            "Kowhai", "KOWHAI", "KoWhAi", "X1s", "Hello", "", "'s", "AB's", "ABs", "ABCDEFG",
            "AbcdeF", "AbcdefG", "4G", "42",
        ] {
            assert_eq!(
                ascii_written_in_capitals(w.as_bytes()),
                written_in_capitals_by_chars(w),
                "{w:?}"
            );
        }
    }

    #[test]
    fn every_word_of_the_corpus_and_the_source_is_read_as_by_its_characters() {
        let mut words = 0;
        let mut capitals = 0;
        for text in &crate::reader::tests::p55_training_texts::training_and_source_texts() {
            // The tokens as written (with the dot an abbreviation keeps), and every word
            // between spaces, with its punctuation.
            let raws = tokenize(text)
                .into_iter()
                .map(|t| &text[t.start..t.end])
                .chain(text.split_whitespace());
            for raw in raws.filter(|r| r.is_ascii()) {
                for w in [raw, raw.trim_end_matches('.'), raw.trim_end_matches("'s")] {
                    let caps = written_in_capitals_by_chars(w);
                    assert_eq!(ascii_written_in_capitals(w.as_bytes()), caps, "{w:?}");
                    words += 1;
                    capitals += usize::from(caps);
                }
            }
        }
        assert!(words > 1_000_000 && capitals > 10_000, "{words} {capitals}");
    }
}
