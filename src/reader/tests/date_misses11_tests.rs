//! Dates and follow-ups the reader missed or put in the wrong field, each read in another
//! writer's words (a Welsh botanic garden): a weekday said with its day of the month ("by
//! Fri 11th"), a handle said doing the work ("@owen sorting … nxt wk"), a look-again said as
//! "we'll review … mid-Feb", a go-live a change is counted from ("since we went live in
//! August", "live since 20/11") and a visit still to come ("the engineers are in on
//! Wednesday to …").

use super::*;

/// A Welsh botanic garden: glasshouses, visitor services, horticulture.
pub(super) fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Glasshouses", &[]),
            ("Visitor Services", &["Visitors"]),
            ("Horticulture", &["Hort"]),
            ("Finance", &[]),
        ],
        &[
            ("Glasshouse Climate Control", "Glasshouses"),
            ("Ticketing Kiosks", "Visitor Services"),
            ("Plant Records Database", "Horticulture"),
            ("Finance System", "Finance"),
        ],
    )
}

fn d(s: &str) -> Option<NaiveDate> {
    Some(s.parse().unwrap())
}

/// Read on the tests' today, Friday 2026-11-27, day-first.
fn read_garden(text: &str) -> Reading {
    test_names::read_on_test_day(text, "eleri", &dir())
}

#[test]
fn a_weekday_said_with_its_day_of_the_month_is_that_day() {
    for (text, due) in [
        (
            "Met the kiosk supplier Tues. Rhys is writing up the options by Fri 11th.",
            "2026-12-11",
        ),
        (
            "@bethan to send the plant records database export by Tues the 8th",
            "2026-12-08",
        ),
    ] {
        let r = read_garden(text);
        assert_eq!(r.due, d(due), "{text}: {r:?}");
    }
}

#[test]
fn a_handle_said_doing_the_work_owns_it_and_nxt_wk_is_its_due() {
    for text in [
        "Hort catch-up: @owen to send the plant records database export nxt wk",
        "trustees approvd the climate control upgrade 🎉 £30k, @owen sorting a training sesh w/ the gardeners nxt wk",
    ] {
        let r = read_garden(text);
        let owner = r.action.as_ref().map(|a| a.owner.as_str());
        assert_eq!((owner, r.due), (Some("owen"), d("2026-11-30")), "{text}: {r:?}");
    }
}

#[test]
fn a_review_said_with_its_verb_after_a_decision_is_the_look_again_date() {
    for (text, review) in [
        (
            "Glasshouse climate control: trustees signed off phase 2 at £60k. We'll review uptake mid-Feb.",
            "2027-02-15",
        ),
        (
            "Finance system approved at £90k. Go-live 1 April, and we review the benefits after year end in September.",
            "2027-09-01",
        ),
    ] {
        let r = read_garden(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!((r.date, r.review_date), (None, d(review)), "{text}: {r:?}");
    }
}

#[test]
fn a_go_live_a_benefit_is_counted_from_is_no_date_of_the_benefit() {
    for text in [
        "Ticketing kiosks: visitor numbers up 18% since we went live in August, about £8k a month extra",
        "Ticketing kiosks live since 20/11, queues down by half and about £2k a week saved on temps",
    ] {
        let r = read_garden(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_eq!(r.date, None, "{text}: {r:?}");
    }
    // Money counted since a month, or since the go-live, is still counted from then.
    for (text, date) in [
        ("The ticketing kiosks saved £21k since July", "2026-07-01"),
        (
            "Kiosks: £14k saved on temp staff since we went live in June",
            "2026-06-01",
        ),
    ] {
        let r = read_garden(text);
        assert_eq!(r.date, d(date), "{text}: {r:?}");
    }
}

#[test]
fn a_visit_still_to_come_is_no_date_of_the_note() {
    let text = "Glasshouse engineers are in on Wednesday to calibrate the climate control sensors";
    let r = read_garden(text);
    assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
    assert_eq!(r.date, None, "{text}: {r:?}");
}

#[test]
fn a_quarter_or_a_half_said_in_words_is_its_first_day() {
    for (text, review) in [
        (
            "It was decided to postpone the ticketing kiosks to the second quarter of 2027.",
            "2027-04-01",
        ),
        (
            "Plant records database: not now, look again in the first half of next year",
            "2027-01-01",
        ),
    ] {
        let r = read_garden(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.review_date, d(review), "{text}: {r:?}");
    }
    // A half of something else dates nothing.
    let r = read_garden("Visitor numbers were up in the second half of the season");
    assert_eq!(r.date, None, "{r:?}");
}

#[test]
fn when_the_old_thing_runs_out_is_no_start_of_the_proposal() {
    for text in [
        "Glasshouses want a new boiler controller, ~£40k, the old one is end of support in June.",
        "We need a new weather station for Hort, about £12k, the current one is out of support from March.",
    ] {
        let r = read_garden(text);
        assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
        assert_eq!(r.date, None, "{text}: {r:?}");
    }
    // The start said with the proposal is still its date.
    let text = "Glasshouses want a new boiler controller, ~£40k, starting in March";
    let r = read_garden(text);
    assert_eq!(r.date, d("2027-03-01"), "{text}: {r:?}");
}

#[test]
fn a_month_naming_a_slot_ahead_is_no_date_of_the_decision_and_placing_an_order_is_work() {
    let text = "Approved the ticketing kiosks, £80k. Rhys to place the order by the 1st so we keep the January install slot.";
    let r = read_garden(text);
    assert_eq!((r.date, r.due), (None, d("2026-12-01")), "{text}: {r:?}");
    let owner = r.action.as_ref().map(|a| a.owner.as_str());
    assert_eq!(owner, Some("Rhys"), "{text}: {r:?}");
}

#[test]
fn a_day_said_with_what_will_be_done_on_it_is_no_date_of_the_note() {
    for text in [
        "Glasshouses: the heating contractor back on site the 20th to finish the pipework",
        "Kiosk supplier coming Tuesday to fit the card readers",
    ] {
        let r = read_garden(text);
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(r.date, None, "{text}: {r:?}");
    }
    // Told as done, the day is the note's date.
    let text = "Met the kiosk supplier on Tuesday to go through the card readers";
    let r = read_garden(text);
    assert_eq!(r.date, d("2026-11-24"), "{text}: {r:?}");
}

#[test]
fn christmas_naming_a_thing_is_no_date() {
    let text = "The ticketing kiosks brought in £21k of Christmas orders in November";
    let r = read_garden(text);
    assert_eq!(r.date, d("2026-11-01"), "{text}: {r:?}");
    let text = "Trustees 25/11:\n• ticketing kiosks approved, £80k\n• plant records database stays parked\n• Christmas party is the 18th, Castle Hotel";
    let r = read_garden(text);
    let later = r.also.first().map(|a| a.review_date);
    assert_eq!(later, Some(None), "{text}: {r:?}");
}

#[test]
fn the_weekday_after_a_date_said_before_it_counts_from_that_date() {
    let text = "Glasshouse meeting 24/11\n• climate control: tender closes Fri 4/12, @bethan to circulate the shortlist the Monday after";
    let r = read_garden(text);
    assert_eq!(r.due, d("2026-12-07"), "{text}: {r:?}");
}

#[test]
fn a_look_again_in_some_months_is_that_many_months_ahead() {
    for (text, review) in [
        (
            "Climate control approved £60k. Review in 6 months.",
            "2027-05-27",
        ),
        (
            "Plant records database on hold for 3 months while Hort clean the data",
            "2027-02-27",
        ),
    ] {
        let r = read_garden(text);
        assert_eq!(r.review_date, d(review), "{text}: {r:?}");
    }
    // Months counted in a reason date nothing.
    let text = "Ticketing kiosks stopped, nobody used them in 6 months";
    let r = read_garden(text);
    assert_eq!((r.date, r.review_date), (None, None), "{text}: {r:?}");
}

#[test]
fn follow_ups_after_a_comma_each_keep_their_owner_and_due() {
    for (text, want) in [
        (
            "@asha to send the kiosk quotes by Fri, @ben to book the room by Tues",
            vec![("asha", d("2026-11-27")), ("ben", d("2026-12-01"))],
        ),
        (
            "Actions: @dan to confirm the kiosk delivery by next Thu, Priya to update the capex sheet",
            vec![("dan", d("2026-12-03")), ("Priya", None)],
        ),
    ] {
        let r = read_garden(text);
        let got: Vec<(&str, Option<NaiveDate>)> = r
            .follow_ups
            .iter()
            .map(|f| (f.owner.as_str(), f.due))
            .collect();
        assert_eq!(got, want, "{text}: {r:?}");
    }
}

#[test]
fn a_name_written_in_lower_case_opening_a_sentence_owns_the_task_after_it() {
    let text =
        "Trustees signed off the kiosk pilot 24/11, £35k. kayla to report the visitor numbers EOM";
    let r = read_garden(text);
    let owner = r.action.as_ref().map(|a| a.owner.as_str());
    assert_eq!(
        (owner, r.due),
        (Some("kayla"), d("2026-11-30")),
        "{text}: {r:?}"
    );
    assert_eq!(r.rationale, None, "{text}: {r:?}");
    // A word that is no name stays one.
    for text in [
        "Kiosks approved at £35k. need to send the PO today",
        "Kiosks approved at £35k. plan to review the numbers in January",
    ] {
        let r = read_garden(text);
        assert!(
            r.action.as_ref().is_none_or(|a| a.owner == "eleri"),
            "{text}: {r:?}"
        );
    }
}
