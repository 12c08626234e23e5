//! Round R35: the rationale's and the dates' misses on the training corpus sorted by
//! cause, and the recurring causes fixed, each worded here for another invented
//! organisation: a chain of bike shops in the Scottish Borders.

use super::test_names::{directory, read_day_first_in};
use super::*;
use crate::domain::Verdict;

/// Bike shops in Peebles, Galashiels and Kelso: the workshops, the shop floors, the
/// hire fleet, the office.
fn shops_dir() -> StaticDirectory {
    directory(
        &[
            ("Workshop", &["Workshops", "Mechanics"]),
            ("Retail", &["Shop Floor", "Shops"]),
            ("Hire", &["Hire Fleet"]),
            ("IT", &["Tech"]),
        ],
        &[
            ("Till Upgrade", "Retail"),
            ("Hire Booking System", "Hire"),
            ("Service Tracker", "Workshop"),
            ("Stock Scanners", "Retail"),
        ],
    )
}

fn read_shops(text: &str) -> Reading {
    read_day_first_in(text, "isla", "GBP", &shops_dir())
}

/// "laptop refresh - 60 of 95 done, the rest by the 18th hopefuly": a note of progress
/// gives the date the rest is to be done by as its due (the work is ours, and someone is
/// to meet it); "rest by Q2" after a decision to keep going is still no date of it.
#[test]
fn the_rest_by_a_day_in_a_progress_note_is_its_due() {
    for (text, due) in [
        (
            "till upgrade - 40 of 62 done, the rest by the 15th hopefully",
            "2026-12-15",
        ),
        (
            "stock scanners on 30/45 handsets, rest by the 9th 🤞",
            "2026-12-09",
        ),
    ] {
        let r = read_shops(text);
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(r.due, Some(due.parse().unwrap()), "{text}: {r:?}");
    }
}

/// "> 94% of active accounts enrolled, …", "| continue, vendor back on track |": the
/// reason read after a quote's marker or up to a table's bar holds no space at its edges.
#[test]
fn a_reason_after_a_quote_marker_or_in_a_table_cell_has_no_space_at_its_edges() {
    let r = read_shops(
        "Service tracker — *continue* :muscle:\n> 91% of jobs booked through it, zero lost bikes since September",
    );
    assert_eq!(r.verdict, Some(Verdict::Continue), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("91% of jobs booked through it, zero lost bikes since September"),
        "{r:?}"
    );
    let r = read_shops(
        "| Project | RAG | Decision |\n|---|---|---|\n| Hire booking system | Amber | continue, vendor back on track |\n| Till upgrade | Green | no change |",
    );
    assert_eq!(r.verdict, Some(Verdict::Continue), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("vendor back on track"),
        "{r:?}"
    );
}
