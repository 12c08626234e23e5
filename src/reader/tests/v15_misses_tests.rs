//! Dates, intents and names the reader missed in the training folders (round V15), each
//! read in another writer's words (a Highland community transport trust, in pounds): "the
//! day" said for today in Scots; a date after a named holiday, which is the coming one; a
//! quote's figure put right ("£14k not £11k"); kit told as in and working; and a thing that
//! is paying off or paying for itself.

use super::*;

/// A Highland community transport trust: operations, fleet, finance, bookings.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Operations", &["Ops"]),
            ("Fleet", &[]),
            ("Finance", &[]),
            ("Bookings", &[]),
            ("Control Room", &["Dispatch"]),
        ],
        &[
            ("Dial-a-Bus Booking App", "Bookings"),
            ("Minibus Seat Refit", "Fleet"),
            ("Payroll System Upgrade", "Finance"),
            ("Driver Radio Upgrade", "Operations"),
            ("Ticket Machine Replacement", "Operations"),
            ("Passenger CRM Replacement", "Bookings"),
            ("Gaelic-Language Timetables", "Bookings"),
            ("Dispatch Kit Upgrade", "Control Room"),
        ],
    )
}

/// `text` as "morag" writes it on the tests' day (Friday 27 November 2026).
fn read(text: &str) -> Reading {
    test_names::read_on_test_day(text, "morag", &dir())
}

fn day(s: &str) -> Option<chrono::NaiveDate> {
    Some(s.parse().unwrap())
}

#[test]
fn the_day_said_for_today_is_a_due_date() {
    let text = "Booking app: Kirsty says the drivers cannae see their runs since the update. @iain can you sort it the day?";
    let r = read(text);
    assert_eq!(r.intent, Intent::Note, "{r:?}");
    assert_eq!(r.due, day("2026-11-27"), "{r:?}");
    // A day said in a request to someone is its deadline, not when the note happened.
    for when in ["the day", "today"] {
        let text = format!("Booking app: got a shout from Kirsty on the Glen bus, she cannae log in since the update. @iain can you have a look {when}?");
        let r = read(&text);
        assert_eq!((r.date, r.due), (None, day("2026-11-27")), "{r:?}");
    }
    // "the day" before a word is a day of something, not today.
    let text = "Booking app: the drivers lost their runs the day before the update. @iain can you look at it by Monday?";
    let r = read(text);
    assert_eq!(r.due, day("2026-11-30"), "{r:?}");
    let text = "Booking app: the drivers on the day shift cannae see their runs";
    assert_eq!(read(text).date, None);
}

#[test]
fn a_date_after_a_named_holiday_is_the_coming_one_not_last_years() {
    let text = "Minibus seats - carrying on with the refit, 4 done of 9. Rest after Christmas when the grant money comes in.";
    let r = read(text);
    assert_eq!(
        (r.intent, r.verdict),
        (Intent::Decision, Some(Verdict::Continue)),
        "{r:?}"
    );
    assert_eq!(r.date, None, "{r:?}");
    assert_ne!(r.review_date, day("2025-12-26"), "{r:?}");
}

#[test]
fn a_quotes_figure_put_right_is_a_note_about_the_investment() {
    let text = "Fiona from Finance says the payroll upgrade quote is £14k not £11k, can someone check it before Monday?";
    let r = read(text);
    assert_eq!(r.intent, Intent::Note, "{r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Payroll System Upgrade"),
        "{r:?}"
    );
    assert_eq!(r.unit.as_deref(), Some("Finance"), "{r:?}");
    assert_eq!(r.due, day("2026-11-30"), "{r:?}");
    let text =
        "Quick sanity check before I log it: the radio upgrade quote is £2.5k/mo, not £25k. Still deciding.";
    let r = read(text);
    assert_eq!(r.intent, Intent::Note, "{r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Driver Radio Upgrade"),
        "{r:?}"
    );
}

#[test]
fn kit_told_as_in_and_working_is_news_of_its_work() {
    let text = "Radios: new handsets are in and programmed. Drivers had signal over the pass on Tuesday for the first time.";
    let r = read(text);
    assert_eq!(r.intent, Intent::Note, "{r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Driver Radio Upgrade"),
        "{r:?}"
    );
    // Said under a unit's name, news of the unit.
    let text = "Dispatch: new headsets are in and configured. Drivers could hear us over the Drumochter pass on Monday for the first time.";
    let r = read(text);
    assert_eq!(r.intent, Intent::Note, "{r:?}");
    assert_eq!(r.unit.as_deref(), Some("Control Room"), "{r:?}");
    // Being in a place is no news of kit.
    let text = "Dispatch: we are in Inverness on Monday, back Tuesday";
    assert_eq!(read(text).intent, Intent::None);
}

#[test]
fn a_thing_paying_off_or_paying_for_itself_is_its_result() {
    let text = "Ticket machines are paying off already, we sold the advertising on them to the Co-op for £6K a year";
    let r = read(text);
    assert_eq!(r.intent, Intent::Benefit, "{r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Ticket Machine Replacement"),
        "{r:?}"
    );
    let text = "Ticket machines are paying for themselves, near enough. No complaints from the drivers this week.";
    let r = read(text);
    assert_eq!(r.intent, Intent::Note, "{r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Ticket Machine Replacement"),
        "{r:?}"
    );
}

#[test]
fn a_new_thing_sharing_a_word_with_a_known_one_is_named_as_said() {
    for (text, name) in [
        (
            "Budget ask from Bookings: a wheelchair booking tablet, £3,200 one-off.",
            "wheelchair booking tablet",
        ),
        (
            "Fleet want a seat cover set for the minibus, £900",
            "seat cover set",
        ),
        (
            "Fleet approved an app telematics dongle for the depot, £4K",
            "app telematics dongle",
        ),
        (
            "Bookings wants to run a Gaelic-language radio advert with Moray Firth Radio for the holidays, around £1,500",
            "gaelic-language radio advert",
        ),
    ] {
        let r = read(text);
        assert_eq!(
            r.investment.as_deref().map(str::to_lowercase).as_deref(),
            Some(name),
            "{text}: {r:?}"
        );
        assert!(r.investment_guessed_from.is_none(), "{text}: {r:?}");
    }
    // Convention 59: a module of the known thing is that thing, asked for with its money.
    let r = read("Budget ask from Bookings: a school run CRM module, £3,200 one-off.");
    assert_eq!(r.intent, Intent::Investment, "{r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Passenger CRM Replacement"),
        "{r:?}"
    );
    assert_eq!(r.amount, test_names::whole(3_200, "GBP"), "{r:?}");
    // The known name said whole, or its word said alone, is still the known investment.
    let r = read("Fleet approved the minibus seat refit, £4K");
    assert_eq!(r.investment.as_deref(), Some("Minibus Seat Refit"), "{r:?}");
    // A short form opening the clause, or after "the new", is the known one.
    let r = read("The new booking app cut no-shows by £3k in November");
    assert_eq!(
        r.investment.as_deref(),
        Some("Dial-a-Bus Booking App"),
        "{r:?}"
    );
    let r = read("Booking app cut no-shows by £3k in November");
    assert_eq!(
        r.investment.as_deref(),
        Some("Dial-a-Bus Booking App"),
        "{r:?}"
    );
}
#[test]
fn someone_told_to_stop_doing_something_is_no_stop() {
    let text = "Can somebody tell the Tesco lorry to stop parking in the bus bay, ta";
    let r = read(text);
    assert_eq!((r.intent, r.verdict), (Intent::None, None), "{r:?}");
    let text = "Please ask the drivers to stop leaving the minibus doors open overnight";
    assert_eq!(read(text).verdict, None);
    // Our own stop of a habit or of the work is still a stop.
    let text = "We've decided to stop the minibus seat refit, the grant fell through";
    assert_eq!(read(text).verdict, Some(Verdict::Stop));
}
#[test]
fn a_call_the_writer_still_has_to_do_or_a_meeting_room_is_no_meeting() {
    let text =
        "Quick one — is anyone using the big meeting room at 3? I need to do a call with a funder";
    let r = read(text);
    assert_eq!(r.intent, Intent::None, "{r:?}");
    let text = "Is the meeting room free at 2";
    assert_eq!(read(text).intent, Intent::None);
    // A call had is still a meeting.
    let text =
        "Had a call with the booking app vendor, they can fix the timetable bug by Christmas";
    assert_eq!(read(text).intent, Intent::Note);
}

#[test]
fn something_offered_around_is_chat() {
    let text = "anyone want 2 tickets for the ceilidh on Saturday? can't make it";
    let r = test_names::read_by_rules_on_test_day(text, "morag", &dir(), ReaderSettings::default());
    assert_eq!(r.intent, Intent::None, "{r:?}");
    assert_eq!(read(text).intent, Intent::None);
    // A unit's wish is still told.
    let text = "Dispatch want two more headsets before the winter timetable";
    assert_ne!(read(text).intent, Intent::None);
}

#[test]
fn people_off_on_a_day_is_chat() {
    let text = "Kirsty and Iain from Dispatch are off Friday, radio checks move to Monday";
    let r = read(text);
    assert_eq!(r.intent, Intent::None, "{r:?}");
}

#[test]
fn a_month_a_note_counts_in_is_no_date_of_it() {
    let text =
        "Booking app: 1,900 trips booked in November vs 700 by phone last year. Drivers like it.";
    let r = read(text);
    assert_eq!(r.intent, Intent::Note, "{r:?}");
    assert_eq!(r.date, None, "{r:?}");
    let text = "Booking app had 4 outages last week, raised with the supplier";
    let r = read(text);
    assert_eq!((r.intent, r.date), (Intent::Note, None), "{r:?}");
    // A benefit's month is still its date.
    let text = "Booking app saved £2,400 in November in phone staff time";
    let r = read(text);
    assert_eq!(r.intent, Intent::Benefit, "{r:?}");
    assert_eq!(r.date, day("2026-11-01"), "{r:?}");
}
