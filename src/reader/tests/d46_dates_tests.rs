//! Round D46: which date is which, on writers not met before (second pass). Each shape is
//! worded for an invented lido trust (test day Friday 2026-11-27), not copied from the
//! corpus.

use super::*;

/// A lido trust: pools, facilities, finance.
fn lido() -> StaticDirectory {
    test_names::directory(
        &[("Pools", &[]), ("Facilities", &[]), ("Finance", &[])],
        &[
            ("Heat Pump", "Facilities"),
            ("Pool Covers", "Pools"),
            ("Locker System", "Facilities"),
            ("Booking App", "Finance"),
        ],
    )
}

fn read(text: &str) -> Reading {
    test_names::read_on_test_day(text, "Morwenna", &lido())
}

fn read_us(text: &str) -> Reading {
    test_names::read_us(text, "Morwenna", "2026-11-27", &lido())
}

fn day(s: &str) -> Option<NaiveDate> {
    Some(s.parse().unwrap())
}

/// "the boiler economiser installed in June cut firewood consumption by 14%, saving … to
/// date": in a benefit, the time the thing was put in is an event, as "went live in June"
/// is (convention 37: "since the EPOS went in" gives no date); the benefit is counted now.
#[test]
fn a_benefits_time_of_putting_the_thing_in_is_no_date() {
    for text in [
        "The heat pump installed in June has cut our gas use by 20%, about £9,000 saved to date.",
        "The pool covers we fitted in March have cut heat loss overnight, roughly £4k saved so far.",
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_eq!(r.date, None, "{text}: {r:?}");
    }
}

/// "They approved $2.1m for the policy admin replacement …. I'll brief UW on Monday.": after
/// a decision, the writer telling others of it on a day is the writer's own plan, no task
/// of the decision (as "I'll set up a call next week" is); a deadline ("by Monday") still
/// sets one.
#[test]
fn the_writer_passing_a_decision_on_at_a_day_sets_no_due() {
    for text in [
        "The trustees approved £48k for the heat pump after a long debate about the boiler. \
         I'll brief the duty managers on Monday.",
        "We're keeping the booking app another year; I'll update the lifeguards next week.",
        "Pool covers approved at £4,500. I'll tell the swim club tomorrow.",
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!((r.due, r.review_date), (None, None), "{text}: {r:?}");
    }
    let text = "Pool covers approved at £4,500. I'll send the supplier the signed order by Monday.";
    let r = read(text);
    assert_eq!(r.due, day("2026-11-30"), "{text}: {r:?}");
}

/// "We're drying 4/4 red oak in 21 days where it used to be 28": in a month-first tenant, a
/// number over a number before a size, a timber or "of" is a thickness or a share ("3/4
/// inch", "8/4 walnut", "2/3 of the lockers"), no date.
#[test]
fn a_fraction_before_a_size_a_timber_or_of_is_no_date() {
    for text in [
        "The heat pump has paid for itself: the plant room fans now run on 3/4 inch ducting \
         instead of the old ones, about $2,000 a month off the power bill.",
        "The locker system has paid off, 2/3 of the lockers are rented every weekend now, \
         about $3,000 a month.",
        "The heat pump has paid off: we dry 4/4 white oak benches in the plant room in 3 days \
         where it used to be 5, about $1,500 a month.",
    ] {
        let r = read_us(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_eq!(r.date, None, "{text}: {r:?}");
    }
    // A day said in full is still one.
    let r = read_us("The heat pump has paid off since 3/4, about $1,500 a month.");
    assert_eq!(r.date, day("2026-03-04"), "{r:?}");
}

/// "Plant room walk-round 2/12\n- chiller: no change, engineer back in Jan\n- dehumidifier:
/// Priti ok'd the second unit, £9k": a time on an earlier item of a list than the verdict's
/// belongs to that item, not to the decision as its look-again or due date.
#[test]
fn a_time_on_an_earlier_list_item_is_not_the_decisions() {
    let text = "Pool walk-round 20/11\n- boiler: no change, engineer back in Jan\n- pool covers: \
                Nia ok'd the second set for the learner pool, £4k";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!((r.review_date, r.due), (None, None), "{r:?}");
    // Said on the verdict's own item, it is still the decision's.
    let text = "Pool walk-round 20/11\n- boiler: no change\n- pool covers: on hold till January, \
                £4k is too much this winter";
    let r = read(text);
    assert_eq!(r.review_date, day("2027-01-01"), "{r:?}");
}

/// "vendor says the fix lands 12/11. @kayla to test it same day": a task "the same day" or
/// "that day" after a date is due on that date; "reports go out same day now" (a habit) is
/// no date.
#[test]
fn a_task_the_same_day_as_a_date_is_due_then() {
    let text = "Booking app: the vendor says the fix for the refunds bug lands 12/9. @tam to test \
                it the same day";
    let r = read_us(text);
    assert_eq!(r.due, day("2026-12-09"), "{r:?}");
    let text = "Heat pump commissioned on Tuesday; the engineer signs it off the same day now \
                instead of a week later.";
    let r = read(text);
    assert_eq!(r.due, None, "{r:?}");
}

/// "@marta eventually you can prepare the numbers … for the meeting of 15/12?": a request
/// asked with a softener before "you can" / "you could" is asked as "can you" is, and the
/// day it is for is its due.
#[test]
fn a_softened_you_can_request_is_due_on_its_day() {
    for text in [
        "@tam maybe you can pull the booking app refund figures for the meeting of 14/12?",
        "@tam perhaps you could pull the booking app refund figures for the meeting of 14/12?",
    ] {
        let r = read(text);
        assert_eq!(r.due, day("2026-12-14"), "{text}: {r:?}");
    }
}

/// "PRJ-77 Laser projector retrofit: due date changed from 2027-02-15 to 2027-03-12 by
/// kenji": a ticket's due date changed to a day is due then (not the day it was changed
/// from, nor a look-again date).
#[test]
fn a_due_date_changed_to_a_day_is_due_then() {
    for text in [
        "BA-12 Booking app refunds module: due date changed from 2027-01-15 to 2027-02-05 by tam",
        "Locker system rollout: due date moved to 2027-02-05",
    ] {
        let r = read(text);
        assert_eq!(r.due, day("2027-02-05"), "{text}: {r:?}");
        assert_eq!(r.review_date, None, "{text}: {r:?}");
    }
}

/// "XRF testers paid off already. Since September the Cebu branches caught 47 fake items,
/// that's around ₱1.2M …": "since <a month>" opening a benefit's result, a clause of its own
/// after it, is when the benefit was counted from, its date (convention 37); an event
/// ("since the covers went in") still gives none.
#[test]
fn an_opening_since_a_month_before_a_clause_dates_the_benefit() {
    for text in [
        "The booking app has paid off. Since September the front desk has taken 300 fewer \
         phone calls, about £6,000 of staff time saved.",
        "Booking app is giving results: since September our members book 40% of lessons \
         online, around £500 a month less in desk hours.",
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_eq!(r.date, day("2026-09-01"), "{text}: {r:?}");
    }
    let text = "The pool covers have paid off. Since they went in the heating bill is down about \
                £700 a month.";
    let r = read(text);
    assert_eq!(r.date, None, "{r:?}");
}
