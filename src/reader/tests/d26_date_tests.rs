//! Round D26: the date, review date and due date missed on the training corpus, sorted by
//! cause, and the largest general causes fixed in the date machinery, each worded here for
//! another invented organisation: a Faroese ferry operator. Read on Friday 2026-11-27.

use super::test_names::{directory, read_day_first_in};
use super::*;
use crate::domain::Verdict;

/// A ferry operator in Tórshavn posting in its Slack: the ships and their engineers, the
/// terminals, the booking office.
fn ferry_dir() -> StaticDirectory {
    directory(
        &[
            ("Fleet", &["Ships", "Engineers", "Engine Room"]),
            ("Terminals", &["Quays", "Linkspans"]),
            ("Booking", &["Booking Office", "Tickets"]),
        ],
        &[
            ("Bow Thruster Overhaul", "Fleet"),
            ("Linkspan Hydraulics", "Terminals"),
            ("Booking System", "Booking"),
        ],
    )
}

fn read_ferry(text: &str) -> Reading {
    read_day_first_in(text, "rannvá", "DKK", &ferry_dir())
}

fn day(s: &str) -> Option<chrono::NaiveDate> {
    Some(s.parse().unwrap())
}

/// "… approved. The old one caught fire in September.": a date in a sentence or a line of
/// its own after the verdict, telling what happened, is the incident behind the decision,
/// not when it was taken (it was read as the decision's date).
#[test]
fn an_incident_told_after_the_verdict_does_not_date_the_decision() {
    for text in [
        "Jóhanna approved the bow thruster overhaul — DKK 240,000 for the Schottel unit, fitted at Skála. The old thruster trip out twice last month and we nearly lose the Christmas sailings.",
        "Linkspan hydraulics approved, DKK 95,000. The ramp at Krambatangi is forty years old and the ferry waits an hour every time it sticks, and it sagged a metre in September when the pump seized and nobody could get a fitter out for two days",
        "Status: Open → Approved\nCost: DKK 60,000\nApprover: Jóhanna Hansen\nComment: the booking system crashed on Tuesday and double-sold the Smyril, forty cars for thirty spaces.",
    ] {
        let r = read_ferry(text);
        assert_eq!(
            (r.intent, r.verdict),
            (Intent::Decision, Some(Verdict::Approve)),
            "{text}: {r:?}"
        );
        assert_eq!(r.date, None, "{text}: {r:?}");
    }
    // The decision itself told after the verdict still dates it.
    let text = "Bow thruster overhaul approved, DKK 240,000. The board signed it off on Tuesday after the surveyor's report.";
    let r = read_ferry(text);
    assert_eq!(r.date, day("2026-11-24"), "{text}: {r:?}");
}

/// "@sofus the quotes need to be with the board by the 9th": a need said to someone of
/// ours at the head of the message is their task, and its "by" date is due (it was read
/// as somebody else's wish, no deadline of ours); the same wish told of others to nobody
/// stays none.
#[test]
fn a_need_put_to_someone_named_at_the_start_is_due() {
    for (text, due) in [
        (
            "@sofus the linkspan quotes need to be with the harbour board by the 9th please",
            "2026-12-09",
        ),
        (
            "@ragnar the shipyard needs the deposit for the bow thruster paid by 4/12 or we lose the dock slot",
            "2026-12-04",
        ),
    ] {
        let r = read_ferry(text);
        assert_eq!(r.due, day(due), "{text}: {r:?}");
    }
    let text = "the harbour board wants the linkspan quotes by the 9th";
    let r = read_ferry(text);
    assert_eq!(r.due, None, "{text}: {r:?}");
}

/// "the rep is at the yard Tuesday", "we've got the inspector on the 14th": a date that reads both ways, in a clause told in
/// the present or the future with nothing done in it, lies ahead, and is no date of the
/// record (it was read as the most recent such day); told in the past it still dates it.
#[test]
fn a_date_in_a_clause_told_in_the_present_lies_ahead() {
    for text in [
        "FYI the Schottel rep is at the yard Tuesday for the bow thruster overhaul walkthrough",
        "Booking system – please can the office check every Smyril booking is confirmed by Friday. We've got the maritime inspector on the 14th.",
    ] {
        let r = read_ferry(text);
        assert_eq!(r.date, None, "{text}: {r:?}");
    }
    let text =
        "FYI the Schottel rep was at the yard Tuesday for the bow thruster overhaul walkthrough";
    let r = read_ferry(text);
    assert_eq!(r.date, day("2026-11-24"), "{text}: {r:?}");
}

/// "… approved this morning. the old ramp dropped a lorry on the quay again thursday": a date
/// that reads both ways, in a clause that tells something done with nothing still to come
/// in it, is behind us, so no date to look again or to meet (it was read as the coming
/// Thursday's review date).
#[test]
fn a_date_in_a_clause_told_in_the_past_is_no_review_or_due() {
    let text = "the Krambatangi quay gets new linkspan hydraulics, DKK 95k, approved this morning. the old ramp dropped a lorry on the quay again thursday";
    let r = read_ferry(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!((r.review_date, r.due), (None, None), "{text}: {r:?}");
}

/// "Capex board, Tue Dec 1" (a weekday and its date, one day said twice) and "outcomes from
/// Wednesday's fleet panel" (a panel announcing the items): the heading's day dates every
/// item it announces, not just the first (the later items had no date).
#[test]
fn a_headings_day_dates_every_item_it_announces() {
    for text in [
        "Ferry board digest – Fleet board, Wed Nov 25\n• Bow thruster overhaul: To Do → Approved (DKK 240,000)\n• Booking system: To Do → On Hold (review May 2027)\n• Linkspan hydraulics: In Review → Rejected",
        "Morning all – outcomes from Wednesday's fleet panel below, tell me if I've got any wrong\n\n| Item | Decision | Cost |\n|---|---|---|\n| Bow thruster overhaul | Approved | DKK 240,000 |\n| Booking system | Deferred to May | DKK 60,000 |\n| Linkspan hydraulics | Rejected | DKK 95,000 |",
    ] {
        let r = read_ferry(text);
        assert_eq!(r.also.len(), 2, "{text}: {r:?}");
        for record in std::iter::once(&r).chain(&r.also) {
            assert_eq!(record.intent, Intent::Decision, "{text}: {record:?}");
            assert_eq!(record.date, day("2026-11-25"), "{text}: {record:?}");
        }
    }
}

/// "Jógvan and me went down the list last night. …": going down a list of asks, or sitting
/// down over them, is the meeting that decided the items told after it, so its day dates
/// them (it was taken for an incident told before the verdict).
#[test]
fn going_down_the_list_is_the_meeting_that_decided() {
    let text = "Jógvan and me went down the list last night. Bow thruster overhaul: keep going, the new blades are already saving fuel. Booking system: no, DKK 60,000 we haven't got.";
    let r = read_ferry(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    assert_eq!(r.date, day("2026-11-26"), "{text}: {r:?}");
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(r.also[0].date, day("2026-11-26"), "{text}: {r:?}");
}

/// "Parking … till after the summer season, nobody has time to … in June": after a
/// deferral's condition, a clause saying why not is its reason, and a month in it is no
/// time to look again (it was read as the review date).
#[test]
fn a_month_in_the_why_not_after_a_deferrals_condition_is_no_review() {
    for text in [
        "Parking the booking system till after the summer season, nobody has time to retrain the ticket staff in June",
        "holding off on the linkspan hydraulics til the winter timetable's done, not enough sailings to keep two ramps busy in January",
    ] {
        let r = read_ferry(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!((r.review_date, r.due), (None, None), "{text}: {r:?}");
    }
}

/// "revisit march", "on hold til may": "march" and "may" are also words, so they need a
/// word of time before them; after one of looking again or waiting, they are the months
/// (the review date was not read). Said as a verb they stay words.
#[test]
fn march_and_may_after_a_word_of_looking_again_are_months() {
    for (text, review) in [
        ("from wed's mtg:\n- bow thruster overhaul ok, DKK 240k\n- booking system still parked, revisit march", "2027-03-01"),
        ("Linkspan hydraulics on hold til may, the quay is busy with the winter timetable", "2027-05-01"),
    ] {
        let r = read_ferry(text);
        let record = r.also.last().unwrap_or(&r);
        assert_eq!(record.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(record.review_date, day(review), "{text}: {r:?}");
    }
    let text = "Booking system on hold, the harbour board may revisit the ramp plans";
    let r = read_ferry(text);
    assert_eq!(r.review_date, None, "{text}: {r:?}");
}

/// "please agree with the contractor for a February start": a month said as the work's
/// start ("a February start") is when the work begins, no deadline of the task (it was
/// read as due on 1 February).
#[test]
fn a_month_said_as_the_works_start_is_no_due() {
    let text = "Further to the board's vote on 24 November, staff will proceed with the linkspan hydraulics at DKK 95,000. Terminals, please coordinate with the contractor for a February start.";
    let r = read_ferry(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Linkspan Hydraulics"),
        "{text}: {r:?}"
    );
    assert_eq!(r.due, None, "{text}: {r:?}");
}

/// "pausing it til the harbour commissioners see the 2027 budget in January": a condition whose
/// event is told with its own verb and then its time ("… in January", closing the
/// condition) waits till that time, which is when to look again (it was read as a wait for
/// an event with no time).
#[test]
fn a_conditions_event_told_with_its_time_gives_the_review_date() {
    let text = "Booking system - Amadeus want DKK 90k now, it was DKK 60k in the spring quote. We're pausing it til the harbour commissioners see the 2027 budget in January.";
    let r = read_ferry(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(r.review_date, day("2027-01-01"), "{text}: {r:?}");
}
