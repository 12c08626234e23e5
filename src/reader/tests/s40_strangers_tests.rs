//! Readings of forms from round S40's writers, the long Slack paragraphs and terse Discord
//! lines of an Ohio commercial printer, a Surrey dog care group and a Pune coaching
//! institute, each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, read_us, records, whole};
use super::*;
use crate::domain::Verdict;

/// A Leeds chain of escape rooms: the rooms, the bar, bookings, IT.
fn rooms_dir() -> StaticDirectory {
    directory(
        &[
            ("Rooms", &["Games", "Game Masters"]),
            ("Bar", &["Drinks"]),
            ("Bookings", &["Front of House"]),
            ("IT", &["Systems"]),
        ],
        &[
            ("Booking Platform", "Bookings"),
            ("Room Props Refit", "Rooms"),
            ("Bar Refit", "Bar"),
            ("Laptop Refresh", "IT"),
            ("MFA Rollout", "IT"),
        ],
    )
}

fn read_rooms(text: &str) -> Reading {
    read_day_first_in(text, "ellie", "GBP", &rooms_dir())
}

/// A Portland bike shop with rentals and repairs: the workshop, the rental fleet, IT.
fn bikes_dir() -> StaticDirectory {
    directory(
        &[
            ("Workshop", &["Repairs", "Mechanics"]),
            ("Rentals", &["Fleet"]),
            ("IT", &["Tech"]),
        ],
        &[
            ("Repair Stands", "Workshop"),
            ("E-Bike Fleet", "Rentals"),
            ("Point of Sale", "IT"),
            ("MFA Rollout", "IT"),
        ],
    )
}

fn read_bikes(text: &str) -> Reading {
    read_us(text, "casey", "2026-12-04", &bikes_dir())
}

/// A Chennai chain of music schools: teaching, the practice rooms, IT, in rupees.
fn music_dir() -> StaticDirectory {
    directory(
        &[
            ("Teaching", &["Faculty"]),
            ("Centres", &["Facilities", "Operations"]),
            ("IT", &["Systems"]),
        ],
        &[
            ("Practice Room Soundproofing", "Centres"),
            ("Lesson App", "Teaching"),
            ("Power Backup", "Centres"),
            ("CCTV Upgrade", "Centres"),
        ],
    )
}

fn read_music(text: &str) -> Reading {
    read_day_first_in(text, "lakshmi", "INR", &music_dir())
}

/// "And the digital press is more than covering its lease: short runs …", "has more than
/// covered its costs: sessions are up …", "has already justified itself: 2,300 students …":
/// a closing sentence praising other work as covering its money or justifying itself, the
/// result after a colon, is a benefit record of its own, as "earning its keep: …" is.
#[test]
fn work_covering_its_costs_before_a_colon_is_a_record() {
    for (text, tail) in [
        (
            "Sorry, long one. Ellie approved the bar refit, £12k, after the fridge died \
             twice in a weekend. We're holding the laptop refresh until May; the budget \
             isn't there. And the room props refit has more than covered its costs: bookings \
             are up from 40 a week to 55, which is about £1,500 a month extra.",
            "covered its costs",
        ),
        (
            "Ellie approved the bar refit, £12k, after the fridge died. And the booking \
             platform has already justified itself: no-shows are down by half and we take \
             about £900 a month more.",
            "justified itself",
        ),
        (
            "Ellie approved the bar refit, £12k, after the fridge died. And the booking \
             platform is more than covering its fees: no-shows are down by half and we \
             take about £900 a month more.",
            "covering its fees",
        ),
    ] {
        let r = read_rooms(text);
        let all = records(&r);
        assert!(all.len() >= 2, "{tail}: {text}: {r:?}");
        let last = all[all.len() - 1];
        assert_eq!(last.intent, Intent::Benefit, "{tail}: {text}: {r:?}");
    }
    // Costs covered by someone else are no praise of the work.
    let text = "Ellie approved the bar refit, £12k, after the fridge died. The brewery has \
                covered its costs: they paid for the new taps.";
    let r = read_rooms(text);
    assert_eq!(records(&r).len(), 1, "{text}: {r:?}");
}

/// "We're pushing the website rebuild to April; the agency can't start before then": work we
/// say we are moving to a later time is put off to it; moved anywhere else, no verdict.
#[test]
fn work_we_are_pushing_to_a_time_is_deferred() {
    let text = "We're pushing the bar refit to April; the brewery can't fit it before then.";
    let r = read_rooms(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("Bar Refit"), "{text}: {r:?}");
    assert_eq!(
        r.review_date,
        Some("2027-04-01".parse().unwrap()),
        "{text}: {r:?}"
    );
    let text = "Ellie approved the room props refit, £9k, after a lock jammed on Monday. \
                We're pushing the bar refit to April; the brewery can't fit it before then.";
    let r = read_rooms(text);
    let all = records(&r);
    assert_eq!(all.len(), 2, "{text}: {r:?}");
    assert_eq!(all[1].verdict, Some(Verdict::Defer), "{text}: {r:?}");
    let text = "we're moving the booking platform to every site in March, it's going well";
    let r = read_rooms(text);
    assert_ne!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
}
