//! Readings that were plainly wrong, not just incomplete (found by round S39), each worded
//! here for another invented organisation: a Leeds group of independent cinemas.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;
use crate::domain::Verdict;

/// A Leeds group of independent cinemas: the screens, the box office, the bar, IT.
fn cinemas_dir() -> StaticDirectory {
    directory(
        &[
            ("Screens", &["Projection"]),
            ("Box Office", &["Front of House"]),
            ("Bar", &["Kitchen"]),
            ("IT", &["Systems"]),
        ],
        &[
            ("Laser Projectors", "Screens"),
            ("Ticketing System", "Box Office"),
            ("Bar Refit", "Bar"),
            ("Laptop Refresh", "IT"),
            ("Staff Flats", "Box Office"),
        ],
    )
}

fn read_cinemas(text: &str) -> Reading {
    read_day_first_in(text, "nadia", "GBP", &cinemas_dir())
}

/// "…, seeing as they hold the till logins": "seeing as" gives the approval's reason; the
/// "hold" inside it is the staff's, no deferral of the work.
#[test]
fn a_hold_inside_a_seeing_as_reason_is_no_deferral() {
    for text in [
        "Imran's fine with the laptop refresh for the duty managers now, £4k, seeing as they \
         hold the till logins.",
        "Approved the laptop refresh for the duty managers, £4k, seeing that they hold the \
         keys to every screen.",
    ] {
        let r = read_cinemas(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.amount, whole(4_000, "GBP"), "{text}: {r:?}");
    }
}

/// "after the council gave us until June to …": a grace period someone granted is no due
/// date of a follow-up.
#[test]
fn a_grace_period_given_is_no_due_date() {
    for text in [
        "Laser projectors update. Imran signed the order with Barco on Wednesday after the \
         licensing officer gave us until June to replace the old lamps. Install starts 11/1.",
        "The bar refit is approved, £60k: the landlord has given us until March to sort the \
         extraction.",
    ] {
        let r = read_cinemas(text);
        assert_eq!(r.due, None, "{text}: {r:?}");
    }
}

/// "… couldn't find a room for under £900 a month": a price in a reason's comparison is no
/// yearly benefit of the approval.
#[test]
fn a_monthly_price_inside_a_reason_is_no_benefit() {
    let text = "Good news from Imran: the staff flats are approved, £130k for four flats above \
                the Headingley screen. We lost six projectionists last year because they \
                couldn't find a room in Leeds for under £900 a month. @jo to get the planning \
                variation in by 18/12.";
    let r = read_cinemas(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.amount, whole(130_000, "GBP"), "{text}: {r:?}");
    assert_eq!(r.annual_benefit, None, "{text}: {r:?}");
}

/// "booking.com", "Amazon.co.uk", "monday.com", "x.ai": a dot between letters in a domain
/// name is no full stop, so the reason keeps the whole name.
#[test]
fn a_domain_name_is_not_cut_at_its_dot() {
    for (text, ends) in [
        (
            "the ticketing system is still on even tho go-live slid to feb, the box office \
             finally syncs with booking.com",
            "booking.com",
        ),
        (
            "Approved the laptop refresh, £4k, because the old ones came from Amazon.co.uk",
            "amazon.co.uk",
        ),
        (
            "Approved the bar refit, £60k, because the kitchen tickets now live in monday.com",
            "monday.com",
        ),
        (
            "Approved the ticketing system, £20k, because the chat bot runs on x.ai",
            "x.ai",
        ),
    ] {
        let r = read_cinemas(text);
        let why = r.rationale.as_deref().unwrap_or("").to_lowercase();
        assert!(why.ends_with(ends), "{text}: {r:?}");
    }
}

/// "…, mostly because …" and a leading "as" (or "mostly as") before a subject are markers of
/// a reason, stripped as "because" is; "as it stands" is none.
#[test]
fn mostly_because_and_a_leading_as_are_stripped() {
    for (text, why) in [
        (
            "The bar refit is approved after all, £60k, mostly because the old fridges keep \
             failing their inspection.",
            "the old fridges keep failing their inspection",
        ),
        (
            "FYI Imran's come round on the second laser projector for Headingley after all, \
             £32k, as the first one's booked solid three weeks out. @jess to get the rep in by \
             23/12.",
            "the first one's booked solid three weeks out",
        ),
        (
            "The bar refit is approved, £60k, mostly as the fridges keep failing.",
            "the fridges keep failing",
        ),
    ] {
        let r = read_cinemas(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "…. Half our new installers quit in the first six weeks, mostly because …": in a sentence
/// after the verdict's, the fact a hedged cause explains is part of the reason.
#[test]
fn a_hedged_cause_in_a_later_sentence_keeps_its_fact() {
    let text = "Imran's given the green light to the bar refit, £72k for new fridges. Half our \
                new bar staff quit in the first six weeks, mostly because their first shift is \
                a sold-out premiere. @jo to get three quotes by 21/12.";
    let r = read_cinemas(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some(
            "Half our new bar staff quit in the first six weeks, mostly because their first \
             shift is a sold-out premiere"
        ),
        "{text}: {r:?}"
    );
}

/// "the booking system's still a go even tho go-live slid to feb": the month the concession
/// tells is another thing's slip, no review date or date of the verdict.
#[test]
fn a_time_in_a_concession_is_no_date_of_the_verdict() {
    for text in [
        "ticketing system still a go even tho headingley slid to feb, the card sync works now",
        "the ticketing system's still happening even tho the second site slipped to late jan",
    ] {
        let r = read_cinemas(text);
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
        assert_eq!(
            (r.date, r.review_date, r.due),
            (None, None, None),
            "{text}: {r:?}"
        );
    }
}
