//! Round B44: names and the records split, each worded here for an invented organisation:
//! a chain of climbing gyms (the walls, the front desk, the office). Each is checked with
//! the rules alone (an empty model) and with the shipped model.

use super::model::IntentModel;
use super::*;
use std::sync::Arc;

/// A chain of climbing gyms.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Walls", &["Route Setting", "Setters"]),
            ("Front Desk", &["Reception", "Members"]),
            ("Office", &["Admin", "Finance"]),
            ("IT", &["Tech"]),
            ("Energy", &["Power"]),
        ],
        &[
            ("Membership Software Migration", "IT"),
            ("Auto Belay Replacement", "Walls"),
            ("Payroll System", "Office"),
            ("Website Rebuild", "Front Desk"),
            ("Standby Generator", "Energy"),
            ("Headquarters Roof Replacement", "Office"),
            ("Laptop Refresh", "IT"),
            ("Hold Wash Station", "Walls"),
        ],
    )
}

fn today() -> NaiveDate {
    "2026-11-27".parse().unwrap()
}

fn readers() -> [Reader; 2] {
    [
        Reader::new(&dir(), ReaderSettings::default()).with_model(Arc::new(IntentModel::default())),
        Reader::new(&dir(), ReaderSettings::default()),
    ]
}

fn assert_named(texts: &[(&str, &str)]) {
    for reader in readers() {
        for (text, name) in texts {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.investment.as_deref(), Some(*name), "{text}: {r:?}");
        }
    }
}

/// "@ciara need the nurtura migration plan", "berthwise move carries on", "the storEDGE
/// cutover plan": a move from one system to another, named by the product moved to (which
/// the directory does not hold) or by "the software move", is the directory's one
/// migration.
#[test]
fn a_migration_named_by_its_product_is_the_one_migration() {
    assert_named(&[
        (
            "@nia need the cragbook migration plan by EOM pls",
            "Membership Software Migration",
        ),
        (
            "@nia need the cragbook cutover plan by EOM pls",
            "Membership Software Migration",
        ),
        (
            "cragbook move keeps going, leeds slipped to march but the card payments reconcile",
            "Membership Software Migration",
        ),
        (
            "Update on the software move. Harriet signed the Cragbook contract on Monday at £40k for the migration and the first year.",
            "Membership Software Migration",
        ),
        (
            "@nia cragbook day pass import - where are we? need it by 12/12",
            "Membership Software Migration",
        ),
    ]);
    // A move named by a registered thing is that thing's.
    assert_named(&[(
        "payroll move pushed to july, the accountant won't touch it before year end",
        "Payroll System",
    )]);
    // A migration proposed is a new thing.
    for reader in readers() {
        let r = reader
            .read(
                "IT wants a Dropbox migration for the shared drive, ~£4k one-off",
                "sam",
                today(),
            )
            .unwrap();
        assert_ne!(
            r.investment.as_deref(),
            Some("Membership Software Migration"),
            "{r:?}"
        );
    }
    // "move" as a verb names nothing.
    for reader in readers() {
        let r = reader
            .read(
                "can we move the kids' party to the back room on Saturday?",
                "sam",
                today(),
            )
            .unwrap();
        assert_eq!(r.investment, None, "{r:?}");
    }
}

/// "new genset is paying for itself" for Standby Generator, "website refresh approved" for
/// Website Rebuild, "HQ roof is a no" for Headquarters Roof Replacement: settled short
/// forms and synonyms English has for a name's word.
#[test]
fn settled_short_forms_of_a_names_word_are_the_name() {
    assert_named(&[
        (
            "new generator is paying for itself, we've not hired a single generator since it came, about £5k saved so far",
            "Standby Generator",
        ),
        (
            "Headquarters roof is a no for now. The insurance claim still hasn't settled and Jo won't commit £26k before it does.",
            "Headquarters Roof Replacement",
        ),
        (
            "new genset is paying for itself, we've not hired a single generator since it came, about £5k saved so far",
            "Standby Generator",
        ),
        (
            "website refresh approved 🧗 £4k, the old one still shows last year's prices",
            "Website Rebuild",
        ),
        (
            "HQ roof is a no for now. The insurance claim still hasn't settled and Jo won't commit £26k before it does.",
            "Headquarters Roof Replacement",
        ),
    ]);
}
