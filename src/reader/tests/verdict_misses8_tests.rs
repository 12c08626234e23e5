//! Verdicts, intents and dates the reader missed, each read in another writer's words (an
//! Australian private hospital): a refusal overturned, work restarted after a pause,
//! "nixed" said of something already running, a renewal a customer made, a look-again
//! said after a condition that names a quarter, a month a rule starts from inside a reason,
//! and relative dates ("a fortnight").
//!
//! Each intent is checked twice: as the reader reads it (the shipped intent model included)
//! and by the rules alone, so a retrained model cannot hide a rule that went missing.

use super::*;

/// An Australian private hospital: theatres, pharmacy, digital health.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Theatres", &["Surgical"]),
            ("Pharmacy", &[]),
            ("Digital Health", &["IT"]),
            ("Patient Services", &["Admissions"]),
            ("Pathology", &["Lab"]),
        ],
        &[
            ("Theatre Scheduling System", "Theatres"),
            ("Smart Medication Cabinets", "Pharmacy"),
            ("Patient Portal", "Patient Services"),
            ("Bedside Tablets", "Patient Services"),
            ("Nurse Call Upgrade", "Digital Health"),
            ("Sterilisation Tracking", "Theatres"),
        ],
    )
}

fn d(s: &str) -> Option<NaiveDate> {
    Some(s.parse().unwrap())
}

/// Read on the tests' today, Friday 2026-11-27, with bare amounts in Australian dollars.
fn read_hosp(text: &str) -> Reading {
    test_names::read_day_first_in(text, "bronwyn", "AUD", &dir())
}

/// Day-first dates, bare amounts in Australian dollars.
fn settings() -> ReaderSettings {
    ReaderSettings {
        day_first: true,
        default_currency: Currency::from_code("AUD").unwrap(),
    }
}

/// The reading the rules alone give `text`, with no model to override them.
fn rules_read(text: &str) -> Reading {
    test_names::read_by_rules_on_test_day(text, "bronwyn", &dir(), settings())
}

/// `text` reads as `intent` with `verdict`, by the rules alone and as shipped.
fn assert_reads(text: &str, intent: Intent, verdict: Option<Verdict>) -> Reading {
    test_names::assert_reads(text, "bronwyn", &dir(), settings(), intent, verdict)
}

#[test]
fn a_refusal_overturned_is_an_approval() {
    for text in [
        "The board overturned its refusal of the bedside tablets, the infection control audit came back clean",
        "Exec overturned the rejection of the patient portal today",
        "Smart cabinets: the board reversed its refusal, $240k",
    ] {
        let r = assert_reads(text, Intent::Decision, Some(Verdict::Approve));
        assert!(r.investment.is_some(), "{text}");
    }
}

#[test]
fn work_restarted_after_a_pause_goes_on() {
    for text in [
        "Nurse call upgrade restarted after the pause, the cabling crew is back on site",
        "Sterilisation tracking restarted after the Christmas pause",
    ] {
        let r = assert_reads(text, Intent::Decision, Some(Verdict::Continue));
        assert!(r.investment.is_some(), "{text}");
    }
    // A machine that restarts is no verdict on any work.
    let r = read_hosp("the theatre scheduling server restarted after the patch, all good now");
    assert_ne!(r.verdict, Some(Verdict::Continue));
}

#[test]
fn nixed_stops_what_is_running_and_rejects_what_was_asked_for() {
    let text = "Nixed the smart cabinet pilot on ward 4, it's been running since August and nobody uses it";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Stop));
    assert_eq!(r.date, None, "{text}");
    let text = "Bedside tablets nixed 👎 nobody logged in for 6 months";
    assert_reads(text, Intent::Decision, Some(Verdict::Stop));
    // Asked for, with its price: a refusal.
    let text = "Nixed the bedside tablets upgrade, $640k. it's basically a new case.";
    assert_reads(text, Intent::Decision, Some(Verdict::Reject));
}

#[test]
fn a_renewal_a_named_customer_makes_is_news() {
    let text = "Medibank renewed the pathology contract for 3 more years 🎉";
    let r = assert_reads(text, Intent::Note, None);
    // No new investment named after what they renewed.
    assert_eq!(r.investment, None, "{text}");
    // Ours, said with who decided: still our verdict.
    for text in [
        "We renewed the nurse call upgrade support contract for 3 more years",
        "Board renewed the patient portal licence for another 2 years, $90k",
    ] {
        assert_reads(text, Intent::Decision, Some(Verdict::Continue));
    }
}

#[test]
fn a_look_again_said_after_a_condition_naming_a_quarter_is_the_review_date() {
    let text = "Patient portal: CFO said hold off until the Q1 activity numbers are in. Let's look at it again mid-Feb.";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Defer));
    assert_eq!(r.review_date, d("2027-02-15"), "{text}");
}

#[test]
fn a_month_a_rule_applies_from_is_not_when_it_was_decided() {
    for text in [
        "Smart cabinets approved, $180k. mandatory from Feb for us, no way around it",
        "Sterilisation tracking approved today, $95k, the new standard is compulsory from March",
    ] {
        let r = assert_reads(text, Intent::Decision, Some(Verdict::Approve));
        assert_ne!(r.date, d("2026-02-01"), "{text}");
        assert_ne!(r.date, d("2026-03-01"), "{text}");
    }
}

#[test]
fn a_fortnight_is_two_weeks() {
    let text = "Bedside tablets — on hold for a fortnight, the Wi-Fi survey isn't back";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Defer));
    assert_eq!(r.review_date, d("2026-12-11"), "{text}");
    let text = "@kylie to chase the cabinet vendor on the pharmacy config a fortnight from now";
    let r = read_hosp(text);
    assert_eq!(r.due, d("2026-12-11"), "{text}");
}

#[test]
fn money_the_board_gave_is_an_approval_of_what_was_given() {
    let text = "Board gave the patient portal $60k of the $120k we asked for — cash is tight until the new financial year";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.amount, test_names::whole(60_000, "AUD"), "{text}");
}

#[test]
fn a_named_outsider_acting_on_our_work_is_news() {
    for text in [
        "The ACSQHC approved our sterilisation tracking plan on Monday",
        "Medibank declined to extend the pathology contract past June",
    ] {
        let r = assert_reads(text, Intent::Note, None);
        // "past June" is a limit, not when anything happened.
        assert_ne!(r.date, d("2026-06-01"), "{text}");
    }
    // Ours, said with who decided: still our verdict.
    assert_reads(
        "The board approved our patient portal business case, $300k",
        Intent::Decision,
        Some(Verdict::Approve),
    );
}

#[test]
fn the_date_of_a_verdict_told_in_passing_is_not_the_notes_date() {
    let text = "The nurse call vendor we approved in October is on site, install starts next week";
    assert_eq!(rules_read(text).verdict, None, "rules: {text}");
    let r = read_hosp(text);
    assert_eq!((r.intent, r.verdict), (Intent::Note, None), "{text}");
    assert_eq!(r.date, None, "{text}");
}

#[test]
fn a_date_an_approvals_reason_waits_for_is_no_look_again() {
    let text = "Board gave the patient portal $60k — cash is tight until the new financial year";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.review_date, None, "{text}");
    let text =
        "Smart cabinets approved at $90k, budgets are frozen until January so only ward 4 for now";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.review_date, None, "{text}");
}

#[test]
fn a_date_ending_a_benefits_counted_result_is_its_date_not_its_evidence() {
    for (text, evidence) in [
        (
            "Smart cabinets: 41 fewer missed doses in Oct, approx $96k avoided",
            "41 fewer missed doses",
        ),
        (
            "theatre scheduling: 120 more cases booked last month, roughly $70k of extra revenue",
            "120 more cases booked",
        ),
    ] {
        let r = read_hosp(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}");
        assert_eq!(r.rationale.as_deref(), Some(evidence), "{text}");
        assert_eq!(r.date, d("2026-10-01"), "{text}");
    }
}

#[test]
fn verdicts_said_as_idioms_and_holds() {
    for (text, verdict) in [
        (
            "Per our call, we're green-lighting the patient portal expansion to Noosa at $480k",
            Verdict::Approve,
        ),
        (
            "Per my email, the bedside tablets are a go at $320k",
            Verdict::Approve,
        ),
        (
            "Held the nurse call upgrade till February — the electricians are flat out",
            Verdict::Defer,
        ),
    ] {
        assert_reads(text, Intent::Decision, Some(verdict));
    }
}

#[test]
fn asking_for_a_verdict_or_moving_a_meeting_is_none() {
    // A request for approval is the proposal, not the verdict.
    let r = rules_read("Please approve the smart cabinets for ward 6 — $80k, from Pharmacy");
    assert_eq!(r.verdict, None);
    let text = "Please approve the ward wayfinding screens — $80k, from Patient Services";
    let r = read_hosp(text);
    assert_eq!(r.verdict, None, "{text}");
    assert_eq!(
        r.investment.as_deref(),
        Some("ward wayfinding screens"),
        "{text}"
    );
    // A meeting moved is no deferral of the work.
    let text = "Kindly note that the patient portal vendor demo has moved to Tue 8/12, @kylie to circulate the agenda by Monday";
    let r = assert_reads(text, Intent::Note, None);
    assert_eq!(r.review_date, None, "{text}");
}

#[test]
fn a_plan_or_a_target_after_the_verdict_is_no_date_of_the_record() {
    // A start "from January" after the verdict is a plan.
    let r = read_hosp("Exec agreed to go ahead with the patient portal from January");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.date, None);
    // "rest by Q2" is where the work gets to, no deadline of anyone's.
    let r = read_hosp("Nurse call: Digital decided to keep going, 60% of wards done, rest by Q2");
    assert_eq!(r.verdict, Some(Verdict::Continue));
    assert_eq!(r.due, None);
    // "now saying April": a new expected date, not when anything happened.
    let r = read_hosp("Patient portal go-live slipped again, the vendor now saying April");
    assert_eq!(r.date, None);
}

#[test]
fn a_look_again_said_another_way() {
    let text = "Bedside tablets are moved to next year because of the budget, we take it up again in the April meeting";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Defer));
    assert_eq!(r.review_date, d("2027-04-01"), "{text}");
    let text = "Smart cabinets: paused until the new pharmacy system is ready, maybe March";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Defer));
    assert_eq!(r.review_date, d("2027-03-01"), "{text}");
}

#[test]
fn an_outsider_whose_name_looks_like_ours_is_still_an_outsider() {
    // "Ticketron" may be guessed as a short form of the ticket machines, but a guess at one
    // word is no name of ours when it is who acted.
    let dir = test_names::directory(
        &[("Patient Services", &["Admissions"])],
        &[("Car Park Ticket Machines", "Patient Services")],
    );
    let text = "Ticketron declined to extend support for the car park ticket machines past June";
    let r = test_names::read_day_first_in(text, "bronwyn", "AUD", &dir);
    assert_eq!((r.intent, r.verdict), (Intent::Note, None), "{text}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Car Park Ticket Machines"),
        "{text}"
    );
}

#[test]
fn what_an_approval_lets_people_stop_doing_is_no_stop() {
    let text = "Signed off the bedside tablets at $85k so nurses stop writing obs on paper and handovers get faster";
    assert_reads(text, Intent::Decision, Some(Verdict::Approve));
}

#[test]
fn asking_for_an_amount_for_a_new_thing_is_an_investment() {
    for text in [
        "Pharmacy's asking for $150k for a dose packing robot at the Noosa campus",
        "Theatres asked for A$90k for a new instrument washer",
    ] {
        let r = assert_reads(text, Intent::Investment, None);
        assert!(r.amount.is_some(), "{text}");
    }
}
