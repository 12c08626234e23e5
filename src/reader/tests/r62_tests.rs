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
