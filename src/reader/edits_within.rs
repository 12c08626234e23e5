//! Whether two words are within a few edits of each other: `strsim::levenshtein(a, b) <=
//! max`, counted the same way (letters as `char`s; a letter changed, added or left out
//! each one edit), without its table on the heap and stopping once every way through
//! needs more than `max` edits. Asked where a word may be a name's or a verdict's word
//! misspelt.

/// The most letters a word may have to be compared in the room on the stack; longer
/// words are compared by `strsim::levenshtein` itself.
const ROOM: usize = 40;

/// `strsim::levenshtein(a, b) <= max`.
pub(super) fn edits_within(a: &str, b: &str, max: usize) -> bool {
    // Most words compared are ASCII: their letters are their bytes, compared in place
    // (round P58; the same table, the same steps).
    if a.len() <= ROOM && b.len() <= ROOM && a.is_ascii() && b.is_ascii() {
        return ascii_edits_within(a.as_bytes(), b.as_bytes(), max);
    }
    edits_within_by_chars(a, b, max)
}

/// [`edits_within`] of two words in ASCII of at most [`ROOM`] letters each, read from their
/// bytes: each byte is a letter, as each `char` is in [`edits_within_by_chars`], and no cell
/// of the table exceeds the longer word's length (at most [`ROOM`]), so a byte holds it.
fn ascii_edits_within(left: &[u8], right: &[u8], max: usize) -> bool {
    let (n, m) = (left.len(), right.len());
    if n.abs_diff(m) > max {
        return false;
    }
    let mut row = [0u8; ROOM + 1];
    for (j, cell) in row.iter_mut().enumerate().take(m + 1) {
        *cell = j as u8;
    }
    for (i, &x) in left.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = (i + 1) as u8;
        let mut least = row[0];
        for (j, &y) in right.iter().enumerate() {
            let above = row[j + 1];
            let cost = u8::from(x != y);
            let value = (diagonal + cost).min(above + 1).min(row[j] + 1);
            diagonal = above;
            row[j + 1] = value;
            least = least.min(value);
        }
        if usize::from(least) > max {
            return false;
        }
    }
    usize::from(row[m]) <= max
}

/// [`edits_within`] read character by character, as for any words.
fn edits_within_by_chars(a: &str, b: &str, max: usize) -> bool {
    let mut left = ['\0'; ROOM];
    let mut right = ['\0'; ROOM];
    let (Some(n), Some(m)) = (fill(a, &mut left), fill(b, &mut right)) else {
        return strsim::levenshtein(a, b) <= max;
    };
    if n.abs_diff(m) > max {
        return false;
    }
    let (left, right) = (&left[..n], &right[..m]);
    // One row of the edit table: `row[j]` is the edits from the letters of `a` so far to
    // the first `j` of `b`.
    let mut row = [0usize; ROOM + 1];
    for (j, cell) in row.iter_mut().enumerate().take(m + 1) {
        *cell = j;
    }
    for (i, &x) in left.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        let mut least = row[0];
        for (j, &y) in right.iter().enumerate() {
            let above = row[j + 1];
            let cost = usize::from(x != y);
            let value = (diagonal + cost).min(above + 1).min(row[j] + 1);
            diagonal = above;
            row[j + 1] = value;
            least = least.min(value);
        }
        // Every cell of a later row is at least the least of this one.
        if least > max {
            return false;
        }
    }
    row[m] <= max
}

/// `word`'s letters into `room`, and how many; `None` when it has more than fit.
fn fill(word: &str, room: &mut [char; ROOM]) -> Option<usize> {
    let mut n = 0;
    for c in word.chars() {
        *room.get_mut(n)? = c;
        n += 1;
    }
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::edits_within;

    /// The same answer as `strsim::levenshtein(a, b) <= max` for every pair of a list of
    /// words (misspellings, other scripts, empty, longer than the room) and every bound
    /// from 0 to 4, and for every pair of short strings over a small alphabet.
    #[test]
    fn answers_as_levenshtein_does() {
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "approved",
            "aprvd",
            "apprved",
            "approvd",
            "rejected",
            "rejcted",
            "postponed",
            "deferred",
            "telemetry",
            "telemtry",
            "palletiser",
            "pallettiser",
            "receiving",
            "recieving",
            "warehouse",
            "warehuose",
            "réseaux",
            "reseaux",
            "café",
            "cafe",
            "straße",
            "strasse",
            "platform",
            "planning",
            "form",
            "from",
            "a-very-long-word-indeed-longer-than-forty-letters",
            "a-very-long-word-indeed-longer-than-forty-lettres",
        ];
        for a in words {
            for b in words {
                for max in 0..=4 {
                    assert_eq!(
                        edits_within(a, b, max),
                        strsim::levenshtein(a, b) <= max,
                        "{a:?} {b:?} {max}"
                    );
                }
            }
        }
        let letters = ['a', 'b', 'é'];
        let mut short = vec![String::new()];
        for len in 1..=4 {
            let mut more = Vec::new();
            for s in short.iter().filter(|s| s.chars().count() == len - 1) {
                for c in letters {
                    more.push(format!("{s}{c}"));
                }
            }
            short.extend(more);
        }
        for a in &short {
            for b in &short {
                for max in 0..=3 {
                    assert_eq!(
                        edits_within(a, b, max),
                        strsim::levenshtein(a, b) <= max,
                        "{a:?} {b:?} {max}"
                    );
                }
            }
        }
    }

    /// The bytes' table against the characters' (round P58) for every word of the training
    /// corpus and of every string in `src/`, each against the words beside it in sorted
    /// order (the nearest spellings) and against the verdict verbs misspellings are
    /// compared with, at every bound from 0 to 3.
    #[test]
    fn ascii_words_are_compared_as_by_their_characters() {
        use super::{ascii_edits_within, edits_within_by_chars};
        let mut words: Vec<String> =
            crate::reader::tests::p55_training_texts::training_and_source_words()
                .into_iter()
                .filter(|w| w.is_ascii() && w.len() <= super::ROOM)
                .collect();
        words.sort_unstable();
        words.dedup();
        assert!(words.len() > 15_000, "{} words", words.len());
        let verbs = [
            "approved",
            "rejected",
            "declined",
            "deferred",
            "postponed",
            "parked",
        ];
        let mut pairs = 0;
        for (k, a) in words.iter().enumerate() {
            let beside = words[k.saturating_sub(2)..(k + 3).min(words.len())].iter();
            for b in beside.map(String::as_str).chain(verbs) {
                for max in 0..=3 {
                    assert_eq!(
                        ascii_edits_within(a.as_bytes(), b.as_bytes(), max),
                        edits_within_by_chars(a, b, max),
                        "{a:?} {b:?} {max}"
                    );
                    pairs += 1;
                }
            }
        }
        assert!(pairs > 500_000, "{pairs} pairs");
    }
}
