//! Round V67: intents, verdicts, people and dates missed on the training corpus, by cause,
//! each cause worded here for another invented organisation: a slate quarry in Gwynedd, with
//! its pit, its splitting mill and its office.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The quarry's units and investments.
fn quarry_dir() -> StaticDirectory {
    directory(
        &[
            ("Quarry", &["Pit"]),
            ("Mill", &["Splitting Shed"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Rock Saw", "Mill"),
            ("Dust Extraction", "Mill"),
            ("Payroll System", "Office"),
            ("Site Laptops", "Office"),
            ("Haul Truck", "Quarry"),
        ],
    )
}

fn read_quarry(text: &str) -> Reading {
    read_day_first_in(text, "eleri", "GBP", &quarry_dir())
}

fn owner_of(r: &Reading) -> Option<&str> {
    r.action.as_ref().map(|a| a.owner.as_str())
}

/// "Approved — Musu and Ibrahim to set up by 31/01/2027", "…, Musa and Mrs Ceesay to present
/// the two options to him next week Tuesday": two people handed one task own it together,
/// both names as written (convention 99).
#[test]
fn two_people_handed_one_task_both_own_it() {
    for (text, who) in [
        (
            "Dust extraction: the old fans are shot. Approved — Gethin and Sioned to set up by 31/01/2027.",
            "Gethin and Sioned",
        ),
        (
            "The payroll system — Dafydd has not decided yet, Gethin and Mrs Pugh to present the two options to him next Tuesday",
            "Gethin and Mrs Pugh",
        ),
        (
            "Gethin & Sioned to visit the saw makers about the rock saw by 18 Dec.",
            "Gethin & Sioned",
        ),
    ] {
        let r = read_quarry(text);
        assert_eq!(owner_of(&r), Some(who), "{text}: {r:?}");
    }
    // Near: a verdict or a thing before "and" is no first name.
    for (text, who) in [
        (
            "Rock saw approved and Sioned to order it by Friday.",
            "Sioned",
        ),
        (
            "Approved and Sioned to order the rock saw by Friday.",
            "Sioned",
        ),
    ] {
        let r = read_quarry(text);
        assert_eq!(owner_of(&r), Some(who), "{text}: {r:?}");
    }
}

/// "MD still says no, we will train the peeling women more", "wastewater upgrade is a no
/// from Sal for now", "The old man's approved the new kiln burner": who decided, however
/// the verdict names them.
#[test]
fn who_decided_however_the_verdict_names_them() {
    for (text, verdict, who) in [
        (
            "Rock saw again — Gethin says the blades are wearing fast. MD still says no, we will sharpen them more",
            Verdict::Reject,
            "MD",
        ),
        (
            "dust extraction is a no from Dafydd for now. wants to see the HSE report before we spend 90k on it. back on the table after 1/2",
            Verdict::Defer,
            "Dafydd",
        ),
        (
            "The old man's approved the new rock saw — £158,000, diamond wire. Sioned worked out 3 yr payback.",
            Verdict::Approve,
            "The old man",
        ),
    ] {
        let r = read_quarry(text);
        assert_eq!(r.verdict, Some(verdict), "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
}

/// "says no" closing its clause refuses; "says no" before what is said does not.
#[test]
fn says_no_closing_its_clause_refuses() {
    let text = "Haul truck again. MD still says no, we will patch the old one.";
    let r = read_quarry(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    // Near: the no of something else.
    for text in [
        "The haul truck report says no savings are likely this year.",
        "Who says no to a new haul truck?",
    ] {
        let r = read_quarry(text);
        assert_ne!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    }
}

/// "Approved: weather stations x3, $14,200, Kev.", "fork truck for receiving approved —
/// $29,500, Rui", "… Mick, it's all yours.": the name closing an approval after its price,
/// or told it is theirs, owns its work.
#[test]
fn the_name_closing_an_approval_owns_its_work() {
    for (text, who) in [
        ("Approved: site laptops x3, £2,700, Gethin.", "Gethin"),
        ("haul truck for the pit approved — £29,500, Sioned", "Sioned"),
        ("Approved: second-hand rock saw for the mill. £72k. Dafydd.", "Dafydd"),
        (
            "The boss approved the dust extraction — £58,000, cyclone type. Gethin, it's all yours.",
            "Gethin",
        ),
    ] {
        let r = read_quarry(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(owner_of(&r), Some(who), "{text}: {r:?}");
    }
    // Near: a place or a month closing the message, and a refusal, name no owner.
    for text in [
        "Approved: site laptops x3, £2,700, December.",
        "Rejected: haul truck, £29,500, Sioned",
    ] {
        let r = read_quarry(text);
        assert_eq!(owner_of(&r), None, "{text}: {r:?}");
    }
}

/// "Estimating software: approved by Ray 11/30, $48k/yr subscription, Shawn owns the
/// rollout.": after a verdict, the one who owns the decided thing's rollout owns its work.
#[test]
fn who_owns_the_rollout_after_a_verdict_owns_its_work() {
    let text = "Payroll system: approved by Dafydd 30/11, £4.8k/yr subscription, Sioned owns the rollout. We were losing a day a month on wages.";
    let r = read_quarry(text);
    assert_eq!(owner_of(&r), Some("Sioned"), "{text}: {r:?}");
    // Near: with no verdict, owning the rollout with no day is no task handed out.
    let text = "Sioned owns the rollout of anything new in the office.";
    let r = read_quarry(text);
    assert_eq!(owner_of(&r), None, "{text}: {r:?}");
}

/// "Wade turned down the walk-in cooler expansion for shipping. Said we'll look at it again
/// next summer": a no whose sayer's "said" (its subject dropped) opens the look-again is a
/// deferral, as "We'll look at it again …" is.
#[test]
fn a_look_again_said_with_its_subject_dropped_defers() {
    let text = "Dafydd turned down the rock saw for the mill. Said we'll look at it again in June";
    let r = read_quarry(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(r.rationale, None, "{text}: {r:?}");
    // Near: what was said that is no look-again stays the refusal's reason.
    let text =
        "Dafydd turned down the rock saw for the mill. Said the old one has years left in it";
    let r = read_quarry(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
}
