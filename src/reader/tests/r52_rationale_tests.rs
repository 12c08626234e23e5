//! Round R52: the rationale's misses on the training corpus sorted by cause (seventeenth
//! pass), each cause worded here for another invented organisation: a chocolate workshop in
//! Bruges (its kitchen, its shop and its back office).

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The chocolate workshop's units and investments.
fn chocolate_dir() -> StaticDirectory {
    directory(
        &[
            ("Kitchen", &["Atelier"]),
            ("Shop", &["Counter"]),
            ("Office", &["Back Office"]),
        ],
        &[
            ("Tempering Machine", "Kitchen"),
            ("Shop Refit", "Shop"),
            ("Web Shop", "Shop"),
            ("Delivery Van", "Office"),
            ("Payroll System", "Office"),
        ],
    )
}

fn read_chocolate(text: &str) -> Reading {
    read_day_first_in(text, "lotte", "EUR", &chocolate_dir())
}

/// Convention 64: "now (that) <what has changed>" joined to the verdict is the reason
/// without its "now", as a "since" cause is without its "since" (convention 31).
#[test]
fn a_now_cause_is_the_reason_without_its_now() {
    for (text, why) in [
        (
            "Good news from Pieter: the tempering machine goes ahead at €40k now the bank loan \
             has come through.",
            "the bank loan has come through",
        ),
        (
            "Good news from Pieter: he's ok with the delivery van at €31k now the bank loan \
             came through. Jonas is running it.",
            "the bank loan came through",
        ),
        (
            "Shop refit approved at €25k now that the landlord has signed the new lease.",
            "the landlord has signed the new lease",
        ),
        (
            "We carry on with the web shop, now that the export grant's in.",
            "the export grant's in",
        ),
    ] {
        let r = read_chocolate(text);
        assert!(r.verdict.is_some(), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// A stop told in a sentence of its own, then a sentence with the money already put in and
/// what came of it: that sentence is the case for stopping (convention 30), over a closing
/// remark that only says no again ("Not worth it.", "No more money into it.").
#[test]
fn a_stops_sunk_money_sentence_is_its_reason() {
    for (text, why) in [
        (
            "We're stopping the web shop. €9k already spent with the agency but the payment \
             page still fails on phones. Not worth it.",
            "€9k already spent with the agency but the payment page still fails on phones",
        ),
        (
            "Killing the delivery van lease. We're €14k into it since March and the drivers \
             still use their own cars.",
            "We're €14k into it since March and the drivers still use their own cars",
        ),
        (
            "Payroll system project stop. Already paid €18,000 to the software house, but it \
             still cannot do the Sunday rates. Pieter says no more money into it.",
            "Already paid €18,000 to the software house, but it still cannot do the Sunday \
             rates",
        ),
        (
            "We're done throwing money at the shop refit. €6,000 and a year in and the counters still \
             don't fit the new fridges. Pulling the plug Friday, the joiner can go back to \
             his kitchens.",
            "€6,000 and a year in and the counters still don't fit the new fridges",
        ),
    ] {
        let r = read_chocolate(text);
        assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// What is done instead, told in the sentence after a stop's sunk money ("Back to … til …",
/// "Going back to … til …", a bare "Back to the old way."), is no part of the reason
/// (convention 91, round R61; round R52 kept it when it said "til").
#[test]
fn what_is_done_instead_after_the_sunk_money_is_left_out() {
    for (text, why) in [
        (
            "Pulling the pin on the web shop. We've sunk about €21k into it with the agency \
             and it still can't take a gift card. Back to the phone orders til someone builds \
             something that works.",
            "We've sunk about €21k into it with the agency and it still can't take a gift \
             card",
        ),
        (
            "We pulling the plug on the payroll system. Spent €8k already with the Ghent \
             outfit and still it cannot do the Sunday rates. Going back to the bookkeeper til \
             we figure it out.",
            "Spent €8k already with the Ghent outfit and still it cannot do the Sunday rates",
        ),
        (
            "We're done with that rota app. Paid €2,400 for the setup and it still can't \
             handle the Sunday rates. Back to the spreadsheet for it.",
            "Paid €2,400 for the setup and it still can't handle the Sunday rates",
        ),
    ] {
        let r = read_chocolate(text);
        assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// A pasted chat: the decider's reason is in the decider's own turn (or the decider's next
/// line), never in the reply of someone else after it ("Noted sir", "no bother, ringing them
/// now").
#[test]
fn a_chats_reason_is_in_the_deciders_turn() {
    for (text, why) in [
        (
            "[02/12/2026, 07:41] Jonas Kitchen: Boss the tempering machine has seized again, \
             3rd time this month. 40 kilos of couverture wasted\n[02/12/2026, 08:02] Mr. \
             Peeters: Replace it. Up to EUR 30,000. We cannot lose a batch in the Christmas \
             week\n[02/12/2026, 08:03] Jonas Kitchen: Noted sir 🙏",
            "We cannot lose a batch in the Christmas week",
        ),
        (
            "Jonas Maes  6:52 AM\nthe conche motor has went again, that's twice since the \
             Easter run\nLotte Peeters  7:05 AM\nget the tempering machine in, up to €30k. we \
             can't be pouring out a full kettle of chocolate every week\nJonas Maes  7:06 AM\nno \
             bother, ringing them now",
            "we can't be pouring out a full kettle of chocolate every week",
        ),
        (
            "Pasting Pieter's texts from last night:\nPieter Claes (8:14 PM): go ahead on the \
             delivery van. up to 31k\nPieter Claes (8:15 PM): we can't run the Antwerp \
             deliveries another winter in that old Berlingo\nLotte (8:20 PM): 👍 will tell Jonas",
            "we can't run the Antwerp deliveries another winter in that old Berlingo",
        ),
    ] {
        let r = read_chocolate(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// A pasted chat whose decider gives no reason: the problem the thread opened on is it.
#[test]
fn a_chats_opening_problem_is_the_reason_when_the_decider_gives_none() {
    for (text, why) in [
        (
            "Marie: the web shop checkout keeps crashing on phones, we lost three orders this \
             weekend\nJonas: what would a fix cost?\nMarie: new checkout plugin, about €4k all \
             in\nPieter: do it. Before the Easter rush if you can",
            "the web shop checkout keeps crashing on phones, we lost three orders this weekend",
        ),
        (
            "[9:12 AM] Jonas: the delivery van keeps breaking down on the Antwerp run, we \
             missed two drops this week\n[9:14 AM] Marie: how much for a new one?\n[9:15 AM] \
             Jonas: about €31,000 from the Ghent dealer\n[9:20 AM] Pieter: ok go ahead 👍",
            "the delivery van keeps breaking down on the Antwerp run, we missed two drops this \
             week",
        ),
    ] {
        let r = read_chocolate(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// A hold's "until <event>" reason, then ", so <a time>" or ", maybe <a time> we look
/// again": the time is the guess of when it comes back (the review date), not the reason.
#[test]
fn a_holds_guess_of_when_after_until_is_no_part_of_its_reason() {
    for (text, why) in [
        (
            "Marie came back on the payroll system — she want to hold until after the \
             year-end count, so around March.",
            "until after the year-end count",
        ),
        (
            "Web shop redesign — Pieter suggest wait until the new tempering machine running \
             stable, maybe May next year we check again.",
            "until the new tempering machine running stable",
        ),
        (
            "Jonas has asked that we hold the delivery van till the lease offer's in, so early \
             Feb.",
            "till the lease offer's in",
        ),
    ] {
        let r = read_chocolate(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// A continue's count of things in a time ("12k new members in Nov") is its result, the
/// reason, not a count of what the money buys ("12 treadmills across the two gyms").
#[test]
fn a_continues_count_in_a_time_is_its_reason() {
    for (text, why) in [
        (
            "web shop keep going, 4k new customers in Nov 👍",
            "4k new customers in Nov",
        ),
        (
            "keeping the web shop going, 340 orders in november and half of them bought a \
             gift box",
            "340 orders in november and half of them bought a gift box",
        ),
    ] {
        let r = read_chocolate(text);
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
    // More of them in a time is what is bought next; the sentence after says why.
    let text = "delivery van - sticking with it, 2 more vans in Q1. Old ones are spending more \
                time in the garage than on the road.";
    let r = read_chocolate(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("Old ones are spending more time in the garage than on the road"),
        "{text}: {r:?}"
    );
}

/// A continue's result, then its count in a time after a comma: both are the result.
#[test]
fn a_continues_result_keeps_its_count_after_it() {
    let text = "keepin the web shop goin thru xmas, gift boxes r flyin out, 212 orders last wk";
    let r = read_chocolate(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("gift boxes r flyin out, 212 orders last wk"),
        "{text}: {r:?}"
    );
}

/// "we're not even live in half the shops yet": a state told with its own subject, not when
/// a part goes live ("first site live early March").
#[test]
fn not_live_yet_with_its_subject_is_a_reason() {
    let text = "Pieter knocked back the extra web shop loyalty module, €9k – we're not even live \
                in half the shops yet";
    let r = read_chocolate(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("we're not even live in half the shops yet"),
        "{text}: {r:?}"
    );
}
