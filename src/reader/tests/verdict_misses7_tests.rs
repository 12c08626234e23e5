//! Verdicts, intents and dates the reader missed, each read in another writer's words (a
//! UK county library service): a verdict hedged ("leaning towards a yes"), given on a
//! condition ("yes if legal agrees") or in part ("half the ask"), made by someone else (a
//! regulator, a vendor), reversed ("un-paused", "back on"), a decision's call moved to a
//! later day, a recurring day, a holiday and a milestone still to come, none of which is
//! when something happened.
//!
//! Each intent is checked twice: as the reader reads it (the shipped intent model included)
//! and by the rules alone, so a retrained model cannot hide a rule that went missing.

use super::*;

/// A county library service: branches, a mobile library, digital lending.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Branches", &["Libraries"]),
            ("Digital", &["ICT"]),
            ("Collections", &[]),
            ("Estates", &["Facilities"]),
        ],
        &[
            ("Self-Service Kiosks", "Branches"),
            ("Mobile Library Van", "Branches"),
            ("Library Management System", "Digital"),
            ("E-Book Lending Platform", "Digital"),
            ("RFID Stock Tagging", "Collections"),
            ("Boiler Replacement", "Estates"),
        ],
    )
}

fn d(s: &str) -> Option<NaiveDate> {
    Some(s.parse().unwrap())
}

/// Read on the tests' today, Friday 2026-11-27.
fn read_lib(text: &str) -> Reading {
    test_names::read_on_test_day(text, "ffion", &dir())
}

/// The reading the rules alone give `text`, with no model to override them.
fn rules_read(text: &str) -> Reading {
    test_names::read_by_rules_on_test_day(text, "ffion", &dir(), ReaderSettings::default())
}

/// `text` reads as `intent` with `verdict`, by the rules alone and as shipped.
fn assert_reads(text: &str, intent: Intent, verdict: Option<Verdict>) -> Reading {
    test_names::assert_reads(
        text,
        "ffion",
        &dir(),
        ReaderSettings::default(),
        intent,
        verdict,
    )
}

#[test]
fn a_verdict_someone_is_leaning_towards_is_not_taken() {
    for text in [
        "leaning towards yes on the RFID tagging, final sign-off in Jan",
        "Kiosks: the panel are leaning towards a no, branch staff prefer the counter",
        "Cabinet is inclined to approve the mobile library van",
    ] {
        let r = assert_reads(text, Intent::Note, None);
        assert!(r.investment.is_some(), "{text}");
        // "final sign-off in Jan" is still to come: no date it happened.
        assert_eq!(r.date, None, "{text}");
    }
}

#[test]
fn a_verdict_made_by_someone_outside_is_news() {
    for text in [
        "The regulator approved our boiler replacement plan on Monday",
        "Vendor rejected our change request on the library management system, they want a new SOW",
        "the supplier has approved the RFID tagging design",
    ] {
        let r = assert_reads(text, Intent::Note, None);
        assert!(r.investment.is_some(), "{text}");
    }
    // Ours, said with who decided: still our verdict.
    assert_reads(
        "Cabinet approved the boiler replacement on Monday, £90k",
        Intent::Decision,
        Some(Verdict::Approve),
    );
}

#[test]
fn work_un_paused_or_with_its_pause_reversed_is_approved_again() {
    for text in [
        "We un-paused the RFID tagging, the grant came through",
        "RFID tagging unpaused as of today",
        "Mobile library van: Cabinet reversed the pause, the route review is done",
        "the e-book platform is back on for Q1, £95k",
    ] {
        assert_reads(text, Intent::Decision, Some(Verdict::Approve));
    }
    // The later verdict of a reversal is the one that stands.
    let text = "Kiosks were knocked back in October but they're back on, £130k, the council is co-funding half";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.date, None, "{text}");
}

#[test]
fn no_longer_stopping_continues_whatever_the_reason_tells() {
    let text = "We're no longer stopping the RFID tagging — the stock losses came back the week we paused it";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Continue));
    assert_eq!(
        r.rationale.as_deref(),
        Some("the stock losses came back the week we paused it")
    );
}

#[test]
fn an_approval_on_a_condition_or_for_part_of_the_ask_is_an_approval() {
    for (text, minor) in [
        ("Mobile library van: yes if legal agrees, £150k", 15_000_000),
        (
            "E-book platform got half the ask from Cabinet, £30k, budgets are tight until April",
            3_000_000,
        ),
    ] {
        let r = assert_reads(text, Intent::Decision, Some(Verdict::Approve));
        assert_eq!(r.amount, Some(Money::new(minor, Currency::GBP)), "{text}");
    }
}

#[test]
fn a_call_moved_or_put_off_to_a_later_time_defers() {
    let text =
        "Kiosks — final call slipped to Jan 12th, the union wants to see the staffing plan first";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Defer));
    assert_eq!(r.review_date, d("2027-01-12"), "{text}");
    let text = "RFID tagging — Cabinet said not yet, maybe Q3";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Defer));
    assert_eq!(r.review_date, d("2027-07-01"), "{text}");
}

#[test]
fn a_recurring_day_is_not_a_date() {
    let r = read_lib("Queues at the Central kiosks hit 40 mins every Saturday, the kiosks can't come soon enough");
    assert_eq!(r.date, None);
    let r = read_lib("Kiosk queues are worst on Saturdays at Central");
    assert_eq!(r.date, None);
}

#[test]
fn after_christmas_is_the_day_after_it() {
    let r = read_lib(
        "Boiler replacement deferred until after Christmas, the contractor is booked solid",
    );
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.review_date, d("2026-12-26"));
}

#[test]
fn going_on_into_next_year_sets_no_look_again_date() {
    let r = read_lib("E-book platform: continue into next year, loans are up 40%");
    assert_eq!(r.verdict, Some(Verdict::Continue));
    assert_eq!(r.review_date, None);
}

#[test]
fn a_milestone_still_to_come_in_a_note_is_not_when_anything_happened() {
    for text in [
        "LMS go-live is still 1 March, data cleansing is 80% done",
        "Kiosk install is now 3 February, the vendor is short of engineers",
    ] {
        let r = read_lib(text);
        assert_eq!(r.intent, Intent::Note, "{text}");
        assert_eq!(r.date, None, "{text}");
    }
}

#[test]
fn a_stop_said_at_the_start_as_a_plan_takes_the_coming_date() {
    let r =
        read_lib("Stopping the mobile library van pilot end of Jan, the lease company went bust");
    assert_eq!(r.verdict, Some(Verdict::Stop));
    assert_eq!(r.date, d("2027-01-31"));
}

#[test]
fn work_extended_to_more_places_is_approved_more_scope() {
    let r = read_lib(
        "Decided with the head of service: RFID tagging is extended to the 4 other branches, £45k.",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve));
    // Extended in time, it goes on.
    let r = read_lib("RFID tagging support extended to March 2028");
    assert_eq!(r.verdict, Some(Verdict::Continue));
}

#[test]
fn a_plan_after_the_verdict_is_not_when_it_was_decided() {
    for text in [
        "Kiosks: go, £60k, start in January",
        "the e-book platform is back on for Q1, £95k",
        "Cabinet agreed to keep the van going at £40k. The lease ends June.",
        "Mobile library van: Cabinet reversed the pause, work restarts Monday",
    ] {
        let r = rules_read(text);
        assert_eq!(r.intent, Intent::Decision, "{text}");
        assert_eq!(r.date, None, "{text}");
    }
    // Said before the plan, the day it was decided still is.
    let r = read_lib("Cabinet approved the kiosks on Monday, £60k, install starts in January");
    assert_eq!(r.date, d("2026-11-23"));
}

#[test]
fn a_proposal_accepted_is_approved_but_not_a_risk_or_an_invitation() {
    let text = "Following the ransomware at the county, the s151 officer finally accepts the RFID tagging, £110k.";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("RFID Stock Tagging"));
    for text in [
        "Cabinet accepted the risk on the boiler replacement",
        "the vendor accepted our terms for the kiosks",
    ] {
        assert_ne!(read_lib(text).verdict, Some(Verdict::Approve), "{text}");
    }
}

#[test]
fn christmas_eve_and_boxing_day_are_their_own_days() {
    let r = read_lib("Kiosks approved on Christmas Eve, £60k");
    assert_eq!(r.date, d("2025-12-24"));
    let r = read_lib("Kiosks deferred until Boxing Day");
    assert_eq!(r.review_date, d("2026-12-26"));
    // Seasons and holidays with no fixed day are no date.
    for text in [
        "Kiosks parked till summer",
        "Kiosks on hold over the holidays",
        "Kiosks deferred until after Diwali",
        "Kiosks on hold until the end of Ramadan",
        "Kiosks deferred until after Thanksgiving",
    ] {
        let r = read_lib(text);
        assert_eq!((r.date, r.review_date, r.due), (None, None, None), "{text}");
    }
}

#[test]
fn a_day_and_month_said_just_ahead_is_the_coming_one() {
    // Today is 27 November: "9th Dec" is in twelve days, not a year ago.
    let r = read_lib(
        "Digital say e-book loans are up 11%, Cabinet meeting on 9th Dec. No decision yet.",
    );
    assert_ne!(r.date, d("2025-12-09"));
    let r = read_lib("Kiosks approved on 20 Nov, £60k");
    assert_eq!(r.date, d("2026-11-20"));
}

#[test]
fn work_that_got_the_ok_is_approved() {
    let r = read_lib("Digital got the OK for the e-book platform (£30k)");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.intent, Intent::Decision);
}

#[test]
fn a_plan_as_a_noun_is_not_a_plan_ahead() {
    let r = read_lib("The regulator approved our boiler replacement plan on Monday");
    assert_eq!(r.date, d("2026-11-23"));
    let r = read_lib("Estates met the boiler contractor; we plan to start on 4 January");
    assert_ne!(r.date, d("2026-01-04"));
}

#[test]
fn more_ways_to_approve_in_part_on_a_condition_or_again() {
    for text in [
        "Kiosks: conditional approval, £60k, subject to the fire survey",
        "Cabinet gave the kiosks half of what we asked, £30k",
        "RFID tagging: pause lifted",
        "we resumed the RFID tagging",
    ] {
        assert_reads(text, Intent::Decision, Some(Verdict::Approve));
    }
    // Work that resumed on its own is news.
    assert_ne!(
        read_lib("RFID tagging resumed after the strike").verdict,
        Some(Verdict::Approve)
    );
}

#[test]
fn a_verdict_still_to_come_or_leant_towards_is_news() {
    for text in [
        "Kiosks will be approved next week",
        "we're leaning yes on the kiosks",
        "the customers rejected the new e-book platform app",
    ] {
        let r = assert_reads(text, Intent::Note, None);
        assert!(r.investment.is_some(), "{text}");
    }
    let r = read_lib("Kiosks: a maybe for Q2");
    assert_eq!(r.date, None);
}

#[test]
fn a_stop_we_will_make_takes_the_coming_date() {
    let r = read_lib("Van: we'll stop it after Christmas");
    assert_eq!(r.verdict, Some(Verdict::Stop));
    assert_eq!(r.date, d("2026-12-26"));
}

#[test]
fn a_decision_still_to_be_made_dates_nothing() {
    for text in [
        "Kiosks: we'll make the call on the 12th",
        "Kiosks decision expected mid-January",
        "Kiosks: go/no-go on Jan 12",
    ] {
        let r = read_lib(text);
        assert_eq!((r.intent, r.verdict), (Intent::Note, None), "{text}");
        assert_eq!(r.date, None, "{text}");
    }
}

#[test]
fn what_i_would_say_is_no_verdict() {
    assert_eq!(read_lib("I'd say no to the kiosks").verdict, None);
}

#[test]
fn another_thing_decided_after_but_does_not_turn_the_first_round() {
    let r = read_lib("Cabinet turned down the mobile library van but approved a smaller trailer");
    assert_eq!(r.verdict, Some(Verdict::Reject));
    assert_eq!(r.investment.as_deref(), Some("Mobile Library Van"));
    // Said of the same work, it does.
    let r = read_lib("Van rejected in October but approved today, £40k");
    assert_eq!(r.verdict, Some(Verdict::Approve));
}
