//! Round R67: the rationale's misses on the training corpus sorted by cause (thirty-second
//! pass), each cause worded here for another invented organisation: a Kootenay Lake ferry
//! landing and marina in British Columbia, with its docks, its ferries and its office.

use super::test_names::{directory, read_us};
use super::*;

/// The marina's units and investments.
fn marina_dir() -> StaticDirectory {
    directory(
        &[
            ("Docks", &["Marina"]),
            ("Ferries", &["Crossings"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Fuel Dock", "Docks"),
            ("Booking System", "Office"),
            ("Ferry Ramp", "Ferries"),
            ("Payroll App", "Office"),
        ],
    )
}

fn read_marina(text: &str) -> Reading {
    read_us(text, "marie", "2026-12-04", &marina_dir())
}

/// "bring it back next fall when the lease on the old units ends", "Said we'll look at it
/// again next summer": a season after "next", said as when to look again, is the coming
/// first day of that season (the review date), and the look-again's "when" event is the
/// hold's reason with its "when" (convention 101).
#[test]
fn a_look_again_next_season_is_the_review_date() {
    let text = "Heads up: Gord says no to the booking system for now ($36k), bring it back next fall when the lease on the old kiosks ends.";
    let r = read_marina(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.review_date.map(|d| d.to_string()).as_deref(),
        Some("2027-09-01"),
        "{text}: {r:?}"
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("when the lease on the old kiosks ends"),
        "{text}: {r:?}"
    );
    let text = "Gord turned down the fuel dock extension. Said we'll look at it again next summer.";
    let r = read_marina(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.review_date.map(|d| d.to_string()).as_deref(),
        Some("2027-06-01"),
        "{text}: {r:?}"
    );
    assert_eq!(r.rationale, None, "{text}: {r:?}");
    // Near: a season after "next" with no look-again dates nothing.
    let text = "We're stopping the payroll app, the vendor has no fix till next summer.";
    let r = read_marina(text);
    assert_eq!(r.review_date, None, "{text}: {r:?}");
}
