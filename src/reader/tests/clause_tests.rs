//! Readings of the clauses around a verdict: the rationale wherever it is said (a reason
//! word, a dash, the next sentence, a relative or participle clause, what a benefit came
//! from), idioms that are or are not decisions, and a deferral's look-again date.

use super::*;

/// A museum trust: an organisation and wording the reader's corpus does not hold.
fn dir() -> StaticDirectory {
    super::test_names::directory(
        &[
            ("Collections", &[]),
            ("Visitor Services", &[]),
            ("Development", &[]),
        ],
        &[
            ("Ticketing System", "Visitor Services"),
            ("Collections Database", "Collections"),
            ("Audio Guide App", "Visitor Services"),
            ("Donor CRM", "Development"),
        ],
    )
}

fn d(s: &str) -> Option<NaiveDate> {
    Some(s.parse().unwrap())
}

fn read_one(text: &str) -> Reading {
    super::test_names::read_on_test_day(text, "ana", &dir())
}

fn rationale(text: &str) -> Option<String> {
    read_one(text).rationale
}

#[test]
fn a_reason_said_on_the_basis_that_and_not_the_owner_after_it() {
    let r = read_one(
        "Trustees met on Tuesday and approved the donor CRM at £90k, on the basis that the \
         gift aid it recovers in the first year will pay for it. Priya will lead the rollout.",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(
        r.rationale.as_deref(),
        Some("on the basis that the gift aid it recovers in the first year will pay for it")
    );
}

#[test]
fn a_sentence_assigning_an_owner_is_not_the_reason() {
    assert_eq!(
        rationale("Approved the audio guide app at £30k. Sam will own the launch."),
        None
    );
    assert_eq!(
        rationale("We signed off the ticketing system upgrade. Jo is going to run the pilot."),
        None
    );
    assert_eq!(
        rationale("donor CRM turned down by the trustees. Kim will tell the supplier."),
        None
    );
}

#[test]
fn the_whole_next_sentence_explains_a_terse_verdict() {
    assert_eq!(
        rationale(
            "Audio guide app: we're killing it. Hardly any visitors downloaded it and the \
             numbers have been flat since the spring."
        )
        .as_deref(),
        Some("Hardly any visitors downloaded it and the numbers have been flat since the spring")
    );
}

#[test]
fn since_a_time_is_when_not_why() {
    assert_eq!(
        rationale("audio guide app saved £6k of printing since the relaunch"),
        None
    );
    assert_eq!(
        rationale("we paused the donor CRM since the summer"),
        None,
        "a pause since a season says when"
    );
}

#[test]
fn a_relative_clause_stays_with_its_reason() {
    assert_eq!(
        rationale(
            "The ticketing system has been cut back to £80k — dropping the kiosk module, \
             which no site asked for."
        )
        .as_deref(),
        Some("dropping the kiosk module, which no site asked for")
    );
}

#[test]
fn a_participle_clause_after_the_amount_is_the_reason() {
    assert_eq!(
        rationale("collections database rescoped to £210k, the loans module removed").as_deref(),
        Some("the loans module removed")
    );
    assert_eq!(
        rationale("ticketing system trimmed to £60k, second site postponed").as_deref(),
        Some("second site postponed")
    );
}

#[test]
fn a_benefit_came_from_the_clause_with_its_verb() {
    assert_eq!(
        rationale("The collections database freed up 1.5 FTE in cataloguing, worth about £40k")
            .as_deref(),
        Some("freed up 1.5 FTE in cataloguing")
    );
}

#[test]
fn a_list_in_brackets_is_one_piece_of_evidence() {
    assert_eq!(
        rationale(
            "the ticketing system delivered £18k this quarter (fewer refunds, shorter queues)"
        )
        .as_deref(),
        Some("fewer refunds, shorter queues")
    );
}

#[test]
fn a_name_or_a_restated_verdict_is_not_a_reason() {
    assert_eq!(
        rationale("approved: visitor wayfinding screens, £35k, go-live in May"),
        None
    );
    assert_eq!(
        rationale("We didn't stop the donor CRM, we're carrying on with it"),
        None
    );
}

#[test]
fn until_a_season_is_when_and_the_clause_after_it_is_why() {
    assert_eq!(
        rationale("parking the audio guide app till the summer, nobody can test it").as_deref(),
        Some("nobody can test it")
    );
}

#[test]
fn not_this_year_revisit_once_is_a_deferral_with_its_condition() {
    let r =
        read_one("Donor CRM — not this year, revisit in Q2 once the new fundraising lead starts.");
    assert_eq!(r.intent, Intent::Decision);
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.review_date, d("2027-04-01"));
    assert_eq!(
        r.rationale.as_deref(),
        Some("once the new fundraising lead starts")
    );
}

#[test]
fn revisit_alone_defers_when_nothing_else_is_decided() {
    let r = read_one("no more money for the audio guide app this year, revisit in Q3");
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.review_date, d("2027-07-01"));
    // Another verdict wins: phase 2 is looked at again, phase 1 is approved.
    let r = read_one("approved £40k for the audio guide app phase 1, revisit in Q3 for phase 2");
    assert_eq!(r.verdict, Some(Verdict::Approve));
}

#[test]
fn a_board_agreeing_to_defer_is_a_deferral() {
    let r = read_one(
        "Good news and bad. Development and I went through the figures and the trustees have \
         agreed to defer the collections database to the next financial year, because the old \
         vendor's contract runs until June anyway. We'll look again in June.",
    );
    assert_eq!(r.intent, Intent::Decision);
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.investment.as_deref(), Some("Collections Database"));
    assert_eq!(r.review_date, d("2027-06-01"));
    assert_eq!(r.due, None);
    assert_eq!(
        r.rationale.as_deref(),
        Some("the old vendor's contract runs until June anyway")
    );
}

#[test]
fn look_again_after_a_deferral_is_the_review_date() {
    let r = read_one("Trustees deferred the donor CRM. We'll look again in March.");
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!((r.review_date, r.due), (d("2027-03-01"), None));
    let r = read_one("donor CRM on hold, we will look at it again in February");
    assert_eq!((r.review_date, r.due), (d("2027-02-01"), None));
}

#[test]
fn stopped_with_a_count_is_an_outcome_not_a_decision() {
    let r =
        read_one("the ticketing system stopped 40 duplicate bookings last month, no £ on it yet");
    assert_ne!(r.intent, Intent::Decision);
    assert_eq!(r.verdict, None);
    let r = read_one("the new filter has stopped over 200 fake donations");
    assert_eq!(r.verdict, None);
    // A stop decision is still one.
    let r = read_one("we stopped the audio guide app last week");
    assert_eq!(r.verdict, Some(Verdict::Stop));
}
