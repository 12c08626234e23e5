//! The label conventions settled on the evening of 2026-12-02 (conventions 14–18 of
//! `tests/corpus/README.md`), each read in another writer's words (a Northumberland
//! outdoor-activities centre, in pounds): a benefit's reason keeps its subject pronoun;
//! money cut is a benefit's amount, not its reason; a scope told in a clause of its own
//! after the verdict is the reason, one inside the verdict's words is not; a third party's
//! ask for a new thing is a new investment that asks its cost.

use super::*;

/// A Northumberland outdoor-activities centre: water sports, climbing, catering, bookings,
/// finance, IT.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Water Sports", &["Boathouse"]),
            ("Climbing", &[]),
            ("Catering", &["Cafe"]),
            ("Bookings", &[]),
            ("Finance", &[]),
            ("IT", &[]),
        ],
        &[
            ("Online Booking System", "Bookings"),
            ("Climbing Wall Sensors", "Climbing"),
            ("Kayak Fleet Tracking", "Water Sports"),
            ("Cafe Till Upgrade", "Catering"),
            ("Staff Rota App", "Finance"),
            ("Site Wi-Fi Upgrade", "IT"),
        ],
    )
}

fn read(text: &str) -> Reading {
    test_names::read_on_test_day(text, "morag", &dir())
}

fn assert_reason(text: &str, reason: Option<&str>) -> Reading {
    let r = read(text);
    assert_eq!(r.rationale.as_deref(), reason, "{text}: {r:?}");
    r
}

// Convention 14.
#[test]
fn a_benefits_reason_keeps_its_subject_pronoun() {
    for (text, reason) in [
        (
            "Online booking system has paid for itself already – it caught 19 double bookings that would have gone out to customers, about £3k in refunds.",
            "it caught 19 double bookings that would have gone out to customers",
        ),
        (
            "Kayak fleet tracking saved £2k in search call-outs this summer - we found 4 drifting boats before the coastguard was called",
            "we found 4 drifting boats before the coastguard was called",
        ),
    ] {
        let r = assert_reason(text, Some(reason));
        assert_eq!(r.intent, Intent::Benefit, "{text}");
    }
}

// Convention 15.
#[test]
fn money_cut_is_a_benefits_amount_not_its_reason() {
    for text in [
        "staff rota app cut overtime at the boathouse by about £1.2k a month",
        "Staff rota app cut agency spend by £900 in October",
    ] {
        let r = assert_reason(text, None);
        assert_eq!(r.intent, Intent::Benefit, "{text}");
        assert!(r.amount.is_some(), "{text}: {r:?}");
    }
    // Money saved on something, told alone, is the amount too.
    let r = assert_reason(
        "Staff rota app has saved us about £300 a month on agency cover and payroll queries 👍",
        None,
    );
    assert_eq!(r.intent, Intent::Benefit);
    // Hours saved, told with their money, are the measured result.
    assert_reason(
        "the online booking system saved 600 admin hours, around £9k, in Q3",
        Some("saved 600 admin hours"),
    );
    // Another result told with the money is the reason.
    assert_reason(
        "staff rota app cut costs by £4k this year from fewer agency shifts",
        Some("fewer agency shifts"),
    );
}

// Convention 16.
#[test]
fn a_scope_in_a_clause_of_its_own_after_the_verdict_is_the_reason() {
    for (text, reason) in [
        ("site wi-fi upgrade approved at £42k, phase 1 only", "phase 1 only"),
        (
            "Approved phase 1 of the climbing wall sensors, £9k. Just the two bouldering walls for now, the lead wall next year.",
            "Just the two bouldering walls for now, the lead wall next year",
        ),
        (
            "Kayak fleet tracking: approved 8 of the 12 trackers, £4k. The sea kayak ones are dropped.",
            "The sea kayak ones are dropped",
        ),
        (
            "Booking system rescoped to £30k, two centres only",
            "two centres only",
        ),
    ] {
        let r = assert_reason(text, Some(reason));
        assert_eq!(r.intent, Intent::Decision, "{text}");
    }
}

#[test]
fn a_scope_inside_the_verdicts_words_is_no_reason() {
    for text in [
        "Booking system - change of plan. Board's scaled it back to the two centres only, £30k",
        "We have landed the decision on kayak fleet tracking: it continues only for the 12 sea kayaks, not the canoes. New budget £6k.",
        "Climbing wall sensors approved for the bouldering walls only, £9k",
        "we've agreed to rescope the online booking system down to group bookings only, £18k rather than the original £40k.",
    ] {
        let r = assert_reason(text, None);
        assert_eq!(r.intent, Intent::Decision, "{text}");
    }
}

// Convention 17.
#[test]
fn a_third_partys_ask_for_a_new_thing_is_a_new_investment_asking_its_cost() {
    for (text, unit, name) in [
        (
            "Catering asked about a pizza oven for the cafe terrace, no £ yet",
            "Catering",
            "pizza oven",
        ),
        (
            "Climbing asked about a new auto-belay for the training wall, nothing decided",
            "Climbing",
            "auto-belay",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
        assert_eq!(r.unit.as_deref(), Some(unit), "{text}: {r:?}");
        assert_eq!(r.investment.as_deref(), Some(name), "{text}: {r:?}");
        assert_eq!(r.missing, vec![Missing::Amount], "{text}: {r:?}");
    }
}

#[test]
fn an_ask_in_a_bullet_of_minutes_is_its_own_record() {
    let text = "Boathouse mtg 26/11:\n- kayak fleet tracking: keep going through winter, sea kayaks only\n- Dan asked about a new safety boat engine, nothing decided";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{r:?}");
    assert_eq!(r.also.len(), 1, "{r:?}");
    let ask = &r.also[0];
    assert_eq!(ask.intent, Intent::Investment, "{ask:?}");
    assert_eq!(
        ask.investment.as_deref(),
        Some("safety boat engine"),
        "{ask:?}"
    );
    assert_eq!(ask.unit.as_deref(), Some("Water Sports"), "{ask:?}");
    assert_eq!(ask.missing, vec![Missing::Amount], "{ask:?}");
}

#[test]
fn an_ask_answered_by_the_writer_is_a_note() {
    for text in [
        "Catering want a new coffee roaster, I said bring a business case",
        "sat down with Climbing, they want a new bouldering cave; I'll scope it by end of month",
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
    }
}

#[test]
fn a_scope_after_a_dash_and_what_waits_is_the_reason() {
    for (text, reason) in [
        (
            "Site wi-fi upgrade approved at £42k - phase 1 only, the lodges wait for the new mast",
            "phase 1 only, the lodges wait for the new mast",
        ),
        (
            "Site wi-fi upgrade approved at £42k - phase 1 only",
            "phase 1 only",
        ),
    ] {
        assert_reason(text, Some(reason));
    }
}

#[test]
fn the_figure_a_cut_back_amount_replaces_is_no_reason() {
    let text = "Morag, the climbing wall sensors are approved but only £9k, not the 14 that Climbing asked. Only the bouldering walls for now.";
    let r = assert_reason(text, Some("Only the bouldering walls for now"));
    assert_eq!(r.verdict, Some(Verdict::Approve));
}

// Seen while testing convention 15.
#[test]
fn a_till_named_is_a_thing_not_until() {
    for (text, reason) in [
        (
            "cafe till upgrade cut costs by £4k this year from fewer cash counts",
            Some("fewer cash counts"),
        ),
        (
            "the cafe till upgrade cut card fees by £900 in October",
            None,
        ),
    ] {
        let r = assert_reason(text, reason);
        assert_eq!(r.investment.as_deref(), Some("Cafe Till Upgrade"), "{text}");
    }
}
