//! Intents, verdicts and reasons in shapes strangers write: a result told without money
//! (a note about the investment it names), chit-chat asking to stop emails (no stop
//! decision), a reason told before a terse verdict ("so: approved", "->"), "following …"
//! as a reason, a request to log with a colon (the text after it is the note, not a task),
//! a reason marker after a comma ("…, since …", "…, mostly from …") left out as it is on its
//! own, a counted result after a light verb ("got 3,400 more …", "gave us 11% more …"), a
//! payback after any verdict, and a clause with its own subject even with a duration in it
//! ("calls now answered in 2 days"), what a rescope keeps ("phase 2 only"), "back at it"
//! as a look-again, the noun phrase after "declined:", which is what was decided on, and a
//! clause of its own just before the verdict ("the chatbot is still worth it, keep funding"),
//! a delivery date or a paper's reference after the verdict, which is no reason, and "the
//! holiday push", a noun, and "approx." cut off by its stop, which is no reason.

use super::*;

/// A cinema chain: an industry and wording the reader's corpus does not hold.
fn dir() -> StaticDirectory {
    super::test_names::directory(
        &[
            ("Box Office", &["Tickets"]),
            ("Customer Contact", &["Contact"]),
            ("Projection", &[]),
            ("Concessions", &["Snacks"]),
            ("Finance", &[]),
        ],
        &[
            ("Self-Service Kiosks", "Box Office"),
            ("IVR Upgrade", "Customer Contact"),
            ("Laser Projector Refit", "Projection"),
            ("Loyalty Pilot", "Concessions"),
            ("Payroll Replacement", "Finance"),
        ],
    )
}

fn read_one(text: &str) -> Reading {
    super::test_names::read_on_test_day(text, "ines", &dir())
}

#[test]
fn a_result_told_without_money_is_a_note_about_its_investment() {
    for (text, investment) in [
        (
            "ticket sales up 6% since the self-service kiosks went in",
            "Self-Service Kiosks",
        ),
        (
            "call wait times down 40% after the IVR upgrade went live",
            "IVR Upgrade",
        ),
        (
            "loyalty pilot: snack sales up 12% in the trial sites",
            "Loyalty Pilot",
        ),
    ] {
        let r = read_one(text);
        assert_eq!(r.intent, Intent::Note, "{text}");
        assert_eq!(r.investment.as_deref(), Some(investment), "{text}");
        assert_eq!(r.amount, None, "{text}");
    }
}

#[test]
fn asking_to_stop_being_sent_things_is_no_stop_decision() {
    for text in [
        "gonnae stop sending me the loyalty pilot invoices, they go to Finance 😂",
        "can you stop emailing me the IVR upgrade reports pls",
        "please stop cc'ing me on the kiosk tickets",
    ] {
        let r = read_one(text);
        assert_ne!(r.intent, Intent::Decision, "{text}");
        assert_eq!(r.verdict, None, "{text}");
    }
    // Stopping the work itself still is.
    let r = read_one("we're stopping the loyalty pilot, nobody signs up");
    assert_eq!(r.verdict, Some(Verdict::Stop));
}

#[test]
fn a_reason_told_before_a_terse_verdict_is_its_rationale() {
    let r = read_one("laser projector refit: old kit keeps failing, so: approved");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("Laser Projector Refit"));
    assert_eq!(r.rationale.as_deref(), Some("old kit keeps failing"));
    let r = read_one("vendor's gone bust -> scrapping the loyalty pilot");
    assert_eq!(r.verdict, Some(Verdict::Stop));
    assert_eq!(r.investment.as_deref(), Some("Loyalty Pilot"));
    assert_eq!(r.rationale.as_deref(), Some("vendor's gone bust"));
}

#[test]
fn an_arrow_after_the_verdict_leads_to_its_reason() {
    let r = read_one("loyalty pilot scrapped -> vendor's gone bust");
    assert_eq!(r.verdict, Some(Verdict::Stop));
    assert_eq!(r.rationale.as_deref(), Some("vendor's gone bust"));
}

#[test]
fn following_an_event_gives_the_reason() {
    let r = read_one("following the audit findings, approved the payroll replacement");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("Payroll Replacement"));
    assert_eq!(r.rationale.as_deref(), Some("following the audit findings"));
    let r = read_one("payroll replacement approved following the pension errors in October");
    assert_eq!(
        r.rationale.as_deref(),
        Some("following the pension errors in October")
    );
    // "the following" is no reason.
    let r = read_one("approved the payroll replacement, the following week we start");
    assert_ne!(r.rationale.as_deref(), Some("week we start"));
}

#[test]
fn a_request_to_log_with_a_colon_is_a_note_not_a_task() {
    for text in [
        "@dana pls log: kiosks cutover weekend is 12/20-12/21",
        "@dana: please log: kiosks cutover weekend is 12/20-12/21",
    ] {
        let r = test_names::read_us(text, "ines", "2026-12-02", &dir());
        assert_eq!(r.intent, Intent::Note, "{text}");
        assert_eq!(
            r.investment.as_deref(),
            Some("Self-Service Kiosks"),
            "{text}"
        );
        assert_eq!(r.due, None, "{text}");
        assert_eq!(r.date, None, "{text}");
        assert!(r.follow_ups.is_empty(), "{text}");
        assert!(r.action.is_none(), "{text}");
        assert_eq!(
            r.note.as_deref(),
            Some("kiosks cutover weekend is 12/20-12/21"),
            "{text}"
        );
    }
    // Asked to do something else, it is still a follow-up.
    let r = test_names::read_us(
        "@dana pls book the kiosks cutover by 12/18",
        "ines",
        "2026-12-02",
        &dir(),
    );
    assert_eq!(r.follow_ups.len(), 1);
    assert_eq!(r.follow_ups[0].owner, "dana");
}

#[test]
fn a_reason_marker_after_a_comma_is_left_out_as_it_is_on_its_own() {
    let r = read_one("laser projector refit cut to £140k, since screen 4 is being closed");
    assert_eq!(r.verdict, Some(Verdict::Rescope));
    assert_eq!(r.rationale.as_deref(), Some("screen 4 is being closed"));
    let r = read_one("loyalty pilot saved £38k in October, mostly from fewer wasted hot dogs");
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(r.rationale.as_deref(), Some("fewer wasted hot dogs"));
    // "since" a time after the comma says when, not why.
    let r = read_one("loyalty pilot approved at £40k, since June it has been on hold");
    assert_ne!(r.rationale.as_deref(), Some("June it has been on hold"));
}

#[test]
fn a_result_got_or_given_is_counted_without_its_light_verb() {
    let r = read_one("loyalty pilot got 3,400 more members to sign up, worth ~£90k in margin");
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(
        r.rationale.as_deref(),
        Some("3,400 more members to sign up")
    );
    let r = read_one(
        "self-service kiosks gave us 11% more sales per screening, worth about £20k in Nov",
    );
    assert_eq!(r.rationale.as_deref(), Some("11% more sales per screening"));
}

#[test]
fn none_of_a_fault_since_a_date_is_a_continue_s_evidence() {
    let r = read_one("IVR upgrade: continue, no dropped calls since August");
    assert_eq!(r.verdict, Some(Verdict::Continue));
    assert_eq!(
        r.rationale.as_deref(),
        Some("no dropped calls since August")
    );
    // After an approval, a clause with a date in it stays a detail.
    let r = read_one("IVR upgrade approved at £60k, no changes until August");
    assert_ne!(r.rationale.as_deref(), Some("no changes until August"));
}

#[test]
fn a_payback_told_after_an_approval_is_its_reason() {
    let r = read_one(
        "laser projector refit approved at £200k, payback under 2 years on the power savings",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(
        r.rationale.as_deref(),
        Some("payback under 2 years on the power savings")
    );
    let r = read_one(
        "the board approved £1.1m for the payroll replacement; payback is slow but the old system is out of support",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("payback is slow but the old system is out of support")
    );
    // A payback foreseen is the reason too (convention 100, round R64).
    let r = read_one("we approved £500k for the self-service kiosks, payback expected in 2 years");
    assert_eq!(r.rationale.as_deref(), Some("payback expected in 2 years"));
}

#[test]
fn a_clause_with_its_own_subject_is_a_reason_even_with_a_duration_in_it() {
    let r = read_one("IVR upgrade approved at £75K — callers were waiting 3 weeks for a callback");
    assert_eq!(
        r.rationale.as_deref(),
        Some("callers were waiting 3 weeks for a callback")
    );
    let r = read_one("IVR upgrade delivered £31k in Q3 — calls now answered in 2 days, not 14");
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(
        r.rationale.as_deref(),
        Some("calls now answered in 2 days, not 14")
    );
    // A plan with its date, a look-again or who signed is no reason.
    for text in [
        "IVR upgrade approved at £75K — install starts in 2 weeks",
        "IVR upgrade approved at £75K, handover planned for Q3",
        "IVR upgrade continues, check progress again end of March",
        "IVR upgrade approved, £75k, CFO signed yesterday",
    ] {
        assert_eq!(read_one(text).rationale, None, "{text}");
    }
}

#[test]
fn what_a_rescope_keeps_is_its_reason_however_the_clause_opens() {
    let r = read_one("payroll replacement cut to £300k, phase 2 only");
    assert_eq!(r.verdict, Some(Verdict::Rescope));
    assert_eq!(r.rationale.as_deref(), Some("phase 2 only"));
    let r =
        read_one("laser projector refit cut from £900k to £650k - phase 1 only, the rest can wait");
    assert_eq!(r.verdict, Some(Verdict::Rescope));
    assert_eq!(
        r.rationale.as_deref(),
        Some("phase 1 only, the rest can wait")
    );
    // After an approval, a phase is the plan.
    let r = read_one("payroll replacement approved at £300k, phase 2 in spring");
    assert_eq!(r.rationale, None);
}

#[test]
fn back_at_it_on_a_date_is_a_look_again_not_part_of_the_reason() {
    let r = read_one(
        "self-service kiosks: pause the rollout in small sites until after the holiday rush, back at it 2027-01-11",
    );
    assert_eq!(r.verdict, Some(Verdict::Defer));
    // The season alone is no reason (convention 82, round R58).
    assert_eq!(r.rationale, None);
    assert_eq!(r.review_date, Some("2027-01-11".parse().unwrap()));
}

#[test]
fn what_follows_verdict_colon_as_a_noun_phrase_is_what_was_decided() {
    let r = read_one("declined: the kiosk games add-on, £40k. Not a priority this year");
    assert_eq!(r.verdict, Some(Verdict::Reject));
    assert_eq!(r.rationale.as_deref(), Some("Not a priority this year"));
    // A judgement after the colon is the reason.
    let r = read_one("loyalty pilot rejected: too expensive for what it does");
    assert_eq!(
        r.rationale.as_deref(),
        Some("too expensive for what it does")
    );
}

#[test]
fn a_clause_of_its_own_just_before_the_verdict_is_its_reason() {
    let r = read_one("the kiosks are still worth it, keep funding");
    assert_eq!(r.verdict, Some(Verdict::Continue));
    assert_eq!(
        r.rationale.as_deref(),
        Some("the kiosks are still worth it")
    );
    let r = read_one("the vendor went bust last month, we scrapped the loyalty pilot");
    assert_eq!(r.verdict, Some(Verdict::Stop));
    assert_eq!(
        r.rationale.as_deref(),
        Some("the vendor went bust last month")
    );
    // A reason after the verdict wins; a lead-in that says nothing of why is no reason.
    let r = read_one(
        "the pilot is dead in the water, we're stopping it. The supplier left the market.",
    );
    assert_eq!(r.rationale.as_deref(), Some("The supplier left the market"));
    let r = read_one("Thanks all, approved the laser projector refit at £200k");
    assert_eq!(r.rationale, None);
}

#[test]
fn a_delivery_date_or_a_reference_after_the_verdict_is_no_reason() {
    for text in [
        "laser projector refit approved at £200k, delivery mid-2027",
        "laser projector refit approved at £200k, handover end of June",
        "the COO approved the extra £120k for the IVR upgrade, change order CO-14",
        "IVR upgrade approved, £60k, ticket INC-2231",
        "IVR upgrade approved, £60k, ref 4471",
    ] {
        assert_eq!(read_one(text).rationale, None, "{text}");
    }
    // A delivery problem is a reason.
    let r = read_one("laser projector refit stopped, delivery kept slipping");
    assert_eq!(r.rationale.as_deref(), Some("delivery kept slipping"));
}

#[test]
fn a_push_with_nothing_pushed_is_a_noun() {
    let r = read_one("Concessions sync: loyalty pilot signups doubled after the summer push");
    assert_eq!(r.verdict, None);
    assert_eq!(r.intent, Intent::Note);
    assert_eq!(r.investment.as_deref(), Some("Loyalty Pilot"));
    // Pushing the work to a time is a deferral.
    let r = read_one("push the loyalty pilot to Q2, the tills aren't ready");
    assert_eq!(r.verdict, Some(Verdict::Defer));
}

#[test]
fn an_abbreviated_hedge_is_no_reason() {
    let r = read_one("IVR upgrade: 300 fewer repeat calls in Q3, approx. £42k of agent time saved");
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(r.rationale.as_deref(), Some("300 fewer repeat calls"));
}

#[test]
fn a_continue_ending_on_a_break_reads_without_a_reason() {
    for text in [
        "keep going with the loyalty app,",
        "keep going with the loyalty app -",
        "continue the loyalty app.",
        "loyalty app: continue,",
        "loyalty app: keep going —",
        "we'll keep funding the loyalty app;",
    ] {
        let r = read_one(text);
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}");
        assert_eq!(r.rationale, None, "{text}");
    }
}

#[test]
fn a_bare_go_or_yes_after_a_label_is_the_verdict() {
    for text in [
        "IVR upgrade: go, £110k",
        "kiosks - yes, £40k",
        "Laser projector refit — go. £1.1M",
        "loyalty pilot: yes",
    ] {
        let r = read_one(text);
        assert_eq!(r.intent, Intent::Decision, "{text}");
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}");
    }
    let r = read_one("kiosks - no, £40k is too much this year");
    assert_eq!(r.verdict, Some(Verdict::Reject));
    assert_eq!(r.investment.as_deref(), Some("Self-Service Kiosks"));
    // Not after a label, or not on its own, it is no verdict.
    for text in [
        "the kiosks go live in March, £40k so far",
        "IVR upgrade: go-live slipped to May",
        "IVR upgrade: yes we spoke to the vendor about it",
    ] {
        assert_ne!(read_one(text).verdict, Some(Verdict::Approve), "{text}");
    }
}

#[test]
fn yes_to_a_thing_approves_it() {
    let r = read_one("yes to the loyalty pilot, £15k");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("Loyalty Pilot"));
}
