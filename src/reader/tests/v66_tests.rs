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
