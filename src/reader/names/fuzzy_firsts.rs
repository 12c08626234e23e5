//! Names' first words long enough to be matched misspelt, kept so that the words a
//! message's word may be a slip for are found without testing every first word near its
//! length (round P59).
//!
//! The find asks, of every word of four letters or more that starts no name, which first
//! words [`may_be_close`] lets through. That test asks three things of each first word: a
//! length within the most edits its own length allows ([`max_distance`]), and letter sets
//! no more than twice those edits apart. Here the first words are kept by length, with the
//! place where each length starts, so the window asked is exactly the lengths close
//! enough (a first word of five to seven letters one letter longer or shorter, of eight
//! or more two); each word's letter set and the letters it lets differ are packed in one
//! number, and the count of differing letters is bounded by clearing the lowest bits
//! rather than counted. The words let through are [`may_be_close`]'s, in the same order.

use super::spelling::{letter_set, max_distance, UNBOUNDED};

/// The longest length whose start is kept; a window reaching past it runs to the end, and
/// each word's own length is still tested (none of the corpus's is near it).
const LONGEST: usize = 63;

/// First words sorted by length, then by spelling (as the find had them).
pub(super) struct FuzzyFirsts {
    words: Vec<String>,
    /// Each word's letter set (low 32 bits) and twice the edits its length allows (the
    /// most letters its set may differ by, bits 32 and up).
    keys: Vec<u64>,
    /// Where the words of each length up to [`LONGEST`] start in `words` (the first of
    /// that length or longer).
    starts: [u32; LONGEST + 1],
}

impl FuzzyFirsts {
    /// Keeps `words` (each allowing at least one edit: five letters or more).
    pub(super) fn new(mut words: Vec<String>) -> FuzzyFirsts {
        words.sort_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
        let keys = words
            .iter()
            .map(|w| u64::from(letter_set(w)) | ((2 * max_distance(w.len()) as u64) << 32))
            .collect();
        let mut starts = [0u32; LONGEST + 1];
        for (len, start) in starts.iter_mut().enumerate() {
            *start = words.partition_point(|w| w.len() < len) as u32;
        }
        FuzzyFirsts {
            words,
            keys,
            starts,
        }
    }

    /// Every word kept, by length.
    #[cfg(test)]
    pub(super) fn words(&self) -> &[String] {
        &self.words
    }

    /// The words kept that [`may_be_close`] lets `word` be a slip for, `set` its letter
    /// set, in their order.
    #[inline(always)]
    pub(super) fn may_be_close_to<'a>(
        &'a self,
        word: &'a str,
        set: u32,
    ) -> impl Iterator<Item = &'a str> + 'a {
        let len = word.len();
        // Lengths one apart are close for every word kept; two apart only for words of
        // eight letters or more (two edits), on either side.
        let lowest = if len >= 10 {
            len - 2
        } else {
            len.saturating_sub(1)
        };
        let highest = if len + 2 >= 8 { len + 2 } else { len + 1 };
        let from = self.starts[lowest.min(LONGEST)] as usize;
        let to = match self.starts.get(highest + 1) {
            Some(&to) => to as usize,
            None => self.words.len(),
        };
        self.keys[from..to]
            .iter()
            .zip(&self.words[from..to])
            .filter(move |(&key, w)| {
                let allowed = (key >> 32) as u32;
                let apart = set ^ key as u32;
                // Words of eight letters or more allow two edits, of fewer one (the window
                // holds only such lengths, but for words longer than it keeps apart).
                w.len().abs_diff(len) * 2 <= allowed as usize
                    && ((set | key as u32) & UNBOUNDED != 0 || bits_at_most(apart, allowed))
            })
            .map(|(_, w)| w.as_str())
    }
}

/// Whether `x` has at most `n` bits set, for `n` two or four: the lowest set bit cleared
/// `n` times leaves nothing.
#[inline(always)]
fn bits_at_most(x: u32, n: u32) -> bool {
    let x = x & x.wrapping_sub(1);
    let x = x & x.wrapping_sub(1);
    if n <= 2 {
        return x == 0;
    }
    let x = x & x.wrapping_sub(1);
    let x = x & x.wrapping_sub(1);
    x == 0
}

#[cfg(test)]
mod tests {
    use super::super::spelling::may_be_close;
    use super::*;

    #[test]
    fn bits_at_most_counts_as_count_ones_does() {
        for x in (0u32..1 << 16).chain((0..4096u32).map(|k| k.wrapping_mul(0x9E37_79B1))) {
            for n in [2, 4] {
                assert_eq!(bits_at_most(x, n), x.count_ones() <= n, "{x:#x} {n}");
            }
        }
    }

    /// Against the find's own test (every first word near the length, `may_be_close`),
    /// for words of every length from four to thirty.
    #[test]
    fn lets_through_what_may_be_close_lets_through() {
        // Invented first words, some misspelt, some not in ASCII.
        let firsts: Vec<String> = "dryer drier kiosk kiosks telemetry tractor tractors \
            compressor irrigation irigation solar solars sensors scheduling greenhouse \
            pasteuriser café cafés ordinateur"
            .split_whitespace()
            .map(str::to_string)
            .collect();
        let kept = FuzzyFirsts::new(firsts.clone());
        let words: Vec<&str> = "drye dryers dryr kiosque telemtry telemetery tractr \
            tracktors compresor irrigations solr sensor schedulling greenhose pasteurizer cafe \
            cafés ordinateurs abcdefghijklmnopqrstuvwxyzabcd"
            .split_whitespace()
            .collect();
        for w in &words {
            check(&kept, w);
        }
    }

    /// Every distinct word of the training corpus and of every string in `src/`, as the
    /// find asks it (without its "'s"), against first words taken from the same words:
    /// every fifth of five letters or more, and every one of them in a second table.
    #[test]
    fn lets_through_what_may_be_close_lets_through_at_every_training_and_source_word() {
        let mut words: Vec<String> =
            crate::reader::tests::p55_training_texts::training_and_source_words()
                .into_iter()
                .map(|w| w.strip_suffix("'s").map(str::to_string).unwrap_or(w))
                .collect();
        words.sort();
        words.dedup();
        let long: Vec<String> = words.iter().filter(|w| w.len() >= 5).cloned().collect();
        let fifth = FuzzyFirsts::new(long.iter().step_by(5).cloned().collect());
        for w in words.iter().filter(|w| w.len() >= 4) {
            check(&fifth, w);
        }
        // All of them, against a word of each length (the window's edges at every length).
        let all = FuzzyFirsts::new(long);
        let mut seen = std::collections::HashSet::new();
        for w in words
            .iter()
            .filter(|w| w.len() >= 4 && seen.insert(w.len()))
        {
            check(&all, w);
        }
    }

    fn check(kept: &FuzzyFirsts, word: &str) {
        let set = letter_set(word);
        let ours: Vec<&str> = kept.may_be_close_to(word, set).collect();
        let theirs: Vec<&str> = kept
            .words()
            .iter()
            .filter(|w| may_be_close(word, set, w, letter_set(w)))
            .map(String::as_str)
            .collect();
        assert_eq!(ours, theirs, "{word}");
    }
}
