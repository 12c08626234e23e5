//! Round R50: the rationale's misses on the training corpus sorted by cause (fifteenth
//! pass), each cause worded here for another invented organisation: a bicycle-hire firm in
//! Bruges (its rental desk, workshop and office).

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The bicycle-hire firm's units and investments.
fn hire_dir() -> StaticDirectory {
    directory(
        &[
            ("Rentals", &["Desk"]),
            ("Workshop", &["Repairs"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("E-Bike Fleet", "Rentals"),
            ("Booking App", "Office"),
            ("Workshop Lift", "Workshop"),
            ("Delivery Van", "Office"),
            ("Storage Shed", "Rentals"),
        ],
    )
}

fn read_hire(text: &str) -> Reading {
    read_day_first_in(text, "lotte", "EUR", &hire_dir())
}

/// Convention 58 (a): a reason given as a purpose, "so <someone> can …" or "so that …", is
/// the purpose without its "so" (or "so that"), as a cause is without its "because".
#[test]
fn a_purpose_after_so_is_the_reason_without_its_so() {
    for (text, why) in [
        (
            "aprvd the workshop lift 9k, so the mechanics can do two e-bikes at once",
            "the mechanics can do two e-bikes at once",
        ),
        (
            "Pieter's happy for us to go ahead with the storage shed — €14,500 all in — so \
             the desk staff can stop dragging bikes through the café every night.",
            "the desk staff can stop dragging bikes through the café every night",
        ),
        (
            "Joris wants the booking app held till March so the guides can finish the \
             season first. Agreed.",
            "the guides can finish the season first",
        ),
        (
            "The owners signed off €31k for the delivery van so that we stop renting one \
             every weekend.",
            "we stop renting one every weekend",
        ),
    ] {
        let r = read_hire(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// Convention 58 (b): a filler closing a reason — a laugh ("lol", "haha"), "tbh", "ngl",
/// "imo", an emoji — is the writer's tone, no part of the reason.
#[test]
fn a_filler_closing_a_reason_is_no_part_of_it() {
    for (text, why) in [
        (
            "new laptops for the desk sorted, €3,900 for three. the old ones took five minutes \
             to print a waiver lol",
            "the old ones took five minutes to print a waiver",
        ),
        (
            "scrapping the booking app upgrade, the vendor's gone under and the old app is \
             fine tbh",
            "the vendor's gone under and the old app is fine",
        ),
        (
            "stopping the delivery van lease, nobody books deliveries in winter ngl",
            "nobody books deliveries in winter",
        ),
    ] {
        let r = read_hire(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}
