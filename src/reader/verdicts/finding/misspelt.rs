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

/// The first letters of [`FUZZY`]'s verbs: a misspelling keeps its first letter, so a word
/// opening on another byte is none of them (a test checks each verb opens on one).
const FUZZY_FIRST_BYTES: [u8; 4] = [b'a', b'r', b'p', b'd'];

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

#[inline(always)]
pub(super) fn fuzzy_verdict(t: &Token) -> Option<Verdict> {
    // Asked of every word, and only a word of four to twelve letters opening on a verb's
    // first letter is one: told here, before a call (round P57).
    if !(t.is_word()
        && (4..=12).contains(&t.lower.len())
        && FUZZY_FIRST_BYTES.contains(&t.lower.as_bytes()[0]))
    {
        return None;
    }
    fuzzy_verdict_past_its_first_test(t)
}

/// [`fuzzy_verdict`] once its first test is passed.
fn fuzzy_verdict_past_its_first_test(t: &Token) -> Option<Verdict> {
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
    // Nor does a word end on another consonant than theirs (the last not a vowel: its
    // skeleton's last), told from its bytes before its skeleton is made.
    if !ends_on_a_skeletons_last(&t.lower, skeletons) {
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

/// Whether the word's last byte that is no vowel is the last consonant of one of the verbs'
/// skeletons. A word whose skeleton equals a verb's ends on that verb's last consonant (its
/// skeleton keeps the word's consonants in order, with no vowel), and one with a byte that is
/// no ASCII letter has no skeleton, so a word this denies is read as no misspelt verb.
fn ends_on_a_skeletons_last(w: &str, skeletons: &[(Skeleton, &'static str, Verdict)]) -> bool {
    let last = w
        .bytes()
        .rev()
        .find(|b| !matches!(b, b'a' | b'e' | b'i' | b'o' | b'u'));
    last.is_some_and(|b| {
        skeletons
            .iter()
            .any(|(s, ..)| s.len > 0 && s.consonants[s.len - 1] == b)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::tokens::tokenize;

    /// Misspelt verbs are still read; a word ending on another consonant is no verb, as its
    /// skeleton, compared with every verb's, says.
    /// Each verb read misspelt opens on a byte its first test lets by (round P57).
    #[test]
    fn every_fuzzy_verb_opens_on_a_first_byte_let_by() {
        for (verb, _) in FUZZY {
            assert!(FUZZY_FIRST_BYTES.contains(&verb.as_bytes()[0]), "{verb}");
        }
    }

    #[test]
    fn the_last_consonant_denies_only_words_no_skeleton_matches() {
        let read = |w: &str| fuzzy_verdict(&tokenize(w)[0]);
        assert_eq!(read("aprvd"), Some(Verdict::Approve));
        assert_eq!(read("apprvde"), Some(Verdict::Approve));
        assert_eq!(read("rejcted"), Some(Verdict::Reject));
        assert_eq!(read("postpnd"), Some(Verdict::Defer));
        let skeletons: Vec<_> = FUZZY
            .iter()
            .filter_map(|&(verb, v)| skeleton(verb).map(|s| (s, verb, v)))
            .collect();
        for w in [
            "approval",
            "approves",
            "rejecting",
            "aproove",
            "about",
            "around",
            "deferral",
            "pending",
            "prepared",
            "dropped",
            "decided",
            "reported",
            "rdaaa",
            "dddd",
            "aprvdé",
            "approvedy",
            "raised",
            "parked",
        ] {
            let matched = skeleton(w).is_some_and(|sk| {
                skeletons.iter().any(|(s, verb, _)| {
                    *s == sk && crate::reader::edits_within::edits_within(w, verb, 3)
                })
            });
            if !ends_on_a_skeletons_last(w, &skeletons) {
                assert!(!matched, "{w}");
            }
        }
    }
}
