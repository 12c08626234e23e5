//! Round R59: the rationale's misses on the training corpus sorted by cause (twenty-fourth
//! pass), each cause worded here for another invented organisation: a Breton oyster farm
//! with a tasting bar on the quay at Cancale (its parcs, its bar, its office).

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The oyster farm's units and investments.
fn parcs_dir() -> StaticDirectory {
    directory(
        &[
            ("Parcs", &["Oyster Beds"]),
            ("Bar", &["Tasting Bar"]),
            ("Office", &["Farm Office"]),
        ],
        &[
            ("Barge Engine", "Parcs"),
            ("Grading Machine", "Parcs"),
            ("Bar Terrace", "Bar"),
            ("Accounts Package", "Office"),
        ],
    )
}

fn read_parcs(text: &str) -> Reading {
    read_day_first_in(text, "maela", "EUR", &parcs_dir())
}

/// Convention 85: a hold till an audit or a cash-flow is an event waited for — convention
/// 51's reason, its month kept; a budget named only by its time (convention 55), a meeting
/// said only as the time to look again, and a year's end alone are times.
#[test]
fn a_hold_till_an_audit_or_a_cashflow_is_its_reason() {
    for (text, why) in [
        (
            "Yann wants to hold the grading machine until the January cashflow, we'll take it again on 20/01/2027.",
            "until the January cashflow",
        ),
        (
            "Accounts package: Maela says we will do it after the audit. May.",
            "after the audit",
        ),
        ("Barge engine – parked until the March audit", "until the March audit"),
    ] {
        let r = read_parcs(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
    // Near: a budget by its month (convention 55), a meeting said as the time to look
    // again, and the year's end alone, are times.
    for text in [
        "Barge engine – parked until the April budget",
        "Grading machine: parking it, revisit after the Feb board",
        "Accounts package: Maela says we will do it after the year end. May.",
    ] {
        let r = read_parcs(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
}

/// Convention 51 beside a look-again time: the event the hold waits for is its reason, told
/// before or after the time — "once phase 1 results are in" with no "the", "till the booking
/// app's done" after "we've said wait", "when we know the new price" after "waiting to next
/// year".
#[test]
fn an_event_waited_for_beside_a_look_again_time_is_the_reason() {
    for (text, why) in [
        (
            "Grading machine phase 2 — we'll look at it again in July 2027 once phase 1 results are in.",
            "once phase 1 results are in",
        ),
        (
            "The bar wants card readers on the terrace — we've said wait till the booking app's done, look again in May.",
            "till the booking app's done",
        ),
    ] {
        let r = read_parcs(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
    // "…, when we know …" after the hold.
    let text = "Barge engine refit is parked till next year, when we know the new price from the boatyard.";
    let r = read_parcs(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("when we know the new price from the boatyard"),
        "{text}: {r:?}"
    );
    // Near: a time alone after the look-again is no reason.
    let r = read_parcs("Grading machine phase 2 — we'll look at it again in July 2027.");
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(r.rationale, None, "{r:?}");
}

/// After an approval, "Then we can …" in the next sentence says what the thing lets us do:
/// its reason, without the "Then".
#[test]
fn then_we_can_after_an_approval_is_the_reason() {
    let r = read_parcs(
        "Good news, the grading machine got approval from Yann. €26k. Then we can grade the oysters to the sizes the Paris buyers want.",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("we can grade the oysters to the sizes the Paris buyers want"),
        "{r:?}"
    );
    // Near: "then" of what happens next, no "we can".
    let r = read_parcs("The grading machine got approval from Yann, €26k. Then Loïc orders it.");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(r.rationale, None, "{r:?}");
}

/// Who does the work next and by when, said after the verdict — "Loïc's crew will build it by
/// 20/12", "Yann finish it next week", "the grader ships in January" — is the plan, no
/// reason (as convention 79's next step).
#[test]
fn the_next_step_with_its_day_is_no_reason() {
    for text in [
        "The board decided on Sunday: bar terrace approved, €23,000. Loïc's crew will build it by 20/12.",
        "Barge engine: we keep going with the refit, Yann finish it next week",
        "Kindly note that the grading machine will proceed as planned. Contractor mobilises on 11 January 2027.",
    ] {
        let r = read_parcs(text);
        assert!(r.verdict.is_some(), "{text}: {r:?}");
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
    // Near: a duty by a day is a reason.
    let r =
        read_parcs("Barge engine approved, €18k — the port says we have to replace it by March.");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert!(r.rationale.is_some(), "{r:?}");
}

/// A reason run on into its verdict after ", so" — "…, so Yann approve the upgrade after all",
/// "…, so we are buying it" — is the clause before it.
#[test]
fn the_verdict_after_so_is_no_part_of_its_reason() {
    for (text, why) in [
        (
            "Accounts package: Maela say the 2019 version stop getting updates, so Yann approve the upgrade after all, €2,900 for the year.",
            "Maela say the 2019 version stop getting updates",
        ),
        (
            "Quick update: the barge engine is no longer on hold — the bank found the money after the December sales came early, so we are buying it, €54 000.",
            "the bank found the money after the December sales came early",
        ),
    ] {
        let r = read_parcs(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
    // Near: ", so" and what follows from it, no verdict, stays.
    let r = read_parcs(
        "Grading machine approved, €26k — the 2019 grader stop getting parts, so we are buying them second hand from Brest.",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the 2019 grader stop getting parts, so we are buying them second hand from Brest"),
        "{r:?}"
    );
}

/// A stop, what went wrong in the next sentence, then the money sunk: what went wrong is the
/// reason (the money is what is lost).
#[test]
fn what_went_wrong_before_the_money_sunk_is_the_stops_reason() {
    for (text, why) in [
        (
            "Bar terrace — we're stopping it. The builder hit rock at half a metre and the price went through the roof. €12,400 spent on the survey and the first trench, that's gone.",
            "The builder hit rock at half a metre and the price went through the roof",
        ),
        (
            "Accounts package: we stop the trial with Sage. Too complicated for the bar staff. Subscription already paid for 3 months €250 – cannot get it back",
            "Too complicated for the bar staff",
        ),
    ] {
        let r = read_parcs(text);
        assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
    // Near: the money sunk told right after the stop stays its reason (convention 30).
    let r = read_parcs(
        "Bar terrace — we're stopping it. €12,400 spent on the survey already but the builder hit rock at half a metre.",
    );
    assert_eq!(r.verdict, Some(Verdict::Stop), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("€12,400 spent on the survey already but the builder hit rock at half a metre"),
        "{r:?}"
    );
}

/// A reason set off by a dash right after the verdict and its thing, when no other reason was
/// found, is the reason.
#[test]
fn a_reason_set_off_by_a_dash_after_the_verdict_is_the_reason() {
    let text = "Yann said go ahead on the bar terrace — the old decking leaks on the tills every \
                time it rains — figure €95k, Loïc getting bids by end of January.";
    let r = read_parcs(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the old decking leaks on the tills every time it rains"),
        "{text}: {r:?}"
    );
    // Near: what comes next after the dash is the plan, no reason.
    let r = read_parcs(
        "Yann said go ahead on the bar terrace — €95k, Loïc to get bids by end of January.",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(r.rationale, None, "{r:?}");
}
