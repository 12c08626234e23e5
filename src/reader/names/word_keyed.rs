//! A table keyed by lower-cased words that answers most misses without hashing the word.
//!
//! Matching looks up every word of a message in several of the name index's tables, and
//! nearly every look-up misses. A word whose first byte and length no key shares cannot be
//! a key, so those two are checked first against a prepared bit set (a few instructions)
//! and the hash is only worked out for words that may be there. The answers are the
//! table's own: the check only skips look-ups that would miss.

use rustc_hash::FxHashMap as HashMap;
use std::ops::Deref;

/// A word-keyed table with the first-byte-and-length check in front of its look-ups.
pub struct WordKeyed<V> {
    map: HashMap<String, V>,
    /// For each first byte, the lengths of the keys starting with it (a length of 63 or
    /// more counted as 63).
    lengths: [u64; 256],
    /// One bit for each key's first byte, last byte and length together (round P58, see
    /// [`sieve_bit`]): most words that pass `lengths` (a common first letter and length)
    /// still end on a byte no key of that first byte and length ends on.
    sieve: [u64; SIEVE_WORDS],
}

/// How many 64-bit words [`WordKeyed`]'s sieve takes (4,096 bits).
const SIEVE_WORDS: usize = 64;

/// A word's place in [`WordKeyed`]'s sieve, from its first byte, last byte and length (as
/// `tokens::word_tables` keys its tables): equal words share a place, so a key's word
/// always finds its bit set.
#[inline(always)]
fn sieve_bit(first: u8, last: u8, len: usize) -> (usize, u64) {
    let key = u32::from(first) | (u32::from(last) << 8) | ((len.min(255) as u32) << 16);
    let at = (key.wrapping_mul(0x9E37_79B1) >> 20) as usize;
    (at / 64, 1 << (at % 64))
}

fn length_bit(word: &str) -> u64 {
    1 << word.len().min(63)
}

impl<V> WordKeyed<V> {
    /// Whether `word` may be a key: false only when no key has its first byte and length.
    #[inline(always)]
    fn may_hold(&self, word: &str) -> bool {
        let b = word.as_bytes();
        match (b.first(), b.last()) {
            (Some(&f), Some(&l)) => {
                self.lengths[usize::from(f)] & length_bit(word) != 0 && self.sieved(f, l, b.len())
            }
            _ => true,
        }
    }

    /// Whether a key of first byte `first`, last byte `last` and length `len` may be in
    /// the table: false only when none is.
    #[inline(always)]
    fn sieved(&self, first: u8, last: u8, len: usize) -> bool {
        let (at, bit) = sieve_bit(first, last, len);
        self.sieve[at] & bit != 0
    }

    /// The value of `word`, as the table's own `get` answers. (Always inlined, round P58:
    /// with the sieve's test the compiler made it a call, some twenty-four a message.)
    #[inline(always)]
    pub fn get(&self, word: &str) -> Option<&V> {
        if self.may_hold(word) {
            self.map.get(word)
        } else {
            None
        }
    }

    /// Whether `word` is a key, as the table's own `contains_key` answers (this one is
    /// asked rather than the table's, which would hash every word).
    #[inline]
    pub fn contains_key(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    /// The value of the word `a` and `b` make written together ("share" + "point"), as
    /// [`WordKeyed::get`] of it answers: the joined word is built (in `buf`, reused) only
    /// when a key has its first byte and length.
    #[inline(always)]
    pub fn get_joined(&self, a: &str, b: &str, buf: &mut String) -> Option<&V> {
        let first = a.as_bytes().first().or(b.as_bytes().first());
        if let Some(&f) = first {
            if self.lengths[usize::from(f)] & (1 << (a.len() + b.len()).min(63)) == 0 {
                return None;
            }
            // The joined word's last byte: `b`'s, or `a`'s when `b` is empty.
            let last = b.as_bytes().last().or(a.as_bytes().last()).copied();
            if last.is_some_and(|l| !self.sieved(f, l, a.len() + b.len())) {
                return None;
            }
        }
        // (The check above is told where it is asked; the word built and looked up out
        // of line.)
        self.joined_lookup(a, b, buf)
    }

    #[inline(never)]
    fn joined_lookup(&self, a: &str, b: &str, buf: &mut String) -> Option<&V> {
        buf.clear();
        buf.push_str(a);
        buf.push_str(b);
        self.map.get(buf.as_str())
    }
}

impl<V> From<HashMap<String, V>> for WordKeyed<V> {
    fn from(map: HashMap<String, V>) -> Self {
        let mut lengths = [0u64; 256];
        let mut sieve = [0u64; SIEVE_WORDS];
        for key in map.keys() {
            let b = key.as_bytes();
            if let (Some(&f), Some(&l)) = (b.first(), b.last()) {
                lengths[usize::from(f)] |= length_bit(key);
                let (at, bit) = sieve_bit(f, l, b.len());
                sieve[at] |= bit;
            }
        }
        WordKeyed {
            map,
            lengths,
            sieve,
        }
    }
}

/// Everything but `get` (keys, `contains_key`, indexing) is the table's own.
impl<V> Deref for WordKeyed<V> {
    type Target = HashMap<String, V>;
    fn deref(&self) -> &Self::Target {
        &self.map
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_every_look_up_as_its_table_does() {
        let mut map: HashMap<String, usize> = HashMap::default();
        let long = "a".repeat(70);
        for (i, k) in ["", "dev", "info", "s4", "é-invoicing", long.as_str()]
            .into_iter()
            .enumerate()
        {
            map.insert(k.to_string(), i);
        }
        let keyed = WordKeyed::from(map.clone());
        let longer = "a".repeat(64);
        let words = [
            "",
            "dev",
            "devs",
            "de",
            "info",
            "infx",
            "s4",
            "s",
            "é-invoicing",
            "é",
            "x",
            long.as_str(),
            longer.as_str(),
            "zzz",
        ];
        for w in words {
            assert_eq!(keyed.get(w), map.get(w), "{w:?}");
            assert_eq!(keyed.contains_key(w), map.contains_key(w), "{w:?}");
        }
        // A long word that shares only the capped length still finds its answer: none.
        assert_eq!(keyed.get(&"a".repeat(66)), None);
        assert!(keyed.contains_key("dev"));
        assert_eq!(keyed["info"], 2);
        // Two words written together: as the joined word is answered, however split.
        let mut buf = String::from("left over");
        for w in words.iter().copied().chain(["devx", "sx4", "infoo"]) {
            for at in (0..=w.len()).filter(|&at| w.is_char_boundary(at)) {
                let (a, b) = w.split_at(at);
                assert_eq!(
                    keyed.get_joined(a, b, &mut buf),
                    map.get(w),
                    "{a:?} + {b:?}"
                );
            }
        }
    }

    /// The sieve of first byte, last byte and length (round P58) answers as the table does
    /// for every word of the training corpus and of every string in `src/`, and every two
    /// words beside each other joined, against a table holding every fifth of those words.
    #[test]
    fn every_word_of_the_corpus_and_the_source_is_answered_as_by_its_table() {
        let mut words: Vec<String> =
            crate::reader::tests::p55_training_texts::training_and_source_words();
        let pairs: Vec<(String, String)> = words
            .windows(2)
            .map(|w| (w[0].clone(), w[1].clone()))
            .collect();
        words.sort_unstable();
        words.dedup();
        let map: HashMap<String, usize> = words
            .iter()
            .step_by(5)
            .enumerate()
            .map(|(k, w)| (w.clone(), k))
            .collect();
        let keyed = WordKeyed::from(map.clone());
        let mut held = 0;
        for w in &words {
            assert_eq!(keyed.get(w), map.get(w), "{w:?}");
            held += usize::from(map.contains_key(w));
        }
        let mut buf = String::new();
        for (a, b) in &pairs {
            let joined = format!("{a}{b}");
            assert_eq!(
                keyed.get_joined(a, b, &mut buf),
                map.get(&joined),
                "{a:?} + {b:?}"
            );
        }
        assert!(
            words.len() > 15_000 && held > 3_000,
            "{} {held}",
            words.len()
        );
        assert!(pairs.len() > 200_000, "{} pairs", pairs.len());
    }
}
