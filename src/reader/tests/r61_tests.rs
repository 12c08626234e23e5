//! Round R61: the rationale's misses on the training corpus sorted by cause (twenty-sixth
//! pass), each cause worded here for another invented organisation: an Andorran ski-hire
//! shop in Soldeu with a workshop, a rental counter and a café at the lift.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The ski-hire shop's units and investments.
fn ski_dir() -> StaticDirectory {
    directory(
        &[
            ("Workshop", &["Ski Workshop"]),
            ("Rentals", &["Rental Counter"]),
            ("Cafe", &["Lift Cafe"]),
        ],
        &[
            ("Rental Booking App", "Rentals"),
            ("Edge Grinder", "Workshop"),
            ("Boot Dryers", "Rentals"),
            ("Coffee Machine", "Cafe"),
        ],
    )
}

fn read_ski(text: &str) -> Reading {
    read_day_first_in(text, "montse", "EUR", &ski_dir())
}

/// Convention 91: what is done instead, told in a sentence of its own after a stop's case
/// (the money put in and what came of it), is no part of the reason — with or without a
/// "till" saying how long; joined to the case in its sentence it stays (28).
#[test]
fn what_is_done_instead_after_the_sunk_money_sentence_is_left_out() {
    for text in [
        "We're pulling the plug on the rental booking app. Spent €14k with the Lleida developers and it still can't take a deposit on a card. Back to the paper slips till someone builds something that works.",
        "We're pulling the plug on the rental booking app. Spent €14k with the Lleida developers and it still can't take a deposit on a card. Going back to the paper slips until we find something else.",
        "We're pulling the plug on the rental booking app. Spent €14k with the Lleida developers and it still can't take a deposit on a card. Jordi's counter will go back to the paper slips.",
    ] {
        let r = read_ski(text);
        assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
        assert_eq!(
            r.rationale.as_deref(),
            Some("Spent €14k with the Lleida developers and it still can't take a deposit on a card"),
            "{text}: {r:?}"
        );
    }
    // Near: joined to the case in its own sentence, the way back stays in it.
    let text = "We're pulling the plug on the rental booking app. Spent €14k with the Lleida developers and it still can't take a deposit on a card, so we go back to the paper slips for now.";
    let r = read_ski(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("Spent €14k with the Lleida developers and it still can't take a deposit on a card, so we go back to the paper slips for now"),
        "{r:?}"
    );
}
