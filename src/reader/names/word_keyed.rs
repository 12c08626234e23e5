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
}

fn length_bit(word: &str) -> u64 {
    1 << word.len().min(63)
}

impl<V> WordKeyed<V> {
    /// Whether `word` may be a key: false only when no key has its first byte and length.
    #[inline]
    fn may_hold(&self, word: &str) -> bool {
        match word.as_bytes().first() {
            Some(&b) => self.lengths[usize::from(b)] & length_bit(word) != 0,
            None => true,
        }
    }

    /// The value of `word`, as the table's own `get` answers.
    #[inline]
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
        for key in map.keys() {
            if let Some(&b) = key.as_bytes().first() {
                lengths[usize::from(b)] |= length_bit(key);
            }
        }
        WordKeyed { map, lengths }
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
}
