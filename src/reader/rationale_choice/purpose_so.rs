//! "approved the second battery pack, so we can do back to back sessions", "held till Q3
//! so BD can finish the data tidy-up first", "signed off £120k so that no tenant is left on
//! an analogue alarm": a reason given as a purpose is the purpose without its "so" (or "so
//! that"), as a cause is without its "because" (convention 58 (a), round R50).

/// Words that open a purpose's subject after "so": a pronoun or a determiner.
const SUBJECTS: &[&str] = &[
    "we",
    "they",
    "he",
    "she",
    "it",
    "you",
    "i",
    "the",
    "our",
    "their",
    "his",
    "her",
    "its",
    "every",
    "each",
    "no",
    "nobody",
    "everyone",
    "everybody",
    "people",
    "staff",
    "members",
    "customers",
    "clients",
    "guests",
    "families",
];

/// Words a purpose's verb phrase may open with, a word or two after its subject.
const PURPOSE_VERBS: &[&str] = &[
    "can", "could", "can't", "cannot", "will", "won't", "would", "'ll", "don't", "doesn't", "stop",
    "stops", "get", "gets", "have", "has", "never", "aren't", "isn't", "may", "might",
];

/// Whether `reason`'s first word (after any white space) is "so" in any case: only "S"/"s"
/// and "O"/"o" lower-case to "s" and "o" (round P61).
#[inline]
fn opens_on_so(reason: &str) -> bool {
    let said = reason.trim_start();
    matches!(said.as_bytes(), [s, o, ..] if s | 0x20 == b's' && o | 0x20 == b'o')
        && said[2..].chars().next().is_none_or(char::is_whitespace)
}

/// `reason` without a "so" or "so that" opening it as a purpose's joining word.
pub(super) fn without_purpose_so(reason: String) -> String {
    // Most reasons open on another word than "so": told without splitting them (round P61).
    if !opens_on_so(&reason) {
        return reason;
    }
    let words: Vec<&str> = reason.split_whitespace().collect();
    let lower = |k: usize| words.get(k).map_or(String::new(), |w| w.to_lowercase());
    if lower(0) != "so" {
        return reason;
    }
    let skip = if lower(1) == "that" { 2 } else { 1 };
    let first = lower(skip);
    let first_bare = first.split('\'').next().unwrap_or("");
    // "so that's parked", "so far", "so long as …": a consequence, a time, a condition.
    let subject = SUBJECTS.contains(&first_bare)
        || words
            .get(skip)
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
        || (skip + 1..skip + 4).any(|k| {
            let w = lower(k);
            PURPOSE_VERBS.contains(&w.as_str()) || w.ends_with("'ll")
        });
    if skip == 1 && (first.starts_with("that") || !subject) || skip == 2 && first.is_empty() {
        return reason;
    }
    // Byte offset of word `skip` in `reason`: the words before it are ASCII "so"/"that".
    let mut rest = reason.trim_start();
    for _ in 0..skip {
        rest = rest[rest.find(char::is_whitespace).unwrap_or(rest.len())..].trim_start();
    }
    if rest.is_empty() {
        reason
    } else {
        rest.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::without_purpose_so;

    #[test]
    fn a_purpose_loses_its_so_and_a_consequence_keeps_it() {
        let r = |s: &str| without_purpose_so(s.to_string());
        assert_eq!(r("so we can stop renting"), "we can stop renting");
        assert_eq!(r("so that no tenant is left"), "no tenant is left");
        assert_eq!(r("so BD can finish first"), "BD can finish first");
        assert_eq!(
            r("so specialists stop retyping"),
            "specialists stop retyping"
        );
        assert_eq!(r("so that's parked"), "so that's parked");
        assert_eq!(r("so far so good"), "so far so good");
        assert_eq!(r("so long as it works"), "so long as it works");
        assert_eq!(
            r("so slow we lost two bookings"),
            "so slow we lost two bookings"
        );
    }

    /// Round P61: the first test skips only reasons whose first word is not "so", on
    /// invented lines and on every clause of the training corpus and of `src/`'s strings.
    #[test]
    fn a_reason_skipped_by_the_first_test_opens_on_no_so() {
        use super::opens_on_so;
        let r = |s: &str| without_purpose_so(s.to_string());
        // Invented: "Quillon Ropeworks" — "So" in capitals, after white space, run on.
        assert_eq!(r("  SO we can splice on site"), "we can splice on site");
        assert_eq!(r("So\tthe crew stop waiting"), "the crew stop waiting");
        assert_eq!(r("sober crews splice faster"), "sober crews splice faster");
        assert!(opens_on_so("so"));
        assert!(!opens_on_so("so,"));
        assert!(!opens_on_so("sober"));
        let texts = crate::reader::tests::p55_training_texts::training_and_source_texts();
        let mut asked = 0;
        for text in &texts {
            for clause in text.split(['.', ',', ';', '\n']) {
                let first = clause.split_whitespace().next().map(str::to_lowercase);
                assert_eq!(
                    opens_on_so(clause),
                    first.as_deref() == Some("so"),
                    "{clause:?}"
                );
                asked += 1;
            }
        }
        assert!(asked > 20_000, "{asked}");
    }
}
