//! Round V68: people, verdicts and intents missed on the training corpus, by cause, each
//! cause worded here for another invented organisation: a cider press in Herefordshire, with
//! its orchards, its press house and its shop.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The cider press's units and investments.
fn press_dir() -> StaticDirectory {
    directory(
        &[
            ("Orchards", &["Orchard"]),
            ("Press House", &["Pressing"]),
            ("Shop", &["Retail"]),
        ],
        &[
            ("Belt Press", "Press House"),
            ("Bottling Line", "Press House"),
            ("Tractor", "Orchards"),
            ("Till System", "Shop"),
            ("Delivery Van", "Shop"),
        ],
    )
}

fn read_press(text: &str) -> Reading {
    read_day_first_in(text, "megan", "GBP", &press_dir())
}

/// "FYI board said no to the mobile dental van", "btw boss said go on the …": a lower-case
/// body or head saying the verdict after a short opener decided it.
#[test]
fn a_lower_case_sayer_after_an_opener_decided() {
    for (text, verdict, who) in [
        (
            "FYI board said no to the new tractor (£48k). they want the money in the orchards instead",
            Verdict::Reject,
            "board",
        ),
        (
            "btw boss said yes to the delivery van, £21k",
            Verdict::Approve,
            "boss",
        ),
    ] {
        let r = read_press(text);
        assert_eq!(r.verdict, Some(verdict), "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
}

/// "approved by the Board by email last night": who approved, before how they said it.
#[test]
fn approved_by_a_body_by_some_means() {
    for text in [
        "Belt press – approved by the Board by email last night, £42k.",
        "Belt press approved by the Board via email, £42k.",
    ] {
        let r = read_press(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some("the Board"), "{text}: {r:?}");
    }
}

/// "We're NOT doing the second box truck. One is plenty for the Boston run per the board.":
/// a body that decides, "per" it closing the verdict's reason, decided it; a person's "per"
/// there is their word on the reason, not the verdict.
#[test]
fn per_a_body_closing_the_reason_decided() {
    let text = "We're not doing the second delivery van. One is plenty for the Ledbury run per the board. saves us £30,000";
    let r = read_press(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("the board"), "{text}: {r:?}");
    // Near: a person's word on the reason.
    let text = "We're keeping the old tractor going, it's got another season in it per Gethin.";
    let r = read_press(text);
    assert_eq!(r.decided_by, None, "{text}: {r:?}");
}

/// "tink says the dock scale app needs a $1,900 upgrade to talk to Dockside Pro. do it": a
/// bare "do it" closing the message after the priced ask answers it yes; "do it" inside a
/// sentence does not.
#[test]
fn a_bare_do_it_closing_a_priced_ask_approves() {
    let text = "gethin says the till system needs a £900 upgrade to talk to the card reader. do it";
    let r = read_press(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    for text in [
        "The old delivery van at £900 a year in repairs can still do it",
        "gethin says the till system needs a £900 upgrade. Let's not do it this year.",
    ] {
        let r = read_press(text);
        assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    }
}

/// "ok so de truck deal done - Chairman sign. $126,500 EC for de Hilux", "Di generator deal
/// done after all": the deal for the thing closed approves it.
#[test]
fn a_deal_done_approves() {
    for text in [
        "ok so de tractor deal done - Chairman sign. £26,500 for de Massey, we pick it up 16th",
        "The delivery van deal is done after all, £21k.",
    ] {
        let r = read_press(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
    }
}

/// "Staff van request not approved this year. Workers will continue with the pick and drop
/// allowance.": going on, said with "will", in a sentence after a refusal, is what is done
/// instead — the refusal stands.
#[test]
fn going_on_after_a_refusal_is_what_is_done_instead() {
    for text in [
        "Second delivery van request not approved this year. The shop will continue with the courier.",
        "The board said no to the second belt press (£40,000). We will continue to hire one from Ledbury when the crop is heavy.",
    ] {
        let r = read_press(text);
        assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    }
    // Near: going on said alone still goes on.
    let text = "We will continue with the till system rollout, £3k left to spend.";
    let r = read_press(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
}

/// "Sam – the laptops are approved, $18k for 9 of them. Get them set up before the
/// Christmas shutdown.", "Jared — the laptop refresh is approved, $28K. Get them imaged
/// before the holiday shutdown pls.": the one named and a dash opening the message owns
/// the work asked after the news.
#[test]
fn the_one_named_before_a_dash_owns_the_work_asked_after() {
    for (text, who) in [
        (
            "Gethin – the till system is approved, £8k for 3 of them. Get them set up before the Christmas rush.",
            "Gethin",
        ),
        (
            "Sioned — the delivery van is approved, £21K. Get it signwritten before the fair pls.",
            "Sioned",
        ),
    ] {
        let r = read_press(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.action.as_ref().map(|a| a.owner.as_str()), Some(who), "{text}: {r:?}");
    }
}

/// "Staff van request not approved this year.": a request named, then its answer, is no
/// hedge; "we request the van be approved" still asks.
#[test]
fn a_request_not_approved_refuses() {
    let text = "Delivery van request not approved this year, £21k.";
    let r = read_press(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    let text = "The shop will request that the delivery van be approved, £21k.";
    let r = read_press(text);
    assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// "QuickBooks: Yolanda seh di 2019 version stop getting updates, so Miss Hyacinth ok di
/// upgrade after all, $2,900 fi di year. Do it before January payroll.": a product's name
/// opening the message, a capital inside it, owns nothing.
#[test]
fn a_product_named_before_a_colon_owns_nothing() {
    let text = "TillPoint: Gethin says the old version stops getting updates, so the till system upgrade is approved, £2,900. Do it before the January sale.";
    let r = read_press(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_ne!(
        r.action.as_ref().map(|a| a.owner.as_str()),
        Some("TillPoint"),
        "{text}: {r:?}"
    );
}

/// "Board decision: de Holetown distributor deal off. Dem want too much fuh de goodwill.":
/// the deal called off refuses it, and the body whose decision heads the message decided.
#[test]
fn a_deal_off_under_a_body_s_decision_refuses() {
    let text =
        "Board decision: de Ledbury distributor deal off. Dem want too much fuh de goodwill.";
    let r = read_press(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("Board"), "{text}: {r:?}");
    // Near: a heading of decisions that names no body.
    let text = "Decision: delivery van deal off, too dear.";
    let r = read_press(text);
    assert_eq!(r.decided_by, None, "{text}: {r:?}");
}

/// "a great deal off the list price" (the lead, round 68): a price deal "off" something is
/// a discount, no deal called off; "deal off." closing its clause still refuses.
#[test]
fn a_deal_off_a_price_is_no_refusal() {
    let text = "Got a good deal off the list price on the belt press, £42k, approved by Megan.";
    let r = read_press(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    let text = "We got a great deal off the list price on the new tractor, £48k.";
    let r = read_press(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
    let text = "Tractor deal done after all, £48k.";
    let r = read_press(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// "Solar for Spanish Town get di green light from the board — JMD 14.6m": "from the board"
/// closing the verdict's clause names who gave it; "from the orchard" names no one.
#[test]
fn a_verdict_from_the_board() {
    let text = "Belt press get di green light from the board — £42k, work start 11th January.";
    let r = read_press(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("the board"), "{text}: {r:?}");
    let text = "Tractor approved, £48k, moved from the orchard — work start 11th January.";
    let r = read_press(text);
    assert_ne!(
        r.decided_by.as_deref(),
        Some("the orchard"),
        "{text}: {r:?}"
    );
}
