//! Dates in typed commands: the end of the week and the financial year.

use super::*;

#[test]
fn end_of_week_is_the_last_working_day_of_the_configured_week() {
    // Friday 2026-11-27: a Monday–Friday week ends today, a Sunday–Thursday one on
    // Thursday 3 December; typed commands read it as messages do.
    let review = |week_ends: chrono::Weekday| {
        let ctx = Context { week_ends, ..ctx() };
        match parse(
            "decide INV-1 defer because no budget review:end of week",
            &ctx,
        ) {
            Ok(Command::Decide(d)) => d.review,
            other => panic!("{other:?}"),
        }
    };
    assert_eq!(review(chrono::Weekday::Fri), Some(date("2026-11-27")));
    assert_eq!(review(chrono::Weekday::Thu), Some(date("2026-12-03")));
}

#[test]
fn the_financial_year_is_the_configured_one_in_typed_commands_too() {
    let review = |financial_year_starts: Option<chrono::Month>, when: &str| {
        let ctx = Context {
            financial_year_starts,
            ..ctx()
        };
        match parse(
            &format!("decide INV-1 defer because no budget review:{when}"),
            &ctx,
        ) {
            Ok(Command::Decide(d)) => d.review,
            other => panic!("{other:?}"),
        }
    };
    let july = Some(chrono::Month::July);
    assert_eq!(review(july, "next FY"), Some(date("2027-07-01")));
    assert_eq!(
        review(july, "the new financial year"),
        Some(date("2027-07-01"))
    );
    // Unset: a pound tenant's new financial year is Britain's; "next FY" the calendar's.
    assert_eq!(
        review(None, "the new financial year"),
        Some(date("2027-04-01"))
    );
    assert_eq!(review(None, "next FY"), Some(date("2027-01-01")));
}
