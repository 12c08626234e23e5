//! Round L42: the readings behind three label conventions (README of the corpus, 42–44),
//! worded for an invented organisation: a window-cleaning firm (the rounds, the depot,
//! the office).

use super::*;

/// A window-cleaning firm.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Rounds", &["Crews", "Cleaners"]),
            ("Depot", &["Yard", "Workshop"]),
            ("Office", &["Admin", "Sales"]),
        ],
        &[
            ("Water-Fed Poles", "Rounds"),
            ("Round Booking App", "Office"),
            ("Crew Vans", "Depot"),
            ("Pure Water Unit Replacement", "Depot"),
        ],
    )
}

fn today() -> NaiveDate {
    "2026-11-27".parse().unwrap()
}

fn readers() -> [Reader; 2] {
    super::test_names::rules_alone_and_with_model(&dir(), ReaderSettings::default())
}

/// "Harriet said no to a second van for Reigate, £29k" against Pick-up Vans: one more of
/// the thing a plural name is, said by the singular of its last word, is that name
/// (convention 44's "not this shape").
#[test]
fn one_more_said_by_the_singular_of_a_plural_name_is_that_name() {
    for reader in readers() {
        let text = "Jo said no to a second van for Redditch, £29k — the Bromsgrove van can cover its rounds.";
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(r.investment.as_deref(), Some("Crew Vans"), "{text}: {r:?}");
    }
}
