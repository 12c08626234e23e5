//! Round R62: the rationale's misses on the training corpus sorted by cause (twenty-seventh
//! pass), each cause worded here for another invented organisation: a sparkling-wine cellar
//! in Cricova, Moldova, with its tunnels, a bottling hall and a tasting room.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The cellar's units and investments.
fn cellar_dir() -> StaticDirectory {
    directory(
        &[
            ("Cellar", &["Tunnels"]),
            ("Bottling", &["Bottling Hall"]),
            ("Tasting Room", &["Tastings"]),
        ],
        &[
            ("Riddling Machines", "Cellar"),
            ("Tunnel Cooling", "Cellar"),
            ("Bottling Line", "Bottling"),
            ("Booking Website", "Tasting Room"),
        ],
    )
}

fn read_cellar(text: &str) -> Reading {
    read_day_first_in(text, "doina", "EUR", &cellar_dir())
}

/// What cannot happen till then, told before a "till" after the verdict — "nothing we can
/// do till they answer", "but no money committed till we hear …" — is kept with the
/// condition it waits on (every training label of the shape keeps it).
#[test]
fn what_cannot_happen_till_then_is_kept_with_its_condition() {
    for (text, verdict, why) in [
        (
            "Went through the cellar list with Ion:\n- riddling machines are in\n- tunnel cooling waits on the gas board still, nothing we can do till they answer",
            Verdict::Defer,
            "nothing we can do till they answer",
        ),
        (
            "Ion says carry on with the riddling machines tender, but no money committed till we hear from the bank about the loan.",
            Verdict::Continue,
            "no money committed till we hear from the bank about the loan",
        ),
    ] {
        let r = read_cellar(text);
        let rec = std::iter::once(&r)
            .chain(r.also.iter())
            .find(|x| x.verdict == Some(verdict))
            .unwrap_or(&r);
        assert_eq!(rec.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
    // Near: a hold's own "till …" stays the condition alone (convention 51).
    let r = read_cellar("Tunnel cooling is on hold till the gas board answers.");
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("till the gas board answers"),
        "{r:?}"
    );
}

/// Convention 94 and 22: how a benefit came about, told around its money when nothing else
/// says why — "<the work> means we've cancelled …", "saved … after we moved …" — is its
/// reason; money saved on something, told alone, stays none (convention 15).
#[test]
fn how_a_benefit_came_about_is_its_reason() {
    for (text, why) in [
        (
            "Booking website means we've cancelled the old call-answering contract, €4,800 a year saved.",
            "we've cancelled the old call-answering contract",
        ),
        (
            "The booking website saved us €3,100 in November after we moved the hosting to the annual plan",
            "after we moved the hosting to the annual plan",
        ),
        (
            "Online booking is live for the Chisinau hotels 🎉 that brought in €34k in new tasting sales this quarter",
            "Online booking is live for the Chisinau hotels",
        ),
    ] {
        let r = read_cellar(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
    // Near: money saved on something, with no change told, has no reason.
    let r = read_cellar("The booking website saved us €3,100 in November on hosting.");
    assert_eq!(r.intent, Intent::Benefit, "{r:?}");
    assert_eq!(r.rationale, None, "{r:?}");
}

/// A go-on told not to stop for a setback ("doh stop because of the rain delay") goes on
/// despite it (convention 72): the setback is no reason.
#[test]
fn what_a_go_on_is_told_not_to_stop_for_is_no_reason() {
    let r = read_cellar(
        "Boss say keep going with the tunnel cooling install, doh stop because of the rain delay.",
    );
    assert_eq!(r.verdict, Some(Verdict::Continue), "{r:?}");
    assert_eq!(r.rationale, None, "{r:?}");
    // Near: a go-on whose reason is told with "because of" keeps it.
    let r = read_cellar(
        "Boss say keep going with the tunnel cooling install because of the heat in the top tunnel.",
    );
    assert_eq!(r.verdict, Some(Verdict::Continue), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the heat in the top tunnel"),
        "{r:?}"
    );
}

/// Convention 16: a rescope's scope told in the clause after its dash — "— only the top
/// tunnel, the lower one …", "— compressors and ducts only, no new control room" — is its
/// reason; a dash clause that is no scope stays none.
#[test]
fn a_rescope_scope_after_its_dash_is_the_reason() {
    for (text, why) in [
        (
            "Riddling machines getting cut down — only the top tunnel, the lower tunnel get too much damp from the river. Now €38k instead of €71k.",
            "only the top tunnel, the lower tunnel get too much damp from the river",
        ),
        (
            "Tunnel cooling reduced in scope — compressors and ducts only, no new control room. Revised budget €45,000 (was €78,000).",
            "compressors and ducts only, no new control room",
        ),
    ] {
        let r = read_cellar(text);
        assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
    // Near: a dash clause pointing to a note is no scope.
    let r = read_cellar(
        "Tunnel cooling reduced in scope — see Ion's note from the board meeting. Revised budget €45,000 (was €78,000).",
    );
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{r:?}");
    assert_eq!(r.rationale, None, "{r:?}");
}

/// Convention 16: what a rescope leaves out, said with its scope ("…, not the whole
/// cellar"), is still the verdict's object, no reason; a clause of its own after the scope
/// stays the reason.
#[test]
fn what_a_rescope_leaves_out_is_no_reason() {
    let r = read_cellar(
        "Tunnel cooling: we cutting it down to just the top tunnel for now, not the whole cellar. So €95k instead of €180k.",
    );
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{r:?}");
    assert_eq!(r.rationale, None, "{r:?}");
    // Near: the part that waits, told in a clause of its own, is the reason.
    let r = read_cellar(
        "Tunnel cooling: we cutting it down to just the top tunnel for now, the lower tunnel can wait till next year. So €95k instead of €180k.",
    );
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the lower tunnel can wait till next year"),
        "{r:?}"
    );
}

/// Convention 79: who does the work next and when ("Cellar team will start to share them in
/// January") is the plan, no reason; a person named in brackets after the team doing it
/// ("Tastings (Vasile Jr.) will organize it") says who, not why.
#[test]
fn the_plan_and_who_does_it_are_no_reason() {
    for text in [
        "GM approve the riddling machines for the small growers — 12 machines at €3,500 each, so €42,000. Cellar team will start to share them in January.",
        "Ion approved €4,500 for the riddling machines training in Cricova and Ialoveni. Tastings (Vasile Jr.) will organize it, must be done before Christmas.",
    ] {
        let r = read_cellar(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
    // Near: a reason told in brackets stays.
    let r = read_cellar(
        "Ion approved €4,500 for the riddling machines (the old racks are failing in the damp).",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the old racks are failing in the damp"),
        "{r:?}"
    );
}

/// Convention 94: "<the work>'s live and <a cost dropped> - that's €X a year back": what
/// going live let us drop is the benefit's reason.
#[test]
fn what_going_live_let_us_drop_is_the_reason() {
    let r = read_cellar(
        "Booking website's live and the €900/month call-answering contract is cancelled - that's €10,800 a year back in the tasting budget.",
    );
    assert_eq!(r.intent, Intent::Benefit, "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the €900/month call-answering contract is cancelled"),
        "{r:?}"
    );
}

/// A verdict reversed, told where a reason could stand ("Board has reversed the stop, we
/// continue …"), is the verdict said again, no reason.
#[test]
fn a_verdict_reversed_is_no_reason() {
    let r = read_cellar(
        "Bottling line: Board has reversed the stop, we continue with the new vendor at €110k. Ion to share the revised plan by 10/12.",
    );
    assert_eq!(r.verdict, Some(Verdict::Continue), "{r:?}");
    assert_eq!(r.rationale, None, "{r:?}");
    // Near: a reason told after the verdict stays.
    let r = read_cellar(
        "Bottling line: we continue with the new vendor at €110k, the old one can't do the small bottles.",
    );
    assert_eq!(r.verdict, Some(Verdict::Continue), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the old one can't do the small bottles"),
        "{r:?}"
    );
}

/// "<the thing> — <cause>, so it's on hold till we have that": the cause after the thing's
/// dash is the hold's reason, as after a colon (round R48's cause before ", so").
#[test]
fn a_cause_after_the_things_dash_before_so_is_the_reason() {
    let r = read_cellar(
        "Quick wrap: Ion approved the riddling machines (€14k), the cellar men won't give them up now 😅. And the tunnel cooling — he wants to see the gas contract first, so it's on hold till we have that.",
    );
    let rec = std::iter::once(&r)
        .chain(r.also.iter())
        .find(|x| x.verdict == Some(Verdict::Defer))
        .unwrap_or(&r);
    assert_eq!(
        rec.rationale.as_deref(),
        Some("he wants to see the gas contract first"),
        "{r:?}"
    );
    // Near: with no cause before the "so", the hold's condition stays its reason.
    let r = read_cellar("Tunnel cooling — on hold till the gas contract is signed.");
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("till the gas contract is signed"),
        "{r:?}"
    );
}
