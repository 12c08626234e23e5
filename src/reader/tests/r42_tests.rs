//! Round R42: the rationale's misses on the training corpus sorted by cause (seventh pass),
//! and the recurring causes fixed, each worded here for another invented organisation: a
//! group of craft bakeries across the Yorkshire Wolds.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// Bakeries in Malton, Driffield and Pocklington: the bakehouse, the shops, the office.
fn bakery_dir() -> StaticDirectory {
    directory(
        &[
            ("Bakehouse", &["Ovens"]),
            ("Shops", &["Retail"]),
            ("Office", &["IT"]),
        ],
        &[
            ("Deck Oven", "Bakehouse"),
            ("Proving Cabinets", "Bakehouse"),
            ("Online Orders", "Office"),
            ("Van Tracking", "Shops"),
            ("Shop Tills", "Shops"),
        ],
    )
}

fn read_bakery(text: &str) -> Reading {
    read_day_first_in(text, "martha", "GBP", &bakery_dir())
}

/// "…, 88k, goes in over the xmas shutdown", "…, £86,500 to Calderys, booked in for the
/// Christmas shutdown", "… US$86,000 for the Probat, landed at Kingston", "the repeater on
/// Te Henga goes first": after an approval, when and how the work arrives is its plan, not
/// why; a reason told in the next sentence is read instead.
#[test]
fn when_the_approved_work_arrives_is_no_reason() {
    for (text, why) in [
        (
            "Jim gave the thumbs up on the deck oven, 42k, goes in over the Easter shutdown 🙌",
            None,
        ),
        (
            "Jim's signed off the deck oven this morning, £42,000 to Rondo, booked in for the Easter shutdown. About time, the old one was dropping 30 degrees every time the door opened.",
            Some("the old one was dropping 30 degrees every time the door opened"),
        ),
        (
            "Jim approved the proving cabinets — £18,000 for the pair, delivered to Malton. The old ones split two batches of sourdough last month and we nearly lost the hotel order",
            Some("The old ones split two batches of sourdough last month and we nearly lost the hotel order"),
        ),
        (
            "Board 28/11:\n- shop tills: approved, £14k, the Driffield shop goes first\n- new van: declined, £38k is a lot for a van we use twice a week",
            None,
        ),
    ] {
        let r = read_bakery(text);
        assert_eq!(r.rationale.as_deref(), why, "{text}: {r:?}");
    }
}
