//! Round R35: the rationale's and the dates' misses on the training corpus sorted by
//! cause, and the recurring causes fixed, each worded here for another invented
//! organisation: a chain of bike shops in the Scottish Borders.

use super::test_names::{directory, read_day_first_in};
use super::*;
use crate::domain::Verdict;

/// Bike shops in Peebles, Galashiels and Kelso: the workshops, the shop floors, the
/// hire fleet, the office.
fn shops_dir() -> StaticDirectory {
    directory(
        &[
            ("Workshop", &["Workshops", "Mechanics"]),
            ("Retail", &["Shop Floor", "Shops"]),
            ("Hire", &["Hire Fleet"]),
            ("IT", &["Tech"]),
        ],
        &[
            ("Till Upgrade", "Retail"),
            ("Hire Booking System", "Hire"),
            ("Service Tracker", "Workshop"),
            ("Stock Scanners", "Retail"),
        ],
    )
}

fn read_shops(text: &str) -> Reading {
    read_day_first_in(text, "isla", "GBP", &shops_dir())
}

/// "laptop refresh - 60 of 95 done, the rest by the 18th hopefuly": a note of progress
/// gives the date the rest is to be done by as its due (the work is ours, and someone is
/// to meet it); "rest by Q2" after a decision to keep going is still no date of it.
#[test]
fn the_rest_by_a_day_in_a_progress_note_is_its_due() {
    for (text, due) in [
        (
            "till upgrade - 40 of 62 done, the rest by the 15th hopefully",
            "2026-12-15",
        ),
        (
            "stock scanners on 30/45 handsets, rest by the 9th 🤞",
            "2026-12-09",
        ),
    ] {
        let r = read_shops(text);
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(r.due, Some(due.parse().unwrap()), "{text}: {r:?}");
    }
}

/// "> 94% of active accounts enrolled, …", "| continue, vendor back on track |": the
/// reason read after a quote's marker or up to a table's bar holds no space at its edges.
#[test]
fn a_reason_after_a_quote_marker_or_in_a_table_cell_has_no_space_at_its_edges() {
    let r = read_shops(
        "Service tracker — *continue* :muscle:\n> 91% of jobs booked through it, zero lost bikes since September",
    );
    assert_eq!(r.verdict, Some(Verdict::Continue), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("91% of jobs booked through it, zero lost bikes since September"),
        "{r:?}"
    );
    let r = read_shops(
        "| Project | RAG | Decision |\n|---|---|---|\n| Hire booking system | Amber | continue, vendor back on track |\n| Till upgrade | Green | no change |",
    );
    assert_eq!(r.verdict, Some(Verdict::Continue), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("vendor back on track"),
        "{r:?}"
    );
}

fn assert_evidence(text: &str, evidence: &str) {
    let r = read_shops(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(r.rationale.as_deref(), Some(evidence), "{text}: {r:?}");
}

/// "Falls sensors are paying off heaps - 14 fewer falls on the dementia wing …": the result
/// after the praise may open on its count, as it may after a sentence of praise.
#[test]
fn a_result_after_praise_may_open_on_its_count() {
    assert_evidence(
        "Hire booking system is paying off - 40 fewer no-shows on the weekend hires, which is about £3k a month we'd have lost.",
        "40 fewer no-shows on the weekend hires",
    );
}

/// "Donor CRM's been a godsend - Gift Aid claims went out in 2 days …", "Reservations
/// system is working nicely - direct bookings are up 22% …": praise said with other idioms
/// of the work doing well, then the result after its dash.
#[test]
fn praise_in_other_idioms_then_the_result_after_a_dash() {
    assert_evidence(
        "Service tracker's been a godsend - jobs go out in 2 days instead of 5 and we billed £4,000 more last month",
        "jobs go out in 2 days instead of 5",
    );
    assert_evidence(
        "Till upgrade is working nicely - card payments clear in half the time and we paid about £900 less in fees this quarter",
        "card payments clear in half the time",
    );
    assert_evidence(
        "Stock scanners have done the trick – stock counts that took Ewan two days now take an hour, and we found £2,300 of tyres we didn't know we had",
        "stock counts that took Ewan two days now take an hour",
    );
}

/// "… paying off heaps - 14 fewer falls on the dementia wing since August, which …": the
/// time ending the result after praise dates the benefit and leaves its evidence, as it
/// does anywhere else (conventions 5 and 37).
#[test]
fn a_time_ending_the_result_after_praise_leaves_it() {
    let r = read_shops(
        "Hire booking system is paying off - 40 fewer no-shows on the weekend hires since August, which is about £3k a month we'd have lost.",
    );
    assert_eq!(r.intent, Intent::Benefit, "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("40 fewer no-shows on the weekend hires"),
        "{r:?}"
    );
    assert_eq!(r.date, Some("2026-08-01".parse().unwrap()), "{r:?}");
}

/// A ticket's or a form's lines: "Business justification: PLF screen sells out …", "*Why:*
/// queue wait times …", a benefit's "Result: 41% of tickets sold at the kiosks …": the line
/// the writer labels as the reason (or, for a benefit, its result) is the reason, over the
/// other lines' values (the approver's name, the price's note).
#[test]
fn a_line_labelled_as_the_reason_is_the_reason() {
    let r = read_shops(
        "HIRE-12 E-bike batteries\nStatus: In Review → Approved\nCost: £14,000\nApprover: Isla Grant\nBusiness justification: half the hire fleet won't do a full day on one charge",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("half the hire fleet won't do a full day on one charge"),
        "{r:?}"
    );
    let r = read_shops(
        "*Decision:* Service tracker approved :white_check_mark:\n*Amount:* £22k (capex + training)\n*Why:* jobs waited 9 days on average for a mechanic in October",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("jobs waited 9 days on average for a mechanic in October"),
        "{r:?}"
    );
    let r = read_shops(
        "RET-40 Till upgrade – retro\nResult: 62% of card payments through the new tills in under 5 seconds, queues cut from 6 to 2 mins on Saturdays = ~£1,200 a month in staff time",
    );
    assert_eq!(r.intent, Intent::Benefit, "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("62% of card payments through the new tills in under 5 seconds, queues cut from 6 to 2 mins on Saturdays"),
        "{r:?}"
    );
}

/// "keep going anyway, St. Luke's loss numbers alone justify it": "St." before a name is
/// Saint, its dot ending no sentence, so the reason keeps it.
#[test]
fn saint_written_short_ends_no_sentence() {
    let r = read_shops(
        "[2:04 PM] Isla Grant: $3k over on the service tracker, keep going anyway, St. Boswells' repair numbers alone justify it",
    );
    assert_eq!(r.verdict, Some(Verdict::Continue), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("St. Boswells' repair numbers alone justify it"),
        "{r:?}"
    );
    // A "St" or "St." ending the message is read as any word is.
    for text in [
        "new sign for the shop on High St",
        "new sign for the shop on High St.",
    ] {
        assert_eq!(read_shops(text).verdict, None, "{text}");
    }
}

/// "Clinical care system has cut handover from 45 mins to 20 at Bendigo, …": the work's
/// name and its "has" are the subject, left out; the result is read from its verb.
#[test]
fn a_result_told_with_has_before_its_verb_is_read_from_the_verb() {
    assert_evidence(
        "Service tracker has cut job times from 9 days to 4 at Peebles, that's about 300 mechanic hours a year back on the bench, call it £9k.",
        "cut job times from 9 days to 4 at Peebles, that's about 300 mechanic hours a year back on the bench",
    );
}

/// "Webcasting has really taken off – 212 services streamed in November, about £9,500 …":
/// work that has taken off is praised, and the counted result after the dash is the
/// evidence.
#[test]
fn work_that_has_taken_off_is_praise_before_its_result() {
    assert_evidence(
        "Hire booking system has really taken off – 340 bikes booked online in November, about £6,000 in hire fees for the month",
        "340 bikes booked online",
    );
}

/// "Phone system — parking it till Q2. RingCentral want a 3-year term and I'm not signing
/// that while the DMS move is live.": a condition ending a sentence of its own after the
/// hold, told with what we will not do till then, is why together with that refusal, from
/// the sentence's start (not the condition alone).
#[test]
fn a_condition_ending_a_refusal_after_the_hold_keeps_the_refusal() {
    let r = read_shops(
        "Hire booking system — parking it till Q2. The vendor want a 3-year term and I'm not signing that while the shop refit is on.",
    );
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("The vendor want a 3-year term and I'm not signing that while the shop refit is on"),
        "{r:?}"
    );
    let r = read_shops(
        "The service tracker is on hold until March: I'm not spending £12k on it until we know the Kelso workshop is staying open.",
    );
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("I'm not spending £12k on it until we know the Kelso workshop is staying open"),
        "{r:?}"
    );
}
