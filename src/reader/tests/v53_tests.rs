//! Verdicts, intents and numbers missed on strangers' wording (round V53), each worded
//! for an invented Yorkshire rhubarb farm, and set against the same words recording
//! something else.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;
use crate::domain::Verdict;

/// A rhubarb farm: the forcing sheds, the packing shed, the farm shop, the office.
fn farm_dir() -> StaticDirectory {
    directory(
        &[
            ("Forcing Sheds", &["Sheds"]),
            ("Packing", &["Packing Shed"]),
            ("Farm Shop", &["Shop"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Crop Tracking App", "Forcing Sheds"),
            ("Forcing Shed Heating", "Forcing Sheds"),
            ("Packing Line", "Packing"),
            ("Shop Tills", "Farm Shop"),
            ("Payroll System", "Office"),
            ("Laptop Refresh", "Office"),
        ],
    )
}

fn read_farm(text: &str) -> Reading {
    read_day_first_in(text, "martha", "GBP", &farm_dir())
}

/// Convention 69: "X is still on track" is news that the work runs to plan, a note; a
/// continue needs a keep-going word, or "stays on track" closing its clause.
#[test]
fn still_on_track_is_news_and_stays_on_track_keeps_it_going() {
    for text in [
        "Payroll system still on track, Ruth says parallel run this month then live in January.",
        "The packing line is about 70% in, still on track for the 15th.",
    ] {
        let r = read_farm(text);
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(r.verdict, None, "{text}: {r:?}");
    }
    for text in [
        "Payroll system stays on track, Ruth says the first two runs balanced.",
        "Packing line: keep going, the fitters are finally on track.",
    ] {
        let r = read_farm(text);
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    }
}

/// An ask said as a wish to look at a new thing, or as someone being "after" it, with its
/// price still to come ("No price on it yet", "waiting on the supplier for a price"), puts
/// the thing forward: a proposal with its amount missing (convention 18).
#[test]
fn an_ask_to_look_at_a_thing_with_its_price_to_come_is_a_proposal() {
    for text in [
        "Megan wants to look at a crop tracking app so the pullers can log crates on a tablet. No price on it yet, she's ringing round.",
        "owen's after 4G tills for the farm shop so we can take cards at the gate. waiting on the supplier for a price",
    ] {
        let r = read_farm(text);
        assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
        assert_eq!(r.verdict, None, "{text}: {r:?}");
    }
    for text in [
        "Megan wants to look at the crop tracking app figures on Monday before the meeting.",
        "owen's after the supplier about the shop tills, they still haven't fixed the card reader",
    ] {
        let r = read_farm(text);
        assert_ne!(r.intent, Intent::Investment, "{text}: {r:?}");
    }
}
