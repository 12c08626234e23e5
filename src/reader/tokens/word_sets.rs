//! Fixed lists of words a pass asks about at many tokens ("is this word one of …?"),
//! answered from each token's record of word tables rather than by comparing the word with
//! every entry each time.

use super::{Token, WordTable};
use std::sync::OnceLock;

/// A fixed list of words (or the first words of a list of phrases), made into a
/// [`WordTable`] on first use: each token's answer is looked up once and kept on the token
/// ([`Token::in_table`]), where `list.contains(&t.lower.as_str())` compares the word with
/// every entry at every asking. The answers are the list's own.
pub struct WordSet {
    words: Words,
    /// The table, or `None` for phrases one of which is empty (then any place may open one).
    table: OnceLock<Option<WordTable>>,
}

enum Words {
    Listed(&'static [&'static str]),
    FirstsOf(&'static [&'static [&'static str]]),
}

impl WordSet {
    /// The words of `words`.
    pub const fn new(words: &'static [&'static str]) -> Self {
        WordSet {
            words: Words::Listed(words),
            table: OnceLock::new(),
        }
    }

    /// The first words of `phrases`, for [`WordSet::may_open_at`].
    pub const fn first_words_of(phrases: &'static [&'static [&'static str]]) -> Self {
        WordSet {
            words: Words::FirstsOf(phrases),
            table: OnceLock::new(),
        }
    }

    fn table(&self) -> Option<&WordTable> {
        self.table
            .get_or_init(|| match self.words {
                Words::Listed(words) => Some(WordTable::new(words.iter().map(|w| w.to_string()))),
                Words::FirstsOf(phrases) => phrases
                    .iter()
                    .map(|p| p.first().map(|w| w.to_string()))
                    .collect::<Option<Vec<_>>>()
                    .map(WordTable::new),
            })
            .as_ref()
    }

    /// Whether `t`'s word is one of the words: `words.contains(&t.lower.as_str())`.
    #[inline]
    pub fn holds(&self, t: &Token) -> bool {
        match self.table() {
            Some(table) => t.in_table(table),
            None => false,
        }
    }

    /// Whether `word` is one of the words, for a word not a token's:
    /// `words.contains(&word)`, told by the table's first-byte-and-length check and one
    /// hashing rather than a comparison with every entry.
    #[inline]
    pub fn holds_word(&self, word: &str) -> bool {
        self.table().is_some_and(|table| table.holds(word))
    }

    /// Whether one of the phrases may start at `toks[i]`: false only when its word opens
    /// none of them (always true for phrases one of which is empty).
    #[inline]
    pub fn may_open_at(&self, toks: &[Token], i: usize) -> bool {
        match self.table() {
            Some(table) => toks.get(i).is_some_and(|t| t.in_table(table)),
            None => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::tokens::tokenize;

    #[test]
    fn a_word_set_answers_as_its_list_does() {
        static LIST: &[&str] = &["down", "up", "cut", "’", "é", "rose"];
        static SET: WordSet = WordSet::new(LIST);
        let toks = tokenize("Costs went up, then down; é é cut cuts rose rosé UP");
        for _ in 0..2 {
            for t in &toks {
                assert_eq!(
                    SET.holds(t),
                    LIST.contains(&t.lower.as_str()),
                    "{:?}",
                    t.lower
                );
                assert_eq!(SET.holds_word(&t.lower), LIST.contains(&t.lower.as_str()));
            }
        }
    }

    #[test]
    fn first_words_say_where_a_phrase_may_open() {
        static PHRASES: &[&[&str]] = &[&["look", "at"], &["scope"], &["set", "up"]];
        static FIRSTS: WordSet = WordSet::first_words_of(PHRASES);
        static WITH_EMPTY: &[&[&str]] = &[&["scope"], &[]];
        static ANY: WordSet = WordSet::first_words_of(WITH_EMPTY);
        let toks = tokenize("we want to look at and scope a set of up");
        for i in 0..=toks.len() {
            let opens = toks
                .get(i)
                .is_some_and(|t| PHRASES.iter().any(|p| p[0] == t.lower));
            assert_eq!(FIRSTS.may_open_at(&toks, i), opens, "{i}");
            assert!(ANY.may_open_at(&toks, i), "{i}");
        }
    }
}
