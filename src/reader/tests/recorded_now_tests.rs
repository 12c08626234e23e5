//! Which verdict, if any, a message records now: a verdict told in passing inside a
//! relative clause ("the kiosks we shelved in spring") is history, a schedule that slips
//! ("the launch is delayed to March") is news about the work, and "no decision needed"
//! says outright that nothing was decided.

use super::*;

/// A museums and galleries trust: an industry and wording the reader's corpus does not hold.
fn dir() -> StaticDirectory {
    super::test_names::directory(
        &[
            ("Collections", &[]),
            ("Visitor Services", &["VS", "Front of House"]),
            ("Estates", &[]),
            ("Learning", &[]),
        ],
        &[
            ("Ticketing Kiosks", "Visitor Services"),
            ("Audio Guide App", "Visitor Services"),
            ("Collections Database", "Collections"),
            ("Gallery Lighting Upgrade", "Estates"),
        ],
    )
}

fn read_one(text: &str) -> Reading {
    super::test_names::read_on_test_day(text, "ines", &dir())
}

#[test]
fn a_verdict_told_in_a_relative_clause_is_not_the_one_recorded() {
    let r = read_one(
        "Catch-up with Collections on Monday. The ticketing kiosks we shelved in spring came \
         up again; the curators still like them but nobody is committing. Ines to price a \
         smaller set by Friday.",
    );
    assert_eq!(r.intent, Intent::Note, "{r:?}");
    assert_eq!(r.verdict, None);
    assert_eq!(r.review_date, None);
    assert_eq!(r.rationale, None);

    let r = read_one(
        "Front of House update: the audio guide app, which was approved in June, is now in \
         beta with 40 volunteers",
    );
    assert_ne!(r.intent, Intent::Decision, "{r:?}");
    assert_eq!(r.verdict, None);

    let r = read_one("Learning mentioned the collections database that got cancelled last year");
    assert_eq!(r.verdict, None, "{r:?}");
}

#[test]
fn the_verdict_said_now_wins_over_one_told_in_passing() {
    let r = read_one(
        "we approved the gallery lighting upgrade at £80k today, the one we deferred in August",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(r.investment.as_deref(), Some("Gallery Lighting Upgrade"));
}

#[test]
fn a_schedule_that_slips_is_a_note_not_a_deferral() {
    for text in [
        "audio guide app launch delayed to March",
        "the gallery lighting upgrade is delayed again, the electrician is off sick",
        "ticketing kiosks install has been delayed by a fortnight",
    ] {
        let r = read_one(text);
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(r.verdict, None, "{text}");
        assert_eq!(r.review_date, None, "{text}");
        assert_eq!(r.due, None, "{text}");
    }
    let r = read_one("the ticketing kiosks go-live has slipped to February");
    assert_eq!(r.intent, Intent::Note, "{r:?}");
    assert_eq!(r.due, None, "a slip's new date is nobody's deadline");
}

#[test]
fn delaying_something_on_purpose_is_still_a_deferral() {
    for text in [
        "we delayed the audio guide app to March",
        "Estates decided to delay the gallery lighting upgrade until spring",
        "Delay the ticketing kiosks till Q2, the supplier is struggling",
        "the collections database is postponed to April",
    ] {
        let r = read_one(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    }
}

#[test]
fn no_decision_needed_records_no_verdict() {
    let r =
        read_one("ticketing kiosks: supplier moved the delivery to January, no decision needed");
    assert_eq!(r.intent, Intent::Note, "{r:?}");
    assert_eq!(r.verdict, None);
    let r = read_one(
        "audio guide app rollout pushed back a month by the vendor - nothing for us to decide",
    );
    assert_eq!(r.verdict, None, "{r:?}");
    // "Nothing else" leaves the decision that was made.
    let r = read_one("We approved the audio guide app at £30k. Nothing else decided.");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
}

#[test]
fn progress_without_money_is_a_note_not_a_benefit() {
    for text in [
        "audio guide app: 12,000 downloads so far, no crashes reported",
        "Ticketing kiosks - 3 of 5 sites now taking cards, queues shorter",
    ] {
        let r = read_one(text);
        assert_ne!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert!(!r.missing.contains(&Missing::Amount), "{text}");
    }
}
