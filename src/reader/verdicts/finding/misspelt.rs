//! Verdict verbs misspelt ("aprvd", "apprved", "rejcted"), read by their consonant
//! skeleton and first letter.

use super::*;

/// Verbs whose misspellings are read too ("aprvd", "apprved", "rejcted"): compared by
/// consonant skeleton and first letter, since typists drop vowels and double letters.
/// Verbs whose skeletons other words share ("cancelled" / "concluded") are left out.
pub(super) const FUZZY: &[(&str, Verdict)] = &[
    ("approved", Verdict::Approve),
    ("rejected", Verdict::Reject),
    ("postponed", Verdict::Defer),
    ("deferred", Verdict::Defer),
];

/// The consonants of a word with repeats collapsed, after its first letter: "approved" and
/// "aprvd" are both `a` + "prvd". Kept on the stack: this runs for many words of every
/// message.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) struct Skeleton {
    first: char,
    len: usize,
    consonants: [u8; 16],
}

pub(super) fn skeleton(w: &str) -> Option<Skeleton> {
    let mut chars = w.chars();
    let mut out = Skeleton {
        first: chars.next()?,
        len: 0,
        consonants: [0; 16],
    };
    for c in chars {
        if !c.is_ascii_alphabetic() {
            return None;
        }
        let c = c as u8;
        if matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
            || out.len > 0 && out.consonants[out.len - 1] == c
        {
            continue;
        }
        *out.consonants.get_mut(out.len)? = c;
        out.len += 1;
    }
    Some(out)
}

pub(super) fn fuzzy_verdict(t: &Token) -> Option<Verdict> {
    if !t.is_word() || !(4..=12).contains(&t.lower.len()) {
        return None;
    }
    // The verbs' skeletons, worked out once: this runs for every word of every message.
    static SKELETONS: OnceLock<Vec<(Skeleton, &'static str, Verdict)>> = OnceLock::new();
    let skeletons = SKELETONS.get_or_init(|| {
        FUZZY
            .iter()
            .filter_map(|&(verb, v)| skeleton(verb).map(|s| (s, verb, v)))
            .collect()
    });
    // A misspelling keeps its first letter: most words start with none of the verbs'.
    // (The word's first letter compared as a `char`: `starts_with(char)` encodes the letter
    // again for every verb.)
    let first = t.lower.chars().next();
    if !skeletons.iter().any(|(s, ..)| Some(s.first) == first) {
        return None;
    }
    let sk = skeleton(&t.lower)?;
    if sk.len < 3 {
        return None;
    }
    skeletons.iter().find_map(|(s, verb, v)| {
        (*s == sk && crate::reader::edits_within::edits_within(&t.lower, verb, 3)).then_some(*v)
    })
}
