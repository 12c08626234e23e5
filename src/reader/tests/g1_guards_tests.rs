//! Round G1: readings the exact passes keep whatever a retrained intent model says, each
//! read in another writer's words (a botanic garden: glasshouses, visitor services,
//! horticulture, the gift shop). Each test trains a model that insists on the wrong intent
//! for the very messages it reads.

use super::model::IntentModel;
use super::model_guards_tests::insisting_on_with;
use super::*;
use std::sync::Arc;

/// A botanic garden.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Horticulture", &["Growers"]),
            ("Visitor Services", &["Front of House"]),
            ("Gift Shop", &["Retail"]),
            ("Finance", &["Bursar"]),
        ],
        &[
            ("Glasshouse Heating Upgrade", "Horticulture"),
            ("Gift Shop Tills", "Gift Shop"),
            ("Tram Tour", "Visitor Services"),
        ],
    )
}

fn today() -> NaiveDate {
    "2026-11-27".parse().unwrap()
}

fn insisting_on(wrong: Intent, texts: &[&str]) -> Reader {
    let rules_only =
        Reader::new(&dir(), ReaderSettings::default()).with_model(Arc::new(IntentModel::default()));
    insisting_on_with(rules_only, "marta", wrong, texts)
}

#[test]
fn a_verdict_said_by_those_who_decide_is_a_decision_whatever_the_model_says() {
    let texts = [
        "Trustees: the rooftop orangery is off the table",
        "the tram tour is going nowhere, we're scrapping it",
    ];
    let reader = insisting_on(Intent::None, &texts);
    // A new thing off the table is refused (round B42); registered work scrapped, stopped.
    for (text, verdict) in texts.iter().zip([Verdict::Reject, Verdict::Stop]) {
        let r = reader.read(text, "marta", today()).unwrap();
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(verdict), "{text}: {r:?}");
    }
    // A meeting moved is no one deciding: the model's chat stands.
    let text = "heads up: the 3pm with Horticulture is moved to Friday";
    let reader = insisting_on(Intent::None, &[text]);
    assert_eq!(
        reader.read(text, "marta", today()).unwrap().intent,
        Intent::None
    );
}

#[test]
fn work_praised_as_paying_off_is_no_new_investment_whatever_the_model_says() {
    let texts = [
        "Gift shop tills paid off nicely, the queue at the door went from 12 min to 4 and spend per visitor is up £2. that's about £9K more this summer",
    ];
    let reader = insisting_on(Intent::Investment, &texts);
    for text in texts {
        let r = reader.read(text, "marta", today()).unwrap();
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    }
}

#[test]
fn wanting_another_party_to_ask_is_no_new_investment_whatever_the_model_says() {
    let texts = [
        "Saw the bursar about the glasshouse heating upgrade: the price came back at £14k and he wants a second quote before he signs.",
    ];
    let reader = insisting_on(Intent::Investment, &texts);
    for text in texts {
        let r = reader.read(text, "marta", today()).unwrap();
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
    }
}

/// Without a verdict a decision cannot be read: the model's choice is then among the other
/// kinds of record, its next best where it beats the rules' by the threshold.
#[test]
fn without_a_verdict_the_model_chooses_among_the_other_kinds() {
    // Feature 0xa: decision 5, note 0, investment 3, benefit 1, none 0.
    let model = IntentModel::from_text("threshold 2\n000000000000000a 5 0 3 1 0\n").unwrap();
    assert_eq!(model.decide(&[0xa], Intent::Note), Intent::Decision);
    assert_eq!(
        model.decide_among(&[0xa], Intent::Note, |i| i != Intent::Decision),
        Intent::Investment
    );
    // The rules' own intent is always possible, and kept where the rest do not beat it by
    // the threshold.
    assert_eq!(
        model.decide_among(&[0xa], Intent::Note, |i| i == Intent::Benefit),
        Intent::Note
    );
    assert_eq!(
        model.decide_among(&[0xa], Intent::Benefit, |i| i == Intent::Investment),
        Intent::Investment
    );
}
