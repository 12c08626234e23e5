//! Round D43: a decider must be someone — a person, a named role, a body or a unit that
//! decided — never the thing decided on. "ServiceTitan renewal for Ops approved at £40k" is
//! a passive verdict after the thing: the words before it are what was approved.

use super::*;

/// A plumbing and heating contractor: ops, finance, sales.
fn plumbers() -> StaticDirectory {
    test_names::directory(
        &[("Ops", &[]), ("Finance", &[]), ("Sales", &[])],
        &[("Van Racking", "Ops"), ("Quote Builder", "Sales")],
    )
}

fn by(text: &str) -> Option<String> {
    test_names::read_on_test_day(text, "Nadia", &plumbers()).decided_by
}

#[test]
fn the_thing_before_a_passive_verdict_decided_nothing() {
    assert_eq!(by("ServiceTitan renewal for Ops approved at £40k"), None);
    assert_eq!(by("Fleet telematics for Ops approved, £12k"), None);
    assert_eq!(by("Jobber subscription approved at £9k"), None);
    // A person or a unit before the verdict and what it took still decided it.
    assert_eq!(
        by("Priya approved the Jobber subscription at £9k").as_deref(),
        Some("Priya")
    );
    assert_eq!(
        by("Ops approved the Jobber subscription at £9k").as_deref(),
        Some("Ops")
    );
}

#[test]
fn a_thing_said_of_with_a_unit_after_a_preposition_decided_nothing() {
    assert_eq!(by("Container tracking for Sales approved, £24k"), None);
    assert_eq!(by("Renewal of the Ops licences approved at £6k"), None);
    assert_eq!(by("Ops licences approved at £6k"), None);
    // A role of a body or unit still decided.
    assert_eq!(
        by("Head of Ops approved the Jobber subscription at £9k").as_deref(),
        Some("Head of Ops")
    );
    assert_eq!(
        by("The Ops team approved the Jobber subscription at £9k").as_deref(),
        Some("The Ops team")
    );
}

#[test]
fn a_subject_ending_in_is_or_can_is_the_thing_or_who_may_go_ahead() {
    assert_eq!(by("The Jobber subscription is approved at £9k"), None);
    assert_eq!(by("The Ops van move is off altogether, £4k sunk"), None);
    assert_eq!(
        by("Ops can go ahead with a pipe camera, £1.8k, the old one is broken"),
        None
    );
    assert_eq!(by("The pipe camera's a no, £1.8k is too much"), None);
}

#[test]
fn who_gets_a_thing_did_not_decide_it() {
    assert_eq!(by("Ops gets the pipe camera at £1.8k"), None);
    assert_eq!(by("Sales got the go-ahead for a quote app, £6k"), None);
    assert_eq!(by("Ops have the go-ahead for a pipe camera, £1.8k"), None);
    assert_eq!(by("pipe camera paused til q2, ops swamped"), None);
}

#[test]
fn a_body_keeps_its_name_without_the_words_after_it() {
    assert_eq!(
        by("The board didn't approve the quote app, £6k").as_deref(),
        Some("The board")
    );
    assert_eq!(
        by("Finance says hold the quote app till January").as_deref(),
        Some("Finance")
    );
    assert_eq!(
        by("Ops want to hold off on the pipe camera till March").as_deref(),
        Some("Ops")
    );
    assert_eq!(
        by("The exec on Tuesday agreed to keep the quote app at £6k").as_deref(),
        Some("The exec")
    );
    assert_eq!(
        by("Approved by the CFO under delegated authority: £2,400 for a pipe camera").as_deref(),
        Some("the CFO")
    );
}

#[test]
fn a_units_possessive_before_the_thing_decided_nothing() {
    assert_eq!(
        by("Sales's quote app approved this morning, £4,300 — the old one broke."),
        None
    );
    assert_eq!(by("Ops's pipe camera ok'd, $6,200 setup."), None);
    // "'s" for "has" right before the verdict still names who decided.
    assert_eq!(
        by("Wren's signed off the pipe camera at £1.8k").as_deref(),
        Some("Wren")
    );
}

#[test]
fn a_time_after_a_verdict_word_names_no_one() {
    assert_eq!(
        by("Decided Thursday to stop the quote app, Ops never used it"),
        None
    );
}

#[test]
fn who_reviewed_the_numbers_before_the_decisions_decided_them() {
    let text = "Priya reviewed the Q3 numbers and two decisions have come out of it. We are \
                stopping the quote app trial: £14k spent and nobody uses it. And Ops can go \
                ahead with a pipe camera, £1.8k, because the old one is broken.";
    let r = test_names::read_on_test_day(text, "Nadia", &plumbers());
    let all: Vec<Option<String>> = std::iter::once(&r)
        .chain(&r.also)
        .map(|x| x.decided_by.clone())
        .collect();
    assert_eq!(all, vec![Some("Priya".to_string()); 2]);
    // Gone through with the speaker, the decisions are the speaker's too.
    let with_me = text.replace(
        "reviewed the Q3 numbers",
        "went through the Q3 numbers with me",
    );
    let r = test_names::read_on_test_day(&with_me, "Nadia", &plumbers());
    assert_eq!(r.decided_by, None);
}

#[test]
fn someones_office_and_someone_happy_to_fund_still_decided() {
    assert_eq!(
        by("Walt's happy to fund the pipe camera, $4k for two.").as_deref(),
        Some("Walt")
    );
    assert_eq!(
        by("The Commissioner's office turned down the quote app at $18k.").as_deref(),
        Some("The Commissioner's office")
    );
    assert_eq!(
        by("Minister's office has agreed to fund the quote app, $9k.").as_deref(),
        Some("Minister's office")
    );
}

#[test]
fn who_can_have_a_thing_or_the_thing_chosen_decided_nothing() {
    assert_eq!(
        by("Go on then, Ops can have a pipe camera for the vans, £1,800."),
        None
    );
    assert_eq!(
        by("Steering 1/12 — outcomes\n• Field app: Jobber Pro it is, £48k, go-live April"),
        None
    );
}

#[test]
fn a_shouted_thing_before_its_verdict_is_no_person() {
    assert_eq!(
        by("PIPE CAMERA APPROVED 🎉 6k. the old one is broken"),
        None
    );
    assert_eq!(
        by("CFO APPROVED THE PIPE CAMERA 🎉 6k").as_deref(),
        Some("CFO")
    );
}

#[test]
fn who_says_a_thing_can_wait_decided_it() {
    assert_eq!(
        by("Finance says the quote app can wait till April, month end is fine").as_deref(),
        Some("Finance")
    );
}

#[test]
fn a_name_approved_at_a_price_is_the_thing() {
    assert_eq!(by("ServiceTitan approved at £40k"), None);
    assert_eq!(
        by("Jobber Pro signed off at £9k, the old quotes tool goes"),
        None
    );
    // A body approving at a price still decided.
    assert_eq!(by("Board signed off at £310k.").as_deref(), Some("Board"));
    // "Not approved:" is no one.
    assert_eq!(by("Not approved: £30k for the quote app"), None);
}

#[test]
fn a_body_that_is_doing_the_verdict_decided_it() {
    assert_eq!(
        by("The Ops team are keeping the quote app for another 2 years at £6k").as_deref(),
        Some("The Ops team")
    );
    assert_eq!(
        by("The quote app trial is stopping at Christmas, £3k sunk"),
        None
    );
}
