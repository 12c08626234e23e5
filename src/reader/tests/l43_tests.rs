//! Round L43: the readings behind the label conventions settled that round (README of the
//! corpus, 45 on), worded for an invented organisation: a mountain-bike park (the trails,
//! the lift, the bike shop).

use super::*;

/// A mountain-bike park.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Trails", &["Trail Crew"]),
            ("Lift", &["Uplift"]),
            ("Bike Shop", &["Hire", "Workshop"]),
        ],
        &[
            ("Pump Track", "Trails"),
            ("Trail Counters", "Trails"),
            ("Chairlift Cameras", "Lift"),
            ("Bike Wash", "Bike Shop"),
            ("Hire Fleet Booking", "Bike Shop"),
            ("Hire Website", "Bike Shop"),
        ],
    )
}

fn today() -> NaiveDate {
    "2026-11-27".parse().unwrap()
}

fn settings() -> ReaderSettings {
    ReaderSettings {
        day_first: true,
        default_currency: Currency::GBP,
    }
}

fn readers() -> [Reader; 2] {
    super::test_names::rules_alone_and_with_model(&dir(), settings())
}

/// Convention 45: a deferral's amount is the price of the thing put off, said in its
/// reason ("… but £180k on dirt … doesn't add up", "£95k is too much while …"), as a quote
/// before the verdict ("quote came in at £14k, way over budget. Parking it …"), or as money
/// asked on top ("the builder wants another £12k"); money something else is worth is not.
#[test]
fn a_deferrals_amount_is_the_price_put_off_even_in_its_reason() {
    let cases = [
        (
            "Pump track's a no for now. Jess loves it, but £180k on dirt we ride eight months \
             a year doesn't add up until the council chips in. Back on the table in June.",
            180_000,
        ),
        (
            "Chairlift cameras: decision deferred to the March board, £95k is too much while \
             season pass sales are down.",
            95_000,
        ),
        (
            "Bike wash - quote came in at £14k, way over what we budgeted. Parking it till \
             February and we'll look again once the grant list is out.",
            14_000,
        ),
        (
            "Hire fleet booking is parked till February — the shop is flat out with Christmas, \
             and the developer wants another £12k",
            12_000,
        ),
        (
            "Trail counters parked till after the spring races - the two clubs asking for them \
             are worth £20k to us between them and the kit is £38k.",
            38_000,
        ),
    ];
    for reader in readers() {
        for (text, pounds) in cases {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
            assert_eq!(
                r.amount,
                Some(Money::new(pounds * 100, Currency::GBP)),
                "{text}: {r:?}"
            );
        }
    }
}

/// Convention 45's "not this shape": on a deferral, money something else brought in is no
/// price of the thing put off ("the Easter sale brought in £230k last year").
#[test]
fn money_brought_in_by_something_else_is_no_deferrals_amount() {
    let text = "Let's hold the hire website revamp till February - the Easter sale brought in \
                £230k last year and I don't want the site changing under it.";
    for reader in readers() {
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.amount, None, "{text}: {r:?}");
    }
}

/// Convention 46: a task joined by ", and @x to …" inside the verdict's own sentence is the
/// decision's follow-up (its due), one record, as ", Tom to get …" is.
#[test]
fn a_task_joined_to_a_verdict_by_and_a_handle_is_the_decisions_follow_up() {
    let due: Option<NaiveDate> = Some("2026-12-02".parse().unwrap());
    for text in [
        "From Jess: go ahead with the bike wash, £14k, and @tom to get the contract signed by Wed",
        "The trail counters contract was signed at £38k, and @tom is to arrange the data feed by Wednesday.",
    ] {
        for reader in readers() {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
            assert!(r.also.is_empty(), "{text}: {r:?}");
            assert_eq!(r.due, due, "{text}: {r:?}");
        }
    }
}
