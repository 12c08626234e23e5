//! Readings of forms from the eleventh round of writers the reader had not met (a US
//! builder's superintendents on Discord, a UK wildlife charity's trustees on Slack, an
//! Australian pub group's venue managers), worded here for a cinema chain with sites in
//! Leeds and Denver: a change in a per-ticket figure beside the year's worth, the Aussie
//! "pulling the pin" and "canning it", "pushing to Feb", "not renewing".

use super::test_names::directory;
use super::*;
use crate::domain::Verdict;

/// A cinema chain with a booking app, seat kiosks and a projection fleet.
fn dir() -> StaticDirectory {
    directory(
        &[
            ("Box Office", &["Tickets"]),
            ("Concessions", &["Candy Bar"]),
            ("Projection", &[]),
            ("Digital", &[]),
        ],
        &[
            ("Booking App", "Digital"),
            ("Seat Kiosks", "Box Office"),
            ("Laser Projector Rollout", "Projection"),
            ("Candy Bar Tills", "Concessions"),
            ("Staff Scheduling Tool", "Box Office"),
        ],
    )
}

fn us(text: &str) -> Reading {
    test_names::read_us(text, "morgan", "2026-11-27", &dir())
}

fn uk(text: &str) -> Reading {
    test_names::read_on_test_day(text, "morgan", &dir())
}

fn rules_and_model(text: &str, intent: Intent, verdict: Option<Verdict>) -> Reading {
    test_names::assert_reads(
        text,
        "morgan",
        &dir(),
        ReaderSettings::default(),
        intent,
        verdict,
    )
}

#[test]
fn a_change_in_a_per_ticket_figure_is_not_the_benefits_money() {
    for (text, want) in [
        (
            "booking app is flying - avg spend per ticket up $3 in Denver since July, roughly $60k extra a year",
            6_000_000,
        ),
        (
            "Candy bar tills: spend per head up $2, about $4k a month more at the Denver site",
            4_800_000,
        ),
    ] {
        let r = us(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}");
        assert_eq!(
            r.amount,
            Some(Money::new(want, crate::money::Currency::USD)),
            "{text}"
        );
    }
}

#[test]
fn pulling_the_pin_and_canning_it_stop_the_work() {
    for text in [
        "Seat kiosks - we're pulling the pin. Staff won't use them, still selling at the counter",
        "Seat kiosks - canning it. Hardly anyone used them and the lease costs us £2k a month",
        "We've pulled the pin on the seat kiosks",
    ] {
        let r = rules_and_model(text, Intent::Decision, Some(Verdict::Stop));
        assert_eq!(r.investment.as_deref(), Some("Seat Kiosks"), "{text}");
        assert_eq!(r.amount, None, "{text}");
    }
}

#[test]
fn pushing_to_a_month_defers_to_it() {
    let text = "Laser projectors: pushing to Feb, the distributor's contract is up then";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Defer));
    assert_eq!(r.review_date, "2027-02-01".parse().ok(), "{text}");
    let r = uk("Still pushing for the laser projector rollout at the Leeds site");
    assert_ne!(r.verdict, Some(Verdict::Defer), "pushing for");
}

#[test]
fn not_renewing_stops_the_work() {
    let text = "Staff scheduling tool: not renewing it, nobody has logged in since August";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Stop));
    assert_eq!(
        r.investment.as_deref(),
        Some("Staff Scheduling Tool"),
        "{text}"
    );
    let text = "Approved the laser projectors at £90k, renewing the old lamps costs more";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(
        r.investment.as_deref(),
        Some("Laser Projector Rollout"),
        "{text}"
    );
}

#[test]
fn we_cut_a_cost_by_money_a_month_is_a_saving_already_made() {
    for (text, want) in [
        (
            "laser projectors flagged idle time on the trucks, we cut fuel by ~$2,000/mo",
            24_000,
        ),
        (
            "Laser projectors: we cut power by about $1.5k a month at the Denver site",
            18_000,
        ),
    ] {
        let r = test_names::assert_reads(
            text,
            "morgan",
            &dir(),
            ReaderSettings {
                day_first: false,
                default_currency: crate::money::Currency::USD,
            },
            Intent::Benefit,
            None,
        );
        assert_eq!(
            r.investment.as_deref(),
            Some("Laser Projector Rollout"),
            "{text}"
        );
        assert_eq!(r.amount, test_names::whole(want, "USD"), "{text}");
    }
}

#[test]
fn scaled_it_back_rescopes() {
    let text =
        "Laser projectors - change of plan. Board's scaled it back to the Leeds site only, £180k";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Rescope));
    assert_eq!(r.amount, test_names::whole(180_000, "GBP"), "{text}");
}

#[test]
fn trustees_agreed_the_named_work_at_a_sum_approve_it() {
    let text = "Quick update from last night's board. They agreed the booking app at £86,000, which is more than we asked for.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("Booking App"), "{text}");
    assert_eq!(r.amount, test_names::whole(86_000, "GBP"), "{text}");
    let text = "The board agreed the revised budget of £120k for the booking app";
    let r = uk(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}");
}

#[test]
fn a_minutes_follow_up_after_its_subject_and_a_colon_is_its_own_note() {
    let text = "Notes from yesterday's digital group:\n- Booking app: approved to go to tender, budget £60k\n- Seat kiosks: Aisha to book the vendor demo by 16/12\n- Next meeting 20/01";
    let r = uk(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}");
    assert_eq!(r.investment.as_deref(), Some("Booking App"), "{text}");
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    let note = &r.also[0];
    assert_eq!(note.intent, Intent::Note, "{text}");
    assert_eq!(note.investment.as_deref(), Some("Seat Kiosks"), "{text}");
    assert_eq!(note.due, "2026-12-16".parse().ok(), "{text}");
    let text = "Minutes:\n- Booking app: approved to go to tender, £60k\n- Seat kiosks: decided to wait for the new lease";
    let r = uk(text);
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Defer), "{text}");
}

#[test]
fn a_pilot_that_gets_another_few_months_goes_on() {
    for text in [
        "Box office: the seat kiosks pilot gets another three months. It's now taking 70% of walk-up sales",
        "Seat kiosks trial given another 2 months, staff finally like them",
    ] {
        let r = rules_and_model(text, Intent::Decision, Some(Verdict::Continue));
        assert_eq!(r.investment.as_deref(), Some("Seat Kiosks"), "{text}");
    }
}

#[test]
fn were_not_doing_the_named_work_refuses_it() {
    let text = "Morgan here - we're NOT doing the laser projector rollout to every screen. 400 bucks a head plus the service fee is too rich for us rn";
    let r = test_names::assert_reads(
        text,
        "morgan",
        &dir(),
        ReaderSettings {
            day_first: false,
            default_currency: crate::money::Currency::USD,
        },
        Intent::Decision,
        Some(Verdict::Reject),
    );
    assert_eq!(
        r.investment.as_deref(),
        Some("Laser Projector Rollout"),
        "{text}"
    );
    // A price a head is no amount of the refusal.
    assert_eq!(r.amount, None, "{text}");
}

#[test]
fn the_christmas_fair_is_an_event_not_christmas_day() {
    let text = "Candy bar tills took an extra £1,550 at the Christmas fair on Saturday";
    let r = uk(text);
    assert_eq!(r.date, "2026-11-21".parse().ok(), "{text}");
    let text = "Seat kiosks parked until after Christmas";
    assert_eq!(uk(text).review_date, "2026-12-26".parse().ok(), "{text}");
}

#[test]
fn a_measure_cut_from_one_figure_to_another_and_its_worth_a_year_is_a_benefit() {
    for text in [
        "laser projectors cut lamp swaps from 12 a month to 1 per screen. Thats about 20K/yr in call-outs",
        "Projection says the laser projectors cut lamp swaps from 12 a month to 1 per screen. Thats about 20K/yr in call-outs",
    ] {
        let r = us(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}");
        assert_eq!(r.amount, test_names::whole(20_000, "USD"), "{text}");
        let rules = test_names::read_by_rules_on_test_day(
            text,
            "morgan",
            &dir(),
            ReaderSettings::default(),
        );
        assert_eq!(rules.intent, Intent::Benefit, "rules: {text}");
    }
}

#[test]
fn deciders_who_agreed_or_asked_us_to_pause_defer() {
    for text in [
        "SMT agreed to hold the seat kiosks until we hear back on the lease",
        "After a long discussion, the board have asked us to pause the seat kiosks while we review the data policy.",
    ] {
        let r = rules_and_model(text, Intent::Decision, Some(Verdict::Defer));
        assert_eq!(r.investment.as_deref(), Some("Seat Kiosks"), "{text}");
    }
}

#[test]
fn takings_raised_an_extra_sum_are_a_benefit() {
    for text in [
        "The candy bar tills raised an extra £1,550 at the Christmas fair on Saturday — people just don't carry cash any more.",
        "Candy bar tills took an extra £1,550 on Saturday, nobody carries cash now",
    ] {
        let r = rules_and_model(text, Intent::Benefit, None);
        assert_eq!(r.investment.as_deref(), Some("Candy Bar Tills"), "{text}");
        assert_eq!(r.amount, test_names::whole(1_550, "GBP"), "{text}");
        assert_eq!(r.date, "2026-11-21".parse().ok(), "{text}");
    }
    // Money asked for on top is no takings.
    let text = "Candy bar tills: Concessions asked for an extra £1,550 for card readers";
    assert_ne!(uk(text).intent, Intent::Benefit, "{text}");
}

#[test]
fn a_bar_pouring_drinks_over_measure_decides_nothing() {
    let text = "Candy bar tills: Leeds is pouring 9% over on large cokes, $700 a week down the drain. Sam to retrain the staff by 11/12";
    let r = uk(text);
    assert_eq!(r.verdict, None, "{text}");
    assert_ne!(r.intent, Intent::Decision, "{text}");
    let text = "We're pouring £300k into the booking app";
    assert_eq!(uk(text).verdict, Some(Verdict::Approve), "{text}");
}
