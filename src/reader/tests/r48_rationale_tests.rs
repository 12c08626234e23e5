//! Round R48: the rationale's misses on the training corpus sorted by cause (thirteenth
//! pass), each cause worded here for another invented organisation: a cheesemaker in the
//! Huon valley, Tasmania (its dairy, maturing rooms and office).

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The cheesemaker's units and investments.
fn cheese_dir() -> StaticDirectory {
    directory(
        &[
            ("Dairy", &["Make Room"]),
            ("Maturing Rooms", &["Caves"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Cheese Vat", "Dairy"),
            ("Cave Sensors", "Maturing Rooms"),
            ("Forklift Fleet", "Dairy"),
            ("Farm Shop Website", "Office"),
        ],
    )
}

fn read_cheese(text: &str) -> Reading {
    read_day_first_in(text, "ruth", "AUD", &cheese_dir())
}

/// Convention 51: "Renita says hold off on the forklift fleet till the leases come up in
/// June", "Anjali would rather we left the CCTV until the insurance renewal in March": a
/// deferral whose only explanation is what it waits for takes that "till/until/pending
/// <event>" clause whole as its reason; a time alone ("till March") is no reason.
#[test]
fn a_holds_till_event_alone_is_its_reason_but_a_time_alone_is_not() {
    for (text, why) in [
        (
            "Priya says hold off on the forklift fleet till the leases come up in August.",
            Some("till the leases come up in August"),
        ),
        (
            "Tom would rather we left the cave sensors until the council inspection in May.",
            Some("until the council inspection in May"),
        ),
        (
            "Cheese vat upgrade paused pending the dairy authority's audit",
            Some("pending the dairy authority's audit"),
        ),
        ("Cave sensors parked till March", None),
    ] {
        let r = read_cheese(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), why, "{text}: {r:?}");
    }
}
