//! Items of minutes and reports: a heading of minutes ("Board 3/12 recap:") says who met and
//! when, and a word of it that an investment's name starts with ("Board" for the board
//! portal) names no item; items on one line parted by dashes, and news of one thing then
//! "Also" a verdict on another, are records of their own.

use super::*;

/// A food bank: warehouse, outreach, governance, finance.
fn food_bank() -> StaticDirectory {
    test_names::directory(
        &[
            ("Warehouse", &["Depot"]),
            ("Outreach", &["Volunteers"]),
            ("Governance", &[]),
            ("Finance", &[]),
        ],
        &[
            ("Volunteer Scheduling App", "Outreach"),
            ("Board Portal", "Governance"),
            ("Cold Room Extension", "Warehouse"),
        ],
    )
}

#[test]
fn a_body_heading_the_minutes_is_no_items_investment() {
    let text = "Board 3/12 recap:\n• volunteer app - approved, $12,000\n• board portal - pushed to the Feb meeting\n• carols at the depot again";
    let r = test_names::read_on_test_day(text, "Mo", &food_bank());
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Volunteer Scheduling App"),
        "{r:?}"
    );
    assert_eq!(r.also.len(), 1, "{r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(
        r.also[0].investment.as_deref(),
        Some("Board Portal"),
        "{r:?}"
    );
}

#[test]
fn items_of_one_line_of_minutes_parted_by_dashes_are_records_of_their_own() {
    let text = "trustees mtg 2/12 - cold room extension approved, $48k - board portal: nope, the shared drive does the job";
    let r = test_names::read_on_test_day(text, "Mo", &food_bank());
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Cold Room Extension"),
        "{r:?}"
    );
    assert_eq!(r.also.len(), 1, "{r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Reject), "{r:?}");
    assert_eq!(
        r.also[0].investment.as_deref(),
        Some("Board Portal"),
        "{r:?}"
    );
    assert_eq!(r.also[0].amount, None, "{r:?}");
}

#[test]
fn a_heading_parted_from_the_items_by_a_dash_names_nothing_and_dates_them_all() {
    let text = "trustees mtg 2/12 - pallet wrapper approved, $48k - board portal: nope, the shared drive does the job";
    let r = test_names::read_on_test_day(text, "Mo", &food_bank());
    assert_eq!(r.investment.as_deref(), Some("pallet wrapper"), "{r:?}");
    assert!(r.date.is_some(), "{r:?}");
    assert_eq!(r.also.len(), 1, "{r:?}");
    assert_eq!(r.also[0].date, r.date, "{r:?}");
}

#[test]
fn a_verdict_said_in_french_then_in_english_after_a_dash_is_one_record() {
    let text =
        "Le projet de portail est reporté — board portal on hold till April pending the audit";
    let r = test_names::read_on_test_day(text, "Mo", &food_bank());
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(r.investment.as_deref(), Some("Board Portal"), "{r:?}");
    assert!(r.also.is_empty(), "{r:?}");
}

#[test]
fn a_things_name_with_a_figure_before_a_dash_is_no_heading() {
    let text = "Cold room extension phase 2 - we'll hold off for now. The council grant hasn't landed. Look again in February.";
    let r = test_names::read_on_test_day(text, "Mo", &food_bank());
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Cold Room Extension"),
        "{r:?}"
    );
}

#[test]
fn news_of_one_investment_then_also_a_verdict_on_another_are_two_records() {
    let text =
        "Cold room extension is about 70% built. Also Finance got the OK for a new payroll tool, $18k.";
    let r = test_names::read_on_test_day(text, "Mo", &food_bank());
    assert_eq!(r.intent, Intent::Note, "{r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Cold Room Extension"),
        "{r:?}"
    );
    assert_eq!(r.amount, None, "{r:?}");
    assert_eq!(r.also.len(), 1, "{r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Approve), "{r:?}");
}

#[test]
fn a_count_of_decisions_said_in_dialect_still_counts_them() {
    let text = "Two fae the trustees last night: the board portal renewed for another year, $1,100, and we've said no to the forklift cameras, $5k for what the mirrors already show.";
    let r = test_names::read_on_test_day(text, "Mo", &food_bank());
    assert_eq!(r.investment.as_deref(), Some("Board Portal"), "{r:?}");
    assert_eq!(r.also.len(), 1, "{r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Reject), "{r:?}");
}

#[test]
fn we_looking_again_at_the_same_things_budget_is_no_other_record() {
    let text = "Cold room extension approved at $48k, and we'll revisit the budget in the spring.";
    let r = test_names::read_on_test_day(text, "Mo", &food_bank());
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert!(r.also.is_empty(), "{r:?}");
}
