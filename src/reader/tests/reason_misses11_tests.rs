//! Reasons the reader missed or invented on a stranger's text (issue 16): the money already
//! sunk into the work, told after a dash as why it stops; the accuracy of a forecast, which
//! is no forecast; when a part goes live, which is no reason; a season, then what "they
//! cannot" do in it.

use super::*;

/// A Faroese salmon farm writing English: an industry and wording the reader's corpus does
/// not hold.
fn dir() -> StaticDirectory {
    super::test_names::directory(
        &[
            ("Hatchery", &["Smolt"]),
            ("Sea Sites", &[]),
            ("Compliance", &[]),
            ("IT", &[]),
        ],
        &[
            ("Lice Counting Cameras", "Sea Sites"),
            ("Feed Barge Telemetry", "Sea Sites"),
            ("Traceability Labels", "Compliance"),
            ("Hatchery Water Monitoring", "Hatchery"),
        ],
    )
}

fn reason(text: &str) -> Option<String> {
    let settings = ReaderSettings {
        day_first: true,
        default_currency: Currency::from_code("DKK").unwrap(),
    };
    super::test_names::read_by_rules_on_test_day(text, "rannvá", &dir(), settings).rationale
}

#[test]
fn a_reason_after_a_dash_keeps_the_money_sunk() {
    assert_eq!(
        reason(
            "We're stopping the feed barge telemetry — we've sunk kr 900k into it and it \
             still can't read the silo levels."
        )
        .as_deref(),
        Some("we've sunk kr 900k into it and it still can't read the silo levels")
    );
}

#[test]
fn forecast_accuracy_is_a_fact_not_a_forecast() {
    assert_eq!(
        reason(
            "Hatchery water monitoring is on hold until March, the forecast accuracy at the \
             pilot tanks was no better than the old sheets"
        )
        .as_deref(),
        Some("the forecast accuracy at the pilot tanks was no better than the old sheets")
    );
    // A forecast told as one is still no reason.
    assert_eq!(
        reason("Lice counting cameras approved at kr 400k, savings forecast at kr 150k a year")
            .as_deref(),
        None
    );
}

#[test]
fn when_the_first_site_goes_live_is_no_reason() {
    assert_eq!(
        reason("Lice counting cameras: approved kr 450k on 26/11, first site live early March")
            .as_deref(),
        None
    );
}

#[test]
fn a_season_then_what_they_cannot_do_is_the_reason() {
    assert_eq!(
        reason("Feed barge telemetry is paused, in the storm season they cannot reach the barges.")
            .as_deref(),
        Some("in the storm season they cannot reach the barges")
    );
}
