//! Reasons the reader missed or invented on a stranger's text (issue 16): an owner's
//! sentence taken for the reason, a temporal "since" cut out of the reason or read as its
//! marker, a reason sentence before or after the verdict with no trigger word, a second
//! reason after ", and", a condition lost to its month, and a reason holding money before
//! the verdict.

use super::*;

/// An Icelandic geothermal spa writing English: an industry and wording the reader's
/// corpus does not hold.
fn dir() -> StaticDirectory {
    super::test_names::directory(
        &[
            ("Pools", &["Lagoon"]),
            ("Guest Services", &["Front Desk"]),
            ("Maintenance", &[]),
            ("Finance", &[]),
            ("IT", &[]),
        ],
        &[
            ("Booking Engine", "Guest Services"),
            ("Locker Wristbands", "Guest Services"),
            ("Water Quality Sensors", "Pools"),
            ("Pool Heat Pumps", "Maintenance"),
            ("Spa Payroll System", "Finance"),
            ("Guest Wi-Fi Upgrade", "IT"),
        ],
    )
}

fn read_one(text: &str) -> Reading {
    super::test_names::read_on_test_day(text, "sigrun", &dir())
}

fn reason(text: &str) -> Option<String> {
    read_one(text).rationale
}

#[test]
fn a_sentence_naming_the_owner_is_no_reason() {
    assert_eq!(
        reason("Locker wristbands approved at £40k. Helga owns it.").as_deref(),
        None
    );
    assert_eq!(
        reason("Pool heat pumps: keep going with phase 2. Jon owns the rollout.").as_deref(),
        None
    );
}

#[test]
fn a_temporal_since_stays_inside_the_reason() {
    assert_eq!(
        reason(
            "Since March the booking queue has doubled, so the booking engine is approved at £60k."
        )
        .as_deref(),
        Some("Since March the booking queue has doubled")
    );
    assert_eq!(
        reason(
            "Water quality sensors: keep going. Nobody on the lagoon shift has missed a \
             chlorine alarm since they went in."
        )
        .as_deref(),
        Some("Nobody on the lagoon shift has missed a chlorine alarm since they went in")
    );
    assert_eq!(
        reason("Booking engine: keep going. Online bookings are up 12 points since the beta.")
            .as_deref(),
        Some("Online bookings are up 12 points since the beta")
    );
    // A causal "since" still opens the reason.
    assert_eq!(
        reason("We're stopping the locker wristbands since the vendor dropped NFC support.")
            .as_deref(),
        Some("the vendor dropped NFC support")
    );
}

#[test]
fn a_reason_sentence_before_the_verdict_without_a_trigger_word() {
    assert_eq!(
        reason("Online bookings take over 20 minutes at peak now. Approved the booking engine at £90k.")
            .as_deref(),
        Some("Online bookings take over 20 minutes at peak now")
    );
    assert_eq!(
        reason("Nobody used the locker wristbands after the app launch. We're switching them off.")
            .as_deref(),
        Some("Nobody used the locker wristbands after the app launch")
    );
}

#[test]
fn a_reason_sentence_after_the_verdict_without_a_trigger_word() {
    assert_eq!(
        reason("Spa payroll system approved at £70k. The old Sage install goes out of support in June.")
            .as_deref(),
        Some("The old Sage install goes out of support in June")
    );
    assert_eq!(
        reason(
            "Pool heat pumps are a no. We rent two mobile units for £3k a month and use them \
             twice a year."
        )
        .as_deref(),
        Some("We rent two mobile units for £3k a month and use them twice a year")
    );
}

#[test]
fn a_second_reason_after_a_comma_and_is_kept() {
    assert_eq!(
        reason(
            "Guest Wi-Fi upgrade approved at £45k; guests lose the signal in the lagoon bar, \
             and two reviews last week said so."
        )
        .as_deref(),
        Some("guests lose the signal in the lagoon bar, and two reviews last week said so")
    );
}

#[test]
fn a_condition_with_its_month_is_the_reason() {
    let r = read_one(
        "Booking engine - ok but only if Front Desk can move the group bookings over by March",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("only if Front Desk can move the group bookings over by March")
    );
    assert_eq!(r.due, None);
}

#[test]
fn a_reason_holding_money_before_the_verdict() {
    assert_eq!(
        reason("At £50k a year for four active users, we're stopping the locker wristbands.")
            .as_deref(),
        Some("At £50k a year for four active users")
    );
}

#[test]
fn a_look_again_said_in_other_words_ends_the_reason_and_is_none() {
    assert_eq!(
        reason(
            "Pool heat pumps are on hold until the spring maintenance review, inshallah we \
             revisit in February."
        )
        .as_deref(),
        Some("until the spring maintenance review")
    );
    assert_eq!(
        reason(
            "Booking engine: we decided to wait. The vendor's price in dollars is too high \
             now, we see again in July."
        )
        .as_deref(),
        Some("The vendor's price in dollars is too high now")
    );
    assert_eq!(
        reason(
            "The water quality sensors are suspended, in winter the divers cannot reach \
             them. We return to the subject in April."
        )
        .as_deref(),
        Some("in winter the divers cannot reach them")
    );
}

#[test]
fn an_amount_set_off_at_the_reason_s_edge_is_left_out() {
    assert_eq!(
        reason("The heat pumps are approved in principle subject to the energy grant confirmation, £340k.")
            .as_deref(),
        Some("subject to the energy grant confirmation")
    );
    assert_eq!(
        reason(
            "Finance rejected the spa payroll system, £300k — too few staff outside the main site"
        )
        .as_deref(),
        Some("too few staff outside the main site")
    );
    // An amount inside the reason's clause is part of it.
    assert_eq!(
        reason("Booking engine: no. Vendor quoted £210k and our tills already do most of it.")
            .as_deref(),
        Some("Vendor quoted £210k and our tills already do most of it")
    );
}

#[test]
fn a_reason_sentence_telling_money_that_moved_is_the_reason() {
    assert_eq!(
        reason(
            "Spa payroll system – we are stopping it. Vendor has missed 3 milestones and the \
             cost has gone from £900k to £1.4m."
        )
        .as_deref(),
        Some("Vendor has missed 3 milestones and the cost has gone from £900k to £1.4m")
    );
}

#[test]
fn a_sentence_telling_what_the_tool_pulls_or_shows_is_no_reason() {
    assert_eq!(
        reason(
            "Approved the booking engine at £55k. It pulls spa, lagoon and restaurant \
             bookings into one calendar."
        )
        .as_deref(),
        None
    );
    assert_eq!(
        reason("Water quality sensors approved at £30k. It shows chlorine and pH for every pool on one screen.")
            .as_deref(),
        None
    );
}

#[test]
fn as_at_a_date_says_when_not_why() {
    assert_eq!(
        reason(
            "Front desk: booking engine ROI as at end of November is £290k in recovered no-shows"
        )
        .as_deref(),
        None
    );
    assert_eq!(
        reason(
            "Locker wristbands update: as at end of November they blocked 1,240 locker \
             break-ins, £63k saved for guests."
        )
        .as_deref(),
        Some("they blocked 1,240 locker break-ins")
    );
}

#[test]
fn a_greeting_opening_the_reason_is_no_part_of_it() {
    assert_eq!(
        reason(
            "Dear team, the new pool code is mandatory from the health board, so the water \
             quality sensors are approved, £85k."
        )
        .as_deref(),
        Some("the new pool code is mandatory from the health board")
    );
}

#[test]
fn a_reason_after_the_amount_telling_money_that_moved() {
    assert_eq!(
        reason(
            "approved: booking engine phase 2, £420k - no-show losses down from £310k to \
             £190k since phase 1"
        )
        .as_deref(),
        Some("no-show losses down from £310k to £190k since phase 1")
    );
}

#[test]
fn the_record_s_name_said_before_its_verdict_is_no_reason() {
    assert_eq!(
        reason(
            "Nobody used the wristbands after August. Locker wristbands are done, we're \
             switching them off."
        )
        .as_deref(),
        Some("Nobody used the wristbands after August")
    );
}
