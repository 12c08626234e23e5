//! Round V66: intents, dates and people missed on the training corpus, by cause, each cause
//! worded here for another invented organisation: a cider press in Cornwall, with its press
//! house, its bottling hall and its office.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The cider press's units and investments.
fn cider_dir() -> StaticDirectory {
    directory(
        &[
            ("Press House", &["Pressing"]),
            ("Bottling", &["Bottling Hall"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Belt Press", "Press House"),
            ("Cold Store", "Bottling"),
            ("Labelling Robot", "Bottling"),
            ("Stock System", "Office"),
        ],
    )
}

fn read_cider(text: &str) -> Reading {
    read_day_first_in(text, "tamsin", "GBP", &cider_dir())
}

/// "Since we put in the Starlink backup at the office, dispatch hasn't lost connection
/// once", "first month with the drum press: 46 drums sunk vs 19": what a registered thing
/// has done since it went in, told with no money, is news about it (a note).
#[test]
fn what_a_thing_has_done_since_it_went_in_is_a_note() {
    for (text, investment) in [
        (
            "Since we put in the cold store, we haven't thrown out a single pallet of juice.",
            "Cold Store",
        ),
        (
            "Since the labelling robot was installed nobody has worked a Saturday.",
            "Labelling Robot",
        ),
        (
            "first month with the belt press: 300 tonnes pressed vs 180 last October. lads happy",
            "Belt Press",
        ),
        (
            "since we moved to the new stock system the month end takes a day",
            "Stock System",
        ),
    ] {
        let r = read_cider(text);
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(r.investment.as_deref(), Some(investment), "{text}: {r:?}");
    }
    // Near: "since" as a reason or a time names no work put in, and stays chat.
    for text in [
        "Since we got back from the show nobody has called.",
        "since we have no cash left, the apples wait",
    ] {
        let r = read_cider(text);
        assert_eq!(r.intent, Intent::None, "{text}: {r:?}");
    }
}

/// "Call center update: since we added the callback queue in October, abandoned calls went
/// from 22% to 9%", "FYI since we put the MoMo integration in September …": a "since" clause
/// opening its sentence after a heading's colon or a lead-in word is the result's evidence,
/// as one opening the message is; its month is no date of the record (convention 37's events).
#[test]
fn a_month_in_a_since_clause_after_a_heading_is_no_date() {
    for text in [
        "Bottling update: since we added the cold store in October, no juice thrown out at all.",
        "FYI since we put in the labelling robot in September the hall runs one shift not two",
    ] {
        let r = read_cider(text);
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(r.date, None, "{text}: {r:?}");
    }
    // Near: a benefit counted "since October" after its result keeps the month (convention 37).
    let text = "Bottling update: the cold store has saved us £3,000 since October.";
    let r = read_cider(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(
        r.date,
        NaiveDate::from_ymd_opt(2026, 10, 1),
        "{text}: {r:?}"
    );
}

/// "DG decision: the laptop refresh … is approved", "Central mix drum rebuild approved at
/// $155,000 by Auntie Bea", "MD has now approved Wave …": who decided, named in a heading of
/// their decision, after the price between the verdict and "by", or before "has now".
#[test]
fn who_decided_past_a_heading_a_price_or_a_now() {
    for (text, who) in [
        ("DG decision: the cold store is approved, £48,000.", "DG"),
        (
            "Board decision: the labelling robot is approved at £22,000.",
            "Board",
        ),
        (
            "Belt press approved at £61,500 by Auntie Morwenna.",
            "Auntie Morwenna",
        ),
        (
            "The MD has now approved the stock system, £9,800.",
            "The MD",
        ),
    ] {
        let r = read_cider(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
    // Near: a heading naming no one who decides, and a time after the price, name no one.
    for text in [
        "Big decision: the cold store is approved, £48,000.",
        "Belt press approved at £61,500 by the end of the week.",
    ] {
        let r = read_cider(text);
        assert_eq!(r.decided_by, None, "{text}: {r:?}");
    }
}

/// "For info – the blast freezer went in Thursday, it's brilliant, doing 400 packs an hour
/// …": a registered thing that "went in" on a day is news about it, dated that day.
#[test]
fn a_thing_that_went_in_on_a_day_is_a_note_of_that_day() {
    let text =
        "For info – the cold store went in Tuesday, it's brilliant, 40 pallets a day against 25.";
    let r = read_cider(text);
    assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("Cold Store"), "{text}: {r:?}");
    assert_eq!(
        r.date,
        NaiveDate::from_ymd_opt(2026, 11, 24),
        "{text}: {r:?}"
    );
}
