//! Tables of words and phrases the passes ask about at every token, each word looked up
//! once per table and its answer kept on the token.

use super::token::INDEX_SLOTS;
use super::{tokenize, Token};
use rustc_hash::FxHashMap as HashMap;
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};

/// A set of words a pass asks about at every token ("does a phrase start here?"), with a
/// slot of its own in each token's record of answers ([`Token::in_table`]), so each word is
/// hashed and looked up once per table however many times the passes scan it. The first 32
/// tables made get a slot (the reader makes a handful, once); any more are looked up each
/// time.
pub struct WordTable {
    pub(super) words: HashMap<String, usize>,
    /// The table's two bits in [`Token::in_table`]'s record, as masks worked out once
    /// (asked, found); `(0, 0)` for a table without a slot.
    pub(super) masks: (u64, u64),
    /// The table's place in each token's kept numbers ([`Token::index_in`]): a phrase
    /// table's first words' (the first [`INDEX_SLOTS`] made), past their end for any other.
    pub(super) index_slot: usize,
    /// One bit for each of its words' length, first byte and last byte together
    /// ([`sieve_bit`]): a word whose bit no word of the table set is not in it, told
    /// without hashing it (most words a table is asked about are not in it).
    sieve: [u64; SIEVE_WORDS],
}

/// How many 64-bit words [`WordTable`]'s sieve takes (4,096 bits).
const SIEVE_WORDS: usize = 64;

/// A word's place in [`WordTable`]'s sieve: its length (up to 255), first and last bytes
/// mixed into twelve bits. Words of one length, first and last byte share a place, so a
/// word of the table always finds its bit set; another word does too only where its three
/// collide with some word's of the table.
#[inline(always)]
fn sieve_bit(w: &str) -> (usize, u64) {
    sieve_bit_of(sieve_key(w))
}

/// A word's length (up to 255), first and last bytes in one number: what [`sieve_bit`]
/// mixes, kept on each token when it is made ([`Token::sieve_key`], round P60) so the
/// tables it is asked of do not read them again.
#[inline(always)]
pub(super) fn sieve_key(w: &str) -> u32 {
    let b = w.as_bytes();
    u32::from(b.first().copied().unwrap_or(0))
        | (u32::from(b.last().copied().unwrap_or(0)) << 8)
        | ((w.len().min(255) as u32) << 16)
}

/// [`sieve_bit`] from the word's [`sieve_key`].
#[inline(always)]
fn sieve_bit_of(key: u32) -> (usize, u64) {
    let at = (key.wrapping_mul(0x9E37_79B1) >> 20) as usize;
    (at / 64, 1 << (at % 64))
}

/// The next table's place in each token's record of answers.
fn next_slot() -> u32 {
    static NEXT_SLOT: AtomicU32 = AtomicU32::new(0);
    NEXT_SLOT.fetch_add(1, Ordering::Relaxed)
}

impl WordTable {
    pub fn new(words: impl IntoIterator<Item = String>) -> Self {
        Self::in_slot(words, next_slot(), INDEX_SLOTS)
    }

    /// A phrase table's first words: a table whose numbers the first [`INDEX_SLOTS`] made
    /// keep on each token too ([`Token::index_in`]).
    fn of_first_words(words: impl IntoIterator<Item = String>) -> Self {
        static NEXT_INDEX_SLOT: AtomicUsize = AtomicUsize::new(0);
        let index_slot = NEXT_INDEX_SLOT.fetch_add(1, Ordering::Relaxed);
        Self::in_slot(words, next_slot(), index_slot.min(INDEX_SLOTS))
    }

    /// The table of `words` with the `slot`th place in each token's record, and the
    /// `index_slot`th place in its kept numbers (none from [`INDEX_SLOTS`] on).
    pub(super) fn in_slot(
        words: impl IntoIterator<Item = String>,
        slot: u32,
        index_slot: usize,
    ) -> Self {
        let mut map: HashMap<String, usize> = HashMap::default();
        let mut sieve = [0u64; SIEVE_WORDS];
        for w in words {
            let (at, bit) = sieve_bit(&w);
            sieve[at] |= bit;
            let next = map.len();
            map.entry(w).or_insert(next);
        }
        WordTable {
            words: map,
            sieve,
            index_slot,
            masks: if slot < 32 {
                (1u64 << (2 * slot), 1u64 << (2 * slot + 1))
            } else {
                (0, 0)
            },
        }
    }

    /// Whether `w` is one of the table's words: looked up only when a word of its length,
    /// first and last byte is (see `sieve`).
    #[inline]
    pub(super) fn holds(&self, w: &str) -> bool {
        let (at, bit) = sieve_bit(w);
        if self.sieve[at] & bit == 0 {
            return false;
        }
        self.words.contains_key(w)
    }

    /// The number the table gave `w`, if it holds it: [`WordTable::holds`]'s look-up, which
    /// says where as well as whether. (The reader asks [`WordTable::index_of_keyed`], with a
    /// token's kept key; this is the tests'.)
    #[cfg(test)]
    pub(super) fn index_of(&self, w: &str) -> Option<usize> {
        let (at, bit) = sieve_bit(w);
        if self.sieve[at] & bit == 0 {
            return None;
        }
        self.words.get(w).copied()
    }

    /// [`WordTable::holds`] of a word whose [`sieve_key`] is `key`, known already (a
    /// token's: [`Token::in_table`]).
    #[inline(always)]
    pub(super) fn holds_keyed(&self, w: &str, key: u32) -> bool {
        let (at, bit) = sieve_bit_of(key);
        if self.sieve[at] & bit == 0 {
            return false;
        }
        self.words.contains_key(w)
    }

    /// Whether a word whose [`sieve_key`] is `key` may be in the table: false only when the
    /// sieve says it is not, as [`WordTable::index_of_keyed`] would before hashing it.
    #[inline(always)]
    pub(super) fn may_hold_keyed(&self, key: u32) -> bool {
        let (at, bit) = sieve_bit_of(key);
        self.sieve[at] & bit != 0
    }

    /// [`WordTable::index_of`] of a word whose [`sieve_key`] is `key`, known already (a
    /// token's: [`Token::index_in`]).
    #[inline(always)]
    pub(super) fn index_of_keyed(&self, w: &str, key: u32) -> Option<usize> {
        let (at, bit) = sieve_bit_of(key);
        if self.sieve[at] & bit == 0 {
            return None;
        }
        self.words.get(w).copied()
    }
}

/// Multi-word phrases keyed by their first token; longest match wins.
pub struct PhraseTable<T> {
    /// Each first word's index in `phrases`.
    firsts: WordTable,
    phrases: Vec<Vec<(Vec<String>, T)>>,
    /// For each list of `phrases`, its phrases by their second word (see [`SecondWords`]).
    seconds: Vec<SecondWords>,
}

/// The places in one list of phrases (one first word's) of the phrases whose second word
/// has each [`word_key`], in the list's order, and of its one-word phrases: a phrase whose
/// second word's key is not the next token's cannot match there, so only the others are
/// compared ("we" opens 37 verdict phrases, and the word after it keys a few).
struct SecondWords {
    /// The keys, sorted, and the places of the phrases with each.
    keys: Vec<u32>,
    places: Vec<Vec<u16>>,
    /// The one-word phrases' places (after every longer one: the list is longest first).
    singles: Vec<u16>,
}

/// A word's length, first and last byte: equal words have equal keys.
#[inline(always)]
fn word_key(w: &str) -> u32 {
    let b = w.as_bytes();
    u32::from(b.first().copied().unwrap_or(0))
        | (u32::from(b.last().copied().unwrap_or(0)) << 8)
        | ((w.len().min(0xFFFF) as u32) << 16)
}

impl SecondWords {
    fn of<T>(list: &[(Vec<String>, T)]) -> Self {
        let mut keyed: Vec<(u32, u16)> = vec![];
        let mut singles = vec![];
        for (k, (words, _)) in list.iter().enumerate() {
            let place = u16::try_from(k).unwrap_or(u16::MAX);
            match words.get(1) {
                Some(second) => keyed.push((word_key(second), place)),
                None => singles.push(place),
            }
        }
        // Stable: each key's places stay in the list's order.
        keyed.sort_by_key(|&(key, _)| key);
        let mut keys: Vec<u32> = vec![];
        let mut places: Vec<Vec<u16>> = vec![];
        for (key, place) in keyed {
            if keys.last() != Some(&key) {
                keys.push(key);
                places.push(vec![]);
            }
            if let Some(last) = places.last_mut() {
                last.push(place);
            }
        }
        SecondWords {
            keys,
            places,
            singles,
        }
    }

    /// The places of the phrases that may match before `next` (the next token's word, if
    /// any), in the list's order.
    #[inline]
    fn candidates(&self, next: Option<&str>) -> impl Iterator<Item = usize> + '_ {
        let keyed: &[u16] = next
            .and_then(|n| self.keys.binary_search(&word_key(n)).ok())
            .map_or(&[], |g| &self.places[g]);
        keyed
            .iter()
            .chain(&self.singles)
            .map(|&place| usize::from(place))
    }
}

impl<T: Copy> PhraseTable<T> {
    pub fn new(entries: &[(&str, T)]) -> Self {
        let mut by_first: HashMap<String, Vec<(Vec<String>, T)>> = HashMap::default();
        for (phrase, value) in entries {
            let words: Vec<String> = tokenize(phrase).into_iter().map(|t| t.lower).collect();
            if let Some(first) = words.first() {
                by_first
                    .entry(first.clone())
                    .or_default()
                    .push((words, *value));
            }
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        let (firsts, phrases): (Vec<String>, Vec<_>) = by_first.into_iter().unzip();
        let seconds = phrases.iter().map(|list| SecondWords::of(list)).collect();
        PhraseTable {
            firsts: WordTable::of_first_words(firsts),
            phrases,
            seconds,
        }
    }

    /// The longest phrase starting at `at`: its value and length in tokens.
    /// (Always inlined, round P58: the compiler kept it a call, some sixty a message, most
    /// answered by the token's record alone.)
    #[inline(always)]
    pub fn match_at(&self, toks: &[Token], at: usize) -> Option<(T, usize)> {
        // Most words open no phrase, and each token's record says so after its first
        // look-up: answered here, without a call.
        let t = toks.get(at)?;
        if t.known_not_in(&self.firsts) {
            return None;
        }
        // A word asked of the table for the first time whose sieve bit no first word set
        // opens no phrase either: its record kept as the call's look-up would keep it, without
        // the call (round P63: most of the calls that were left).
        if t.sieved_out_of(&self.firsts) {
            return None;
        }
        self.longest_at(toks, at)
    }

    /// [`PhraseTable::match_at`] once the token may open a phrase.
    #[inline(never)]
    fn longest_at(&self, toks: &[Token], at: usize) -> Option<(T, usize)> {
        let t = toks.get(at)?;
        let index = t.index_in(&self.firsts)?;
        let list = &self.phrases[index];
        // Every phrase of the list starts with this token's word (the list is found by
        // it): only the words after it are compared, of the phrases whose second word
        // may be the next token's, in the list's order (the one-word phrases last).
        let next = toks.get(at + 1).map(|n| n.lower.as_str());
        let found = self.seconds[index].candidates(next).find(|&k| {
            list.get(k)
                .is_some_and(|(words, _)| said_at(words, toks, at))
        });
        #[cfg(test)]
        assert_eq!(found, self.place_in_turn(toks, at), "{toks:?} at {at}");
        found
            .and_then(|k| list.get(k))
            .map(|(words, v)| (*v, words.len()))
    }

    /// The place in its list of the phrase [`PhraseTable::longest_at`] finds, comparing
    /// every phrase of the list in turn as it did before the second words' index: every
    /// look-up in the library's tests checks the two agree.
    #[cfg(test)]
    fn place_in_turn(&self, toks: &[Token], at: usize) -> Option<usize> {
        let list = &self.phrases[self.firsts.index_of(toks.get(at)?.lower.as_str())?];
        list.iter().position(|(words, _)| said_at(words, toks, at))
    }
}

/// Whether the phrase `words` is said at `at` (its first word is known to be).
#[inline(always)]
fn said_at(words: &[String], toks: &[Token], at: usize) -> bool {
    words.len() <= toks.len() - at
        && words[1..]
            .iter()
            .zip(&toks[at + 1..])
            .all(|(w, t)| *w == t.lower)
}

#[cfg(test)]
mod p63_tests {
    use super::*;

    /// Round P63: a phrase table's match, whose sieve now answers a word asked of it for
    /// the first time before a call, finds what the call finds and leaves each token's
    /// record as the call leaves it, at every word of the corpus's training messages and
    /// of `src/`'s strings, asked once and again. Invented phrases: a ropeworks' verdicts.
    #[test]
    fn the_sieve_before_the_call_keeps_the_matches() {
        let table = PhraseTable::new(&[
            ("splice it", 1),
            ("put on hold", 2),
            ("on hold", 3),
            ("we", 4),
            ("we signed off", 5),
            ("go ahead", 6),
            ("not now", 7),
            ("the", 8),
            ("hemp", 9),
        ]);
        let toks = tokenize("We signed off the hemp splice, put on hold the rest.");
        assert_eq!(table.match_at(&toks, 0), Some((5, 3)));
        assert_eq!(table.match_at(&toks, 1), None);
        let put = toks.iter().position(|t| t.is("put")).unwrap_or(0);
        assert_eq!(table.match_at(&toks, put), Some((2, 3)));
        let mut asked = 0;
        for text in &crate::reader::tests::p55_training_texts::training_and_source_texts() {
            let (gated, called) = (tokenize(text), tokenize(text));
            for _ in 0..2 {
                for i in 0..gated.len() {
                    let called_answer = if called[i].known_not_in(&table.firsts) {
                        None
                    } else {
                        table.longest_at(&called, i)
                    };
                    assert_eq!(table.match_at(&gated, i), called_answer, "{text:?} at {i}");
                    assert_eq!(
                        gated[i].looked_up.get(),
                        called[i].looked_up.get(),
                        "{text:?} at {i}"
                    );
                    asked += 1;
                }
            }
        }
        assert!(asked > 200_000, "{asked}");
    }
}
