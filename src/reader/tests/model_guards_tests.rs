//! What the exact passes decide whatever the intent model says: a model retrained on more
//! text may lean another way on a message, and these are readings it must not change.
//! Each test trains a model that insists on the wrong intent for the very messages it reads.

use super::model::{Example, IntentModel};
use super::*;
use std::sync::Arc;

fn dir() -> StaticDirectory {
    test_names::directory(
        &[("Mills", &[]), ("Logistics", &[]), ("Finance", &[])],
        &[
            ("Boiler Efficiency Upgrade", "Mills"),
            ("Yard Scanners", "Logistics"),
        ],
    )
}

fn today() -> NaiveDate {
    "2026-11-27".parse().unwrap()
}

/// A reader whose model has learnt `wrong` for each of `texts` (and is sure of it).
fn insisting_on(wrong: Intent, texts: &[&str]) -> Reader {
    let rules_only =
        Reader::new(&dir(), ReaderSettings::default()).with_model(Arc::new(IntentModel::default()));
    insisting_on_with(rules_only, "wayan", wrong, texts)
}

/// `rules_only` with a model that has learnt `wrong` for each of `texts` said by `speaker`
/// on the test day (and is sure of it).
pub(super) fn insisting_on_with(
    rules_only: Reader,
    speaker: &str,
    wrong: Intent,
    texts: &[&str],
) -> Reader {
    let examples: Vec<Example> = texts
        .iter()
        .map(|text| {
            let (features, rule) = rules_only.intent_example(text, speaker, today());
            Example {
                features,
                rule,
                label: wrong,
            }
        })
        .collect();
    let model = IntentModel::train(&examples, 10, 0.0);
    for text in texts {
        let (features, rule) = rules_only.intent_example(text, speaker, today());
        assert_eq!(
            model.decide(&features, rule),
            wrong,
            "the model insists: {text}"
        );
    }
    rules_only.with_model(Arc::new(model))
}

#[test]
fn a_saving_said_on_a_condition_is_no_benefit_whatever_the_model_says() {
    let texts = [
        "If we replace the boilers we save around £120k per month on fuel",
        "if we move the yard scanners to 5G we'd save $4k a month",
        "Assuming the mills switch to the new burners, £30k a year less gas",
    ];
    let reader = insisting_on(Intent::Benefit, &texts);
    for text in texts {
        let r = reader.read(text, "wayan", today()).unwrap();
        assert_ne!(r.intent, Intent::Benefit, "{text}");
    }
    // Said as done, the same saving is a benefit.
    let r = reader
        .read(
            "Boiler efficiency upgrade: we save around £12k per month on fuel since June",
            "wayan",
            today(),
        )
        .unwrap();
    assert_eq!(r.intent, Intent::Benefit);
}

#[test]
fn a_unit_reporting_a_problem_without_money_is_a_note_whatever_the_model_says() {
    let texts = [
        "Logistics say the new scanners keep dropping wifi",
        "Finance reckon the new expenses app keeps logging them out",
    ];
    let reader = insisting_on(Intent::Investment, &texts);
    for text in texts {
        let r = reader.read(text, "wayan", today()).unwrap();
        assert_eq!(r.intent, Intent::Note, "{text}");
    }
}

/// Rule slips a retrain showed: the shipped model had been reading these right on its own,
/// so the rules must too, or a model trained on more text may stop covering for them.
#[test]
fn the_rules_alone_read_money_earned_as_a_benefit() {
    let rules_only =
        Reader::new(&dir(), ReaderSettings::default()).with_model(Arc::new(IntentModel::default()));
    for text in [
        "The yard scanners earned $21k of orders in November",
        "boiler efficiency upgrade has earned us £9k in energy rebates since June",
    ] {
        let r = rules_only.read(text, "wayan", today()).unwrap();
        assert_eq!(r.intent, Intent::Benefit, "{text}");
    }
    // Earned without money is no benefit.
    let r = rules_only
        .read(
            "the yard scanners earned their keep this winter",
            "wayan",
            today(),
        )
        .unwrap();
    assert_ne!(r.intent, Intent::Benefit);
}

/// "…: the boiler upgrade top-up, £4k, and a new drone survey kit for Logistics at £6,500":
/// the new thing listed after the verdict is a record with that verdict even where its
/// words alone read as nothing, to the rules or to a model.
#[test]
fn a_new_thing_listed_after_the_verdict_is_read_said_with_it() {
    let rules_only =
        Reader::new(&dir(), ReaderSettings::default()).with_model(Arc::new(IntentModel::default()));
    for (text, new) in [
        (
            "Signed off at the board today: the boiler efficiency upgrade top-up, £4k, and a new drone survey kit for Logistics at £6,500",
            "drone survey kit",
        ),
        (
            "Approved at Tuesday's exec: the yard scanners extension, £2k, and a new pallet weigher for Logistics at £6,500",
            "pallet weigher",
        ),
    ] {
        let r = rules_only.read(text, "wayan", today()).unwrap();
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        let more = r.also.first().unwrap_or_else(|| panic!("{text}: {r:?}"));
        assert_eq!(
            (more.intent, more.verdict),
            (Intent::Decision, Some(Verdict::Approve)),
            "{text}: {more:?}"
        );
        assert_eq!(more.investment.as_deref(), Some(new), "{text}: {more:?}");
        assert_eq!(
            more.amount,
            Some(crate::money::Money::new(650_000, crate::money::Currency::GBP)),
            "{text}: {more:?}"
        );
    }
}

/// "The portal held up for the spring on-sale, 9k logins in the first hour": a count of
/// what the investment a message opens on did is news about it, a note, by the rules too.
#[test]
fn a_count_of_what_an_investment_did_is_a_note_by_the_rules_too() {
    let rules_only =
        Reader::new(&dir(), ReaderSettings::default()).with_model(Arc::new(IntentModel::default()));
    for text in [
        "The yard scanners held up for the peak, 9k scans in the first hour",
        "Boiler efficiency upgrade coped fine with the cold snap, 3 mills on it all week",
    ] {
        let r = rules_only.read(text, "wayan", today()).unwrap();
        assert_eq!(r.intent, Intent::Note, "{text}");
    }
}
