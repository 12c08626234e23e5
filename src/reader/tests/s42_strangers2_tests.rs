//! Readings of forms from round S42's writers, continued: who decided, headings' dates, names
//! of things refused, questions without their mark, a ceiling on the spend, each worded for
//! the invented organisations of `s42_strangers_tests`.

use super::s42_strangers_tests::{read_bounce, read_cowork, read_kart};
use super::test_names::whole;
use super::*;
use crate::domain::Verdict;

/// "bev said yes to the pitch tracker for the bullpen, 38k": a lowercase name saying yes to
/// the thing decided it, as "sam gave the thumbs up on …" did.
#[test]
fn a_lowercase_name_saying_yes_decided_it() {
    let text = "casey said yes to the court resurfacing, 38k, has to be done before the \
                spring break camps";
    let r = read_bounce(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("casey"), "{text}: {r:?}");
}

/// "Heads up: Bev had a change of heart on the picnic pavilion. It's back in at $135k …",
/// "Suresh has reconsidered the laptop refresh. It is on again, …": the one whose mind
/// changed, named in the sentence before the verdict on "it", decided it.
#[test]
fn a_change_of_heart_the_sentence_before_decided_it() {
    let text = "Heads up: Morgan had a change of heart on the cafe refit. It's back in at $52k \
                after the franchise agreed to cover the ovens.";
    let r = read_bounce(text);
    assert_eq!(r.decided_by.as_deref(), Some("Morgan"), "{text}: {r:?}");
    let text = "FYI — Ravi has reconsidered the solar rooftop. It is on again, ₹40 lakh, since \
                the tariff went up in October.";
    let r = read_cowork(text);
    assert_eq!(r.decided_by.as_deref(), Some("Ravi"), "{text}: {r:?}");
}

/// "thomas sir rejected the branded retail packs idea", "Thomas sir signed the purchase
/// order for the colour sorter": the name before an honorific decided it, the honorific
/// kept with it as written (convention 81, round V57).
#[test]
fn a_name_before_an_honorific_decided_it() {
    let text = "ravi sir rejected the podcast booth idea, 25L for a room nobody books";
    let r = read_cowork(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("ravi sir"), "{text}: {r:?}");
    let text = "Ravi sir signed the contract for the access control on Tuesday itself, so the \
                readers ship in January.";
    let r = read_cowork(text);
    assert_eq!(r.decided_by.as_deref(), Some("Ravi sir"), "{text}: {r:?}");
}

/// "Howard came back from the bank on Wednesday with good news and bad.": a lead-in bringing
/// news on a day it names dates its items.
#[test]
fn a_lead_in_bringing_news_on_a_day_dates_its_items() {
    let text = "Jas came back from the bank on Wednesday with good news and bad. The timing \
                system is a yes at £30k, because the old loops fail every wet night. The \
                booking app is a no — £20k for an app nobody asked for.";
    let r = read_kart(text);
    assert_eq!(r.date, Some("2026-11-25".parse().unwrap()), "{text}: {r:?}");
}

/// "howard's binned the idea of a trade counter at colne, 70k …", "declined the offer of a
/// used optical grader …": the new thing is what the idea or the offer was of.
#[test]
fn the_thing_an_idea_or_offer_was_of_is_named() {
    let text = "jas has binned the idea of a drift school at the track, 70k for 30 bookings a \
                month isn't worth it";
    let r = read_kart(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("drift school"),
        "{text}: {r:?}"
    );
    let text = "we have declined the offer of a used espresso machine from the Baner branch — \
                ₹4 lakh for a ten-year-old machine with no spares";
    let r = read_cowork(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("espresso machine"),
        "{text}: {r:?}"
    );
}

/// "are we still doing the turf thing or did it die in the budget meeting": a question
/// without its mark about named work is chat, as one with the mark is.
#[test]
fn a_question_without_its_mark_is_chat() {
    let text = "are we still doing the cafe refit or did it die in the budget meeting";
    let r = read_bounce(text);
    assert_eq!(r.intent, Intent::None, "{text}: {r:?}");
}

/// "Update from Thomas sir after the board meeting: the effluent treatment plant upgrade is
/// approved at ₹1.6 crore, because the Pollution Control Board has given us till March …": a
/// heading naming no day gives its items none, and a time inside an item's reason is no
/// date of the decision.
#[test]
fn a_time_in_the_reason_is_no_date_of_the_decision() {
    let text = "Update from Ravi after the board meeting: access control is approved at ₹12 \
                lakh, because the insurer has given us till March to fit proper readers. He has said \
                no to the podcast booth.";
    let r = read_cowork(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.date, None, "{text}: {r:?}");
}

/// "ok, replace it, don't patch it. up to $12k is fine": a ceiling on the spend said to be
/// fine approves it.
#[test]
fn a_ceiling_said_to_be_fine_approves_it() {
    let text = "[9:14 AM] Sam Reyes: cafe refit fryer died again overnight\n[9:20 AM] Casey \
                Lee: ugh. ok, replace it, don't patch it. up to $12k is fine\n[9:21 AM] Sam \
                Reyes: on it";
    let r = read_bounce(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.amount, whole(12_000, "USD"), "{text}: {r:?}");
    // A limit told as a fact is no verdict.
    let text = "the cafe refit fryers run up to $12k each, the supplier says";
    let r = read_bounce(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
}

/// "laptop refresh shoved back to april, not doing it over year end": work shoved back to a
/// time is put off to it, as work bumped to one is.
#[test]
fn work_shoved_back_to_a_time_is_deferred_to_it() {
    let text = "payroll system shoved back to april, not doing it over year end";
    let r = read_kart(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.review_date,
        Some("2027-04-01".parse().unwrap()),
        "{text}: {r:?}"
    );
}
