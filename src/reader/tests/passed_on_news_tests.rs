//! The lead's round 68: a verdict someone asked us to pass on ("JP asked me to share: rider
//! helmets approved by the DG") is said, not wished for; the ask before the colon or "that"
//! hedges nothing. Worded for an invented bakery in Cardiff.

use super::test_names::{directory, read_day_first_in};
use super::*;

fn bakery_dir() -> StaticDirectory {
    directory(
        &[("Bakehouse", &["Bakery"]), ("Shops", &["Retail"])],
        &[
            ("Bottling Line", "Bakehouse"),
            ("Deck Oven", "Bakehouse"),
            ("Delivery Van", "Shops"),
            ("Till System", "Shops"),
        ],
    )
}

fn read_bakery(text: &str) -> Reading {
    read_day_first_in(text, "megan", "GBP", &bakery_dir())
}

#[test]
fn a_verdict_asked_to_be_passed_on_is_said() {
    for text in [
        "Ruth asked me to share: the deck oven is approved, £38,000.",
        "Ruth asked me to pass on that the new delivery van is approved, £21k.",
        "Dai wants me to let you all know: the till system is approved by the board, £6,500.",
        "Gwen asked us to pass along - the deck oven is approved, £38k.",
    ] {
        let r = read_bakery(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
    }
}

/// What someone asks to have approved, or asks about, is still no verdict.
#[test]
fn an_ask_for_a_verdict_or_about_one_stays_unsaid() {
    for text in [
        "Ruth asked me to get the deck oven approved, £38,000.",
        "Ruth asked me to check: is the deck oven approved?",
        "Ruth wants the delivery van approved before March, £21k.",
    ] {
        let r = read_bakery(text);
        assert_eq!(r.verdict, None, "{text}: {r:?}");
    }
}
