//! Dates, follow-ups and record splits the reader missed, each read in another writer's
//! words (a US county library district): a follow-up bullet of minutes naming no investment,
//! after items with verdicts, is a note of its own; a bare "Not now, …" after an ask is the ask's verdict,
//! though a directory name turns up in its reason; "gonna need … by Fri, @chris?" and
//! "Need to know before …" are our own deadlines; "approved two things: A (…) and a new B at
//! £9k" gives B a record of its own with the same verdict.

use super::*;

/// A US county library district: branches, digital services, facilities.
pub(super) fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Branches", &[]),
            ("Digital Services", &["Digital"]),
            ("Facilities", &[]),
            ("Youth Services", &["Youth"]),
        ],
        &[
            ("Self-Checkout Kiosks", "Branches"),
            ("E-Book Platform", "Digital Services"),
            ("Room Booking System", "Facilities"),
            ("Public Wi-Fi Upgrade", "Digital Services"),
        ],
    )
}

fn d(s: &str) -> Option<NaiveDate> {
    Some(s.parse().unwrap())
}

/// Read on the tests' today, Friday 2026-11-27, day-first.
fn read_library(text: &str) -> Reading {
    test_names::read_on_test_day(text, "marisol", &dir())
}

#[test]
fn a_follow_up_bullet_after_minutes_items_with_verdicts_is_a_note_of_its_own() {
    for (text, due) in [
        (
            "Facilities mtg 24/11:\n- e-book platform: keep going\n- self-checkout kiosks: parked till March\n- Dana to send the opening hours survey by Fri",
            "2026-11-27",
        ),
        (
            "Notes from the trustees 26/11\n• Room booking system – approved, £14k\n• Priya to book the staff first-aid training by the 10th",
            "2026-12-10",
        ),
    ] {
        let r = read_library(text);
        let last = r.also.last().unwrap_or_else(|| panic!("{text}: {r:?}"));
        assert_eq!(last.intent, Intent::Note, "{text}: {last:?}");
        assert_eq!(last.due, d(due), "{text}: {last:?}");
        assert_eq!(r.due, None, "{text}: the first record keeps no due: {r:?}");
    }
    // Naming no investment, the follow-up is the unit's the heading names.
    let r = read_library("Facilities mtg 24/11:\n- room booking system: approved, £14k\n- Dana to send the opening hours survey by Fri");
    let note = r.also.last().unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!(note.unit.as_deref(), Some("Facilities"), "{note:?}");
    assert!(note.missing.is_empty(), "{note:?}");
}

#[test]
fn a_bare_verdict_after_an_ask_is_the_asks_though_its_reason_names_another() {
    for (text, review) in [
        (
            "Facilities asked for a new key-fob system for the branches, £7k. Not now, the room booking system can cover the doors. Revisit in April",
            "2027-04-01",
        ),
        (
            "Youth want a new homework help portal, about £12k. No for now — the e-book platform does most of it. Look again in Feb.",
            "2027-02-01",
        ),
    ] {
        let r = read_library(text);
        assert!(r.also.is_empty(), "{text}: one record: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.review_date, d(review), "{text}: {r:?}");
    }
}

#[test]
fn a_deadline_we_need_met_is_a_due_date() {
    for (text, due) in [
        (
            "gonna need the room booking system quotes by Fri, @chris?",
            "2026-11-27",
        ),
        (
            "Can someone check whether the kiosks need a new power circuit? Need to know before the 8th.",
            "2026-12-08",
        ),
    ] {
        let r = read_library(text);
        assert_eq!(r.due, d(due), "{text}: {r:?}");
    }
}

#[test]
fn a_new_thing_listed_after_an_approved_one_is_a_record_with_the_same_verdict() {
    for (text, new, amount) in [
        (
            "Quick update: the trustees approved two things on Tuesday: the room booking system renewal (£3,200 for two years) and a new makerspace booking tool for Youth at £9k.",
            "makerspace booking tool",
            9_000,
        ),
        (
            "Signed off at SMT today: the e-book platform top-up, £4k, and a new podcast studio kit for Digital at £6,500",
            "podcast studio kit",
            6_500,
        ),
    ] {
        let r = read_library(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        let more = r.also.first().unwrap_or_else(|| panic!("{text}: {r:?}"));
        assert_eq!(more.intent, Intent::Decision, "{text}: {more:?}");
        assert_eq!(more.verdict, Some(Verdict::Approve), "{text}: {more:?}");
        assert_eq!(more.investment.as_deref(), Some(new), "{text}: {more:?}");
        assert_eq!(more.amount, test_names::whole(amount, "GBP"), "{text}: {more:?}");
    }
}

#[test]
fn an_install_the_week_of_a_date_is_a_plan_not_when_it_was_decided() {
    for text in [
        "Approved the public wi-fi upgrade at £30k. Install the week of 15/3.",
        "Room booking system approved, £14k, installation the week of 8 Feb",
    ] {
        let r = read_library(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.date, None, "{text}: {r:?}");
    }
}

#[test]
fn work_that_has_to_be_done_by_a_date_is_due_then() {
    for (text, due) in [
        (
            "Room booking system approved, £14k. The install has to be done by 18/12 so it's live for the spring term.",
            "2026-12-18",
        ),
        (
            "Public wi-fi upgrade approved at £30k. Install must be completed by Fri so the branches are online for the holidays.",
            "2026-11-27",
        ),
    ] {
        let r = read_library(text);
        assert_eq!(r.due, d(due), "{text}: {r:?}");
    }
}

#[test]
fn looking_at_something_again_in_a_month_is_the_look_again_date() {
    for (text, review) in [
        (
            "Digital asked for £40k for the public wi-fi upgrade, approved £25k for now and will look at the rest again in March.",
            "2027-03-01",
        ),
        (
            "E-book platform: approved £10k for year one, we'll look at the audiobook add-on again in Feb",
            "2027-02-01",
        ),
    ] {
        let r = read_library(text);
        assert_eq!(r.review_date, d(review), "{text}: {r:?}");
        assert_eq!(r.due, None, "{text}: {r:?}");
    }
}
