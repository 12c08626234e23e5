//! Round R61: the rationale's misses on the training corpus sorted by cause (twenty-sixth
//! pass), each cause worded here for another invented organisation: an Andorran ski-hire
//! shop in Soldeu with a workshop, a rental counter and a café at the lift.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The ski-hire shop's units and investments.
fn ski_dir() -> StaticDirectory {
    directory(
        &[
            ("Workshop", &["Ski Workshop"]),
            ("Rentals", &["Rental Counter"]),
            ("Cafe", &["Lift Cafe"]),
        ],
        &[
            ("Rental Booking App", "Rentals"),
            ("Edge Grinder", "Workshop"),
            ("Boot Dryers", "Rentals"),
            ("Coffee Machine", "Cafe"),
        ],
    )
}

fn read_ski(text: &str) -> Reading {
    read_day_first_in(text, "montse", "EUR", &ski_dir())
}

/// Convention 91: what is done instead, told in a sentence of its own after a stop's case
/// (the money put in and what came of it), is no part of the reason — with or without a
/// "till" saying how long; joined to the case in its sentence it stays (28).
#[test]
fn what_is_done_instead_after_the_sunk_money_sentence_is_left_out() {
    for text in [
        "We're pulling the plug on the rental booking app. Spent €14k with the Lleida developers and it still can't take a deposit on a card. Back to the paper slips till someone builds something that works.",
        "We're pulling the plug on the rental booking app. Spent €14k with the Lleida developers and it still can't take a deposit on a card. Going back to the paper slips until we find something else.",
        "We're pulling the plug on the rental booking app. Spent €14k with the Lleida developers and it still can't take a deposit on a card. Jordi's counter will go back to the paper slips.",
    ] {
        let r = read_ski(text);
        assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
        assert_eq!(
            r.rationale.as_deref(),
            Some("Spent €14k with the Lleida developers and it still can't take a deposit on a card"),
            "{text}: {r:?}"
        );
    }
    // Near: joined to the case in its own sentence, the way back stays in it.
    let text = "We're pulling the plug on the rental booking app. Spent €14k with the Lleida developers and it still can't take a deposit on a card, so we go back to the paper slips for now.";
    let r = read_ski(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("Spent €14k with the Lleida developers and it still can't take a deposit on a card, so we go back to the paper slips for now"),
        "{r:?}"
    );
}

/// Who agreed, told where a reason could stand — "Directors fine wi that.", "Montse's
/// decision, …", "Decision of Montse and the GM.", "€6,800 is fine. Montse already said yes",
/// "…, Montse already agree" — says who decided, not why (round R58's sign-offs, in more
/// wordings).
#[test]
fn who_agreed_is_no_reason() {
    for (text, why) in [
        (
            "Edge grinder: carry on wi the install at the workshop, €4,100 more. Directors fine wi that.",
            None,
        ),
        (
            "Boot dryers for 2027 cut to 20 instead of 40 (€16,000), Montse's decision, the snow is thin this year.",
            Some("the snow is thin this year"),
        ),
        (
            "[08:02] Jordi: the coffee machine at the lift café is leaking again\n[08:05] Núria: how much for a new one?\n[08:09] Jordi: €6,800 fitted\n[08:20] Núria: ok buy it, €6,800 is fine. Montse already said yes",
            Some("the coffee machine at the lift café is leaking again"),
        ),
        (
            "[9:14 AM] Pau: edge grinder a leak oil again\n[9:15 AM] Núria: how much fi fix?\n[9:20 AM] Pau: mechanic seh €450 and him cyaan promise it hold\n[9:31 AM] Núria: ok. we replacing it. go ahead wid the Wintersteiger one, €6,800, Montse already agree",
            Some("edge grinder a leak oil again"),
        ),
    ] {
        let r = read_ski(text);
        assert!(r.verdict.is_some(), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), why, "{text}: {r:?}");
    }
    // Near: a condition of someone agreeing is the approval's reason (convention 55), and
    // stays.
    let text = "Edge grinder approved at €6,800 if Montse agrees.";
    let r = read_ski(text);
    assert_eq!(r.rationale.as_deref(), Some("if Montse agrees"), "{r:?}");
    // Near: someone content with a thing other than the decision is a reason, and stays.
    let text = "Edge grinder: carry on with the install, €4,100 more. The technicians are fine with the new bench height.";
    let r = read_ski(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("The technicians are fine with the new bench height"),
        "{r:?}"
    );
}

/// A hold's "until <event>" is its reason (convention 51) also when the look-again after it
/// names who will look: "…; management will revisit it in March 2027", "…; the board will
/// look at it again in May" say when, not why.
#[test]
fn a_look_again_said_by_a_body_closes_the_holds_condition() {
    for text in [
        "The boot dryers have been put on hold until the snow report is out; management will revisit it in March 2027.",
        "The boot dryers have been put on hold until the snow report is out; the board will look at it again in March 2027.",
    ] {
        let r = read_ski(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(
            r.rationale.as_deref(),
            Some("until the snow report is out"),
            "{text}: {r:?}"
        );
    }
    // Near: a body's "will" with no look-again after it is a reason of its own, and stays.
    let text = "The boot dryers have been put on hold; management will need the snow report first.";
    let r = read_ski(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("management will need the snow report first"),
        "{r:?}"
    );
}

/// Minutes' lines that close the meeting or hold its other business — "Item 3: AOB — staff
/// party at the Borda, date TBC.", "Closing prayer by Father Pere." — are no reason of the
/// item before them.
#[test]
fn a_meetings_closing_lines_are_no_reason() {
    let text = "Minutes – Staff Meeting, Thursday 3rd December 2026\nPresent: Montse, Jordi, Núria\n\nItem 1: Edge grinder. Approved at €6,800. Jordi to book the fitter before 18/12.\nItem 2: Boot dryers. Deferred, to be revisited at the January meeting.\nItem 3: AOB — staff party at the Borda, date TBC.\n\nMeeting closed 4:40pm.";
    let r = read_ski(text);
    let second = r.also.first().expect("the deferral is read");
    assert_eq!(second.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(second.rationale, None, "{r:?}");
    let text = "Notes — staff meeting, Sunday 29 Nov\nPresent: Montse, Jordi, Núria, Pau\n1. Coffee machine: approved €3,100, Núria to get the Andorra quote.\n2. Boot dryers: not now.\n3. Staff jackets for Christmas: yes.\nClosing prayer by Father Pere.";
    let r = read_ski(text);
    let last = r.also.last().expect("the jackets are read");
    assert_eq!(last.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(last.rationale, None, "{r:?}");
    // Near: a reason told in an item's own line stays.
    let text = "Minutes – Staff Meeting, Thursday 3rd December 2026\nItem 1: Edge grinder. Approved at €6,800. The old one burns the edges.\nItem 2: Boot dryers. Deferred, to be revisited at the January meeting.\n\nMeeting closed 4:40pm.";
    let r = read_ski(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("The old one burns the edges"),
        "{r:?}"
    );
}

/// A refusal's reason that says the price could not be earned back ("can't make back the
/// €35k", "we'd never recoup €35k") judges the price (convention 8), so the sentence is the
/// reason with its money.
#[test]
fn a_price_not_earned_back_is_the_refusals_reason() {
    for (text, why) in [
        (
            "Boot dryer upgrade — no. Rental prices down this winter, can't make back the €35k.",
            "Rental prices down this winter, can't make back the €35k",
        ),
        (
            "Boot dryer upgrade — no. Rental prices are down this winter, we'd never recoup €35k.",
            "Rental prices are down this winter, we'd never recoup €35k",
        ),
    ] {
        let r = read_ski(text);
        assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
    // Near: money paid back to us is no judgement of the price, and the sentence stays out.
    let text = "Boot dryer upgrade — no. The supplier will pay back the €35k deposit.";
    let r = read_ski(text);
    assert_eq!(r.rationale, None, "{r:?}");
}
