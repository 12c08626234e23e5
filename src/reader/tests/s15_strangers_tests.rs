//! Readings of forms from round S15's writers the reader had not met (a Welsh housing
//! association, a West Texas oilfield services company, a Singapore freight forwarder),
//! worded here for a Cumbrian mountain-bike trail centre: "KIV" for a deferral, "we
//! continue for another year", "…, approved." closing the clause of the money, "- said no"
//! after an ask, "pulling the … off/out of", "we're finishing with the …", "no way we're
//! doing the …", "we stop at 20 instead of 30".

use super::test_names::{assert_reads, directory, read_day_first_in};
use super::*;
use crate::domain::Verdict;

/// A Cumbrian mountain-bike trail centre: the trails, bike hire, the café, the workshop.
fn dir() -> StaticDirectory {
    directory(
        &[
            ("Trails", &["Trail Crew", "Rangers"]),
            ("Bike Hire", &["Hire", "Hire Desk"]),
            ("Café", &["Cafe", "Kitchen"]),
            ("Workshop", &["Mechanics"]),
            ("Finance", &["Treasurer"]),
        ],
        &[
            ("Trail Counter Network", "Trails"),
            ("Hire Fleet Replacement", "Bike Hire"),
            ("Online Booking System", "Bike Hire"),
            ("Café Till System", "Café"),
            ("Uplift Van", "Trails"),
            ("Rider Safety Cameras", "Trails"),
            ("Car Park ANPR", "Finance"),
        ],
    )
}

fn read(text: &str) -> Reading {
    read_day_first_in(text, "cerys", "GBP", &dir())
}

fn rules_and_model(text: &str, intent: Intent, verdict: Option<Verdict>) -> Reading {
    assert_reads(
        text,
        "cerys",
        &dir(),
        ReaderSettings::default(),
        intent,
        verdict,
    )
}

/// "KIV" (keep in view) is Singapore and Malaysian office English for putting a thing off:
/// "X KIV until after budget cycle", "$65k - KIV till March".
#[test]
fn kiv_puts_the_work_off() {
    let text = "Uplift van KIV until after the budget round. Visitor numbers are down this autumn.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Defer));
    assert_eq!(r.investment.as_deref(), Some("Uplift Van"), "{text}");
    let text = "Trail counters phase 2, £14k - KIV till May, the council are changing the permit rules in April.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Defer));
    assert_eq!(r.review_date, Some("2027-05-01".parse().unwrap()), "{text}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Trail Counter Network"),
        "{text}"
    );
}

/// "we continue for another year": kept going for a further term, as "keeping it for
/// another year" (convention 12).
#[test]
fn we_continue_for_another_year_goes_on() {
    let text = "Online booking we continue for another year, £6k. No-shows are down a third since it went in.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Continue));
    assert_eq!(
        r.investment.as_deref(),
        Some("Online Booking System"),
        "{text}"
    );
}

/// "needs another £9k for …, approved.": the verdict word closing the clause of the money.
#[test]
fn approved_closing_the_clause_of_the_money() {
    let text = "The hire fleet replacement needs another £9k for the e-bike chargers, approved. We can't rent e-bikes without them.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(
        r.investment.as_deref(),
        Some("Hire Fleet Replacement"),
        "{text}"
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("We can't rent e-bikes without them"),
        "{text}"
    );
}

/// "<unit> asked for a … - said no.": the ask answered, a refusal of the thing asked for.
#[test]
fn said_no_after_an_ask_refuses_it() {
    let text =
        "Workshop asked for a tyre machine - said no. The mechanics do it by hand in five minutes.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Reject));
    assert_eq!(r.investment.as_deref(), Some("tyre machine"), "{text}");
}

/// "We're pulling the … off the jump line": kit taken out stops the work.
#[test]
fn pulling_the_kit_off_stops_it() {
    let text = "We're pulling the rider safety cameras off the jump line. Riders kept knocking them and we never got a usable clip.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Stop));
    assert_eq!(
        r.investment.as_deref(),
        Some("Rider Safety Cameras"),
        "{text}"
    );
}

/// "We're finishing with the … at New Year": done with the thing, a stop.
#[test]
fn finishing_with_the_thing_stops_it() {
    let text = "We're finishing with the car park ANPR at New Year. Nobody pays the fines and the landowner hates the signs.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Stop));
    assert_eq!(r.investment.as_deref(), Some("Car Park ANPR"), "{text}");
    // Said ahead, the stop takes effect on the coming Christmas (the corpus's convention).
    let text =
        "We're finishing with the uplift van at Christmas, the hire fleet does the shuttles now.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Stop));
    assert_eq!(r.date, Some("2026-12-25".parse().unwrap()), "{text}");
}

/// "no way we're doing the …": a refusal, said as the writer would say it aloud.
#[test]
fn no_way_were_doing_it_refuses() {
    let text = "ain't no way we're doing the pump track lights. £30k for something used four months a year";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Reject));
    assert_eq!(r.investment.as_deref(), Some("pump track lights"), "{text}");
}

/// "we stop at 20 bikes instead of 30, £48k": fewer than planned, a rescope, not a stop.
#[test]
fn stop_at_fewer_than_planned_rescopes() {
    let text = "Hire fleet replacement, we stop at 20 bikes instead of 30, £48k. The older 10 are fine after a service.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Rescope));
    assert_eq!(
        r.investment.as_deref(),
        Some("Hire Fleet Replacement"),
        "{text}"
    );
    let _ = read(text);
}

/// A slight fragment after the verdict's comma ("slippage and all", "to replace it",
/// "tidy") is no reason when a sentence of its own follows: that sentence is, and a month
/// inside it is no date of the decision.
#[test]
fn a_slight_fragment_yields_to_the_reason_sentence_after() {
    let text = "Booking system - we're carrying on, slippage and all. The old one is out of support in May and we've no choice.";
    let r = read(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("The old one is out of support in May and we've no choice"),
        "{text}"
    );
    assert_eq!(r.date, None, "{text}");
    let text = "Uplift van: approved £48k to replace it. It broke down twice last month.";
    let r = read(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("It broke down twice last month"),
        "{text}"
    );
    assert_eq!(r.date, None, "{text}");
}

/// A count said in words ("zero vandalism in Oct", "two break-ins in October") closing a
/// note's clause, like a count in figures, gives the month it was counted in, no date.
#[test]
fn a_count_in_words_in_a_month_is_no_date_of_a_note() {
    let text = "Trail counter pilot went well, zero vandalism in Oct vs 3 last year.";
    let r = read(text);
    assert_eq!(r.intent, Intent::Note, "{text}");
    assert_eq!(r.date, None, "{text}");
}

/// A market price told in the reason ("oil's at $58", "diesel's at £1.60") is the state of
/// the market, no money the decision is about.
#[test]
fn a_market_price_is_no_amount() {
    let text =
        "uplift van - holding off. oil's at $58 and the operators ain't spending. look at it again in March";
    let r = super::test_names::read_us(text, "cerys", "2026-11-27", &dir());
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}");
    assert_eq!(r.amount, None, "{text}");
}

/// Kit told as in at a place ("the cameras are in at the jump line and recording") is news
/// about the work, a note, as "the handsets are in and programmed" is.
#[test]
fn kit_in_at_a_place_is_news() {
    for text in [
        "the rider safety cameras are in at the jump line and recording",
        "There's lovely - the first batch of rider safety cameras are in at the jump line and recording",
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::Note, "{text}");
        assert_eq!(r.investment.as_deref(), Some("Rider Safety Cameras"), "{text}");
    }
}

/// "sticking with it, 12 more bikes in Q1": a quarter just ahead, in a clause that tells
/// nothing done, is a plan, no date of the decision (as a month just ahead is).
#[test]
fn a_quarter_just_ahead_is_a_plan() {
    let text = "Hire fleet replacement - sticking with it, 12 more bikes in Q1. The old ones are in the workshop more than on the trails.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}");
    assert_eq!(r.date, None, "{text}");
}

/// "who's doing the barbecue saturday? I'll bring burgers": a question asking who, with no
/// verdict, money or task, is chat, whatever day it names.
#[test]
fn asking_who_is_chat() {
    let text = "who's doing the barbecue saturday? I'll bring burgers";
    let r = read(text);
    assert_eq!(r.intent, Intent::None, "{text}");
}

/// "signed the PO for the uplift van", "signed the AFE for the yard expansion": the
/// spending form signed for a thing approves that thing.
#[test]
fn a_spending_form_signed_approves() {
    let text = "The chair signed the PO for the uplift van after all, £32k. Second-hand, the new ones can wait.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("Uplift Van"), "{text}");
}

/// A spending form named like a known investment ("the AFE" beside the AFE Approval
/// Workflow, "the PO" beside the PO Matching Automation) and said "for" a thing is that
/// thing's form, not the investment.
#[test]
fn a_spending_form_for_a_thing_names_the_thing() {
    let mut d = dir();
    d.investments
        .push(super::test_names::inv("PO Matching Automation", "Finance"));
    let text = "The chair signed the PO for the uplift van after all, £32k.";
    let r = read_day_first_in(text, "cerys", "GBP", &d);
    assert_eq!(r.investment.as_deref(), Some("Uplift Van"), "{text}");
    assert_eq!(r.unit.as_deref(), Some("Trails"), "{text}");
}

/// "Rangers want barrier gates for all 3 car parks" beside the Car Park ANPR: a known
/// name's short form counted after "for", "on" or "across" is the things the new kit is
/// for, not the investment.
#[test]
fn counted_things_a_new_thing_is_for_are_no_mention() {
    let text = "Rangers want barrier gates for all 3 car parks, around £9k.";
    let r = read(text);
    assert_eq!(r.intent, Intent::Investment, "{text}");
    assert_eq!(r.investment.as_deref(), Some("barrier gates"), "{text}");
}

/// "WHQS survey brief is signed off by Assets, I'll send it round": a document of the work
/// signed off is news of the work, a note, not the work approved.
#[test]
fn a_document_signed_off_is_news() {
    let text = "Trail counter brief is signed off by the rangers, I'll send it round to suppliers now in a minute.";
    let r = rules_and_model(text, Intent::Note, None);
    assert_eq!(
        r.investment.as_deref(),
        Some("Trail Counter Network"),
        "{text}"
    );
}
