//! Readings fixed on the lead's branch in the night of 2026-12-03, each worded here for
//! another invented organisation.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;

/// A Cornish boatyard: the workshop, the yard, the chandlery and the office.
fn boatyard_dir() -> StaticDirectory {
    directory(
        &[
            ("Workshop", &["Engine Shop"]),
            ("Yard", &["Hardstanding"]),
            ("Chandlery", &["Shop"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Travel Hoist Overhaul", "Yard"),
            ("Berth Booking System", "Office"),
        ],
    )
}

fn read_boatyard(text: &str) -> Reading {
    read_day_first_in(text, "tamsin", "GBP", &boatyard_dir())
}

/// "Workshop need a new pillar drill, no price yet": a unit named with a meeting's word
/// ("workshop") asks for a thing; the word is the unit's name, not a meeting held, so the
/// message proposes an investment for that unit. A workshop held with a unit is still a
/// note.
#[test]
fn a_unit_named_workshop_asking_for_a_thing_proposes_it() {
    for (text, thing) in [
        (
            "Workshop need a new pillar drill, no price yet",
            "pillar drill",
        ),
        ("Workshop wants a new band saw, no price yet", "band saw"),
    ] {
        let r = read_boatyard(text);
        assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
        assert_eq!(r.unit.as_deref(), Some("Workshop"), "{text}: {r:?}");
        assert_eq!(r.investment.as_deref(), Some(thing), "{text}: {r:?}");
        assert!(r.new_investment, "{text}: {r:?}");
        assert_eq!(r.missing, vec![Missing::Amount], "{text}: {r:?}");
    }
    let text = "The workshop wants a new parts washer, about £4,000";
    let r = read_boatyard(text);
    assert_eq!(
        (r.intent, r.unit.as_deref()),
        (Intent::Investment, Some("Workshop")),
        "{text}: {r:?}"
    );
    assert_eq!(r.amount, whole(4_000, "GBP"), "{text}");
    let text = "Ran a workshop with the Yard this morning on the winter lift-out plan";
    let r = read_boatyard(text);
    assert_eq!(
        (r.intent, r.unit.as_deref()),
        (Intent::Note, Some("Yard")),
        "{text}: {r:?}"
    );
}

/// "RESOLVED that … approves …. It was noted that summer berths were double-booked …":
/// minutes' "it was noted that" reports who said the reason, and is no part of it.
#[test]
fn a_reason_minuted_as_noted_is_the_reason_alone() {
    for (text, reason) in [
        (
            "Item 6: RESOLVED that the Committee approves the Berth Booking System at a cost of \
             £18,000. It was noted that summer berths were double-booked eleven times last season.",
            "summer berths were double-booked eleven times last season",
        ),
        (
            "The Travel Hoist Overhaul was approved at £42,000; it was reported that the hoist \
             failed its six-monthly lifting inspection.",
            "the hoist failed its six-monthly lifting inspection",
        ),
    ] {
        let r = read_boatyard(text);
        assert_eq!(
            (r.intent, r.verdict),
            (Intent::Decision, Some(crate::domain::Verdict::Approve)),
            "{text}: {r:?}"
        );
        assert_eq!(r.rationale.as_deref(), Some(reason), "{text}: {r:?}");
    }
}

/// "the berth booking system contract was signed at £18,000", "We signed the contract for
/// the travel hoist overhaul": a contract signed for the work is its approval, as a renewal
/// signed is. One still to be signed ("once the contract … is signed", "@jory to get the
/// contract signed") decides nothing yet.
#[test]
fn a_contract_signed_for_the_work_approves_it() {
    for (text, name, amount) in [
        (
            "From Tuesday's committee: the berth booking system contract was signed at £18,000.",
            "Berth Booking System",
            18_000,
        ),
        (
            "We signed the contract for the travel hoist overhaul yesterday, £42,000",
            "Travel Hoist Overhaul",
            42_000,
        ),
    ] {
        let r = read_boatyard(text);
        assert_eq!(
            (r.intent, r.verdict),
            (Intent::Decision, Some(crate::domain::Verdict::Approve)),
            "{text}: {r:?}"
        );
        assert_eq!(r.investment.as_deref(), Some(name), "{text}: {r:?}");
        assert_eq!(r.amount, whole(amount, "GBP"), "{text}: {r:?}");
    }
    for text in [
        "Once the contract for the travel hoist overhaul is signed we'll book the crane",
        "@jory to get the berth booking system contract signed by Friday",
    ] {
        let r = read_boatyard(text);
        assert_ne!(
            r.verdict,
            Some(crate::domain::Verdict::Approve),
            "{text}: {r:?}"
        );
    }
}

/// "The new shed heaters are using about a third less fuel, roughly £280 a month", "we quit
/// paying the bookkeeper £400 a month": less used, or a payment no longer made, with a
/// worth each month, is a benefit coming in, though the word "benefit" is never said. Said
/// ahead ("we'd use about a third less") it is only hoped for.
#[test]
fn less_used_or_a_payment_stopped_with_its_worth_is_a_benefit() {
    for text in [
        "The new shed heaters are using about a third less fuel, roughly £280 a month across the yard",
        "Since the berth booking system went live we quit paying the bookkeeper £400 a month to chase deposits",
        "Travel hoist overhaul done: it's burning 20% less diesel, about £150 a month",
    ] {
        let r = read_boatyard(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    }
    let text =
        "If we fitted new shed heaters we'd use about a third less fuel, roughly £280 a month";
    let r = read_boatyard(text);
    assert_ne!(r.intent, Intent::Benefit, "{text}: {r:?}");
}

/// "Berth booking system - since the committee said no, the office will tidy up the bookings
/// spreadsheet instead.": a verdict told in a reason clause opening the sentence is what led to
/// the news after it, not a verdict the message records; the message is a note (with its
/// follow-up). A verdict said now with its reason after it still stands.
#[test]
fn a_verdict_in_a_leading_since_clause_is_told_in_passing() {
    let text = "Berth booking system - since the committee said no, the office will tidy up the \
                bookings spreadsheet instead. @jory to have a plan by 15/1.";
    let r = read_boatyard(text);
    assert_eq!((r.intent, r.verdict), (Intent::Note, None), "{text}: {r:?}");
    assert!(r.also.iter().all(|a| a.verdict.is_none()), "{text}: {r:?}");
    assert!(
        std::iter::once(&r)
            .chain(&r.also)
            .any(|a| a.follow_ups.iter().any(|f| f.owner == "jory")),
        "{text}: {r:?}"
    );
    let text = "Berth booking system is a no, since the quotes came in at twice the budget.";
    let r = read_boatyard(text);
    assert_eq!(
        r.verdict,
        Some(crate::domain::Verdict::Reject),
        "{text}: {r:?}"
    );
}

/// "Pontoon: the Harbour Commissioners have knocked back our application for the grant": a
/// body outside refusing something of ours, with "have" between them, is news about our
/// work, as "The Commissioners knocked back our application" is; the message records no
/// verdict of ours.
#[test]
fn an_outsiders_verdict_after_have_is_news() {
    let text = "Pontoon: the Harbour Commissioners have knocked back our application for the \
                pontoon grant.";
    let r = read_boatyard(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
    assert_ne!(r.intent, Intent::Decision, "{text}: {r:?}");
}

/// "Item 9 Berth booking system: occupancy up this season, …", "MIN 15/2026 – …": a minutes'
/// item label before the work is read past, as a bullet or "4.2" is — the record opens on
/// the work it reports on.
#[test]
fn a_minutes_item_label_is_read_past() {
    for label in ["Item 9", "MIN 15/2026 –", "Agenda item 4"] {
        let text = format!(
            "{label} Berth booking system: occupancy up this season, income estimated at \
             £38,000 for the year."
        );
        let r = read_boatyard(&text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_eq!(
            r.investment.as_deref(),
            Some("Berth Booking System"),
            "{text}: {r:?}"
        );
        assert_eq!(r.amount, whole(38_000, "GBP"), "{text}: {r:?}");
    }
}

/// "The Committee NOTED that occupancy improved …": minutes saying who noted a result, as
/// "it was noted that" does, is no part of the evidence.
#[test]
fn a_result_a_body_noted_is_the_result_alone() {
    let text = "Berth booking system: The Committee NOTED that occupancy improved from 64% to \
                79% this season, worth about £38,000 a year.";
    let r = read_boatyard(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("occupancy improved from 64% to 79% this season"),
        "{text}: {r:?}"
    );
}

/// "RESOLVED that the travel hoist overhaul proceeds to the second phase as planned": work
/// that proceeds goes on, as "proceed" does; the money a sale brings ("the proceeds of the
/// old hoist's sale") is no verdict.
#[test]
fn work_that_proceeds_goes_on() {
    for text in [
        "Item 5.2: The Committee RESOLVED that the travel hoist overhaul proceeds to the second \
         phase as planned; the contractor is within budget.",
        "The travel hoist overhaul proceeds as planned.",
    ] {
        let r = read_boatyard(text);
        assert_eq!(
            (r.intent, r.verdict, r.investment.as_deref()),
            (
                Intent::Decision,
                Some(crate::domain::Verdict::Continue),
                Some("Travel Hoist Overhaul")
            ),
            "{text}: {r:?}"
        );
    }
    let text = "The proceeds of the old hoist's sale went into the travel hoist overhaul.";
    assert_eq!(read_boatyard(text).verdict, None, "{text}");
}

/// "Travel hoist overhaul is done with. The contractor walked off in September, we're out
/// £47,000.": a thing said to be done with, told with the money sunk in it, is given up, a
/// stop — as "we're done with the …" is. Done with nothing said against it, or "done with
/// time to spare", is work finished.
#[test]
fn a_thing_said_done_with_and_money_sunk_is_stopped() {
    let text = "Travel hoist overhaul is done with. The contractor walked off in September, \
                we're out £47,000.";
    let r = read_boatyard(text);
    assert_eq!(
        (r.intent, r.verdict),
        (Intent::Decision, Some(crate::domain::Verdict::Stop)),
        "{text}: {r:?}"
    );
    for text in [
        "The travel hoist overhaul is done with time to spare.",
        "Travel hoist overhaul is done with. Lifted the first boat this morning.",
    ] {
        let r = read_boatyard(text);
        assert_ne!(
            r.verdict,
            Some(crate::domain::Verdict::Stop),
            "{text}: {r:?}"
        );
    }
}

/// "The new pontoon at Ponsharden Park has been a real hit": "Park" written with a capital
/// after a name's capitalised word is a place, no deferral; "Park the pontoon till spring"
/// still defers.
#[test]
fn a_park_in_a_place_name_defers_nothing() {
    for text in [
        "The new pontoon at Ponsharden Park has been a real hit – berth holders love it",
        "Met the Ponsharden Park residents about the pontoon noise",
    ] {
        let r = read_boatyard(text);
        assert_eq!(r.verdict, None, "{text}: {r:?}");
    }
    let text = "Travel hoist overhaul: Park it till spring, the yard is full.";
    assert_eq!(
        read_boatyard(text).verdict,
        Some(crate::domain::Verdict::Defer),
        "{text}"
    );
}
