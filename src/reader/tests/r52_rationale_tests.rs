//! Round R52: the rationale's misses on the training corpus sorted by cause (seventeenth
//! pass), each cause worded here for another invented organisation: a chocolate workshop in
//! Bruges (its kitchen, its shop and its back office).

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The chocolate workshop's units and investments.
fn chocolate_dir() -> StaticDirectory {
    directory(
        &[
            ("Kitchen", &["Atelier"]),
            ("Shop", &["Counter"]),
            ("Office", &["Back Office"]),
        ],
        &[
            ("Tempering Machine", "Kitchen"),
            ("Shop Refit", "Shop"),
            ("Web Shop", "Shop"),
            ("Delivery Van", "Office"),
            ("Payroll System", "Office"),
        ],
    )
}

fn read_chocolate(text: &str) -> Reading {
    read_day_first_in(text, "lotte", "EUR", &chocolate_dir())
}

/// Convention 64: "now (that) <what has changed>" joined to the verdict is the reason
/// without its "now", as a "since" cause is without its "since" (convention 31).
#[test]
fn a_now_cause_is_the_reason_without_its_now() {
    for (text, why) in [
        (
            "Good news from Pieter: the tempering machine goes ahead at €40k now the bank loan \
             has come through.",
            "the bank loan has come through",
        ),
        (
            "Good news from Pieter: he's ok with the delivery van at €31k now the bank loan \
             came through. Jonas is running it.",
            "the bank loan came through",
        ),
        (
            "Shop refit approved at €25k now that the landlord has signed the new lease.",
            "the landlord has signed the new lease",
        ),
        (
            "We carry on with the web shop, now that the export grant's in.",
            "the export grant's in",
        ),
    ] {
        let r = read_chocolate(text);
        assert!(r.verdict.is_some(), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}
