//! Month-first dates past the 12th ("3/15", "12/18") in looks that only ask whether a time
//! is said, and new names after "a second / another / a new …", worded for a Texas
//! community college (facilities, the library, campus IT).

use super::test_names::{directory, read_us};
use super::*;
use crate::domain::Verdict;

/// A Texas community college: facilities, the library, campus IT, finance.
fn dir() -> StaticDirectory {
    directory(
        &[
            ("Facilities", &["Plant Ops", "Grounds"]),
            ("Library", &["Learning Commons"]),
            ("Campus IT", &["Help Desk"]),
            ("Finance", &["Bursar"]),
        ],
        &[
            ("Chiller Replacement", "Facilities"),
            ("Library Kiosks", "Library"),
            ("Turnstile Upgrade", "Facilities"),
            ("Student Portal", "Campus IT"),
        ],
    )
}

fn read_usd(text: &str) -> Reading {
    read_us(text, "marisol", "2026-11-27", &dir())
}

fn day(s: &str) -> Option<chrono::NaiveDate> {
    Some(s.parse().unwrap())
}

/// "Dolores owns the cutover, 12/18" in a month-first tenant: a capitalised name owning
/// work is a person when the sentence dates the work, and "12/18" is a date there as
/// "18/12" is in a day-first one.
#[test]
fn a_name_owning_work_dated_month_first_owns_the_follow_up() {
    let text = "Library kiosks - pls note Dolores owns the card reader swap, by 12/18";
    super::test_names::assert_follow_up_note(&read_usd(text), text, "Dolores", "2026-12-18");
}

/// "on hold till the fire marshal's walkthrough is done in 3/15, nobody's got time …": a
/// condition dated month-first gives way to the reason after its comma, as one dated "in
/// Jan" does.
#[test]
fn a_condition_dated_month_first_gives_way_to_the_reason_after_it() {
    let text = "Chiller replacement is on hold till the fire marshal's walkthrough is done in 3/15, nobody's got time to empty the plant room twice";
    let r = read_usd(text);
    assert_eq!(
        (r.intent, r.verdict, r.review_date),
        (Intent::Decision, Some(Verdict::Defer), day("2027-03-15")),
        "{text}: {r:?}"
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("nobody's got time to empty the plant room twice"),
        "{text}: {r:?}"
    );
}

/// Convention 41: a new thing wanted as "a second <thing>" keeps "second" in its name (it
/// is told apart from the one there is); "a new <thing>" drops "new" (every proposal is
/// new).
#[test]
fn a_second_thing_keeps_second_and_a_new_thing_drops_new() {
    for (text, name) in [
        (
            "Learning Commons wants a second book return sorter, about $45k",
            "second book return sorter",
        ),
        (
            "Grounds asked for a second leaf vacuum trailer, around $18k",
            "second leaf vacuum trailer",
        ),
        (
            "Help Desk wants a new ticket routing tool, around $30k",
            "ticket routing tool",
        ),
    ] {
        let r = read_usd(text);
        assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
        assert_eq!(r.investment.as_deref(), Some(name), "{text}: {r:?}");
    }
}
/// "can wait till the fire marshal's walkthrough is done in 3/15, …": a numeric date after
/// an event of a few words is a time to wait for as "in Jan" is, though it takes three
/// tokens.
#[test]
fn a_numeric_date_after_a_long_event_is_a_time_to_wait_for() {
    let text = "Chiller replacement can wait till the fire marshal's walkthrough is done in 3/15, nobody's got time to empty the plant room twice";
    let r = read_usd(text);
    assert_eq!(
        (r.intent, r.verdict, r.review_date),
        (Intent::Decision, Some(Verdict::Defer), day("2027-03-15")),
        "{text}: {r:?}"
    );
}
