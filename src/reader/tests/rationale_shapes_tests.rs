//! The rationale in shapes that recur across writers the reader had not met: a reason that
//! runs on over a comma ("dropping the app, nobody used it"), a reason sentence whose first
//! clause was skipped, a benefit's counted result told with any verb ("caught 4 stuck
//! fermentations early"), and "since" a date before the money.

use super::*;

/// A craft brewery: an industry and wording the reader's corpus does not hold.
fn dir() -> StaticDirectory {
    super::test_names::directory(
        &[
            ("Brewing", &[]),
            ("Taproom", &["Bar"]),
            ("Logistics", &["Logs"]),
        ],
        &[
            ("Canning Line", "Brewing"),
            ("Brewhouse Automation", "Brewing"),
            ("Taproom EPOS", "Taproom"),
            ("Delivery Routing", "Logistics"),
            ("Keg Tracking", "Logistics"),
        ],
    )
}

fn read_one(text: &str) -> Reading {
    super::test_names::read_on_test_day(text, "ruth", &dir())
}

fn reason(text: &str) -> Option<String> {
    read_one(text).rationale
}

#[test]
fn a_reason_runs_on_over_a_comma_while_the_next_clause_explains_too() {
    assert_eq!(
        reason("canning line trimmed to £300k - dropping the keg filler, nobody orders kegs")
            .as_deref(),
        Some("dropping the keg filler, nobody orders kegs")
    );
    assert_eq!(
        reason("taproom EPOS cut to £40k, just the bar tills, kitchen screens dropped").as_deref(),
        Some("just the bar tills, kitchen screens dropped")
    );
    // A follow-up, an amount or a look-again after the comma is not part of the reason.
    assert_eq!(
        reason("canning line approved at £400k, the packer is at capacity, Sam to book the install by Friday")
            .as_deref(),
        Some("the packer is at capacity")
    );
    assert_eq!(
        reason("delivery routing approved - fuel costs doubled, £20k a year saving expected")
            .as_deref(),
        Some("fuel costs doubled")
    );
}

#[test]
fn a_reason_sentence_is_read_from_its_start() {
    assert_eq!(
        reason("Taproom EPOS: stopped. Staff never logged in, only 3 of 40 used it").as_deref(),
        Some("Staff never logged in, only 3 of 40 used it")
    );
    assert_eq!(
        reason("Board said no to the canning line extension. Scope creep, not new demand.")
            .as_deref(),
        Some("Scope creep, not new demand")
    );
}

#[test]
fn a_benefit_counted_with_any_verb_is_its_evidence() {
    let r = read_one("keg tracking found 300 missing kegs, worth about £45k");
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(r.rationale.as_deref(), Some("found 300 missing kegs"));
    assert_eq!(
        reason("brewhouse automation caught 4 stuck fermentations early, saved about £20k in beer")
            .as_deref(),
        Some("caught 4 stuck fermentations early")
    );
    assert_eq!(reason("the canning line saved £20k in October"), None);
}

#[test]
fn since_a_date_ends_at_its_comma() {
    assert_eq!(
        reason("delivery routing: 5 fewer vans since June, ~£30k saved on fuel in Oct").as_deref(),
        Some("5 fewer vans since June")
    );
}

#[test]
fn a_purpose_right_after_the_amount_or_in_order_to_gives_the_reason() {
    assert_eq!(
        reason("keg tracking approved at £90k to cut keg losses").as_deref(),
        Some("to cut keg losses")
    );
    assert_eq!(
        reason("brewhouse automation approved in order to meet the new hygiene rules").as_deref(),
        Some("to meet the new hygiene rules")
    );
    // Where the money goes, not why.
    assert_eq!(reason("canning line cut to £300k"), None);
}

#[test]
fn an_amount_for_what_it_buys_after_a_refusal_is_the_reason() {
    assert_eq!(
        reason("canning line rejected - £1.2m for a line we'd run twice a week").as_deref(),
        Some("£1.2m for a line we'd run twice a week")
    );
    assert_eq!(
        reason("Board turned down the canning line. £1.2m for a line we'd run twice a week.")
            .as_deref(),
        Some("£1.2m for a line we'd run twice a week")
    );
    // After an approval the amount and what it buys are the decision's own details.
    assert_eq!(
        reason("canning line approved - £1.2m for a second line in unit 4"),
        None
    );
}

#[test]
fn as_with_a_counted_clause_gives_the_evidence() {
    assert_eq!(
        reason("keg tracking saved £8k in October as 120 more kegs came back").as_deref(),
        Some("120 more kegs came back")
    );
}

#[test]
fn a_refused_amount_that_only_names_what_it_was_for_is_no_reason() {
    assert_eq!(reason("Declined: £45k for the taproom EPOS refresh"), None);
    assert_eq!(
        reason("Turned down: £500k for a new brewhouse in Leeds"),
        None
    );
}

#[test]
fn a_counted_result_after_the_name_and_a_colon_is_the_evidence() {
    assert_eq!(
        reason("keg tracking: 40 kegs recovered from pubs in May, about £6k saved").as_deref(),
        Some("40 kegs recovered from pubs")
    );
}

#[test]
fn after_a_report_or_a_theft_gives_the_reason() {
    assert_eq!(
        reason("keg tracking approved at £90k after the theft at the Leeds depot").as_deref(),
        Some("after the theft at the Leeds depot")
    );
    assert_eq!(
        reason("brewhouse automation approved, £250k, after the hygiene report").as_deref(),
        Some("after the hygiene report")
    );
    // When, not why.
    assert_eq!(
        reason("keg tracking approved at £90k after the summer"),
        None
    );
}

#[test]
fn causal_phrases_and_chat_spellings_of_because_give_the_reason() {
    for (text, want) in [
        (
            "keg tracking approved at £90k in light of the losses at Leeds",
            "the losses at Leeds",
        ),
        (
            "keg tracking approved at £90k in view of the losses at Leeds",
            "the losses at Leeds",
        ),
        (
            "keg tracking approved at £90k on account of the losses at Leeds",
            "the losses at Leeds",
        ),
        (
            "keg tracking approved at £90k in response to the Leeds losses",
            "the Leeds losses",
        ),
        (
            "delivery routing stopped cos drivers ignored it",
            "drivers ignored it",
        ),
        (
            "delivery routing stopped bc drivers ignored it",
            "drivers ignored it",
        ),
        (
            "delivery routing stopped coz the drivers ignored it",
            "the drivers ignored it",
        ),
        (
            "keg tracking approved at £90k to make sure kegs come back",
            "to make sure kegs come back",
        ),
    ] {
        assert_eq!(reason(text).as_deref(), Some(want), "{text}");
    }
    // "in" with a place is no phrase of cause.
    assert_eq!(reason("keg tracking approved at £90k in Leeds"), None);
}
