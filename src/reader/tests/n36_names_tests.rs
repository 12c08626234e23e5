//! Names settled in round N36 (investment and unit names, missed by cause), worded here for
//! an invented bakery group: its warehouse, its cash office and its flour store.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// A bakery group whose investments are named by a describing word and the thing.
fn bakery_dir() -> StaticDirectory {
    directory(
        &[
            ("Warehouse", &["Despatch"]),
            ("Finance", &["Cash Office"]),
            ("Bakehouse", &["Production"]),
        ],
        &[
            ("Pallet Racking Expansion", "Warehouse"),
            ("Cash Counting System", "Finance"),
            ("Flour Silo Sensors", "Bakehouse"),
            ("Recipebook Subscription", "Bakehouse"),
            ("Tablet Refresh", "Finance"),
            ("Test Kitchen Fit-Out", "Bakehouse"),
            ("Harvest Display Contract", "Warehouse"),
        ],
    )
}

fn read_bakery(text: &str) -> Reading {
    read_day_first_in(text, "kim", "GBP", &bakery_dir())
}

/// "the pallet wrap machine" against Pallet Racking Expansion, "the armoured cash vehicle"
/// against Cash Counting System, "the flour crane" against Flour Silo Sensors: a name's
/// describing word before another kind of machine or vehicle says which machine, and names
/// neither the investment nor its unit.
#[test]
fn a_describing_word_before_another_machine_names_that_machine() {
    for (text, not) in [
        (
            "Approved the pallet wrap machine for despatch, £14k, wrapping by hand takes two people",
            "Pallet Racking Expansion",
        ),
        (
            "No to the armoured cash vehicle, £280k for one van we'd use twice a week",
            "Cash Counting System",
        ),
        (
            "Two near misses with the flour crane this year. So the flour crane upgrade's signed off, £31k.",
            "Flour Silo Sensors",
        ),
    ] {
        let r = read_bakery(text);
        assert_ne!(r.investment.as_deref(), Some(not), "{text}: {r:?}");
        assert!(r.investment.is_some(), "{text}: {r:?}");
    }
    // The name's own thing, or the work on it, is still the name.
    for (text, want) in [
        (
            "The pallet racking is in, £40k, approved",
            "Pallet Racking Expansion",
        ),
        (
            "Cash counting machine approved, £9k",
            "Cash Counting System",
        ),
        (
            "Approved the flour silo sensors, £12k",
            "Flour Silo Sensors",
        ),
        // A machine after the phrase has ended is where the thing is, not another thing.
        (
            "racking on trailer 2 = 40 more cages a run, about £3k/mo saved",
            "Pallet Racking Expansion",
        ),
    ] {
        let r = read_bakery(text);
        assert_eq!(r.investment.as_deref(), Some(want), "{text}: {r:?}");
    }
}

/// "the oyster vending kiosk down the ocean", "a summer pop-up down the shore": "down the
/// <place>" says where the thing would be, as "at" and "on" do, and is no part of its name.
#[test]
fn down_the_place_ends_a_new_name() {
    let text = "Not doing the coffee kiosk down the harbour. £38k for a machine that sits dead 8 months of the year.";
    let r = read_bakery(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("coffee kiosk"),
        "{text}: {r:?}"
    );
}

/// "`globus` subscription renewed": a code span's backticks say how the word looks, as
/// markdown's emphasis asterisks do, and are read as nothing, so the name runs on through
/// them. A span holding an identifier ("`recipebook-legacy`") keeps its marks: they bound
/// a label of its own.
#[test]
fn code_marks_are_read_as_nothing() {
    let text =
        "`recipebook` subscription renewed for another year at £2,500 ✅ — every bakery uses it";
    let r = read_bakery(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Recipebook Subscription"),
        "{text}: {r:?}"
    );
    assert_eq!(r.unit.as_deref(), Some("Bakehouse"), "{text}: {r:?}");
    let toks = crate::reader::tokens::tokenize("*Stop:* `recipebook-legacy` ❌");
    assert!(toks.iter().any(|t| t.is_sym("`")), "{toks:?}");
}

/// "the extra 20 laptops" against Laptop Refresh: more of the things a name's word says,
/// counted, are more of that investment, as "the extra laptops" are.
#[test]
fn the_extra_counted_things_are_more_of_the_investment() {
    let text = "Sarah's ok'd the extra 20 tablets for the new shops, £8k, and the scales for them too, £5k";
    let r = read_bakery(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Tablet Refresh"),
        "{text}: {r:?}"
    );
    assert_eq!(r.unit.as_deref(), Some("Finance"), "{text}: {r:?}");
}

/// "Cupping lab asking for a sample roaster" against Cupping Lab Fit-Out: a thing named
/// as the one asking for a new thing is the place or team that asks, whose unit is the
/// thing's; what it asks for is the new investment.
#[test]
fn a_named_place_asking_for_a_new_thing_is_the_asker() {
    for text in [
        "Test kitchen asking for a sample oven, about £7,200, Sam borrowing the one at the college every week",
        "The test kitchen wants a blast chiller, around £9k",
    ] {
        let r = read_bakery(text);
        assert_ne!(
            r.investment.as_deref(),
            Some("Test Kitchen Fit-Out"),
            "{text}: {r:?}"
        );
        assert!(r.new_investment, "{text}: {r:?}");
        assert_eq!(r.unit.as_deref(), Some("Bakehouse"), "{text}: {r:?}");
    }
    // The thing itself asked about, or a part of it wanted, is still the thing; so is
    // the thing needing or wanting an answer.
    for text in [
        "Test kitchen fit-out wants another £5k for the extractor",
        "Production huddle: test kitchen needs a decision until 18.12.",
        "Test kitchen wants a decision by Friday",
    ] {
        let r = read_bakery(text);
        assert_eq!(
            r.investment.as_deref(),
            Some("Test Kitchen Fit-Out"),
            "{text}: {r:?}"
        );
    }
}

/// "New hydraulic crush approved, $34k, in before the muster" against Helicopter Muster
/// Contract: a name's describing word alone after "before the" (or "after the", "until
/// the"), ending the clause, is the time of year or the event, not the investment.
#[test]
fn a_names_word_as_the_event_before_which_is_no_name() {
    let text = "Old divider at the bakehouse broke Jo's wrist last week. New dough divider approved, £34k, in before the harvest";
    let r = read_bakery(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("dough divider"),
        "{text}: {r:?}"
    );
    // The thing's own name after "before the" still names it.
    let text = "Harvest display contract approved, £3k, signed before the harvest display goes up";
    let r = read_bakery(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Harvest Display Contract"),
        "{text}: {r:?}"
    );
}

/// "Sales pitched a door-hanger QR tracking tool, $18k — told them no, …", "Marketing
/// pitched a ceramic-coating upsell screen for the pay stations, $26k - I said no, …": what
/// was pitched (or floated, proposed, suggested) before the verdict is what the verdict
/// refuses, not the words opening the message nor a known name it was for.
#[test]
fn the_thing_pitched_before_the_verdict_is_the_new_name() {
    for (text, want) in [
        (
            "Sales pitched a door-hanger QR tracking tool, £18k — told them no, we can already see which shops sell from the promo codes.",
            "door-hanger QR tracking tool",
        ),
        (
            "Marketing pitched a loyalty upsell screen for the recipebook, £26k - I said no, the staff sell it better face to face.",
            "loyalty upsell screen",
        ),
    ] {
        let r = read_bakery(text);
        assert_eq!(r.investment.as_deref(), Some(want), "{text}: {r:?}");
        assert!(r.new_investment, "{text}: {r:?}");
    }
}

/// "… pitched a ceramic-coating upsell screen for the pay stations, $26k - I said no"
/// against Pay Station Replacement: a known name said by some of its words after "for the",
/// past the new thing decided on, is what the new thing serves.
#[test]
fn a_known_name_the_new_thing_is_for_is_not_the_record() {
    let text = "Marketing pitched a loyalty upsell screen for the flour silos, £26k - I said no, the staff sell it better face to face.";
    let r = read_bakery(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("loyalty upsell screen"),
        "{text}: {r:?}"
    );
    // No new thing said as one ("a …") before it: money for the known thing is its own.
    let text =
        "Warehouse wants £2.5k more for the flour silos work, vendor delays. Approved by the CFO.";
    let r = read_bakery(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Flour Silo Sensors"),
        "{text}: {r:?}"
    );
}

/// "a used compact tractor", "a used Weinig moulder": "used" says the thing is bought second
/// hand, as "new" says it is new, and is no word of its name; "used equipment" (goods, cars)
/// is a trade and keeps it.
#[test]
fn used_before_a_new_thing_is_no_word_of_its_name() {
    let text =
        "Production has requested £22,500 for a used dough sheeter so the night shift can keep up.";
    let r = read_bakery(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("dough sheeter"),
        "{text}: {r:?}"
    );
    // A message ending on its verdict is read without a fault.
    let text = "Marketing pitched a loyalty upsell screen for the flour silos, £26k. Rejected";
    let r = read_bakery(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("loyalty upsell screen"),
        "{text}: {r:?}"
    );
    let text = "Sales want a used equipment resale shop in Leeds, £150k";
    let r = read_bakery(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("used equipment resale shop"),
        "{text}: {r:?}"
    );
}
