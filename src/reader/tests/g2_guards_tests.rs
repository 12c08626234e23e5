//! Round G2: readings the exact passes keep whatever a model retrained on all 5,217
//! messages says, each read in another writer's words (a ski resort: the lifts, the
//! snowsports school, the rental shop). Each test trains a model that insists on the wrong
//! intent for the very messages it reads.

use super::model::IntentModel;
use super::model_guards_tests::insisting_on_with;
use super::*;
use std::sync::Arc;

/// A ski resort.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Lifts", &["Lift Ops"]),
            ("Snowsports School", &["Instructors"]),
            ("Rentals", &["Hire Shop"]),
            ("Finance", &[]),
        ],
        &[
            ("Booking Website", "Rentals"),
            ("Lift Pass Scanners", "Lifts"),
            ("Snowmaking Upgrade", "Lifts"),
        ],
    )
}

fn today() -> NaiveDate {
    "2026-11-27".parse().unwrap()
}

fn insisting_on(wrong: Intent, texts: &[&str]) -> Reader {
    let rules_only =
        Reader::new(&dir(), ReaderSettings::default()).with_model(Arc::new(IntentModel::default()));
    insisting_on_with(rules_only, "ingrid", wrong, texts)
}

/// More of a known investment asked for ("more licences on the booking website") is that
/// investment, no new one; nor are the choices someone is asked to look at ("options").
#[test]
fn more_of_a_known_one_or_options_looked_at_is_no_new_investment_whatever_the_model_says() {
    let more = [
        "Hire Shop want more licences on the booking website, $3k",
        "Lift Ops want extra seats on the lift pass scanners, $1,200",
    ];
    let reader = insisting_on(Intent::Investment, &more);
    for (text, known) in more.iter().zip(["Booking Website", "Lift Pass Scanners"]) {
        let r = reader.read(text, "ingrid", today()).unwrap();
        assert_ne!(r.intent, Intent::Investment, "{text}: {r:?}");
        assert_eq!(r.investment.as_deref(), Some(known), "{text}: {r:?}");
    }
    let looked_at = [
        "Instructors asked us to look at options for the nursery slope",
        "Finance want us to look into ways to cut the night grooming hours",
    ];
    let reader = insisting_on(Intent::Investment, &looked_at);
    for text in looked_at {
        let r = reader.read(text, "ingrid", today()).unwrap();
        assert_ne!(r.intent, Intent::Investment, "{text}: {r:?}");
        assert_ne!(r.investment.as_deref(), Some("options"), "{text}: {r:?}");
        assert_ne!(r.investment.as_deref(), Some("ways"), "{text}: {r:?}");
    }
    // A thing of its own asked for is the model's to read.
    let text = "Hire Shop want a boot dryer in the rental shop, $6k";
    let reader = insisting_on(Intent::Investment, &[text]);
    assert_eq!(
        reader.read(text, "ingrid", today()).unwrap().intent,
        Intent::Investment
    );
}
