//! Verdicts, intents, people, dates and numbers missed on strangers' wording (round V59),
//! each worded for an invented cashew works at Mtwara, Tanzania (its shelling hall, drying
//! yard, trucks and office, counting in dollars), and set against the same words recording
//! something else. The test day is Friday 27 November 2026.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// A cashew works at Mtwara: the shelling hall, the drying yard, the trucks, the office.
fn cashew_dir() -> StaticDirectory {
    directory(
        &[
            ("Shelling Hall", &["Shelling"]),
            ("Drying Yard", &["Drying"]),
            ("Transport", &["Trucks"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Shelling Line", "Shelling Hall"),
            ("Solar Dryer", "Drying Yard"),
            ("Delivery Truck", "Transport"),
            ("Office Laptops", "Office"),
        ],
    )
}

fn read_cashew(text: &str) -> Reading {
    read_day_first_in(text, "halima", "USD", &cashew_dir())
}

fn day(s: &str) -> Option<NaiveDate> {
    Some(s.parse().unwrap())
}

fn owner(r: &Reading) -> Option<&str> {
    r.follow_ups.first().map(|f| f.owner.as_str())
}

/// Convention 87: a task's day said as a bare weekday ("marco install it mon", "Jason to
/// start Monday 7th") is its due, the coming one; the one named opening the sentence with a
/// bare verb of work owns it, as with "by Monday".
#[test]
fn a_bare_weekday_is_a_tasks_day() {
    for (text, who) in [
        (
            "Solar dryer approved, $4,500 for the second one. juma install it mon",
            "juma",
        ),
        (
            "Solar dryer approved, $4,500 for the second one. Juma install it Monday.",
            "Juma",
        ),
        (
            "Solar dryer approved, $4,500 for the second one, Juma to start Monday 30th.",
            "Juma",
        ),
    ] {
        let r = read_cashew(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.due, day("2026-11-30"), "{text}: {r:?}");
        assert_eq!(r.date, None, "{text}: {r:?}");
        assert_eq!(owner(&r), Some(who), "{text}: {r:?}");
    }
    // A stage of the work, or an outsider's visit, on a weekday is no task of ours.
    for text in [
        "Solar dryer approved, $4,500 for the second one. The fitters start Monday.",
        "Solar dryer approved, $4,500 for the second one. Installer coming mon.",
        "Solar dryer approved, $4,500 for the second one. Juma started it Monday.",
    ] {
        let r = read_cashew(text);
        assert_eq!(r.due, None, "{text}: {r:?}");
        assert_eq!(owner(&r), None, "{text}: {r:?}");
    }
}
