//! Verdicts, intents and numbers missed on strangers' wording (round V51), each worded
//! for an invented Norfolk Broads boatyard, and set against the same words recording
//! something else.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;
use crate::domain::Verdict;

/// A Broads boatyard: the yard, the hire fleet, the chandlery, the office.
fn yard_dir() -> StaticDirectory {
    directory(
        &[
            ("Yard", &["Workshop"]),
            ("Hire Fleet", &["Hire"]),
            ("Chandlery", &["Shop"]),
            ("Office", &["Bookings"]),
        ],
        &[
            ("Second Slipway", "Yard"),
            ("Boat Lift", "Yard"),
            ("Hire Boat Refit", "Hire Fleet"),
            ("Booking System", "Office"),
            ("Chandlery Tills", "Chandlery"),
            ("Fuel Pontoon", "Yard"),
        ],
    )
}

fn read_yard(text: &str) -> Reading {
    read_day_first_in(text, "sandra", "GBP", &yard_dir())
}

/// Convention 62: a plan of ours to spend on a thing already in the register ("we're
/// fixin' to build the second slipway, £185,000") is its go-ahead; the same plan for a
/// thing the register lacks ("we're going to spend about £12k on a new jet wash") puts a
/// new investment forward.
#[test]
fn our_plan_to_spend_on_a_registered_thing_is_its_go_ahead() {
    for text in [
        "Morning all. Me and Pete went over the yard numbers last night till gone eleven. We're fixin' to build the second slipway, £185,000 with the cradle, because the hire boats queue a week for the one we've got every March.",
        "We're going to build the second slipway, £185,000.",
        "we're planning to put £40k into the boat lift in the spring",
    ] {
        let r = read_yard(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.investment.as_deref().map(str::to_lowercase).as_deref(), Some(if text.contains("lift") { "boat lift" } else { "second slipway" }), "{text}: {r:?}");
    }
    // The night it was talked over is when it was decided.
    let text = "Me and Pete went over the yard numbers last night. We're fixin' to build the second slipway, £185,000, because the hire boats queue a week every March.";
    let r = read_yard(text);
    assert_eq!(
        r.date,
        NaiveDate::from_ymd_opt(2026, 11, 26),
        "{text}: {r:?}"
    );
    let r = read_yard("We're going to build the second slipway, £185,000.");
    assert_eq!(r.amount, whole(185_000, "GBP"), "{r:?}");
    let text = "we're going to spend about £12k on a new jet wash";
    let r = read_yard(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(r.verdict, None, "{text}: {r:?}");
    // Without a price nothing is settled: a plan to build, no money, is no go-ahead.
    let text = "we're going to build the second slipway one day, when the river board lets us";
    assert_ne!(read_yard(text).verdict, Some(Verdict::Approve), "{text}");
}

/// A pasted chat where the one with the say-so asks the price and, told it, answers "do
/// it" or "ok buy": an approval at that price, as "go ahead" there is.
#[test]
fn told_the_price_in_a_pasted_chat_do_it_approves() {
    for text in [
        "Pasting the WhatsApp so it's logged:\nPete: the boat lift's hydraulic rams are leaking again\nSandra: how much to fix\nPete: £4,200 for both rams fitted\nSandra: do it, we can't lift boats in March without them\nPete: fitting them Monday",
        "From the group chat:\nKev: boss the boat lift pump die already\nMr Hales: how much new one\nKev: £4,200 with install\nMr Hales: ok buy, cannot lift without it\nKev: ok boss",
    ] {
        let r = read_yard(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.amount, whole(4_200, "GBP"), "{text}: {r:?}");
        // "fitting them Monday": the work still to come, no date of the decision.
        assert_eq!(r.date, None, "{text}: {r:?}");
    }
    // "do it" told of a chore, with no price asked and given, decides nothing.
    let text = "Pete: shall I sweep the slipway tonight?\nSandra: do it tomorrow, it's pouring";
    assert_ne!(read_yard(text).verdict, Some(Verdict::Approve), "{text}");
}

/// Convention 49: work that "got pushed to <a day>" with no one who pushed it, the
/// supplier's hold-up after it, has slipped: news of it, a note; pushed by someone who
/// decides, it is put off.
#[test]
fn work_that_got_pushed_to_a_day_has_slipped() {
    let text = "fyi the boat lift install got pushed to 2/2, the crane hire firm's double booked";
    let r = read_yard(text);
    assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
    assert_eq!(r.verdict, None, "{text}: {r:?}");
    let text =
        "the boat lift got pushed to March by the board, the cash isn't there till the spring";
    let r = read_yard(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
}

/// "Complaints about being on hold have basically stopped": callers kept waiting on the
/// phone, no work put off (or stopped); the news of the new phones is a note.
#[test]
fn complaints_about_being_on_hold_put_nothing_off() {
    let text = "Since the new booking system went in, the phones are answered in 20 seconds instead of a minute. Complaints about being on hold have basically stopped.";
    let r = read_yard(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
    assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
}

/// "Self-ordering kiosks we scale down — only …, $38k instead of $110k": the thing said
/// first, then what we do to it, rescopes it, as "we scale down the kiosks" does.
#[test]
fn a_thing_said_first_then_we_scale_it_down_is_rescoped() {
    let text = "Chandlery tills we scale down — only the one by the fuel pontoon, £3,800 instead of £9,500 for all three.";
    let r = read_yard(text);
    assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    assert_eq!(r.amount, whole(3_800, "GBP"), "{text}: {r:?}");
}
