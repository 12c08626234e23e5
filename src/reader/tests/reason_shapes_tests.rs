//! Reasons in the shapes people write them after a verdict: "as" with a clause of its own,
//! "so that …", a purpose ("to stop …"), after an emoji, a dash before a judged amount, a
//! comma clause that holds a date; and verdicts said with "binning", "dropped", "keeping …
//! for another 2 years".

use super::*;

/// A ferry operator: an industry and wording the reader's corpus does not hold.
fn dir() -> StaticDirectory {
    super::test_names::directory(
        &[
            ("Port Operations", &["Port Ops"]),
            ("Fleet", &[]),
            ("Passenger Services", &["PaxS"]),
        ],
        &[
            ("Booking App", "Passenger Services"),
            ("Ticket Gates", "Port Operations"),
            ("Vessel Wi-Fi", "Fleet"),
            ("Fuel Monitoring", "Fleet"),
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
fn as_with_a_clause_of_its_own_gives_the_reason() {
    assert_eq!(
        reason("the booking app is on hold till Q2 as the harbour works overran").as_deref(),
        Some("the harbour works overran")
    );
    let r = read_one("vessel wifi pushed to March as crew rotas change in February");
    assert_eq!(
        r.rationale.as_deref(),
        Some("crew rotas change in February")
    );
    assert_eq!(r.review_date, Some("2027-03-01".parse().unwrap()));
    assert_eq!(
        r.date, None,
        "a date inside the reason is not the decision's"
    );
    // "as planned", "as part of …" say how, not why.
    assert_eq!(reason("ticket gates approved as planned"), None);
}

#[test]
fn so_that_and_a_purpose_give_the_reason() {
    assert_eq!(
        reason("approved £40k for the ticket gates so that foot passengers board faster")
            .as_deref(),
        Some("foot passengers board faster")
    );
    let r = read_one("booking app approved, £60k, to stop the double bookings at Easter");
    assert_eq!(r.verdict, Some(Verdict::Approve), "a purpose is not a stop");
    assert_eq!(
        r.rationale.as_deref(),
        Some("to stop the double bookings at Easter")
    );
}

#[test]
fn a_reason_after_an_emoji_is_kept() {
    let r = read_one("ticket gates: keep going 💪 queues at the linkspan halved");
    assert_eq!(r.verdict, Some(Verdict::Continue));
    assert_eq!(
        r.rationale.as_deref(),
        Some("queues at the linkspan halved")
    );
}

#[test]
fn an_amount_judged_after_a_dash_is_the_reason() {
    let r = read_one("vessel wifi knocked back – £90k for something passengers never asked for");
    assert_eq!(r.verdict, Some(Verdict::Reject));
    assert_eq!(
        r.rationale.as_deref(),
        Some("£90k for something passengers never asked for")
    );
    assert_eq!(r.amount, Some(Money::new(9_000_000, Currency::GBP)));
}

#[test]
fn a_comma_clause_with_its_own_subject_and_a_date_is_the_reason() {
    let r = read_one("ticket gates approved at £75k, the old ones go out of support in March");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the old ones go out of support in March")
    );
    assert_eq!(r.date, None);
    // A detail of the decision is still no reason.
    assert_eq!(
        reason("ticket gates approved at £75k, install in March"),
        None
    );
}

#[test]
fn given_is_a_reason_only_before_one() {
    assert_eq!(reason("go-ahead given for the booking app, £50k"), None);
    assert_eq!(
        reason("fuel monitoring approved given the new emissions rules").as_deref(),
        Some("the new emissions rules")
    );
}

#[test]
fn binning_dropping_and_keeping_for_a_while_are_verdicts() {
    let r = read_one("we're binning the fuel monitoring - the sensors keep failing");
    assert_eq!(r.verdict, Some(Verdict::Stop), "{r:?}");
    assert_eq!(r.rationale.as_deref(), Some("the sensors keep failing"));
    let r = read_one("Fleet: the vessel wifi is dropped. Nobody on board used it.");
    assert_eq!(r.verdict, Some(Verdict::Stop), "{r:?}");
    let r = read_one("Passenger Services are keeping the booking app for another 3 years at £20k");
    assert_eq!(r.verdict, Some(Verdict::Continue), "{r:?}");
    assert_eq!(r.years, None, "how long it is kept is no benefit horizon");
    // Numbers that drop are results, not decisions.
    let r = read_one("fuel monitoring: fuel burn dropped 8% in October");
    assert_ne!(r.verdict, Some(Verdict::Stop), "{r:?}");
    let r = read_one("calls dropped to 40 a day since the booking app");
    assert_ne!(r.verdict, Some(Verdict::Stop), "{r:?}");
}

#[test]
fn a_rescopes_scope_is_its_reason_even_with_a_date() {
    let r = read_one("booking app cut to £30k, only the Easter sailings from March");
    assert_eq!(r.verdict, Some(Verdict::Rescope));
    assert_eq!(
        r.rationale.as_deref(),
        Some("only the Easter sailings from March")
    );
    assert_eq!(
        r.date, None,
        "March is when the scope starts, not the decision"
    );
}

#[test]
fn put_on_hold_in_hinglish_defers() {
    let r = read_one("vessel wifi ko abhi hold pe rakho till March, the refit slipped");
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(r.investment.as_deref(), Some("Vessel Wi-Fi"));
    assert_eq!(r.review_date, Some("2027-03-01".parse().unwrap()));
}

#[test]
fn asking_for_a_thing_with_its_price_proposes_it() {
    let r = read_one("Port Ops are asking for berth cameras, roughly £30k, the pilots keep asking");
    assert_eq!(r.intent, Intent::Investment, "{r:?}");
    assert_eq!(r.investment.as_deref(), Some("berth cameras"));
    assert_eq!(r.unit.as_deref(), Some("Port Operations"));
    assert_eq!(r.amount, Some(Money::new(3_000_000, Currency::GBP)));
}

#[test]
fn a_benefits_result_after_its_name_is_its_evidence() {
    let r = read_one("fuel monitoring: 9% less fuel burned in October, about £12k saved");
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(r.rationale.as_deref(), Some("9% less fuel burned"));
    assert_eq!(r.amount, Some(Money::new(1_200_000, Currency::GBP)));
    assert_eq!(r.date, Some("2026-10-01".parse().unwrap()));
}
