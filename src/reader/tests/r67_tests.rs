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

/// "The ultrasonic cleaning line we installed in June is saving 3 workers per shift …",
/// "Happy to share that the mint drying room we built last year saves us buying …": the
/// work told by what we did with it is the result's subject, left out with its "is"
/// (convention 73); the reason opens on the result's verb.
#[test]
fn the_work_told_by_what_we_did_with_it_is_no_part_of_its_result() {
    for (text, why) in [
        (
            "The fuel dock we installed in June is saving two hours a day at the pumps, approx $2,000 per month",
            "saving two hours a day at the pumps",
        ),
        (
            "The booking system we put on the ferry kiosks in October is already saving us the phone line, $600 in November.",
            "already saving us the phone line",
        ),
        (
            "Happy to share that the fuel dock we built last year saves us trucking fuel from Nelson - $18,500 saved in 2026.",
            "saves us trucking fuel from Nelson",
        ),
    ] {
        let r = read_marina(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
    // Near: praise of the work with no result told gives no reason from the subject.
    let text = "The fuel dock we installed in June is great, everyone loves it.";
    let r = read_marina(text);
    assert_eq!(r.rationale, None, "{text}: {r:?}");
}

/// "Kevon [10:02]: laptops in the office dead, can we get new ones? … Mrs Ramdial [10:30]:
/// approved. buy local, not online": a chat whose lines open on the writer and the time in
/// brackets; the trouble the thread opened on, before its line's closing question, is the
/// reason (convention 70), and where to buy it, in the decider's turn, is none.
#[test]
fn a_chat_with_bracketed_times_gives_its_opening_trouble() {
    let text = "Dwayne [10:02]: the fuel dock pumps keep cutting out, can we get new ones?\nGord [10:05]: how much\nDwayne [10:06]: $4,000 for two\nMarie [10:30]: approved. buy local, not online\nDwayne [10:31]: thanks";
    let r = read_marina(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the fuel dock pumps keep cutting out"),
        "{text}: {r:?}"
    );
    // Near: the decider's own reason in the turn stays.
    let text = "Dwayne [10:02]: the fuel dock pumps keep cutting out, can we get new ones?\nGord [10:05]: how much\nDwayne [10:06]: $4,000 for two\nMarie [10:30]: approved, we can't have boats queuing at the dock all summer\nDwayne [10:31]: thanks";
    let r = read_marina(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("we can't have boats queuing at the dock all summer"),
        "{text}: {r:?}"
    );
}
