//! Verdicts and intents missed on strangers' wording (round V45), each worded for an
//! invented Welsh chain of bakeries, and set against the same words recording nothing.

use super::test_names::{directory, read_us, whole};
use super::*;
use crate::domain::Verdict;

/// A Welsh chain of bakeries: the shops, the vans, the office.
fn bakery_dir() -> StaticDirectory {
    directory(
        &[
            ("Shops", &["Retail"]),
            ("Vans", &["Delivery"]),
            ("Office", &["Finance"]),
        ],
        &[
            ("Bread Oven Replacement", "Shops"),
            ("Delivery Vans", "Vans"),
            ("Payroll System", "Office"),
            ("Till System", "Shops"),
            ("Solar Panels", "Shops"),
            ("Loyalty App", "Shops"),
        ],
    )
}

fn read_bakery(text: &str) -> Reading {
    read_us(text, "bryn", "2026-12-04", &bakery_dir())
}

/// "Heat recovery didn't get through: Priti wants a full year of meter readings first", "The
/// bottling line didn't make the cut this year: Denise wants one full season's numbers …": a
/// thing that did not get through its meeting is not approved; with something waited for
/// after it, it waits (a no "for now", convention 43), with nothing it is a refusal. A
/// signal that can't get through the concrete decides nothing.
#[test]
fn not_getting_through_is_a_no() {
    for text in [
        "The solar panels didn't get through: Gwen wants a full year of meter readings before we spend on it.",
        "The loyalty app didn't make the cut this year; Gwen wants to see the card numbers first.",
        "Loyalty app did not make it through the board, Gwen would like a season of card numbers first.",
    ] {
        let r = read_bakery(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    }
    for text in [
        "The solar panels didn't get through at the board, £40k was too much.",
        "The loyalty app didn't make the cut.",
    ] {
        let r = read_bakery(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    }
    for text in [
        "The card readers in the Cardiff shop can't get through the stone walls, we need a repeater.",
        "We didn't get through the loyalty app at the meeting, it's first on Monday's list.",
    ] {
        let r = read_bakery(text);
        assert!(!matches!(r.verdict, Some(Verdict::Reject | Verdict::Defer)), "{text}: {r:?}");
    }
}

/// "The biogas plant is performing well. … and we are spending ₦6.8m less on diesel every
/// month": a running cost we now pay less of, by a sum each period, is a benefit realised
/// (its money a year's, convention 38), though the word "benefit" is never said; spending
/// less that is only planned, or with no period, is none.
#[test]
fn spending_less_each_period_is_a_benefit() {
    for text in [
        "The solar panels are performing well. They now supply about half the shop power, and we are spending £1,200 less on electricity every month.",
        "Solar panels doing the job, we're paying £1,200 a month less for electricity now.",
    ] {
        let r = read_bakery(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_eq!(r.amount, whole(14_400, "GBP"), "{text}: {r:?}");
    }
    for text in [
        "If we put solar panels on the Swansea roof we'd be spending £1,200 less on electricity every month.",
        "We are spending £1,200 less on flour this week, the mill had a sale.",
    ] {
        let r = read_bakery(text);
        assert_ne!(r.intent, Intent::Benefit, "{text}: {r:?}");
    }
}

/// "what's happening with the new laptops? is it still feb or has that slipped", "whats the
/// story with the new laptops, are they coming before christmas or not": asking for news of
/// a thing records nothing (convention 9), though its words name the work and a slip; the
/// answer, told, is the note.
#[test]
fn asking_for_news_is_chat() {
    for text in [
        "what's happening with the delivery vans? is it still jan or has that slipped too",
        "whats the story with the new tills, are they coming before easter or not",
        "any update on the bread oven replacement? still stuck at the port?",
        "where are we with the loyalty app? have the devs slipped again",
    ] {
        let r = read_bakery(text);
        assert_eq!(r.intent, Intent::None, "{text}: {r:?}");
    }
    for text in [
        "what's happening with the delivery vans: they've slipped to March, the dealer's short of chassis.",
        "any update on the bread oven replacement? @dai pls chase the supplier by Friday",
    ] {
        let r = read_bakery(text);
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
    }
}

/// "He's changed his mind — it can go in over Christmas after all, £22k", "we're adding the
/// parties module after all — £4k on top": a thing that can go in, or that we are adding,
/// "after all" is a no turned round, an approval; "not adding it after all" is no approval,
/// and a thing that can go in with no "after all" is only when it fits.
#[test]
fn done_after_all_is_an_approval() {
    for text in [
        "Gwen came back to me on the loyalty app. She's changed her mind — it can go in over Easter after all, £8k, since the card firm offered to pay half.",
        "On the till system, we're adding the stock module after all — £4k on top, because Dai spends half of Monday counting.",
    ] {
        let r = read_bakery(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    }
    for text in [
        "We're not adding the stock module to the till system after all, the supplier wants £9k for it.",
        "The new bread oven can go in over Easter once the floor's done.",
    ] {
        let r = read_bakery(text);
        assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    }
}

/// "The store POS replacement is off the table — the current one works and $6k for nicer
/// screens isn't it", "No to the dialler upgrade. The current one is fine": a thing dropped
/// while the one it would replace still works was asked for, and is refused, not stopped;
/// work dropped with money sunk in it is stopped.
#[test]
fn dropped_while_the_current_one_works_is_refused() {
    for text in [
        "The till system replacement is off the table — the current one works and £6k for nicer screens isn't it.",
        "Binned the new delivery vans, the old ones still work fine and the lease has a year to run.",
    ] {
        let r = read_bakery(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    }
    for text in [
        "The loyalty app is off the table, we've sunk £20k in it and the current one works better.",
        "Binned the loyalty app, it's been running since May and nobody uses it.",
    ] {
        let r = read_bakery(text);
        assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    }
}

/// "[08:10] Gail Ashworth: right, sod it, buy a new one, don't fix it. up to £5k": told to
/// buy a new one with a ceiling on what it may cost is an approval of it; buying a new one
/// asked about, or said as what it would take, is none.
#[test]
fn told_to_buy_a_new_one_is_an_approval() {
    for text in [
        "[08:02] Dai Evans: Swansea proving cabinet's packed in again, third time this month\n[08:10] Gwen Price: right, sod it, buy a new one, don't fix it. up to £5k\n[08:11] Dai Evans: ta 👍",
        "ok just order a new proving cabinet for Swansea, up to £5k",
    ] {
        let r = read_bakery(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.amount, whole(5_000, "GBP"), "{text}: {r:?}");
    }
    for text in [
        "Should we buy a new proving cabinet? Quotes are up to £5k.",
        "Dai says we'd have to buy a new one, up to £5k, the Swansea cabinet is done.",
    ] {
        let r = read_bakery(text);
        assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    }
}

/// "> Could we just buy the PIs their own GPU workstations instead?\nNo :no_entry: — $9k a
/// seat for 40 labs is $360k, …": a thing we could buy, asked, then answered "No" with its
/// case is refused; "No" after a question asking for news, or "no idea", refuses nothing.
#[test]
fn a_could_we_answered_no_is_a_refusal() {
    for text in [
        "> Could we just buy the shops their own proving cabinets instead?\nNo :no_entry: — £3k a shop for 40 shops is £120k, and they'd sit idle most of the day.",
        "Should we get a second delivery van for Cardiff? Nope, £38k for a van that would sit in the yard four days a week.",
    ] {
        let r = read_bakery(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    }
    for text in [
        "Any update on the delivery vans? No, the dealer's still waiting on chassis.",
        "Could we move the till system go-live to March? No idea, I'll ask Dai.",
    ] {
        let r = read_bakery(text);
        assert_ne!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    }
}

/// "the AC in the jelly hallway is out again, it's a sauna in there, ticket's in", "aundh
/// centre AC is dripping on the first bench again, complaint raised": a breakdown again,
/// handed to maintenance with a ticket, is chat, not news of an investment; a tracked
/// system's fault raised with its vendor is still a note.
#[test]
fn a_breakdown_again_with_its_ticket_in_is_chat() {
    for text in [
        "the aircon in the swansea shop hallway is out again, it's an oven in there, ticket's in",
        "cardiff shop ac is dripping on the counter again, complaint raised",
    ] {
        let r = read_bakery(text);
        assert_eq!(r.intent, Intent::None, "{text}: {r:?}");
    }
    let text = "The loyalty app keeps logging the staff out every 15 minutes again. Raised a ticket with the vendor.";
    let r = read_bakery(text);
    assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
}
