//! Verdicts and intents the reader missed, each read in another writer's words (a UK car
//! dealership group, in pounds): a thing taken off the table for its price, money against a
//! budget or a quote, an investment added to more sites, and an outsider's verdict on what
//! is not ours.
//!
//! Each intent is checked twice: as the reader reads it (the shipped intent model included)
//! and by the rules alone, so a retrained model cannot hide a rule that went missing.

use super::*;

/// A UK car dealership group: sales, the workshops, finance, marketing, IT.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Sales", &["Showrooms"]),
            ("Aftersales", &["Workshop", "Service"]),
            ("Finance", &[]),
            ("Marketing", &[]),
            ("Technology", &["IT"]),
        ],
        &[
            ("Dealer Management System", "Technology"),
            ("Workshop Booking App", "Aftersales"),
            ("Showroom Screens", "Sales"),
            ("Valeting Robots", "Aftersales"),
            ("Customer Portal", "Sales"),
            ("Parts Ordering Tool", "Aftersales"),
        ],
    )
}

/// `text` reads as `intent` with `verdict`, by the rules alone and as shipped.
fn assert_reads(text: &str, intent: Intent, verdict: Option<Verdict>) -> Reading {
    test_names::assert_reads(
        text,
        "gemma",
        &dir(),
        ReaderSettings::default(),
        intent,
        verdict,
    )
}

#[test]
fn off_the_table_for_its_price_is_a_refusal() {
    for text in [
        "Far too pricey for a showroom that's busy two Saturdays a year - the showroom screens are off the table.",
        "The valeting robots are off the table, £90k is too much for what they do",
    ] {
        assert_reads(text, Intent::Decision, Some(Verdict::Reject));
    }
    // Work ended for another reason is stopped.
    let text =
        "pls log that the customer portal is off the table for 2027 - the new DMS does it anyway";
    assert_reads(text, Intent::Decision, Some(Verdict::Stop));
}

#[test]
fn money_against_a_budget_or_quote_is_no_benefit() {
    for text in [
        "Harrogate refit: the ramps came in £12k under, so the job lands at £388k not £400k. FYI only.",
        "Chasing @tom for the parts ordering tool invoice - £8,450 vs the £8k PO. Needs sorting by 10/12.",
        "Showroom screens install was $3k over the quote, nothing to decide",
    ] {
        let r = test_names::read_on_test_day(text, "gemma", &dir());
        assert_ne!(r.intent, Intent::Benefit, "{text}: {r:?}");
        let r = test_names::read_by_rules_on_test_day(
            text,
            "gemma",
            &dir(),
            ReaderSettings::default(),
        );
        assert_ne!(r.intent, Intent::Benefit, "rules: {text}: {r:?}");
    }
}

#[test]
fn adding_an_investment_to_more_sites_approves_it() {
    for text in [
        "Workshop booking app: we're adding it to the two Sheffield branches, £18k, Tom owns it",
        "We're rolling the showroom screens out to 4 more sites, £60k",
    ] {
        assert_reads(text, Intent::Decision, Some(Verdict::Approve));
    }
    // Adding a thing to a list or a basket is no verdict.
    let r = test_names::read_on_test_day(
        "I'm adding the valeting robots to Thursday's agenda",
        "gemma",
        &dir(),
    );
    assert_eq!(r.verdict, None, "{r:?}");
}

#[test]
fn an_outsiders_verdict_on_their_own_terms_is_not_ours() {
    for text in [
        "Ball rejected the can art for the winter seasonal, the bleed's wrong again",
        "DVLA knocked back the plates for the demo fleet, resubmitting Monday",
        "Ford turned down the co-op ad proof, logo's too small",
    ] {
        let r = test_names::read_on_test_day(text, "gemma", &dir());
        assert_eq!(r.verdict, None, "{text}: {r:?}");
        assert_ne!(r.intent, Intent::Decision, "{text}: {r:?}");
    }
    // A person of ours, or a body that decides, still decides for us.
    for text in [
        "Priya rejected the valeting robots, £90k is too much",
        "The board knocked back the customer portal",
    ] {
        assert_reads(text, Intent::Decision, Some(Verdict::Reject));
    }
    // A thing named for a submission is no submission.
    let text = "Budget approved £30k for label printers in the parts stores";
    assert_reads(text, Intent::Decision, Some(Verdict::Approve));
}

#[test]
fn killing_time_stops_nothing() {
    for text in [
        "killing time at Heathrow, flight to the dealer conference is delayed again ✈️😩",
        "Killed an hour in the Harrogate showroom waiting for the valeting robots demo",
    ] {
        let r = test_names::read_on_test_day(text, "gemma", &dir());
        assert_eq!(r.verdict, None, "{text}: {r:?}");
        assert_ne!(r.intent, Intent::Decision, "{text}: {r:?}");
    }
    // Killing the work itself still stops it.
    let text = "We're killing the valeting robots, nobody uses them";
    assert_reads(text, Intent::Decision, Some(Verdict::Stop));
}
