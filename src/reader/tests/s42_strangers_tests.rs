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
