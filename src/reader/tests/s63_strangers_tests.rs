//! Readings of forms from round S63's writers, the Puerto Rican English of a storm shutter
//! fabricator, the Pakistani English of a surgical instrument maker and the Sierra Leonean
//! English and Krio of a palm oil mill, each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;

/// A lime works: the kilns, the quarry and the office.
fn lime_dir() -> StaticDirectory {
    directory(
        &[
            ("Kilns", &["Burning"]),
            ("Quarry", &["Pit"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Kiln Fan", "Kilns"),
            ("Crusher Jaw", "Quarry"),
            ("Office Laptops", "Office"),
        ],
    )
}

/// `text` read for the lime works on 2026-11-27, day first, counting in `currency`.
fn read_lime(text: &str, currency: &str) -> Reading {
    read_day_first_in(text, "aminata", currency, &lime_dir())
}

/// "NLe 1,850,000", "Le 480,000", "Le 38,000" (the palm oil mill): the new leone's "NLe" and
/// "Le" before a figure are the leone; "Le" only where the tenant counts in leones (elsewhere
/// a French article), "NLe" anywhere.
#[test]
fn a_sierra_leonean_le_is_the_leone() {
    for text in [
        "Crusher jaw approved, NLe 240,000.",
        "Crusher jaw approved at Le 240,000",
        "Kiln fan: approved, Le 240k. The old one is rusted through.",
    ] {
        assert_eq!(
            read_lime(text, "SLE").amount,
            whole(240_000, "SLE"),
            "{text}"
        );
    }
    assert_eq!(
        read_lime("Crusher jaw approved, NLe 240,000.", "GBP").amount,
        whole(240_000, "SLE")
    );
    // A pound tenant's "Le" before a figure is no leone.
    assert_ne!(
        read_lime("Crusher jaw approved at Le 240,000", "GBP").amount,
        whole(240_000, "SLE")
    );
}

/// "the new laptops for export team (4 nos) are approved, Rs 290,000 each", "6 pcs, Le
/// 21,500 each", "(4 x Haojue) approved, SLE 34,000 each" (the surgical instrument maker and
/// the palm oil mill): a count marked as one ("nos", "pcs", "units", "x") earlier in the
/// sentence, with the price of one after it, is the whole sum decided; a number of
/// quotes before a price each, no count marked, multiplies nothing.
#[test]
fn a_count_marked_nos_or_pcs_times_the_price_each() {
    for text in [
        "Hamza, the new office laptops (4 nos) are approved, Rs 290,000 each.",
        "Office laptops approved ✅ 4 pcs, Rs 290,000 each. Buy them this week.",
        "- Kiln fan (4 x Ziehl) approved, Rs 290,000 each. Sorie responsible.",
    ] {
        assert_eq!(
            read_lime(text, "PKR").amount,
            whole(1_160_000, "PKR"),
            "{text}"
        );
    }
    assert_ne!(
        read_lime(
            "Kiln fan: 4 quotes came in, approved the Ziehl at Rs 290,000 each.",
            "PKR"
        )
        .amount,
        whole(1_160_000, "PKR")
    );
}
