//! Readings of forms from round S42's writers, the long Slack paragraphs and terse Discord
//! lines of an Appleton minor league ball club, a Burnley skip hire and recycling firm and a
//! Kochi spice exporter, each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, read_us, whole};
use super::*;
use crate::domain::Verdict;

/// A Boise trampoline park: the courts, the cafe, bookings, IT, in dollars.
fn bounce_dir() -> StaticDirectory {
    directory(
        &[
            ("Courts", &["Floor", "Jump Staff"]),
            ("Cafe", &["Food"]),
            ("Bookings", &["Front Desk", "Parties"]),
            ("IT", &["Tech"]),
        ],
        &[
            ("Online Booking", "Bookings"),
            ("Court Resurfacing", "Courts"),
            ("Cafe Refit", "Cafe"),
            ("Payroll System", "IT"),
            ("Laptop Refresh", "IT"),
        ],
    )
}

fn read_bounce(text: &str) -> Reading {
    read_us(text, "casey", "2026-12-04", &bounce_dir())
}

/// A Leicester indoor karting track: the karts, the track, bookings, IT, in pounds.
fn kart_dir() -> StaticDirectory {
    directory(
        &[
            ("Karts", &["Fleet", "Pit"]),
            ("Track", &["Circuit"]),
            ("Bookings", &["Events", "Parties"]),
            ("IT", &["Systems"]),
        ],
        &[
            ("Electric Kart Fleet", "Karts"),
            ("Timing System", "Track"),
            ("Barrier Replacement", "Track"),
            ("Booking App", "Bookings"),
            ("Payroll System", "IT"),
        ],
    )
}

fn read_kart(text: &str) -> Reading {
    read_day_first_in(text, "jas", "GBP", &kart_dir())
}

/// "we sold the lawn at $14 instead of $9 and still sold out, roughly $38k more than last
/// year": prices set against each other are a rate, not what the benefit brought.
#[test]
fn prices_set_against_each_other_are_no_benefit_amount() {
    let text = "online booking paid off on the summer weekends, we sold the evening slots at \
                $22 instead of $15 and still filled them, about $31k more than last year";
    let r = read_bounce(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(r.amount, whole(31_000, "USD"), "{text}: {r:?}");
    // A rescope's figure said against the old one is still its amount.
    let text = "court resurfacing cut back to the two big courts, $48k instead of $90k";
    let r = read_bounce(text);
    assert_eq!(r.amount, whole(48_000, "USD"), "{text}: {r:?}");
    let _ = (read_kart, Verdict::Approve);
}

/// A Pune co-working operator: the spaces, the cafe, members, IT, in rupees.
fn cowork_dir() -> StaticDirectory {
    directory(
        &[
            ("Spaces", &["Facilities", "Fit-out"]),
            ("Cafe", &["Pantry"]),
            ("Members", &["Sales", "Community"]),
            ("IT", &["Tech"]),
        ],
        &[
            ("Meeting Room Booking", "Members"),
            ("Solar Rooftop", "Spaces"),
            ("Access Control", "Spaces"),
            ("Member App", "Members"),
            ("Payroll System", "IT"),
        ],
    )
}

fn read_cowork(text: &str) -> Reading {
    read_day_first_in(text, "priya", "INR", &cowork_dir())
}

/// "approved at ₹38 lakh, since the EU buyer rejected two containers this year": things
/// counted, turned back by someone in the reason, are no refusal of the work.
#[test]
fn goods_turned_back_in_a_reason_are_no_refusal() {
    let text = "Barrier replacement is approved at £38k, since the tyre recycler rejected two \
                loads this year for old rubber.";
    let r = read_kart(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    let text = "Access control approved at ₹12 lakh, because the auditor rejected three \
                shipments of cards for missing logs";
    let r = read_cowork(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    // Refusing the work itself still refuses it.
    let text = "We rejected the member app, ₹9 lakh for something nobody asked for";
    let r = read_cowork(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
}

/// "dropping the farmer traceability app, 9L spent and …": a terse line opening on
/// "dropping the <work>" stops it, as "we're dropping the …" does.
#[test]
fn a_line_opening_on_dropping_the_work_stops_it() {
    let text = "dropping the member app, 4L spent and hardly anyone logged in";
    let r = read_cowork(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("Member App"), "{text}: {r:?}");
    // A call dropping is no stop.
    let text = "the wifi keeps dropping the video calls in the big room";
    let r = read_cowork(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
}

/// "We're a go on the LED field lights at $412k": a go on the work approves it.
#[test]
fn a_go_on_the_work_approves_it() {
    let text = "We're a go on the court resurfacing at $84k, the foam pits are tearing again.";
    let r = read_bounce(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Court Resurfacing"),
        "{text}: {r:?}"
    );
}

/// "ERP migration we are keeping in abeyance till the GST audit is over", "is kept in
/// abeyance till April": held over, a deferral.
#[test]
fn kept_in_abeyance_is_a_deferral() {
    for text in [
        "Solar rooftop we are keeping in abeyance till the audit is over. We will take it up \
         again on 15 February.",
        "The member app is kept in abeyance till April — the board wants the new budget first.",
    ] {
        let r = read_cowork(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert!(r.review_date.is_some(), "{text}: {r:?}");
    }
}
