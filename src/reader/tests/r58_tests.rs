//! Round R58: the rationale's misses on the training corpus sorted by cause (twenty-third
//! pass), each cause worded here for another invented organisation: a Welsh hill farm with
//! holiday cottages in the Tywi valley (its sheds, its cottages, its farm office).

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The hill farm's units and investments.
fn farm_dir() -> StaticDirectory {
    directory(
        &[
            ("Farm", &["Sheds"]),
            ("Cottages", &["Holiday Lets"]),
            ("Office", &["Farm Office"]),
        ],
        &[
            ("Shearing Shed Roof", "Farm"),
            ("Cottage Hot Tubs", "Cottages"),
            ("Booking System", "Office"),
            ("Quad Bike Replacement", "Farm"),
        ],
    )
}

fn read_farm(text: &str) -> Reading {
    read_day_first_in(text, "gwen", "GBP", &farm_dir())
}

/// Convention 82: a hold's season, festival or busy time of year waited out, said alone, is
/// when the thing comes back, no reason — as convention 51's time alone.
#[test]
fn a_holds_season_alone_is_no_reason() {
    for text in [
        "Shearing shed roof - parked till after lambing, revisit 1 May",
        "Cottage hot tubs wait until after the summer rush, look again in September.",
        "Quad bike replacement is on hold until after the long rains",
        "Booking system put on KIV until Christmas over.",
        "Quad bike replacement: parked until after shearing season, we'll revisit it 1/8.",
        "Boss say no to the quad bike replacement fuh now, wait till after spring crop",
        "Booking system: park it until after open enrollment",
    ] {
        let r = read_farm(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
    // Near: an event waited for stays the reason (convention 51), and a reason told beside the
    // season is the reason, the season left out.
    for (text, why) in [
        (
            "Shearing shed roof - parked till after the lambing survey results are in",
            "till after the lambing survey results are in",
        ),
        (
            "Cottage hot tubs - hold it till after lambing, money tight right now.",
            "money tight right now",
        ),
    ] {
        let r = read_farm(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}
