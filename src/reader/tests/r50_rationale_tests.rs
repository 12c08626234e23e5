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

/// "phase 1 numbers speak for themselves", "the membership team live in it", "jake rebuilt
/// the compressor for $1,900 and it's holding": a clause of its own after the verdict's
/// comma, its verb a plain present after a plural or a team's subject, or a common past
/// outside the clause rules' short list, is the reason.
#[test]
fn a_plain_clause_after_the_verdicts_comma_is_the_reason() {
    for (text, why) in [
        (
            "Owners are fine with carrying on the e-bike fleet into phase 2 at €40k, phase 1 \
             numbers speak for themselves.",
            "phase 1 numbers speak for themselves",
        ),
        (
            "Booking app licences roll on for another year, the desk team live in it",
            "the desk team live in it",
        ),
        (
            "the delivery van replacement can wait til march, Bram rebuilt the gearbox for \
             €900 and it's holding",
            "Bram rebuilt the gearbox for €900 and it's holding",
        ),
    ] {
        let r = read_hire(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// A plan after the verdict's comma is no reason, whatever its verb: "phase 2 approved at
/// $210k, installs start in January", "…, assets to be sold".
#[test]
fn a_plan_after_the_verdicts_comma_is_no_reason() {
    for text in [
        "e-bike fleet phase 2 approved at €21k, deliveries start in February",
        "Two decisions from the owners on Thursday: workshop lift approved at €9k; delivery \
         van formally stopped, parts to be sold.",
    ] {
        let r = read_hire(text);
        assert_eq!(r.rationale, None, "{text}: {r:?}");
        for also in &r.also {
            assert_eq!(also.rationale, None, "{text}: {also:?}");
        }
    }
}

/// "bev's not having the jewellery kiosk at the airport. $35k a year rent for a plane twice a
/// week", "hal aint going for the paint booth. 26k for maybe a dozen painted heads a month":
/// after a refusal, a sentence of its own opening on the price, for a few or counted things,
/// is the case against the work (convention 8), as it is after the verdict's comma.
#[test]
fn a_price_for_a_few_things_told_after_a_refusal_is_its_case() {
    for (text, why) in [
        (
            "Pieter's not having the coffee kiosk at the station. €30k a year rent for a \
             cruise ship twice a week",
            "€30k a year rent for a cruise ship twice a week",
        ),
        (
            "joris aint going for the gps trackers on the fleet. 14k for maybe a dozen lost \
             bikes a year",
            "14k for maybe a dozen lost bikes a year",
        ),
    ] {
        let r = read_hire(text);
        assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "mgo testing gear ordered 🎉 88k, no more paying hamilton $140 a sample": a clause after
/// the verdict's comma whose "we're" is dropped, "no more <doing>" or "no longer <doing>",
/// is the reason.
#[test]
fn no_more_doing_after_the_verdict_is_the_reason() {
    for (text, why) in [
        (
            "workshop lift ordered 🎉 9k, no more paying the garage €80 a wheel",
            "no more paying the garage €80 a wheel",
        ),
        (
            "Owners signed off the storage shed, €14k, no longer renting the garage on \
             Vlamingstraat",
            "no longer renting the garage on Vlamingstraat",
        ),
    ] {
        let r = read_hire(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "The gift shop POS he wants left alone till March, the tour numbers drop off to nothing
/// in January anyway. Big thanks to Lonnie for working the holiday.": thanks to someone is
/// no reason; the clause after the verdict's comma is.
#[test]
fn thanks_after_the_verdict_is_no_reason() {
    let text = "Joris wants the booking app left alone till March, the bookings drop off to \
                nothing in January anyway. Big thanks to Bram for working the holiday.";
    let r = read_hire(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the bookings drop off to nothing in January anyway"),
        "{text}: {r:?}"
    );
}

/// "The online store's going gangbusters. Parcels to the US and Germany have brought in
/// about $11,000 a month more than the showroom did on its own last year.": after praise, a
/// benefit's one result told as money over what came before is the reason, the sentence
/// whole, when nothing else in the message says what the work did.
#[test]
fn a_result_told_as_money_over_before_is_the_reason() {
    for (text, why) in [
        (
            "The e-bike fleet's doing better than anyone thought. Weekend hires are running \
             about €4,500 a month over what the old bikes did last summer.",
            "Weekend hires are running about €4,500 a month over what the old bikes did last \
             summer",
        ),
        (
            "The booking app's going gangbusters. Online bookings have brought in about \
             €2,000 a month more than the desk did on its own last year.",
            "Online bookings have brought in about €2,000 a month more than the desk did on \
             its own last year",
        ),
    ] {
        let r = read_hire(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}
