//! Round L39: the records after a message's first — a second decision told with "also"
//! after its subject, a refusal told as "not going for the …", and an item of minutes
//! answered "dead" — each worded here for another invented organisation (a small chain of
//! bicycle shops), and each set against words where the same shape holds no record.

use super::test_names::{directory, read_day_first_in, records};
use super::*;
use crate::domain::Verdict;

/// A chain of bicycle shops posting in its Slack: the shops, the workshop, the office.
fn bike_dir() -> StaticDirectory {
    directory(
        &[
            ("Shops", &["Retail"]),
            ("Workshop", &["Repairs"]),
            ("Office", &["Finance", "IT"]),
        ],
        &[
            ("Booking System", "Office"),
            ("Wheel Truing Stand", "Workshop"),
            ("Heating", "Shops"),
            ("Cargo Bike Fleet", "Shops"),
        ],
    )
}

fn read_bikes(text: &str) -> Reading {
    read_day_first_in(text, "nell", "GBP", &bike_dir())
}

/// The verdicts of every record read, in order.
fn verdicts_of(r: &Reading) -> Vec<Option<Verdict>> {
    records(r).iter().map(|r| r.verdict).collect()
}

/// "He's also signed off air con for Tynemouth, £7,500": after a sentence with its own
/// decision, a sentence whose subject says "also" before its verdict tells another
/// decision, though the thing is named without "the"; "also" said of the same thing adds to
/// it.
#[test]
fn also_after_the_subject_tells_another_decision() {
    let text = "Couple of things from Jo. She's stopping the booking system trial – half the shops lose signal at the counter. She's also signed off heating for Kendal, £7,500, seeing as the second quote came in lower.";
    let r = read_bikes(text);
    assert_eq!(
        verdicts_of(&r),
        [Some(Verdict::Stop), Some(Verdict::Approve)],
        "{text}: {r:?}"
    );
    assert_eq!(r.also[0].investment.as_deref(), Some("Heating"), "{r:?}");
    let text = "Jo approved the booking system at £12k. She's also asked for the training dates by Friday.";
    let r = read_bikes(text);
    assert_eq!(verdicts_of(&r), [Some(Verdict::Approve)], "{text}: {r:?}");
}

/// "He's not going for the drive-through hatch in New Ross though – €60k to …": after a
/// decision, a sentence refusing "the …" the record before never named is another decision;
/// "not going for" a run said of the same thing refuses nothing new.
#[test]
fn not_going_for_a_thing_of_its_own_refuses_it() {
    let text = "Jo rang after the partners' meeting. She's grand with the cargo bike fleet for the two city shops at £28k, seeing as the vans keep getting tickets. She's not going for the coffee bar in Keswick though – £60k to fit out a counter for a handful of riders a day.";
    let r = read_bikes(text);
    assert_eq!(
        verdicts_of(&r),
        [Some(Verdict::Approve), Some(Verdict::Reject)],
        "{text}: {r:?}"
    );
    assert_eq!(r.also[0].investment.as_deref(), Some("coffee bar"), "{r:?}");
    let text = "We're not going for the cheapest quote on the wheel truing stand, the service matters more.";
    let r = read_bikes(text);
    assert_ne!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
}

/// "I'll set up a call next week about what else we could do there": after a decision, the
/// writer's own talk about what comes next is no task of the decision's, so no due; a call
/// booked for a time with nothing decided is still the note's task.
#[test]
fn a_talk_about_what_comes_next_is_no_due_of_the_decision() {
    let text = "Jo rang after the partners' meeting. She's grand with the cargo bike fleet at £28k. She's not going for the coffee bar in Keswick though – £60k for a counter. I'll set up a call next week about what else we could do there.";
    let r = read_bikes(text);
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(r.also[0].due, None, "{text}: {r:?}");
    assert_eq!(r.due, None, "{text}: {r:?}");
    let text = "Heating quotes still coming in. I'll set up a call with the installer next Tuesday about the Kendal shop.";
    let r = read_bikes(text);
    assert!(r.due.is_some(), "{text}: {r:?}");
}

/// "- palletiser: dead, see above": an item of minutes answered "dead" after its label's
/// colon, alone in its clause, is stopped; a machine said to be dead in a sentence is news
/// of a breakdown, no verdict.
#[test]
fn an_item_answered_dead_after_its_label_is_stopped() {
    let text = "Workshop mtg 30/11:\n- truing stand: install week of 18/1, Sam to confirm by 11/12\n- cargo bike fleet: dead, see above\n- shop heating approved £3,800";
    let r = read_bikes(text);
    assert_eq!(
        verdicts_of(&r),
        [None, Some(Verdict::Stop), Some(Verdict::Approve)],
        "{text}: {r:?}"
    );
    assert_eq!(
        r.also[0].investment.as_deref(),
        Some("Cargo Bike Fleet"),
        "{r:?}"
    );
    let text = "The heating in the Kendal shop is dead again, Sam's calling the engineer.";
    let r = read_bikes(text);
    assert_ne!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
}

/// "2. Keyless entry for Manly rooms - not this year": an item answered "not this year"
/// after its label's dash, closing its line with no time to look again, is refused (as "we
/// ain't buying, not this year" is); with one ("…, look again in April") it is put off.
#[test]
fn an_item_answered_not_this_year_alone_is_refused() {
    let text = "Two quick ones from the GM:\n1. Cargo bike fleet for the 2 new shops - yes, £14k\n2. Heating for the Kendal shop - not this year";
    let r = read_bikes(text);
    assert_eq!(
        verdicts_of(&r),
        [Some(Verdict::Approve), Some(Verdict::Reject)],
        "{text}: {r:?}"
    );
    let text = "Two quick ones from the GM:\n1. Cargo bike fleet for the 2 new shops - yes, £14k\n2. Heating for the Kendal shop - not this year, look again in April";
    let r = read_bikes(text);
    assert_eq!(
        verdicts_of(&r),
        [Some(Verdict::Approve), Some(Verdict::Defer)],
        "{text}: {r:?}"
    );
}

/// "… $14k. And the arcade cards at Humble are already showing up in the numbers: prize
/// redemption costs are down by a third, about $3k a month.": a later record opening on
/// "And" is read as its words say without it, as the same sentence alone is.
#[test]
fn a_later_record_opening_on_and_is_read_without_it() {
    let text = "Jo approved the heating for Kendal, £14k. And the cargo bike fleet is already showing up in the numbers: van hire costs are down by a third, about £3k a month.";
    let r = read_bikes(text);
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(r.also[0].intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(
        r.also[0].investment.as_deref(),
        Some("Cargo Bike Fleet"),
        "{r:?}"
    );
    assert_eq!(
        r.also[0].amount.map(|m| m.minor),
        Some(3_600_000),
        "{text}: {r:?}"
    );
}

/// "Mgmt meeting 1/12: 1) … approved … 2) cold room … approved, KSh 1.4M 3) AOB: Kiprop's
/// send-off on Friday 🎉": the item of any other business that decides, prices and hands
/// out nothing is no part of the record before it, so its day is not that record's date.
#[test]
fn any_other_business_is_no_part_of_the_last_record() {
    let text = "Mgmt meeting 25/11: 1) booking system add-on approved, £380 2) heating for Kendal approved, £1,400 3) AOB: Sam's send-off on Friday 🎉";
    let r = read_bikes(text);
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(
        r.also[0].date,
        Some("2026-11-25".parse().unwrap()),
        "{text}: {r:?}"
    );
    let text = "Workshop mtg 25/11:\n- truing stand approved, £900\n- AOB: heating for Kendal approved, £1,400";
    let r = read_bikes(text);
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
}
