//! More intents and verdicts the reader missed, in the zoo and aquarium trust's words of
//! `intent_misses_tests.rs` (its directory and helpers): American idioms for a verdict, a no
//! for now with a look-again, fiscal-year holds, chat in a verdict's words, counted results,
//! conditions, agenda items, and verdicts said as what we are or are not doing.

use super::intent_misses_tests::{assert_intent, d, dir, gbp, read_zoo, rules_intent};
use super::*;

/// Read on 2026-11-27 in a US tenant (dates month first, bare amounts in dollars).
fn read_zoo_us(text: &str) -> Reading {
    test_names::read_us(text, "nina", "2026-11-27", &dir())
}

#[test]
fn american_idioms_for_a_verdict() {
    for (text, verdict) in [
        ("boiler replacement: punt to Q2", Verdict::Defer),
        ("we punted the kiosks to next FY", Verdict::Defer),
        ("Membership CRM - hard pass, too pricey", Verdict::Reject),
        ("we're sunsetting the kiosk pilot on 12/31", Verdict::Stop),
    ] {
        let r = read_zoo_us(text);
        assert_eq!(r.intent, Intent::Decision, "{text}");
        assert_eq!(r.verdict, Some(verdict), "{text}");
    }
    assert_eq!(
        read_zoo_us("we're sunsetting the kiosk pilot on 12/31").date,
        d("2026-12-31")
    );
}

#[test]
fn a_no_for_now_with_a_look_again_is_a_deferral() {
    for text in [
        "kiosks: no-go for now, revisit EOQ",
        "boiler replacement - rejected for now, we'll look again in March",
    ] {
        let r = read_zoo(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}");
        assert!(r.review_date.is_some(), "{text}");
    }
    // A plain refusal stays one.
    assert_eq!(
        read_zoo("kiosks: no-go, too dear").verdict,
        Some(Verdict::Reject)
    );
}

#[test]
fn back_in_a_month_after_a_past_verb_is_when_it_happened() {
    let r = read_zoo("Membership CRM was approved back in October");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.review_date, None);
    assert_eq!(r.date, d("2026-10-01"));
    let r = read_zoo("membership CRM: 300 lapsed members won back in Oct = ~£18k");
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(r.due, None);
    // Coming back to it in a month still looks again then.
    let r = read_zoo("Membership CRM parked, we'll come back in March");
    assert_eq!(r.review_date, d("2027-03-01"));
}

#[test]
fn hold_until_or_deferred_to_a_fiscal_year() {
    let r = assert_intent("keeper rota app: hold until after Easter", Intent::Decision);
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.review_date, d("2027-03-29"));
    let r = read_zoo("Boiler replacement deferred to FY28");
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.review_date, d("2028-01-01"));
    // A fiscal year naming a budget is no date.
    let r = read_zoo("Boiler replacement deferred, the FY27 budget is spent");
    assert_eq!(r.review_date, None);
}

#[test]
fn chat_that_uses_a_verdicts_words_is_no_decision() {
    for text in [
        "I approve of this meme 😂",
        "approved my leave for Xmas 🎄",
        "can someone sign off my expenses",
        "we've cancelled the kiosk vendor call tomorrow",
        "Monday's stand-up with Visitors is cancelled",
    ] {
        assert_ne!(read_zoo(text).intent, Intent::Decision, "{text}");
        assert_eq!(read_zoo(text).verdict, None, "{text}");
    }
    // The work itself cancelled still is a stop.
    let r = read_zoo("we've cancelled the kiosk pilot, queues got worse");
    assert_eq!(r.verdict, Some(Verdict::Stop));
    let r = read_zoo("approved the membership CRM, £45k");
    assert_eq!(r.verdict, Some(Verdict::Approve));
}

#[test]
fn a_counted_result_of_named_work_is_news() {
    for text in [
        "the ticketing kiosks stopped 14 fake tickets last week, nothing to put a £ on",
        "life support upgrade caught 3 pump faults before they hit the tanks",
    ] {
        let r = assert_intent(text, Intent::Note);
        assert!(r.investment.is_some(), "{text}");
        assert_eq!(r.verdict, None, "{text}");
    }
    // Counting with nothing named is chat.
    assert_eq!(
        read_zoo("my phone blocked 12 spam calls today").intent,
        Intent::None
    );
}

#[test]
fn an_approval_subject_to_a_condition_keeps_it_as_the_reason() {
    let r = read_zoo("Boiler replacement - approved subject to a second quote");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.rationale.as_deref(), Some("subject to a second quote"));
    let r = read_zoo("membership CRM approved at £45k, subject to legal review of the contract");
    assert_eq!(
        r.rationale.as_deref(),
        Some("subject to legal review of the contract")
    );
}

#[test]
fn a_thing_on_the_agenda_is_news_about_it() {
    let r = assert_intent(
        "Membership CRM is on the agenda for the 9 Dec board",
        Intent::Note,
    );
    assert_eq!(r.investment.as_deref(), Some("Membership CRM"));
    assert_eq!(r.date, None);
}

#[test]
fn verdicts_said_as_what_we_are_doing_or_not_doing_read() {
    for (text, verdict) in [
        (
            "Since nobody renews by post any more, we're approving the membership CRM at £45k",
            Verdict::Approve,
        ),
        (
            "Not approving the boiler replacement this year, the old one has life in it",
            Verdict::Reject,
        ),
        (
            "Board agreed £22k to take the keeper rota app to all sites",
            Verdict::Approve,
        ),
        (
            "Finance allocated £40k for the ticketing kiosks",
            Verdict::Approve,
        ),
    ] {
        let r = read_zoo(text);
        assert_eq!(r.verdict, Some(verdict), "{text}");
        assert_eq!(r.intent, Intent::Decision, "{text}");
    }
    // Agreed on something other than money is no approval of a sum.
    let r = read_zoo("we agreed to meet again on the keeper rota app next week");
    assert_ne!(r.verdict, Some(Verdict::Approve));
}

#[test]
fn money_an_investment_is_saving_now_is_a_benefit_and_a_proposal_s_saving_is_not() {
    for text in [
        "the Ticketing Kiosks are saving £3k a month",
        "Keeper Rota App: rota admin down to 2 hrs a week, saving £1.5k a month",
        "Boiler Replacement saves £800 a month on gas",
    ] {
        let r = assert_intent(text, Intent::Benefit);
        assert!(r.amount.is_some(), "{text}: {r:?}");
    }
    // Said of a thing still to be bought, the saving is what it is expected to give.
    let r = assert_intent(
        "proposing a new Gift Aid Scanner at £12k, saving £4k a year",
        Intent::Investment,
    );
    assert_eq!(r.amount, gbp(1_200_000));
}

#[test]
fn a_lead_in_word_at_a_sentence_start_is_nobody_asked_to_act() {
    // "Just to flag …" is how the writer opens, not "Just" asked to flag something: the
    // verdict after it is the record's, and nobody owns a follow-up.
    for (text, verdict) in [
        (
            "Just to flag the gift aid scanner was approved today at £18k",
            Verdict::Approve,
        ),
        (
            "Also to note the membership CRM is paused until spring",
            Verdict::Defer,
        ),
        (
            "Just to confirm the boiler replacement is approved",
            Verdict::Approve,
        ),
    ] {
        let r = assert_intent(text, Intent::Decision);
        assert_eq!(r.verdict, Some(verdict), "{text}");
        assert!(r.follow_ups.is_empty(), "{text}: {:?}", r.follow_ups);
    }
    // What a machine keeps doing is news, not a verdict on it.
    let r = assert_intent(
        "Just to flag the ticketing kiosks keep rejecting gift cards, vendor is coming in on Thursday",
        Intent::Note,
    );
    assert_eq!(r.verdict, None);
    // A person's name in the same place still owns the task.
    let r = read_zoo("Priya to confirm the boiler replacement quote by Friday");
    assert_eq!(r.follow_ups.len(), 1);
    assert_eq!(r.follow_ups[0].owner, "Priya");
}

#[test]
fn a_parking_lot_is_a_place_not_a_deferral() {
    for text in [
        "morning all. parking lot B is closed again for the resurfacing, use the overflow",
        "the car park barrier ate my ticket again",
        "parking spaces by the penguin house are coned off today",
    ] {
        assert_eq!(read_zoo(text).verdict, None, "{text}");
        assert_eq!(rules_intent(text), Intent::None, "{text}");
    }
    // Parking a thing is still a deferral.
    let r = read_zoo("parking the membership CRM until spring");
    assert_eq!(r.verdict, Some(Verdict::Defer));
}

#[test]
fn a_known_work_late_or_stalled_is_news() {
    for text in [
        "ICT catch-up re membership CRM: data migration is late",
        "the keeper rota app is behind again, vendor short of devs",
        "boiler replacement stalled waiting on the gas board",
        "ticketing kiosks back on track after the firmware fix",
    ] {
        assert_intent(text, Intent::Note);
    }
}

#[test]
fn a_trial_run_for_one_more_season_goes_on() {
    for text in [
        "Keeper rota app will be tested one more winter, decision about full rollout in April",
        "we're trialling the ticketing kiosks for another season",
        "boiler replacement pilot to run a further quarter",
    ] {
        let r = assert_intent(text, Intent::Decision);
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}");
    }
    // A test still to be planned is no verdict.
    assert_eq!(
        read_zoo("the kiosks were tested last winter").verdict,
        None,
        "a past trial"
    );
}

#[test]
fn plain_ways_to_choose_refuse_stop_or_hold_a_budget() {
    for (text, verdict) in [
        (
            "ok so the membership CRM — Vendor A quoted £96k, we're going w/ Vendor B at £30k instead",
            Verdict::Approve,
        ),
        (
            "Membership CRM: we are going with the cheaper quote, £40k",
            Verdict::Approve,
        ),
        (
            "The keeper rota app will not be bought. The paper rota works fine.",
            Verdict::Reject,
        ),
        (
            "Nobody used the ticketing kiosks after August, we're switching them off.",
            Verdict::Stop,
        ),
        (
            "Boiler replacement: the board confirms the budget of £1.2m stays.",
            Verdict::Continue,
        ),
        // The multiplier's own dot ends no sentence.
        (
            "Boiler replacement: board confirms the go-live date 19.04.2027 and the budget of 1,2 Mio. GBP stays.",
            Verdict::Continue,
        ),
    ] {
        let r = assert_intent(text, Intent::Decision);
        assert_eq!(r.verdict, Some(verdict), "{text}");
    }
    // Lights switched off, a budget that stays a secret, going with the flow: no verdicts.
    for text in [
        "remember to switch off the lights in the aquarium tunnel",
        "we're going with the flow on the rota app for now",
    ] {
        assert_eq!(read_zoo(text).verdict, None, "{text}");
    }
}
