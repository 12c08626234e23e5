//! The reader's known misses, each read in another writer's words: several owners of one
//! follow-up and owners given after the task, an amount with a space before its "K",
//! "before Xmas" and "next FY", a new name after "new-build", a name's later word said on
//! another ending of its stem ("crew scheduler"), how a benefit came about ("by …", "freed
//! up …"), a go-live pushed back, which is news, not a deferral, a reason after "after the
//! … incident", a cost rise accepted (a rescope), and a unit's or a name's word used as an
//! ordinary word ("on digital", "residents keep asking"), and years of payback or of waiting,
//! which are a reason, not a benefit horizon, and a reason told in the past with its own
//! date ("the recall in June made it a must") or the budget said as a clause ("budget isn't
//! final"), a date inside a refusal's reason, which is no deadline, and a next sentence
//! with its own subject that explains, even with a date in it.

use super::*;

/// A fire and rescue service: a unit named by an ordinary word ("Digital"), a unit alias
/// that is also how new buildings are described ("New Build"), and names whose first word
/// is a plural noun of everyday talk ("Resident Alert App").
fn dir() -> StaticDirectory {
    StaticDirectory {
        units: vec![
            unit("Operations", &["Ops"]),
            unit("Digital", &["ICT"]),
            unit("Estates", &["New Build"]),
            unit("Finance", &[]),
            unit("Prevention", &["Community Safety"]),
            unit("Control Room", &["Control"]),
            unit("Crewing", &["Crew"]),
        ],
        investments: vec![
            inv("Radio Digital Migration", "Operations"),
            inv("Crew Scheduling System", "Operations"),
            inv("Resident Alert App", "Prevention"),
            inv("Station Alerting Upgrade", "Control Room"),
            inv("Mobilising System Replacement", "Control Room"),
            inv("Fleet Telematics", "Operations"),
            inv("Endpoint Protection", "Digital"),
        ],
    }
}

fn d(s: &str) -> Option<NaiveDate> {
    Some(s.parse().unwrap())
}

fn gbp(minor: i64) -> Option<Money> {
    Some(Money::new(minor, Currency::GBP))
}

fn read_uk(text: &str) -> Reading {
    test_names::read_on_test_day(text, "fiona", &dir())
}

fn owners(r: &Reading) -> Vec<(&str, Option<NaiveDate>)> {
    r.follow_ups
        .iter()
        .map(|f| (f.owner.as_str(), f.due))
        .collect()
}

/// Convention 99 (round V67): one task handed to two people is one follow-up they own
/// together, both names as the writer joins them.
#[test]
fn two_people_to_do_one_thing_own_one_follow_up_together() {
    let r =
        read_uk("Ops review: telematics data is patchy. Raj and Mei to pull the numbers by Friday");
    assert_eq!(r.intent, Intent::Note);
    assert_eq!(owners(&r), vec![("Raj and Mei", d("2026-11-27"))]);
    assert_eq!(r.follow_ups[0].text, "pull the numbers");
    let r = read_uk(
        "Control room catch-up. @dev and @sana will book the alerting vendor demo by 4 Dec",
    );
    assert_eq!(owners(&r), vec![("dev and sana", d("2026-12-04"))]);
    // One person named with a colleague's name inside the task is one owner.
    let r = read_uk("Ops sync: Raj to call Mei about the rota by Friday");
    assert_eq!(owners(&r), vec![("Raj", d("2026-11-27"))]);
}

#[test]
fn an_owner_given_on_its_own_line_owns_the_follow_up_before_it() {
    for text in [
        "Control room meeting. Action: send the alerting test plan by 4 Dec. Owner: Raj",
        "Control room meeting. Action: send the alerting test plan by 4 Dec\nOwner - Raj",
        "Control room meeting. Action: send the alerting test plan by 4 Dec (owner Raj)",
    ] {
        let r = read_uk(text);
        assert_eq!(owners(&r), vec![("Raj", d("2026-12-04"))], "{text}");
        assert_eq!(
            r.follow_ups[0].text, "send the alerting test plan",
            "{text}"
        );
    }
}

#[test]
fn an_amount_with_a_space_before_its_k_takes_the_tenant_s_currency() {
    let r = read_uk("approved the station alerting upgrade at 350 K");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.amount, gbp(35_000_000));
    let r = read_uk("fleet telematics rescoped to 1.2 M, two stations only");
    assert_eq!(r.amount, gbp(120_000_000));
    // A count of something with a space before a capital K is still money only after a
    // number: "K" alone is no amount.
    let r = read_uk("Ops review: K division wants a rota change");
    assert_eq!(r.amount, None);
}

#[test]
fn before_xmas_is_due_on_christmas_eve_and_next_fy_is_next_calendar_year() {
    let r = read_uk("Endpoint protection approved at £80k. I'll send the rollout plan before Xmas");
    assert_eq!(r.due, d("2026-12-24"));
    let r = read_uk("Digital sync: @sana to finish the endpoint pilot before Christmas");
    assert_eq!(r.due, d("2026-12-24"));
    let r = read_uk("parked the resident alert app until next FY, no budget left");
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.review_date, d("2027-01-01"));
}

#[test]
fn a_new_build_thing_keeps_new_build_in_its_name() {
    let r = read_uk("approved the new-build station sprinkler system at £200k");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(
        r.investment.as_deref(),
        Some("new-build station sprinkler system")
    );
    assert!(r.new_investment);
    assert_eq!(r.amount, gbp(20_000_000));
    let r = read_uk("Estates would like a new-build handover app, about £60k");
    assert_eq!(r.investment.as_deref(), Some("new-build handover app"));
    assert_eq!(r.unit.as_deref(), Some("Estates"));
}

#[test]
fn a_clipped_word_of_a_name_finds_it() {
    // "crew" is also the Crewing unit's alias: the name's next word, said on its stem,
    // makes it the name.
    for text in [
        "crew scheduler knocked back again, @lewis to pull together a cheaper option by end of Jan",
        "Crew Scheduler rejected. @lewis to pull together a cheaper option by end of Jan",
    ] {
        let r = read_uk(text);
        assert_eq!(r.verdict, Some(Verdict::Reject), "{text}");
        assert_eq!(
            r.investment.as_deref(),
            Some("Crew Scheduling System"),
            "{text}"
        );
        assert_eq!(r.unit.as_deref(), Some("Operations"), "{text}");
    }
    // The unit said alone is still the unit.
    let r = read_uk("met Crew about the rota, they want a second planner");
    assert_eq!(r.unit.as_deref(), Some("Crewing"));
}

#[test]
fn how_a_benefit_came_about_is_its_evidence() {
    let r = read_uk("fleet telematics saved £40k last quarter by cutting idle time at stations");
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(
        r.rationale.as_deref(),
        Some("by cutting idle time at stations")
    );
    let r = read_uk("crew scheduling system - freed up 3 FTE and £12k in overtime in Oct");
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(r.rationale.as_deref(), Some("freed up 3 FTE"));
}

#[test]
fn a_go_live_pushed_back_is_news_not_a_deferral() {
    let r = read_uk("mobilising system go live pushed again. gutted 😩");
    assert_eq!(r.intent, Intent::Note);
    assert_eq!(r.verdict, None);
    // A deferral said as one still is.
    let r = read_uk("mobilising system replacement pushed to March by the Board");
    assert_eq!(r.verdict, Some(Verdict::Defer));
    let r = read_uk("the Board postponed the station alerting go-live to March");
    assert_eq!(r.verdict, Some(Verdict::Defer));
}

#[test]
fn an_incident_that_prompted_a_decision_is_its_reason() {
    let r = read_uk(
        "endpoint protection - go ahead given, £90k, after the ransomware incident in Sept",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(
        r.rationale.as_deref(),
        Some("after the ransomware incident in Sept")
    );
    // The incident's month is not the decision's date.
    assert_eq!(r.date, None);
    // "after" a time says when, not why.
    let r = read_uk("endpoint protection approved after the summer break, £90k");
    assert_eq!(r.rationale, None);
}

#[test]
fn a_cost_rise_accepted_is_a_rescope() {
    let r = read_uk(
        "Mobilising system replacement - cost up to £710k after the integration quote, the Board accepted the new figure",
    );
    assert_eq!(r.intent, Intent::Decision);
    assert_eq!(r.verdict, Some(Verdict::Rescope));
    assert_eq!(r.amount, gbp(71_000_000));
    assert_eq!(r.rationale.as_deref(), Some("after the integration quote"));
}

#[test]
fn a_unit_s_word_used_as_an_ordinary_word_does_not_name_the_unit() {
    // "on digital" is how the radios now run, not the Digital unit.
    let r = read_uk("Radio migration: 12 appliances now on digital, no dropped calls yet");
    assert_eq!(r.investment.as_deref(), Some("Radio Digital Migration"));
    assert_eq!(r.unit.as_deref(), Some("Operations"));
    // Said as the unit, it still is.
    let r = read_uk("met Digital about the radio migration, they want a test week");
    assert_eq!(r.unit.as_deref(), Some("Digital"));
}

#[test]
fn a_name_s_first_word_in_everyday_talk_does_not_name_it() {
    // "residents keep asking" is people, not the Resident Alert App.
    let r = read_uk(
        "Community Safety are asking for smoke alarm sensors, roughly £30k, residents keep asking",
    );
    assert_eq!(r.unit.as_deref(), Some("Prevention"));
    assert_eq!(r.investment.as_deref(), Some("smoke alarm sensors"));
    // The name said short, as a name, still is, and so is its plural set as a label.
    let r = read_uk("resident app: keep going, 900 sign-ups");
    assert_eq!(r.investment.as_deref(), Some("Resident Alert App"));
    let r = read_uk("residents: 900 more sign-ups this month, ~£4k in call handling saved");
    assert_eq!(r.investment.as_deref(), Some("Resident Alert App"));
}

#[test]
fn years_of_payback_or_of_waiting_are_a_reason_not_a_horizon() {
    let r =
        read_uk("the Board knocked back the station alerting upgrade, payback was over 9 years");
    assert_eq!(r.verdict, Some(Verdict::Reject));
    assert_eq!(r.rationale.as_deref(), Some("payback was over 9 years"));
    assert_eq!(r.years, None);
    let r =
        read_uk("resident alert app approved at £40k, residents have been asking for it for 3 yrs");
    assert_eq!(
        r.rationale.as_deref(),
        Some("residents have been asking for it for 3 yrs")
    );
    // A benefit's horizon is still a detail, not a reason.
    let r = read_uk("approved the endpoint protection at £90k, saves £30k a year over 3 years");
    assert_eq!(r.years, Some(3));
    assert_eq!(r.rationale, None);
}

#[test]
fn a_reason_told_in_the_past_with_its_own_date_is_the_reason() {
    for (text, why) in [
        (
            "station alerting upgrade greenlit at £185k, the control room fire in June made it a must",
            "the control room fire in June made it a must",
        ),
        (
            "fleet telematics approved at £260k, the breakdowns in Q2 cost us more than that",
            "the breakdowns in Q2 cost us more than that",
        ),
    ] {
        let r = read_uk(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}");
        // The month or quarter is when the reason happened, not the decision.
        assert_eq!(r.date, None, "{text}");
    }
}

#[test]
fn the_budget_said_as_a_clause_after_a_look_again_date_is_the_reason() {
    let r =
        read_uk("SLT parked the resident alert app until end of next month, budget isn't final");
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.review_date, d("2026-12-31"));
    assert_eq!(r.rationale.as_deref(), Some("budget isn't final"));
    // "budget" naming the money, with no verb of its own, is no reason.
    let r = read_uk("resident alert app approved, budget £40k");
    assert_eq!(r.rationale, None);
}

#[test]
fn a_date_inside_a_refusal_s_reason_is_no_deadline() {
    let r = read_uk("mobilising system replacement knocked back, too risky before year end");
    assert_eq!(r.verdict, Some(Verdict::Reject));
    assert_eq!(r.rationale.as_deref(), Some("too risky before year end"));
    assert_eq!(r.due, None);
    // A deadline said as one still is.
    let r = read_uk("endpoint protection approved at £90k, rollout plan due by year end");
    assert_eq!(r.due, d("2026-12-31"));
}

#[test]
fn the_next_sentence_with_its_own_subject_is_the_reason_even_with_a_date_in_it() {
    let r = read_uk(
        "Fleet telematics: stopped. The pilot units jammed 14 times in six weeks and the supplier has gone quiet.",
    );
    assert_eq!(r.verdict, Some(Verdict::Stop));
    assert_eq!(
        r.rationale.as_deref(),
        Some("The pilot units jammed 14 times in six weeks and the supplier has gone quiet")
    );
    let r = read_uk(
        "Approved: fleet telematics, £175k. The current trackers are 15 yrs old and we lost two vans to theft in Sept.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("The current trackers are 15 yrs old and we lost two vans to theft in Sept")
    );
    assert_eq!(r.date, None);
    // A plan with its date is no reason.
    let r = read_uk("Approved: fleet telematics, £175k. The rollout starts in March.");
    assert_eq!(r.rationale, None);
}
