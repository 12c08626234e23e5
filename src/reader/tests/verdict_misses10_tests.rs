//! Verdicts, intents and records the reader missed, each read in another writer's words (a
//! Portuguese port authority writing English, in euros): a later phase approved with what
//! the earlier one did, verdict words in other senses (parking, stopping by, holding a
//! meeting, "no meeting", "parking enforcement"), a budget that "goes from … to …"
//! approved, a stop whose reason moves a cost, a proposal said as "X proposes …" or "asked
//! for a new …", a question mark before an emoji and "thoughts?" after a proposal, a
//! refusal overturned, an outsider's sign-off, "X to Line 2 approved", what we keep
//! instead of the work, two decisions joined by "And …" or "plus …" or each with its
//! amount in brackets, "hard no", "nope on", "stopped short of approving", "Resuming …",
//! a thumbs up given and one person's yes with the call left to others.
//!
//! Each intent is checked twice: as the reader reads it (the shipped intent model included)
//! and by the rules alone, so a retrained model cannot hide a rule that went missing.

use super::*;

/// A Portuguese port authority: container terminals, pilots, the port community system.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Terminals", &["Quay"]),
            ("Marine Services", &["Pilots"]),
            ("Systems", &["IT"]),
            ("Security", &[]),
            ("Logistics", &[]),
            ("Finance", &[]),
        ],
        &[
            ("Gate Automation", "Terminals"),
            ("Berth Planning Tool", "Terminals"),
            ("Pilot Booking App", "Marine Services"),
            ("Shore Power", "Marine Services"),
            ("Port Community System", "Systems"),
            ("Perimeter Cameras", "Security"),
            ("Truck Appointment System", "Logistics"),
        ],
    )
}

fn eur(units: i64) -> Option<Money> {
    test_names::whole(units, "EUR")
}

/// Read on the tests' today, Friday 2026-11-27.
fn read_port(text: &str) -> Reading {
    test_names::read_on_test_day(text, "ines", &dir())
}

/// `text` reads as `intent` with `verdict`, by the rules alone and as shipped.
fn assert_reads(text: &str, intent: Intent, verdict: Option<Verdict>) -> Reading {
    test_names::assert_reads(
        text,
        "ines",
        &dir(),
        ReaderSettings::default(),
        intent,
        verdict,
    )
}

#[test]
fn a_later_phase_approved_with_what_the_earlier_one_did_is_an_approval() {
    let text = "Gate automation phase 2 approved, €450k — phase 1 halved the truck queues";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("Gate Automation"));
    assert_eq!(r.amount, eur(450_000));
    assert_eq!(
        r.rationale.as_deref(),
        Some("phase 1 halved the truck queues")
    );
}

#[test]
fn verdict_words_in_other_senses_are_no_verdict() {
    for text in [
        "Parking at the ferry terminal will be closed on Thursday for the resurfacing works.",
        "Parking in lot B is closed Saturday for the cruise call, shuttles run from the gate every 10 min",
        "Stopping by the pilots' station after lunch if anyone needs the shore power specs",
        "Hold the 3pm meeting in the harbour master's room instead, the boardroom heating is broken",
    ] {
        let r = assert_reads(text, Intent::None, None);
        assert!(r.also.is_empty(), "{text}: {r:?}");
    }
}

#[test]
fn a_budget_that_goes_from_one_figure_to_another_approved_is_a_rescope() {
    let text = "Berth planning tool budget goes from €900k to €1.4m, approved by the board";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Rescope));
    assert_eq!(r.amount, eur(1_400_000));
    assert_eq!(r.rationale, None, "{r:?}");
}

#[test]
fn a_stop_takes_the_figure_a_cost_moved_to_in_its_reason() {
    // The corpus's convention of 2026-12-02: a stop's amount is what it would cost now.
    let text = "Shore power – we are stopping it. The vendor missed 3 milestones and the cost has gone from €900k to €1.4m.";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Stop));
    assert_eq!(r.amount, eur(1_400_000), "{r:?}");
    // Money sunk into it is the stop's amount, as the corpus labels "£150k sunk".
    let r = read_port(
        "We're stopping the shore power pilot, €310k sunk and the cruise lines won't plug in.",
    );
    assert_eq!(r.amount, eur(310_000), "{r:?}");
}

#[test]
fn a_team_that_proposes_a_new_thing_asks_for_a_new_investment() {
    let text = "IT proposes a new network of LoRa sensors on the breakwaters, €78k, to read the wave buoys";
    let r = assert_reads(text, Intent::Investment, None);
    assert_eq!(r.investment.as_deref(), Some("network of LoRa sensors"));
    assert_eq!(r.unit.as_deref(), Some("Systems"));
    assert_eq!(r.amount, eur(78_000));
}

#[test]
fn a_question_mark_before_an_emoji_asks() {
    for text in [
        "is the truck appointment system approved or still waiting on the unions? 🍩",
        "did we ever sign off the perimeter cameras?🤔",
        "has the vendor delayed the gate automation go-live again? 🤔",
        "any news on the berth planning tool rollout?🙏🏽",
    ] {
        assert_reads(text, Intent::None, None);
    }
}

#[test]
fn a_refusal_overturned_is_an_approval() {
    let text =
        "Finance overturned last month's no on the port community system — €380k, the customs deadline needs it";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.amount, eur(380_000));
}

#[test]
fn two_decisions_joined_by_and_or_plus_are_two_records() {
    let text = "Two decisions from the board today: Gate automation continues in 2027. And the pilot booking app gets a new tide module for €35k.";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Continue));
    assert_eq!(r.investment.as_deref(), Some("Gate Automation"));
    assert_eq!(r.amount, None, "{r:?}");
    assert_eq!(r.also.len(), 1, "{r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Approve));
    assert_eq!(r.also[0].investment.as_deref(), Some("Pilot Booking App"));
    assert_eq!(r.also[0].amount, eur(35_000));

    let text = "Board today: Terminals gets the berth planning tool at €180k, plus we're killing the perimeter cameras pilot, the masts kept icing up";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("Berth Planning Tool"));
    assert_eq!(r.amount, eur(180_000));
    assert_eq!(r.also.len(), 1, "{r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Stop));
    assert_eq!(r.also[0].investment.as_deref(), Some("Perimeter Cameras"));
    assert_eq!(
        r.also[0].rationale.as_deref(),
        Some("the masts kept icing up")
    );

    let text = "Two decisions from the ops meeting: truck appointment system approved at €1.1M. And the shore power upgrade waits until spring.";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.also.len(), 1, "{r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Defer));
    assert_eq!(r.also[0].investment.as_deref(), Some("Shore Power"));
}

#[test]
fn a_name_then_to_and_a_line_is_no_follow_up() {
    let text = "PCS to Line 2 approved, €380k";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.amount, eur(380_000));
    assert!(r.action.is_none(), "{r:?}");
}

#[test]
fn a_two_word_body_signing_off_on_ours_is_news() {
    let text = "Portos Nacionais signed off on our shore power grid connection on Monday";
    let r = assert_reads(text, Intent::Note, None);
    assert_eq!(r.investment.as_deref(), Some("Shore Power"));
}

#[test]
fn views_asked_after_a_proposal_leave_it_a_proposal() {
    let text = "Logistics asking for a yard drone survey, ~€45k, would save ~€20k/yr in stocktakes over 3 yrs. thoughts?";
    assert!(!small_talk::ends_asking(text));
    let r = assert_reads(text, Intent::Investment, None);
    assert_eq!(r.amount, eur(45_000));
    // A question on its own still asks, emoji or not.
    assert!(small_talk::ends_asking(
        "thoughts on the yard drone survey?"
    ));
    assert!(small_talk::ends_asking("any thoughts? 🙏🏽"));
    assert!(small_talk::ends_asking(
        "did we sign off the perimeter cameras? 👀"
    ));
}

#[test]
fn what_we_keep_instead_yields_to_the_verdict_on_the_work() {
    let text = "Decision: berth planning tool — we continue with the existing spreadsheets for 2027, the tool is cancelled. The spreadsheets are good enough.";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Stop));
    assert_eq!(r.investment.as_deref(), Some("Berth Planning Tool"));
    assert!(r.also.is_empty(), "{r:?}");
    // Said alone, going on with what we have goes on.
    let r = read_port("We continue with the pilot booking app for 2027");
    assert_eq!(r.verdict, Some(Verdict::Continue));
}

#[test]
fn no_meeting_and_a_teams_question_are_told_apart() {
    assert_reads(
        "Tomorrow no meeting, municipal holiday in Setúbal 🙂",
        Intent::None,
        None,
    );
    let r = assert_reads(
        "The Sines team asked whether the truck appointment system covers their gate too, since their readers are older",
        Intent::Note,
        None,
    );
    assert_eq!(r.investment.as_deref(), Some("Truck Appointment System"));
}

#[test]
fn parking_as_a_noun_in_a_reason_puts_nothing_off() {
    let text =
        "Exec said no to the perimeter cameras, parking enforcement can use the existing CCTV";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Reject));
    assert_eq!(r.investment.as_deref(), Some("Perimeter Cameras"));
}

#[test]
fn an_outsider_named_after_their_role_decides_nothing_of_ours() {
    for text in [
        "Our customer MSC rejected the new truck appointment slots",
        "The vendor Siemens declined the gate automation change request",
    ] {
        let r = assert_reads(text, Intent::Note, None);
        assert!(r.investment.is_some(), "{text}: {r:?}");
    }
}

#[test]
fn two_names_each_with_its_amount_in_brackets_share_the_verdict() {
    let text = "Approved: gate automation (€450k) and the berth planning tool (€120k)";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("Gate Automation"));
    assert_eq!(r.amount, eur(450_000));
    assert_eq!(r.also.len(), 1, "{r:?}");
    assert_eq!(r.also[0].investment.as_deref(), Some("Berth Planning Tool"));
    assert_eq!(r.also[0].amount, eur(120_000));
}

#[test]
fn refusals_and_restarts_said_short() {
    for (text, verdict) in [
        (
            "Berth planning tool - hard no from Finance",
            Verdict::Reject,
        ),
        ("Nope on the perimeter cameras this year.", Verdict::Reject),
        (
            "The board stopped short of approving the perimeter cameras",
            Verdict::Reject,
        ),
        (
            "Resuming the shore power pilot in January",
            Verdict::Approve,
        ),
    ] {
        let r = assert_reads(text, Intent::Decision, Some(verdict));
        assert!(r.investment.is_some(), "{text}: {r:?}");
    }
    // News of work started again by others is no verdict of ours.
    let r = read_port("Work on the shore power resumed after the strike");
    assert_ne!(r.verdict, Some(Verdict::Approve), "{r:?}");
}

#[test]
fn a_thumbs_up_given_approves_and_a_personal_yes_waits() {
    let r = assert_reads(
        "Gate automation got a thumbs up from the board, €450k",
        Intent::Decision,
        Some(Verdict::Approve),
    );
    assert_eq!(r.amount, eur(450_000));
    let r = read_port("Shore power — yes from me, but it's the board's call on the 12th");
    assert_ne!(r.intent, Intent::Decision, "{r:?}");
    // A yes that is the decision stays one.
    let r = read_port("Shore power — yes from me, go ahead");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
}

#[test]
fn a_new_thing_asked_for_with_its_price_is_a_new_investment() {
    let text = "Pilots asked for a new tide-window planner, roughly €60k, saves about €20k a year over 4 years";
    let r = assert_reads(text, Intent::Investment, None);
    assert_eq!(r.amount, eur(60_000));
    assert_eq!(r.unit.as_deref(), Some("Marine Services"));
}
