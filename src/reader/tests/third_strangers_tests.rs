//! Readings of forms from the third round of writers the reader had not met (a miner, a
//! pharma plant, a state revenue department), worded here for a water utility: verdicts
//! said as "denied" or "discontinuing", a name's acronym joined by "&" ("O&M hub"), the
//! evidence of a reason told with when it happened ("… in October"), how long something
//! has left ("6 years of life left") or takes to pay back ("payback's over 9 years"),
//! which is no benefit horizon, a rescope's old figure after "instead of", a look-again
//! date beside a condition that names a time, and a verdict's word used as an adjective
//! ("saved on rejected repairs").

use super::test_names::read_on_test_day;
use super::*;

/// A water utility.
fn dir() -> StaticDirectory {
    StaticDirectory {
        units: vec![
            unit("Networks", &["Pipes"]),
            unit("Treatment", &[]),
            unit("Customer", &["Billing"]),
            unit("Finance", &[]),
        ],
        investments: vec![
            inv("Leak Detection Drones", "Networks"),
            inv("Reservoir Telemetry Upgrade", "Treatment"),
            inv("Billing System Replacement", "Customer"),
            inv("Operations and Maintenance Hub", "Networks"),
            inv("Smart Meter Rollout", "Customer"),
        ],
    }
}

fn read(text: &str) -> Reading {
    read_on_test_day(text, "sam", &dir())
}

fn gbp(minor: i64) -> Option<Money> {
    Some(Money::new(minor, Currency::GBP))
}

#[test]
fn denied_is_a_reject() {
    let r = read("The billing system replacement change request was denied, scope creep again");
    assert_eq!(r.intent, Intent::Decision);
    assert_eq!(r.verdict, Some(Verdict::Reject));
    assert_eq!(r.investment.as_deref(), Some("Billing System Replacement"));
}

#[test]
fn discontinuing_is_a_stop() {
    let r = read("we're discontinuing the leak detection drones, the batteries last 15 minutes");
    assert_eq!(r.intent, Intent::Decision);
    assert_eq!(r.verdict, Some(Verdict::Stop));
    assert_eq!(r.investment.as_deref(), Some("Leak Detection Drones"));
    let r = read("Networks discontinued the leak detection drones");
    assert_eq!(r.verdict, Some(Verdict::Stop));
}

#[test]
fn an_acronym_joined_by_an_ampersand_names_the_words_around_and() {
    let r = read("O&M hub approved at £90k");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(
        r.investment.as_deref(),
        Some("Operations and Maintenance Hub")
    );
    assert_eq!(r.unit.as_deref(), Some("Networks"));
    assert!(!r.new_investment);
}

#[test]
fn evidence_told_with_when_it_happened_is_the_reason_not_the_decision_date() {
    let r = read(
        "Board approved £1.2m for the leak detection drones - two burst mains went unnoticed in October",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(
        r.rationale.as_deref(),
        Some("two burst mains went unnoticed in October")
    );
    assert_eq!(r.date, None);
    let r = read(
        "The board has approved the reservoir telemetry upgrade (£300k). Drought rules changed in August.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("Drought rules changed in August")
    );
    assert_eq!(r.date, None);
    // A date that says when the work happens is its plan, not a reason.
    let r = read("smart meter rollout approved £1.2m, first 40 streets before Dec");
    assert_eq!(r.rationale, None);
    // Where and when it was decided is no reason.
    let r = read("Leak detection drones continue as planned, agreed at Thursday's steering group");
    assert_eq!(r.date, Some("2026-11-26".parse().unwrap()));
    // The decision's own date stays when the reason has none.
    let r = read(
        "Board approved the leak detection drones on Tuesday - two burst mains went unnoticed",
    );
    assert_eq!(r.date, Some("2026-11-24".parse().unwrap()));
}

#[test]
fn years_left_or_to_pay_back_are_no_benefit_horizon() {
    let r = read("Finance said no to the O&M hub at £400k, payback's over 9 years");
    assert_eq!(r.verdict, Some(Verdict::Reject));
    assert_eq!(r.years, None);
    let r = read(
        "Board said no to the telemetry upgrade at Hill Top. £410k for a reservoir with 6 years of life left doesn't add up",
    );
    assert_eq!(r.years, None);
    // A benefit's horizon still reads (a cost spread "over 3 years" is none: convention 11
    // of the corpus README).
    let r = read("We approved the smart meter rollout, £2.4m, savings of £1m a year over 3 years");
    assert_eq!(r.years, Some(3));
}

#[test]
fn a_rescope_keeps_the_new_figure_not_the_one_it_replaces() {
    let r = read("reservoir telemetry scaled back to the north only, £70k instead of £125k");
    assert_eq!(r.verdict, Some(Verdict::Rescope));
    assert_eq!(r.amount, gbp(7_000_000));
}

#[test]
fn a_look_again_date_is_the_review_date_beside_a_condition_naming_a_time() {
    let r = read(
        "Billing system replacement parked until after the year-end close. look again in March",
    );
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.review_date, Some("2027-03-01".parse().unwrap()));
}

#[test]
fn a_verdict_word_used_as_an_adjective_is_no_verdict() {
    let r = read("Leak detection drones: £40k saved on rejected pipe repairs since June");
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(r.verdict, None);
    assert_eq!(r.investment.as_deref(), Some("Leak Detection Drones"));
    assert_eq!(r.amount, gbp(4_000_000));
}

#[test]
fn a_date_before_a_deferral_is_when_it_was_decided() {
    let r = read("Board minutes 19/11\n- Leak detection drones: deferred to the March board, waiting on the CAA licence");
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.date, Some("2026-11-19".parse().unwrap()));
    assert_eq!(r.review_date, Some("2027-03-01".parse().unwrap()));
    // A month long past, before the verdict, is when to look again.
    let r = read("the drone vendor can only start in March, so we're holding off till then");
    assert_eq!(r.review_date, Some("2027-03-01".parse().unwrap()));
    // After the verdict, a day still to come is when to look again.
    let r = read("Leak detection drones deferred, revisit 19/3");
    assert_eq!(r.review_date, Some("2027-03-19".parse().unwrap()));
}

#[test]
fn an_amount_said_with_a_negated_verb_is_judged_and_part_of_the_reason() {
    let r = read("Finance said no to the O&M hub - £95k for something the crews won't use");
    assert_eq!(r.verdict, Some(Verdict::Reject));
    assert_eq!(
        r.rationale.as_deref(),
        Some("£95k for something the crews won't use")
    );
    let r = read(
        "Board said no to the telemetry upgrade. £410k for a reservoir with 6 years of life left doesn't add up",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("£410k for a reservoir with 6 years of life left doesn't add up")
    );
    // An amount said as what it is not is no reason.
    let r = read("smart meter rollout approved, £50k, not the £80k asked");
    assert_eq!(r.rationale, None);
}

#[test]
fn a_budget_revised_or_going_from_one_figure_to_another_is_a_rescope() {
    let r = read(
        "Reservoir telemetry budget revised from £300k to £420k, the tower survey found asbestos",
    );
    assert_eq!(r.intent, Intent::Decision);
    assert_eq!(r.verdict, Some(Verdict::Rescope));
    assert_eq!(r.amount, gbp(42_000_000));
    assert_eq!(r.unit.as_deref(), Some("Treatment"));
    let r = read("Decision from the capex committee: O&M hub budget goes from £1.2m to £1.45m");
    assert_eq!(r.verdict, Some(Verdict::Rescope));
    assert_eq!(r.amount, gbp(145_000_000));
}

#[test]
fn a_fund_named_by_the_words_before_it_is_a_noun() {
    let r = read("Leak detection drones caught 300 bursts early, ~£2m kept in the capital fund");
    assert_eq!(r.verdict, None);
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(r.amount, gbp(200_000_000));
    // The verb still reads.
    let r = read("the Board will fund the leak detection drones");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    let r = read("we won't fund the smart meter rollout this year");
    assert_eq!(r.verdict, Some(Verdict::Reject));
}

#[test]
fn not_a_decision_says_the_message_records_no_verdict() {
    let r = read(
        "Smart meter rollout go-live moved to end Jan, the contractor is short of fitters. not a decision, just fyi",
    );
    assert_eq!(r.intent, Intent::Note);
    assert_eq!(r.verdict, None);
    assert_eq!(r.investment.as_deref(), Some("Smart Meter Rollout"));
}

#[test]
fn since_the_work_started_is_when_not_why() {
    let r = read(
        "Leak detection drones: keep going. Burst repair time down 28% since we switched them on",
    );
    assert_eq!(r.verdict, Some(Verdict::Continue));
    assert_eq!(
        r.rationale.as_deref(),
        Some("Burst repair time down 28% since we switched them on")
    );
    let r = read("Smart meters: £140k saved on estimated bills since we went live in June");
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(r.rationale, None);
}

#[test]
fn a_date_still_to_come_is_not_when_anything_happened() {
    let r = read("Networks want £180k for a new pressure logging tool, the current one is out of support next year");
    assert_eq!(r.intent, Intent::Investment);
    assert_eq!(r.date, None);
}

#[test]
fn approved_to_extend_is_an_approval() {
    let r = read("smart meter rollout approved to extend to the rural districts, £75k");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.amount, gbp(7_500_000));
    // Agreed to carry on is still a carry-on.
    let r = read("the board agreed to extend the smart meter rollout contract");
    assert_eq!(r.verdict, Some(Verdict::Continue));
}

#[test]
fn a_reason_does_not_run_into_the_next_item_of_a_list() {
    let r = read(
        "Board decisions 19/11:\n1. Smart meter rollout: approved, £380k\n2. Billing: no change",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.rationale, None);
    let r = read("Board 19/11:\n- Smart meter rollout approved, £380k\n- Billing: nothing new");
    assert_eq!(r.rationale, None);
    // A reason on the item's own line stays.
    let r = read("Board 19/11:\n- Smart meter rollout approved, the old meters fail the audit\n- Billing: nothing new");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the old meters fail the audit")
    );
}
