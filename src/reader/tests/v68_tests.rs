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
