//! Round R68: the rationale's misses on the training corpus sorted by cause (thirty-third
//! pass), each cause worded here for another invented organisation: a slate quarry and
//! its dressing sheds in north Wales, with its pit, its mill and its office.

use super::test_names::{directory, read_us};
use super::*;

/// The quarry's units and investments.
fn quarry_dir() -> StaticDirectory {
    directory(
        &[
            ("Pit", &["Quarry face"]),
            ("Mill", &["Dressing sheds"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Wire Saw", "Pit"),
            ("Splitting Press", "Mill"),
            ("Weighbridge", "Office"),
            ("Stock System", "Office"),
        ],
    )
}

fn read_quarry(text: &str) -> Reading {
    read_us(text, "eleri", "2026-12-04", &quarry_dir())
}

/// "Rob wants to see how the Yakima contracts land before we drop 240k", "wants to see what
/// DEM says at the january inspection before we spend 180k on it": a hold's reason told as
/// someone's wish to see something first, in a sentence of its own beside the hold, is the
/// reason, the money it would take kept with it.
#[test]
fn a_wish_to_see_something_first_is_the_holds_reason() {
    let text = "Not doing the wire saw for now. Gwyn wants to see how the roofing orders land before we drop 90k. back to it in March";
    let r = read_quarry(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("Gwyn wants to see how the roofing orders land before we drop 90k"),
        "{text}: {r:?}"
    );
    let text = "splitting press is a no from Gwyn for now. wants to see what the council says at the february visit before we spend 60k on it. back on the table after 2/20";
    let r = read_quarry(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("wants to see what the council says at the february visit before we spend 60k on it"),
        "{text}: {r:?}"
    );
    // Near: nothing said yes to yet is no hold's reason.
    let text = "The new stock system is £9,800 with support. Gwyn's not said yes yet — he wants to see it running at another quarry first. Decision by the end of the month.";
    let r = read_quarry(text);
    assert_eq!(r.rationale, None, "{text}: {r:?}");
    // Near: a wish two sentences past the hold's is not taken for its reason.
    let text = "Wire saw on hold for now. The pit is flooded again. The roofing orders are slow. Gwyn wants to see the spring orders first.";
    let r = read_quarry(text);
    assert_ne!(
        r.rationale.as_deref(),
        Some("Gwyn wants to see the spring orders first"),
        "{text}: {r:?}"
    );
}

/// "The 40 circular looms we installed last year are running well, yarn wastage has come
/// down from 4.5% to 2.1%": the work said to be working is praise before the result, no part
/// of the benefit's reason (convention 67).
#[test]
fn the_work_said_to_be_working_is_no_part_of_the_result() {
    let text = "The splitting press we put in last spring is running well, broken slates are down from 9% to 4%. Roughly £30k a year saved.";
    let r = read_quarry(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("broken slates are down from 9% to 4%"),
        "{text}: {r:?}"
    );
}

/// "glazing robot demo very good!! but price 1.2M too expensive, boss say no this year",
/// "28 000 000 is too much for the rent advance. … we will revisit after the festive
/// season", "Salote: too much for now": a no or a hold whose only reason is the price judged
/// too dear has that clause for its reason (conventions 8 and 93).
#[test]
fn the_price_judged_too_dear_is_the_only_reason() {
    let text = "wire saw demo was great!! but price 95k too steep, Gwyn say no this year";
    let r = read_quarry(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("price 95k too steep"),
        "{text}: {r:?}"
    );
    let text = "Forwarded from Gwyn:\n\"Eleri, I have seen the quote for the weighbridge. 40 000 is too much for a second-hand deck. Tell them we will revisit after the winter. Thanks.\"";
    let r = read_quarry(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("40 000 is too much for a second-hand deck"),
        "{text}: {r:?}"
    );
    // Near: a reason found beside the price judged stays the reason.
    let text = "Splitting press quote is £240k. Too much. Gwyn said no, we will keep sending the blocks to Blaenau for now.";
    let r = read_quarry(text);
    assert_ne!(r.rationale.as_deref(), Some("Too much"), "{text}: {r:?}");
}
