//! Verdicts said in everyday idioms (round V38): an order pulled, a thing kept on, a hold
//! wanted by someone and passed on with its reason; each worded for an invented Maine chain
//! of hardware stores, and set against the same words deciding nothing.

use super::test_names::{directory, read_us};
use super::*;
use crate::domain::Verdict;

/// A Maine chain of hardware stores: the stores, the yard, people.
fn hardware_dir() -> StaticDirectory {
    directory(
        &[
            ("Stores", &["Retail"]),
            ("Yard", &["Lumber"]),
            ("People", &["HR"]),
        ],
        &[
            ("Shelving Upgrade", "Stores"),
            ("Home Delivery", "Stores"),
            ("Payroll System", "People"),
            ("Forklift Fleet", "Yard"),
        ],
    )
}

fn read_hardware(text: &str) -> Reading {
    read_us(text, "tess", "2026-12-04", &hardware_dir())
}

/// "pulling the racking order for wausau, landlord says no bolting into the slab": an order
/// pulled is cancelled, the work stopped; pulling the order's numbers or history is none.
#[test]
fn an_order_pulled_is_a_stop() {
    for text in [
        "pulling the shelving order for bangor, landlord says no drilling into the floor",
        "We've pulled the shelving upgrade order, the supplier doubled the lead time",
        "pulled the forklift order for the yard – the lease runs another year",
    ] {
        let r = read_hardware(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    }
    for text in [
        "pulling the shelving order history for bangor, Finance wants it by Friday",
        "I pulled the forklift order numbers for the yard this morning",
        "pulling the shelving order up on screen now",
    ] {
        let r = read_hardware(text);
        assert_ne!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    }
}

/// "keeping the delivery van on in wexford town for now, the nursing homes would walk if we
/// stopped": a thing kept on goes on; kept on hold or on ice waits, and keeping an eye on
/// it, or a van on the road, decides nothing of its own.
#[test]
fn a_thing_kept_on_continues() {
    for text in [
        "keeping the delivery van on in bangor for now, the contractors would walk if we stopped",
        "We're keeping the home delivery on through the winter, it pays for itself",
    ] {
        let r = read_hardware(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    }
    for text in [
        "keeping an eye on the home delivery numbers, they dipped in November",
        "keeping the delivery van on the road is costing us a fortune in tyres",
    ] {
        let r = read_hardware(text);
        assert_ne!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    }
}

/// "Dale wants the payroll switch held till February, Accounting can't take on a migration
/// while they're doing W-2s": the hold wanted, with when and why, is passed on as decided;
/// a bare wish ("Gareth wants the billing platform held till early Q3") stays a wish.
#[test]
fn a_hold_wanted_with_its_reason_is_a_deferral() {
    let text = "Tess wants the payroll system held till March, HR can't take on a migration while they're doing year end";
    let r = read_hardware(text);
    assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    let r = read_hardware("Tess wants the payroll system held till March");
    assert_ne!(r.intent, Intent::Decision, "{r:?}");
}

/// "Lorraine signed the Phorest order on Tuesday, once their team showed us …": an order
/// signed is the purchase committed, as a contract or PO signed is; "the order of service"
/// signed is none.
#[test]
fn an_order_signed_is_an_approval() {
    let text = "Update on the shelving. Tess signed the shelving order on Tuesday, once the supplier showed us the layout working in Bangor.";
    let r = read_hardware(text);
    assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    let text = "Tess signed the order of service for Bert's memorial on Tuesday.";
    let r = read_hardware(text);
    assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// "laptops down to 12 for reception only, 9k, managers can make do": a count brought down
/// to some of the people or places it was for ("for … only") is a smaller scope, a rescope;
/// a count that fell ("returns down to 12 a week") is a result.
#[test]
fn a_count_brought_down_for_some_only_is_a_rescope() {
    let text = "forklifts down to 2 for the bangor yard only, 60k, the others can share";
    let r = read_hardware(text);
    assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    let text = "home delivery complaints down to 2 a week since the new vans";
    let r = read_hardware(text);
    assert_ne!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
}

/// The idioms said negated: an order not pulled after all goes on, a thing not kept on
/// stops.
#[test]
fn the_idioms_negated() {
    let text = "We're not pulling the shelving order after all, the landlord came round";
    let r = read_hardware(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    let text = "We're not keeping the delivery van on after Christmas, it barely covers its fuel";
    let r = read_hardware(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
}
