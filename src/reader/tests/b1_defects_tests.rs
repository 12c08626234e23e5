//! Defects noticed by the afternoon's helpers (round B1), each read in another writer's
//! words (a Welsh wildlife park: ticketing, animal care, estates): a benefit told as a cut
//! in time "from N to M" is still a benefit; a deciding body heading a message is no name;
//! when something might be sold is no start of the proposal; a heading's date reaches a
//! later record over a date said in passing; a two-word vendor before "quote" still gives
//! the reason; a question with a handle and a due date is a note with that follow-up.

use super::*;

/// A Welsh wildlife park: visitor services, animal care, estates, finance.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Visitor Services", &[]),
            ("Animal Care", &[]),
            ("Estates", &[]),
            ("Finance", &[]),
        ],
        &[
            ("Online Ticketing System", "Visitor Services"),
            ("Penguin Pool Filtration", "Animal Care"),
            ("Penguin Webcam", "Animal Care"),
            ("Gatehouse Kiosks", "Visitor Services"),
            ("Finance System", "Finance"),
        ],
    )
}

fn d(s: &str) -> Option<NaiveDate> {
    Some(s.parse().unwrap())
}

/// Read on the tests' today, Friday 2026-11-27, day-first.
fn read_park(text: &str) -> Reading {
    test_names::read_on_test_day(text, "ffion", &dir())
}

#[test]
fn a_cut_in_time_from_one_figure_to_another_is_a_benefit() {
    let text = "online ticketing system has cut the time we spend on refunds from 30 minutes to 4, saving £6k a year";
    let r = read_park(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Online Ticketing System"),
        "{text}: {r:?}"
    );
    assert_eq!(r.amount, test_names::whole(6_000, "GBP"), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("cut the time we spend on refunds from 30 minutes to 4"),
        "{text}: {r:?}"
    );
}

#[test]
fn a_deciding_body_heading_the_message_is_no_name() {
    for text in [
        "Directors: the lakeside zipline is off the table",
        "Governors: the lakeside zipline is off the table",
        "The board: the lakeside zipline is off the table",
    ] {
        let r = read_park(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(
            r.investment.as_deref(),
            Some("lakeside zipline"),
            "{text}: {r:?}"
        );
    }
}

#[test]
fn when_something_might_be_sold_is_no_start_of_the_proposal() {
    let text = "Retail want a photo booth for the gift shop, about £4k, reckon we could sell 500 prints at Easter";
    let r = read_park(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(r.date, None, "{text}: {r:?}");
}

#[test]
fn a_headings_date_beats_a_date_said_in_passing_in_a_later_record() {
    for text in [
        "Morning all. Two things from yesterday's meeting with the directors. First, the penguin pool filtration is approved at £30k. Second, the gatehouse kiosks are on hold until we know the spring numbers. And thanks to everyone who covered the gates last week while half the keepers were off.",
        "Morning all. Two things from yesterday's meeting with the directors. First, the penguin pool filtration is approved at £30k. Second, the gatehouse kiosks are on hold until we know the spring numbers, and thanks to everyone who covered the gates while half the keepers were off.",
    ] {
        assert_heading_date_on_both(text);
    }
}

fn assert_heading_date_on_both(text: &str) {
    let r = read_park(text);
    let records: Vec<(Option<&str>, Option<NaiveDate>)> = std::iter::once(&r)
        .chain(&r.also)
        .map(|x| (x.investment.as_deref(), x.date))
        .collect();
    assert_eq!(
        records,
        vec![
            (Some("Penguin Pool Filtration"), d("2026-11-26")),
            (Some("Gatehouse Kiosks"), d("2026-11-26")),
        ],
        "{text}: {r:?}"
    );
}

#[test]
fn a_two_word_vendor_before_quote_still_gives_the_reason() {
    for text in [
        "Penguin webcam — killing it. Stream Pro quote doubled to £60K and the keepers hate the editor",
        "Penguin webcam — killing it. Axis quote doubled to £60K and the keepers hate the editor",
    ] {
        let r = read_park(text);
        assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
        let reason = text.split_once(". ").unwrap().1;
        assert_eq!(r.rationale.as_deref(), Some(reason), "{text}: {r:?}");
    }
}

#[test]
fn a_question_then_a_handle_and_a_due_date_is_a_note_with_that_follow_up() {
    let text =
        "Can we see the penguin pool filtration figures before we decide? @owen by Monday pls";
    let r = read_park(text);
    assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Penguin Pool Filtration"),
        "{text}: {r:?}"
    );
    assert_eq!(r.due, d("2026-11-30"), "{text}: {r:?}");
    let owners: Vec<&str> = r.follow_ups.iter().map(|f| f.owner.as_str()).collect();
    assert_eq!(owners, vec!["owen"], "{text}: {r:?}");
}

#[test]
fn money_we_no_longer_pay_each_year_is_a_benefit() {
    for text in [
        "online ticketing system has cut the time to process refunds from 5 days to 1 and we no longer pay the agency £9k a year to handle them",
        "Online ticketing system: we no longer pay the call centre £9k a year",
    ] {
        let r = read_park(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_eq!(
            r.investment.as_deref(),
            Some("Online Ticketing System"),
            "{text}: {r:?}"
        );
        assert_eq!(r.amount, test_names::whole(9_000, "GBP"), "{text}: {r:?}");
    }
    // The cut told first is the evidence, up to the clause of its own after "and".
    let text = "online ticketing system has cut the time to process refunds from 5 days to 1 and we no longer pay the agency £9k a year to handle them";
    let r = read_park(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("cut the time to process refunds from 5 days to 1"),
        "{text}: {r:?}"
    );
    // Money we no longer pay once is no yearly saving told.
    let r = read_park("Online ticketing system: we no longer pay the agency");
    assert_ne!(r.intent, Intent::Benefit, "{r:?}");
}

#[test]
fn time_cut_is_a_result_not_a_smaller_budget() {
    for text in [
        "online ticketing system has cut the time to process refunds and we no longer pay the agency £9k a year to handle them",
        "online ticketing system has cut waiting times at the gate",
    ] {
        let r = read_park(text);
        assert_eq!(r.verdict, None, "{text}: {r:?}");
        assert_ne!(r.intent, Intent::Decision, "{text}: {r:?}");
    }
    // A budget cut is still a rescope.
    let r = read_park("We've cut the penguin pool filtration to £20k");
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{r:?}");
}
