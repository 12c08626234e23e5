//! Round P57's faster looks, each checked against the look it replaced at every word of the
//! training corpus and of every string the source holds.

use crate::reader::model::{fnv, fnv_byte_by_byte};
use crate::reader::tokens::tokenize;

/// The features' hash four bytes a turn is the hash a byte a turn: on invented parts of
/// every length up to nine (each remainder of the four-byte loop), and on every word, and
/// every two words together, of the corpus and the source.
#[test]
fn the_hash_four_bytes_a_turn_is_the_hash_a_byte_a_turn() {
    let invented = [
        "", "k", "ko", "kow", "kowh", "kowha", "kōwhai", "kowhaii", "kowhai-8", "w",
    ];
    for a in invented {
        for b in invented {
            for parts in [
                vec![a],
                vec!["w", a],
                vec!["bi", a, b],
                vec![a, b, "sigs+rule"],
            ] {
                assert_eq!(fnv(&parts), fnv_byte_by_byte(&parts), "{parts:?}");
            }
        }
    }
    let mut hashed = 0;
    for text in &crate::reader::tests::p55_training_texts::training_and_source_texts() {
        let toks = tokenize(text);
        for pair in toks.windows(2) {
            let parts = ["bi", pair[0].lower.as_str(), pair[1].lower.as_str()];
            assert_eq!(fnv(&parts), fnv_byte_by_byte(&parts), "{parts:?}");
            assert_eq!(fnv(&parts[1..2]), fnv_byte_by_byte(&parts[1..2]));
            hashed += 1;
        }
    }
    assert!(hashed > 300_000, "{hashed}");
}
