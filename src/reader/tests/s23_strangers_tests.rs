//! Readings of forms from round S23's writers the reader had not met (a mid-Wales hill-farm
//! co-op, an Ontario township's recreation department writing formal emails into Slack, a
//! Singapore hospital shared services centre), each worded here for another invented
//! organisation.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;
use crate::domain::Verdict;

/// A Tasmanian regional council's libraries and community halls, its officers pasting
/// Council's resolutions into the team's chat.
fn council_dir() -> StaticDirectory {
    directory(
        &[
            ("Libraries", &["Library", "Mobile Library"]),
            ("Community Halls", &["Halls", "Venues"]),
            ("Corporate Services", &["Finance", "Admin"]),
        ],
        &[
            ("Mobile Library Van Refit", "Libraries"),
            ("Hall Heating Upgrade", "Community Halls"),
            ("Venue Booking System", "Corporate Services"),
        ],
    )
}

fn read_council(text: &str) -> Reading {
    read_day_first_in(text, "bronwyn", "AUD", &council_dir())
}

/// Council's items lettered in brackets on lines of their own ("(a) approved …; and\n(b)
/// declined …") are items of a list, each its own record with the heading's day, as
/// numbered and bulleted items are; the "; and" joining one item to the next is no part of
/// its reason.
#[test]
fn items_lettered_in_brackets_are_records_of_their_own() {
    let text = "For your information, Council on Tuesday:\n(a) approved the mobile library van refit, $58,000, as the old van failed its roadworthy; and\n(b) declined the request for a second makerspace ($120,000), citing the current budget.";
    let r = read_council(text);
    assert_eq!(
        (r.intent, r.verdict),
        (Intent::Decision, Some(Verdict::Approve)),
        "{text}: {r:?}"
    );
    assert_eq!(
        r.investment.as_deref(),
        Some("Mobile Library Van Refit"),
        "{text}"
    );
    assert_eq!(r.amount, whole(58_000, "AUD"), "{text}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the old van failed its roadworthy"),
        "{text}"
    );
    assert_eq!(r.date, Some("2026-11-24".parse().unwrap()), "{text}");
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    let second = &r.also[0];
    assert_eq!(
        (second.intent, second.verdict),
        (Intent::Decision, Some(Verdict::Reject)),
        "{text}: {second:?}"
    );
    assert_eq!(
        second.investment.as_deref(),
        Some("second makerspace"),
        "{text}"
    );
    assert_eq!(second.amount, whole(120_000, "AUD"), "{text}");
    assert_eq!(second.date, Some("2026-11-24".parse().unwrap()), "{text}");

    // The same with the letters' opening brackets left off.
    let text = "Council resolutions from Tuesday:\na) approved the hall heating upgrade, $36,000, as two halls failed the winter temperature check; and\nb) deferred the venue booking system to March, pending the new website.";
    let r = read_council(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Hall Heating Upgrade"),
        "{text}"
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("two halls failed the winter temperature check"),
        "{text}"
    );
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.also[0].investment.as_deref(),
        Some("Venue Booking System"),
        "{text}"
    );
}

/// A single letter with a bracket inside a sentence ("plan a) or plan b)") opens no item,
/// nor does the article "a" opening a line.
#[test]
fn a_letter_inside_a_sentence_or_the_article_opens_no_item() {
    let text = "Hall heating upgrade approved, $36,000. We looked at plan a) and plan b) and went with the heat pumps.";
    let r = read_council(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.also.len(), 0, "{text}: {r:?}");
}

/// After a record with its verdict, a sentence opening "And the <thing> –" with its own
/// verdict straight after the dash ("– not now", "– members said no") is another decision,
/// without a heading counting the items.
#[test]
fn and_the_thing_set_off_by_a_dash_with_its_verdict_is_another_decision() {
    let text = "Hall heating upgrade continues, the first two halls passed the winter check. And the library coffee cart – not now, revisit in March.";
    let r = read_council(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Hall Heating Upgrade"),
        "{text}"
    );
    assert_eq!(r.review_date, None, "{text}: {r:?}");
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.also[0].review_date,
        Some("2027-03-01".parse().unwrap()),
        "{text}"
    );

    // Without a verdict after the dash, the sentence stays with the record.
    let text = "Hall heating upgrade approved, $36,000. And the venue booking system – the vendor rang again.";
    let r = read_council(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.also.len(), 0, "{text}: {r:?}");
}

/// "carry on as rescoped", "we continue as rescoped": the work goes on in the scope cut
/// before, a continue, not another rescope; "rescoped to $20,000" still rescopes.
#[test]
fn carrying_on_as_rescoped_continues() {
    for text in [
        "Venue booking system: carry on as rescoped.",
        "Venue booking system – status quo, we continue as rescoped",
    ] {
        let r = read_council(text);
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
        assert_eq!(
            r.investment.as_deref(),
            Some("Venue Booking System"),
            "{text}"
        );
    }
    let text = "Venue booking system rescoped to $20,000, bookings module only.";
    let r = read_council(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
}
