//! Readings of forms from round S13's writers the reader had not met (an Irish community
//! hospital, a Saskatchewan grain co-operative's elevator managers, an Australian group of
//! dental practices), worded here for a Yorkshire community swimming-pool trust: "trustees
//! said nah", "we're done with it", "we're putting it off till …", "<thing>: approved, £…"
//! in a directory with an "… Approval …" investment.

use super::test_names::{assert_reads, directory, read_day_first_in};
use super::*;
use crate::domain::Verdict;

/// A Yorkshire community swimming-pool trust: the pool, the gym, the café, the building.
fn dir() -> StaticDirectory {
    directory(
        &[
            ("Pool", &["Poolside", "Lifeguards"]),
            ("Gym", &["Fitness"]),
            ("Café", &["Cafe", "Kiosk"]),
            ("Building", &["Facilities", "Premises"]),
            ("Finance", &["Treasurer"]),
        ],
        &[
            ("Pool Cover Replacement", "Pool"),
            ("Changing Room Refit", "Building"),
            ("Sauna Refurbishment", "Gym"),
            ("Café Till System", "Café"),
            ("Gym Equipment Replacement", "Gym"),
            ("Expense Approval Workflow", "Finance"),
            ("Solar Thermal Panels", "Building"),
            ("Pool Timing System", "Pool"),
        ],
    )
}

fn read(text: &str) -> Reading {
    read_day_first_in(text, "bryony", "GBP", &dir())
}

fn rules_and_model(text: &str, intent: Intent, verdict: Option<Verdict>) -> Reading {
    assert_reads(
        text,
        "bryony",
        &dir(),
        ReaderSettings::default(),
        intent,
        verdict,
    )
}

/// "<thing>: approved, £…" and "Approved: the …, £…": the verdict word is no mention of an
/// investment whose name holds "Approval" (the Expense Approval Workflow), so the thing
/// named is approved.
#[test]
fn approved_is_no_mention_of_an_approval_named_investment() {
    let text = "Gym equipment: approved, £18k";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(
        r.investment.as_deref(),
        Some("Gym Equipment Replacement"),
        "{text}"
    );
    let text =
        "Approved: the pool cover replacement, £9,400. The old one tore in two places in October.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(
        r.investment.as_deref(),
        Some("Pool Cover Replacement"),
        "{text}"
    );
    // The workflow itself is still found by its name.
    let r = read("Expense approval workflow: approved, £6k");
    assert_eq!(
        r.investment.as_deref(),
        Some("Expense Approval Workflow"),
        "{r:?}"
    );
}

/// "trustees said nah": said no, in Australian and British chat, refuses.
#[test]
fn said_nah_rejects() {
    let text = "Sauna refurb: trustees said nah. £38k for a sauna eight members use.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Reject));
    assert_eq!(
        r.investment.as_deref(),
        Some("Sauna Refurbishment"),
        "{text}"
    );
    assert_eq!(r.amount, Money::parse("£38k", Currency::GBP).ok(), "{text}");
}

/// "we're done with it": who runs the work says they have finished with it for good, a
/// stop, with the next sentence its reason.
#[test]
fn done_with_it_stops() {
    let text = "Café till system - we're done with it. The volunteers still ring everything through the old register.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Stop));
    assert_eq!(r.investment.as_deref(), Some("Café Till System"), "{text}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("The volunteers still ring everything through the old register"),
        "{text}"
    );
    // "once we're done with it" says when, not that the work stops.
    let text = "Once we're done with it, the café till system goes to the charity shop.";
    assert_ne!(read(text).verdict, Some(Verdict::Stop), "{text}");
}

/// "we're putting it off till …": work put off, a deferral.
#[test]
fn putting_it_off_defers() {
    let text = "Solar thermal panels: we're putting it off till the roof's been surveyed, no point fitting them twice.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Defer));
    assert_eq!(
        r.investment.as_deref(),
        Some("Solar Thermal Panels"),
        "{text}"
    );
}

/// "carry on, no dramas": an aside that all is well is no reason for going on.
#[test]
fn no_dramas_is_no_reason() {
    let text = "Gym equipment - carry on, no dramas.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Continue));
    assert_eq!(r.rationale, None, "{text}");
}

/// "<thing> - <reason>, so the trustees approved …": the label naming the thing before
/// the dash is no part of the reason told before ", so".
#[test]
fn a_label_before_a_reason_told_before_so_is_left_out() {
    let text = "Sauna refurbishment - the heater failed twice in a month and the insurer got twitchy, so the trustees approved the £21k after all.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(
        r.rationale.as_deref(),
        Some("the heater failed twice in a month and the insurer got twitchy"),
        "{text}"
    );
}

/// "Approved at the trustees' meeting: the changing room refit, £64,000. <reason>.": the
/// thing named after the colon is what was approved; the next sentence is the reason.
#[test]
fn the_thing_after_approved_colon_is_no_reason() {
    let text = "Approved at the trustees' meeting: the changing room refit, £64,000. Two cubicle doors came off their hinges in October.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(
        r.investment.as_deref(),
        Some("Changing Room Refit"),
        "{text}"
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("Two cubicle doors came off their hinges in October"),
        "{text}"
    );
}

/// "Thanks to the pool cover the water's …": what the result is owed to is the work the
/// record names, not part of the result.
#[test]
fn thanks_to_the_work_is_left_out_of_the_evidence() {
    let text = "Thanks to the pool cover the water's two degrees warmer at opening. Saved us about £3,100 on gas last month.";
    let r = read(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the water's two degrees warmer at opening"),
        "{text}"
    );
}

/// "Café looking for a coffee grinder, £1,200": a unit looking for a thing asks for it;
/// the unit is no part of the name.
#[test]
fn a_unit_looking_for_a_thing_proposes_it() {
    let text = "Café looking for a coffee grinder, £1,200, nothing decided yet.";
    let r = rules_and_model(text, Intent::Investment, None);
    assert_eq!(r.investment.as_deref(), Some("coffee grinder"), "{text}");
    assert_eq!(r.unit.as_deref(), Some("Café"), "{text}");
}

/// "Pool want a new timing system": the unit's own investment named by the rest of its
/// name after the unit's word (the Pool Timing System).
#[test]
fn a_unit_wanting_the_rest_of_its_investments_name_means_that_investment() {
    let text = "Pool want a new timing system, around £3k.";
    let r = rules_and_model(text, Intent::Investment, None);
    assert_eq!(
        r.investment.as_deref(),
        Some("Pool Timing System"),
        "{text}"
    );
}

/// "£70k for info the council already gives us for free", "£15k to reach people who come
/// anyway": a price set against what it would buy, judged by "anyway" or "for free", is the
/// reason for a refusal told in the next sentence.
#[test]
fn a_price_judged_by_already_or_anyway_is_the_next_sentences_reason() {
    for (text, reason) in [
        (
            "Solar thermal panels: trustees said no. £70k for heat the council already gives us for free.",
            "£70k for heat the council already gives us for free",
        ),
        (
            "Café till system - the trustees said no. £9k to serve people who queue anyway.",
            "£9k to serve people who queue anyway",
        ),
    ] {
        let r = rules_and_model(text, Intent::Decision, Some(Verdict::Reject));
        assert_eq!(r.rationale.as_deref(), Some(reason), "{text}");
    }
}

/// "Building wants a second solar thermal panel …. ~£4K.": one more of a thing the
/// directory holds, asked for with its price, is a proposal for that investment.
#[test]
fn wanting_a_second_one_proposes_it() {
    let text = "Building wants a second solar thermal panel at the annexe before spring. ~£4K. Showers ran cold twice.";
    let r = rules_and_model(text, Intent::Investment, None);
    assert_eq!(
        r.investment.as_deref(),
        Some("Solar Thermal Panels"),
        "{text}"
    );
    assert_eq!(r.amount, Money::parse("£4K", Currency::GBP).ok(), "{text}");
    // A second supplier to quote is no thing asked for.
    let text = "Met the treasurer about the café till system: the quote came back at £9k and she wants a second supplier in the mix before she signs.";
    assert_ne!(read(text).intent, Intent::Investment, "{text}");
}

/// "we got £3,100 more from the grant funding than last term": more money than before is a result
/// compared, not more money given.
#[test]
fn got_more_than_before_is_a_result_not_funding() {
    let text = "The café till system is flying. The volunteers cleared the October backlog three weeks early and we got £3,100 more from the county's activity-based grant funding than last term.";
    let r = read(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(r.verdict, None, "{text}");
    assert_eq!(
        r.amount,
        Money::parse("£3,100", Currency::GBP).ok(),
        "{text}"
    );
}

/// "…, has to be fitted before the gala. <reason>.": when the work must be done by is a
/// plan, not why it was approved; the next sentence is the reason.
#[test]
fn has_to_be_done_before_is_no_reason() {
    let text = "Pool cover replacement approved £9,400, has to be fitted before the gala. The old one tore in two places.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(
        r.rationale.as_deref(),
        Some("The old one tore in two places"),
        "{text}"
    );
}

/// "on hold until after the Christmas surge": a busy time named by its holiday ends when it
/// ends, no day to look again on (as "after the Christmas rush" and "after the winter
/// season").
#[test]
fn after_the_christmas_rush_is_no_review_date() {
    let text = "Changing room refit is on hold until after the Christmas surge. We can't close the cubicles with the holiday swimmers in.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Defer));
    assert_eq!(r.review_date, None, "{text}");
}

/// "Finance says the café till system numbers finally reconcile": a unit reporting news of
/// another unit's investment is a party to it, not a unit met; the note is the
/// investment's unit's (convention 19).
#[test]
fn a_unit_reporting_on_an_investment_leaves_the_note_with_its_unit() {
    let text = "Month end is done, Finance says the café till system numbers finally reconcile 🙌";
    let r = read(text);
    assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("Café Till System"), "{text}");
    assert_eq!(r.unit.as_deref(), Some("Café"), "{text}");
}

/// "Nah, the Instagram campaign's a no. £15k to reach teenagers …": the thing refused is
/// named before the verdict; money "to" what it would do, in the next sentence, is the
/// reason's price, no name.
#[test]
fn money_to_do_something_after_a_refusal_names_nothing() {
    let text = "Nah, the Instagram campaign's a no. £15k to reach teenagers whose parents pay the bills anyway.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Reject));
    assert_eq!(
        r.investment.as_deref(),
        Some("Instagram campaign"),
        "{text}"
    );
    assert_eq!(r.amount, Money::parse("£15k", Currency::GBP).ok(), "{text}");
}
