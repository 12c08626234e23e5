//! Round B41: the two readings that refused the intent retrain of round M41, each worded
//! here for another invented organisation: a heritage mountain railway in Snowdonia (the
//! locomotives and the line, the stations, the café and shop, the office). Each is checked
//! with the rules alone (an empty model) and against a model that insists on the wrong kind.

use super::model::IntentModel;
use super::model_guards_tests::insisting_on_with;
use super::*;
use std::sync::Arc;

/// A heritage mountain railway.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Loco Shed", &["Locomotives", "Engineering"]),
            ("Permanent Way", &["Track", "Line"]),
            ("Stations", &["Summit Station", "Booking Office"]),
            ("Office", &["Trustees", "Admin"]),
        ],
        &[
            ("Carriage Heater Replacement", "Loco Shed"),
            ("Summit Café Refit", "Stations"),
            ("Signal Radio Upgrade", "Permanent Way"),
            ("Online Booking Engine", "Office"),
        ],
    )
}

fn today() -> NaiveDate {
    "2026-11-27".parse().unwrap()
}

fn rules_only() -> Reader {
    Reader::new(&dir(), ReaderSettings::default()).with_model(Arc::new(IntentModel::default()))
}

/// "The new heaters in the carriages are keeping them warm all the way up": a registered
/// work's thing as the sentence's subject, with a verb in the present progressive telling
/// how it is doing, is news about that work, a note, with the rules alone as with a model.
#[test]
fn a_known_work_s_thing_said_to_be_doing_well_is_a_note_about_it() {
    let reader = rules_only();
    for (text, name) in [
        (
            "The new heaters in the carriages are keeping them warm all the way to the summit.",
            "Carriage Heater Replacement",
        ),
        (
            "The signal radios are working fine even in the cutting above Rocky Valley.",
            "Signal Radio Upgrade",
        ),
    ] {
        let r = reader.read(text, "elin", today()).unwrap();
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(r.investment.as_deref(), Some(name), "{text}: {r:?}");
    }
    // People doing something, or a thing planned, are no news of how the work is doing.
    for text in [
        "The volunteers are painting the summit station this weekend.",
        "The trustees are looking at new heaters for the carriages.",
    ] {
        let r = reader.read(text, "elin", today()).unwrap();
        assert_ne!(r.intent, Intent::Note, "{text}: {r:?}");
    }
}

/// "Matters arising:\n- Item 4.2 of the last minutes (…): the Operations Manager confirmed
/// that …": a minutes' item that only reports a confirmation of something done reads as
/// nothing alone, so it is read with the item after it, one record, whatever a model says.
#[test]
fn a_minutes_item_reporting_a_past_confirmation_is_no_record_of_its_own_whatever_the_model_says() {
    let texts = [
        "Matters arising:\n- Item 4.2 of the last minutes (signal radio upgrade): the Operations Manager confirmed that the old handsets were handed back.\n- Summit café refit: @gwen to get the second quote from the shopfitter by 12th December.",
        "Actions from last meeting:\n- 3.1 (carriage heaters): Dafydd confirmed the old heaters went back to the supplier.\n- Online booking engine: @rhys to chase the renewal papers by Friday.",
    ];
    let item = |text: &str| text.split('\n').nth(1).unwrap().to_string();
    let items: Vec<String> = texts.iter().map(|t| item(t)).collect();
    let rules = rules_only();
    for text in &items {
        let r = rules.read(text, "elin", today()).unwrap();
        assert_eq!(
            r.intent,
            Intent::None,
            "the rules read it as nothing: {text}: {r:?}"
        );
    }
    let refs: Vec<&str> = items.iter().map(String::as_str).collect();
    let reader = insisting_on_with(rules_only(), "elin", Intent::Note, &refs);
    for text in texts {
        let r = reader.read(text, "elin", today()).unwrap();
        assert_eq!(r.also.len(), 0, "{text}: {r:?}");
    }
    // A confirmation that says news of the work in a message of its own is the model's to
    // read.
    let text = "The Operations Manager confirmed that the new signal radios were handed over.";
    let reader = insisting_on_with(rules_only(), "elin", Intent::Note, &[text]);
    assert_eq!(
        reader.read(text, "elin", today()).unwrap().intent,
        Intent::Note
    );
}

/// "ok'd another 6k of carriage stock for the summit job": money said "of" a kind of stock
/// is that stock bought, what the verdict spends; money moved out of stock or into it
/// ("free up £20k of stock", "£15k of old stock") is working capital, no cost.
#[test]
fn money_of_a_kind_of_stock_approved_is_its_cost() {
    let reader = rules_only();
    let text = "ok'd another 6k of carriage stock for the summit job 👍";
    let r = reader.read(text, "elin", today()).unwrap();
    assert_eq!(r.amount.map(|m| m.minor), Some(600_000), "{text}: {r:?}");
    for text in [
        "Approved the online booking engine, it should free up £20k of stock in the shop.",
        "Approved the online booking engine at £40k; we're sitting on £15k of old stock too.",
    ] {
        let r = reader.read(text, "elin", today()).unwrap();
        assert_ne!(r.amount.map(|m| m.minor), Some(2_000_000), "{text}: {r:?}");
        assert_ne!(r.amount.map(|m| m.minor), Some(1_500_000), "{text}: {r:?}");
    }
}

/// "@gwen can u chase …": "u" for "you" in a terse line asks the person named, as "can you"
/// does: theirs is the follow-up.
#[test]
fn a_handle_asked_can_u_owns_the_follow_up() {
    let reader = rules_only();
    for text in [
        "summit café refit: first shopfitter was meh, @gwen can u chase the second quote by Friday",
        "@gwen can you chase the second quote for the summit café refit by Friday",
    ] {
        let r = reader.read(text, "elin", today()).unwrap();
        let owner = r.action.as_ref().map(|a| a.owner.as_str());
        assert_eq!(owner, Some("gwen"), "{text}: {r:?}");
    }
}

/// "waits till after EOFY": the end of the financial year, the tenant's country's when its
/// settings do not say (30 June in Australia), so "after EOFY" is 1 July and "by EOFY" is
/// 30 June.
#[test]
fn after_the_end_of_the_financial_year_is_the_new_one_s_first_day() {
    let text = "Quick one from the trustees. The summit café refit waits till after EOFY, they want the shop's accounts first.";
    let r = test_names::read_day_first_in(text, "elin", "AUD", &dir());
    assert_eq!(
        r.review_date,
        Some("2027-07-01".parse().unwrap()),
        "{text}: {r:?}"
    );
    let text = "@gwen pls get the summit café refit quotes in by EOFY";
    let r = test_names::read_day_first_in(text, "elin", "AUD", &dir());
    assert_eq!(r.due, Some("2027-06-30".parse().unwrap()), "{text}: {r:?}");
}
