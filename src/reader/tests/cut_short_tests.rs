//! Messages cut short in odd places (sent half-typed, a paste cut off) read without
//! panicking: after an opening bracket, a dash, a currency sign.

use super::*;

/// A quarry: extraction, plant, finance.
fn quarry() -> StaticDirectory {
    test_names::directory(
        &[("Extraction", &[]), ("Plant", &[]), ("Finance", &[])],
        &[
            ("Crusher Rebuild", "Plant"),
            ("Haul Road Lighting", "Extraction"),
        ],
    )
}

#[test]
fn a_message_ending_on_an_opening_bracket_reads() {
    for text in [
        "Rejected Extraction's ask for a haul road lighting upgrade (",
        "Plant mtg 2/12 minutes\n1. Crusher rebuild - approved phase 2 at $640K (",
        "Crusher rebuild approved (",
        "Crusher rebuild approved at $",
        "Crusher rebuild -",
    ] {
        let r = test_names::read_on_test_day(text, "Gwen", &quarry());
        assert!(
            r.intent != Intent::None || r.verdict.is_none(),
            "{text}: {r:?}"
        );
    }
}
