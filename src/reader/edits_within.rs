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
}
