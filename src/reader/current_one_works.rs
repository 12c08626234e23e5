//! "The store POS replacement is off the table — the current one works and $6k for nicer
//! screens isn't it", "No to the collections dialler upgrade. The current one is fine": a
//! thing dropped while the one it would replace still works was a replacement asked for, so
//! the drop refuses it (see `verdicts::adjust`), as a price too dear does.

use super::tokens::Token;

/// Does the message say the current (old, existing) one still works, or is fine?
pub(in crate::reader) fn current_one_works(toks: &[Token]) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    (0..toks.len()).any(|k| {
        if !matches!(word(k), "current" | "old" | "existing") {
            return false;
        }
        let mut j = k + 1;
        if !matches!(word(j), "one" | "ones" | "one's") {
            return false;
        }
        j += 1;
        while matches!(word(j), "'s" | "is" | "are" | "still" | "works" | "work") {
            if matches!(word(j), "works" | "work") {
                return true;
            }
            j += 1;
        }
        word(k + 1) == "one's" && word(k + 2) == "fine"
            || matches!(word(j), "fine" | "okay" | "ok") && j > k + 2
            || word(j) == "does" && word(j + 1) == "the" && word(j + 2) == "job"
    })
}
