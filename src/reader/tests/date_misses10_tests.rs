//! Dates the reader missed or put in the wrong field, each read in another writer's words (a
//! Scottish ski centre): a heading's day-first date with no year ("Minutes … 25.11",
//! "(24.11):"), a deadline opening the message ("COB Tuesday:"), a meeting still to come
//! said with its time ("thu 10:00", "Tues 3p"), a heading's "Sun", "by the 1st" said on the
//! 1st, a period inside a condition ("until the Q1 numbers are in") or a reason ("— too
//! much change in January", "because the deadline is 26.5.27"), and a decision still to
//! come ("decision on renewal by end of Q3").

use super::*;

/// A Scottish ski centre: lifts, snowmaking, guest services.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Lifts", &["Uplift"]),
            ("Snowmaking", &[]),
            ("Guest Services", &["Guest"]),
            ("Finance", &[]),
        ],
        &[
            ("Chairlift Refurbishment", "Lifts"),
            ("Snowmaking Automation", "Snowmaking"),
            ("Ticketing System", "Guest Services"),
            ("Booking App", "Guest Services"),
            ("Finance System", "Finance"),
        ],
    )
}

fn d(s: &str) -> Option<NaiveDate> {
    Some(s.parse().unwrap())
}

/// Read on the tests' today, Friday 2026-11-27, day-first.
fn read_ski(text: &str) -> Reading {
    test_names::read_on_test_day(text, "morag", &dir())
}

/// Read on `day` (`YYYY-MM-DD`), day-first.
fn read_ski_on(text: &str, day: &str) -> Reading {
    read(
        text,
        "morag",
        day.parse().unwrap(),
        &dir(),
        &ReaderSettings::default(),
    )
    .unwrap()
}

#[test]
fn a_headings_day_first_date_with_no_year_is_the_notes_date() {
    for (text, date) in [
        (
            "Minutes lift committee 25.11\n- Chairlift refurb: gearbox quote is in\n- Action: Ewan to book the inspection before Christmas",
            "2026-11-25",
        ),
        (
            "Decision from the board (24.11): ticketing system approved at £90k",
            "2026-11-24",
        ),
    ] {
        let r = read_ski(text);
        assert_eq!(r.date, d(date), "{text}: {r:?}");
    }
    // A figure with a decimal point is still no date.
    let r = read_ski("Snowmaking automation: water use down to 12.10\nNice work");
    assert_eq!(r.date, None, "{r:?}");
}

#[test]
fn a_deadline_opening_the_message_is_its_due_date() {
    let text = "COB Tuesday: @isla to send the snowmaking automation quotes";
    let r = read_ski(text);
    assert_eq!((r.date, r.due), (None, d("2026-12-01")), "{text}: {r:?}");
}

#[test]
fn a_meeting_still_to_come_said_with_its_time_is_no_date_of_the_note() {
    for (text, due) in [
        (
            "Ticketing system demo w/ vendor thu 10:00, pls confirm by tmrw",
            d("2026-11-28"),
        ),
        (
            "Tues 3p call w/ the booking app vendor, @ross pls prep the questions by Mon",
            d("2026-11-30"),
        ),
        ("booking app walkthrough Wed 2pm with the agency", None),
    ] {
        let r = read_ski(text);
        assert_eq!((r.date, r.due), (None, due), "{text}: {r:?}");
    }
    // Said of what happened, the weekday is still the most recent one.
    let text = "Met the lift engineers Tues 3pm, the chairlift gearbox is fine";
    let r = read_ski(text);
    assert_eq!(r.date, d("2026-11-24"), "{text}: {r:?}");
}

#[test]
fn a_headings_sun_is_sunday() {
    let text = "Guest sync Sun: booking app crash rate is down. @ross to send the numbers by Wed";
    let r = read_ski(text);
    assert_eq!(
        (r.date, r.due),
        (d("2026-11-22"), d("2026-12-02")),
        "{text}: {r:?}"
    );
    // The sun itself is no day.
    let r = read_ski("Snowmaking automation stalled, the sun was out all week");
    assert_eq!(r.date, None, "{r:?}");
}

#[test]
fn the_first_said_on_the_first_is_next_months() {
    let text = "Ticketing system approved, £90k. @isla to raise the PO by the 1st";
    let r = read_ski_on(text, "2026-12-01");
    assert_eq!(r.due, d("2027-01-01"), "{text}: {r:?}");
}

#[test]
fn a_period_inside_a_condition_is_no_look_again_date() {
    for text in [
        "Booking app phase 2: hold off until the Q1 numbers are in",
        "Finance system is paused until the auditors sign off the year-end — @fiona to chase them by Friday",
    ] {
        let r = read_ski(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.review_date, None, "{text}: {r:?}");
    }
    // Said as the time itself, it still is.
    let r = read_ski("Booking app phase 2 on hold until the end of Q1");
    assert_eq!(r.review_date, d("2027-03-31"), "{r:?}");
}

#[test]
fn a_month_inside_a_reason_is_no_look_again_date() {
    let text = "we deferred the finance system by a quarter — too much change in January";
    let r = read_ski(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(r.review_date, None, "{text}: {r:?}");
    // The look-again said after the dash is one.
    let r = read_ski("we deferred the finance system — revisit in January");
    assert_eq!(r.review_date, d("2027-01-01"), "{r:?}");
}

#[test]
fn a_deadline_inside_a_reason_is_no_due_date() {
    let text =
        "Guest Services asked for a locker booking module, £30k, because the insurance deadline is 26.5.27";
    let r = read_ski(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(r.due, None, "{text}: {r:?}");
}

#[test]
fn a_decision_still_to_come_by_a_date_is_nobodys_deadline() {
    let text = "Ticketing system contract ends 3/12/27, decision on renewal by end of Q3";
    let r = read_ski(text);
    assert_eq!((r.date, r.due), (None, None), "{text}: {r:?}");
}

#[test]
fn end_of_week_is_the_last_working_day_of_the_tenants_week() {
    let ski = Reader::new(&dir(), ReaderSettings::default());
    let text = "@isla to send the ticketing system quotes by end of week";
    // Tuesday 2026-12-01.
    let today: NaiveDate = "2026-12-01".parse().unwrap();
    let r = ski.read(text, "morag", today).unwrap();
    assert_eq!(r.due, d("2026-12-04"), "{r:?}");
    // A Sunday–Thursday week.
    let gulf = ski.with_week_ending(chrono::Weekday::Thu);
    for (text, due) in [
        (text, "2026-12-03"),
        (
            "@isla to send the ticketing system quotes EOW",
            "2026-12-03",
        ),
        (
            "@isla to send the ticketing system quotes by end of next week",
            "2026-12-10",
        ),
    ] {
        let r = gulf.read(text, "morag", today).unwrap();
        assert_eq!(r.due, d(due), "{text}: {r:?}");
    }
    // The setting is kept when the settings change.
    let r = gulf
        .with_settings(ReaderSettings::default())
        .read(text, "morag", today)
        .unwrap();
    assert_eq!(r.due, d("2026-12-03"), "{r:?}");
}

#[test]
fn a_time_a_proposal_is_wanted_by_is_no_due_date() {
    for text in [
        "Guest Services want a queue display system by March, about £60k",
        "Snowmaking is asking for £80k for a weather station upgrade by the end of Q1",
    ] {
        let r = read_ski(text);
        assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
        assert_eq!(r.due, None, "{text}: {r:?}");
    }
    // Said apart from the wish, a business case's deadline is still one.
    let r = read_ski("Guest Services want a queue display system, £60k, business case due 11/12");
    assert_eq!(r.due, d("2026-12-11"), "{r:?}");
}

#[test]
fn a_time_inside_an_if_is_no_due_date() {
    let text =
        "Booking app phase 2 - ok but only if Guest Services can show 500 more bookings by March";
    let r = read_ski(text);
    assert_eq!(r.due, None, "{text}: {r:?}");
}

#[test]
fn a_milestone_still_set_for_a_month_is_no_date_of_the_note() {
    for text in [
        "The ticketing system move is on track, go-live still April",
        "The ticketing system move is on track, go-live still 1 April",
    ] {
        let r = read_ski(text);
        assert_eq!(r.date, None, "{text}: {r:?}");
    }
}

#[test]
fn next_financial_year_is_the_next_calendar_years_first_day() {
    let text =
        "Kindly note the booking app phase 2 is deferred to next financial year as per the Board";
    let r = read_ski(text);
    assert_eq!(r.review_date, d("2027-01-01"), "{text}: {r:?}");
}

#[test]
fn a_month_just_ahead_said_as_a_plan_is_no_date_of_the_record() {
    for text in [
        "Spoke to Finance re the finance system — parallel run in January, nothing to decide",
        "Chairlift refurbishment approved, £160k. The new gearbox goes into the top station in January and the vendor does the install.",
    ] {
        let r = read_ski(text);
        assert_eq!(r.date, None, "{text}: {r:?}");
    }
    // Told as done, a month is when it happened.
    let r = read_ski("Spoke to Finance re the finance system — we ran it in parallel in January");
    assert_eq!(r.date, d("2026-01-01"), "{r:?}");
}
