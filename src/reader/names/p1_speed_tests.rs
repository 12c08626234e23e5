//! The speed pass's shortcuts give the answers of the tests they stand for: the letter
//! sets before an edit distance, a word's abbreviation worked out once for many names.

use super::spelling::{abbreviates, close, close_given_sets, letter_set, Clipping};

/// Message words and name words of an invented hospital trust's directory, with slips,
/// clips, abbreviations, possessives and words not in ASCII.
const WORDS: &[&str] = &[
    "radiology",
    "radiolgy",
    "radiologys",
    "radiology's",
    "radio",
    "rad",
    "the",
    "mgmt",
    "management",
    "managment",
    "pharmacy",
    "pharmcy",
    "pharm",
    "fin",
    "finance",
    "finances",
    "theatre",
    "theater",
    "theatres",
    "café",
    "cafe",
    "cafés",
    "maint",
    "maintenance",
    "rota",
    "rotas",
    "roster",
    "rostering",
    "x-ray",
    "xray",
    "ward's",
    "wards",
    "extra",
    "extraction",
    "svc",
    "service",
    "services",
    "e",
    "electronic",
    "pathology",
    "patholgoy",
    "s4",
    "s4hana",
];

#[test]
fn close_given_sets_answers_as_close_does() {
    for word in WORDS {
        let set = letter_set(word.strip_suffix("'s").unwrap_or(word));
        for name_word in WORDS {
            assert_eq!(
                close_given_sets(word, set, name_word, letter_set(name_word)),
                close(word, name_word),
                "{word} against {name_word}"
            );
        }
    }
}

#[test]
fn a_clipping_worked_out_once_answers_as_abbreviates_does() {
    for word in WORDS {
        let clipping = Clipping::of(word);
        for name_word in WORDS {
            // The test as it was written before the speed pass, kept here to compare.
            let before = if let Some(full) = match *word {
                "mgmt" => Some("management"),
                "fin" => Some("finance"),
                "maint" => Some("maintenance"),
                "svc" => Some("service"),
                "e" => Some("electronic"),
                _ => None,
            } {
                name_word.starts_with(full) && name_word.len() <= full.len() + 3
            } else {
                word.len() >= 3
                    && name_word.len() >= word.len() + 2
                    && word.chars().all(|c| c.is_alphabetic())
                    && name_word.starts_with(word)
                    && !super::spelling::NOT_CLIPPED.contains(word)
            };
            assert_eq!(
                clipping.abbreviates(name_word),
                before,
                "{word} / {name_word}"
            );
            assert_eq!(abbreviates(word, name_word), before, "{word} / {name_word}");
        }
    }
}
