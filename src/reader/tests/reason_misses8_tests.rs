//! Reasons the reader chose wrongly among a message's clauses: a reason told in the
//! sentence before the verdict's, a description of the work ("It's two booths …", "It adds
//! …") taken for the reason, and the reason of one of two records given to the other.

use super::*;

/// An Edinburgh concert hall trust: an industry and wording the reader's corpus does not
/// hold.
fn dir() -> StaticDirectory {
    super::test_names::directory(
        &[
            ("Concerts", &["Programming"]),
            ("Box Office", &["Ticketing"]),
            ("Learning", &["Education"]),
            ("Finance", &[]),
            ("Digital", &["IT"]),
        ],
        &[
            ("Ticketing System", "Box Office"),
            ("Digital Concert Hall", "Concerts"),
            ("Score Library Catalogue", "Concerts"),
            ("Donor CRM", "Finance"),
            ("Schools Outreach App", "Learning"),
            ("Staff Tablets", "Digital"),
        ],
    )
}

fn read_one(text: &str) -> Reading {
    super::test_names::read_on_test_day(text, "morag", &dir())
}

fn reason(text: &str) -> Option<String> {
    read_one(text).rationale
}

#[test]
fn a_reason_told_in_the_sentence_before_the_verdict_is_its_reason() {
    assert_eq!(
        reason("Streaming fees doubled again at renewal. We're dropping the digital concert hall.")
            .as_deref(),
        Some("Streaming fees doubled again at renewal")
    );
    assert_eq!(
        reason("Our box office queues ran past the interval twice this season. Approved £90k for the ticketing system.")
            .as_deref(),
        Some("Our box office queues ran past the interval twice this season")
    );
    // A meeting, a greeting or a heading before the verdict tells no reason.
    assert_eq!(
        reason("Met the board this morning. Approved £90k for the ticketing system.").as_deref(),
        None
    );
    assert_eq!(
        reason("Quick one from the trustees. Approved £90k for the ticketing system.").as_deref(),
        None
    );
}

#[test]
fn a_sentence_that_describes_the_work_is_no_reason() {
    assert_eq!(
        reason(
            "Approved the score library catalogue at £40k. It's a barcode scanner and a \
             search page for the players, set up over the summer."
        )
        .as_deref(),
        None
    );
    assert_eq!(
        reason(
            "Approved the donor CRM at £75k. It adds gift aid claims. The old spreadsheets \
             kept losing legacy pledges."
        )
        .as_deref(),
        Some("The old spreadsheets kept losing legacy pledges")
    );
    // "It's" with a state is the reason.
    assert_eq!(
        reason("Stopping the staff tablets. It's too slow for the ushers to scan with.").as_deref(),
        Some("It's too slow for the ushers to scan with")
    );
}

#[test]
fn each_of_two_records_keeps_its_own_reason() {
    let r = read_one(
        "Score library catalogue is deferred to March. The donor CRM goes ahead since the \
         Raiser's Edge contract ends in June.",
    );
    assert_eq!(r.investment.as_deref(), Some("Score Library Catalogue"));
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.rationale, None);
    assert_eq!(r.also.len(), 1);
    assert_eq!(r.also[0].investment.as_deref(), Some("Donor CRM"));
    assert_eq!(r.also[0].verdict, Some(Verdict::Approve));
    assert_eq!(
        r.also[0].rationale.as_deref(),
        Some("the Raiser's Edge contract ends in June")
    );
}

#[test]
fn a_verdict_word_that_names_a_thing_leaves_the_reason_sentence_a_reason() {
    assert_eq!(
        reason(
            "Staff tablets: stopped. The Friends' sinking fund won't cover it and we can't \
             charge the players."
        )
        .as_deref(),
        Some("The Friends' sinking fund won't cover it and we can't charge the players")
    );
}

#[test]
fn a_reason_sentence_may_open_on_a_count() {
    assert_eq!(
        reason(
            "Trustees approved the schools outreach app at £60k. 1,200 pupils have no music \
             teacher in school."
        )
        .as_deref(),
        Some("1,200 pupils have no music teacher in school")
    );
}

#[test]
fn a_dated_clause_opening_the_reason_stays_with_it() {
    assert_eq!(
        reason(
            "Donor CRM approved, £75k. Gift aid rules change from April for us, no way around it"
        )
        .as_deref(),
        Some("Gift aid rules change from April for us, no way around it")
    );
    assert_eq!(
        reason("Ticketing system paused — Spektrix changing its pricing in Jan, we wait.")
            .as_deref(),
        Some("Spektrix changing its pricing in Jan, we wait")
    );
    // A look-again after the comma is no part of it.
    assert_eq!(
        reason("Ticketing system paused — Spektrix changing its pricing in Jan, revisit in Feb.")
            .as_deref(),
        Some("Spektrix changing its pricing in Jan")
    );
}

#[test]
fn a_look_again_or_a_guessed_time_ends_the_reason() {
    assert_eq!(
        reason(
            "The staff tablets are moved to next year because of the budget, we take it up \
             again in the April meeting"
        )
        .as_deref(),
        Some("the budget")
    );
    assert_eq!(
        reason("Donor CRM paused until the new login is ready, probably Q2").as_deref(),
        Some("until the new login is ready")
    );
}

#[test]
fn a_reason_before_it_comes_back_is_the_reason() {
    assert_eq!(
        reason("Score library catalogue: the trustees want more detail, it comes back in the 15.01 board")
            .as_deref(),
        Some("the trustees want more detail")
    );
}

#[test]
fn an_emoji_ending_the_reason_sentence_is_tone() {
    assert_eq!(
        reason("Staff tablets: stop. ushers can't scan with them, battery dies by the interval 🤦")
            .as_deref(),
        Some("ushers can't scan with them, battery dies by the interval")
    );
}

#[test]
fn what_follows_from_the_reason_after_so_stays_with_it() {
    assert_eq!(
        reason(
            "Trustees agreed to continue the digital concert hall at £300k - the Arts Council \
             grant covers 70%, so our own share is ~£90k"
        )
        .as_deref(),
        Some("the Arts Council grant covers 70%, so our own share is ~£90k")
    );
}

#[test]
fn what_things_cost_us_now_is_the_reason() {
    assert_eq!(
        reason("Trustees approved the ticketing system on 3/11, £210k. The agency fees cost us £48k a year.")
            .as_deref(),
        Some("The agency fees cost us £48k a year")
    );
    assert_eq!(
        reason("Donor CRM approved, £75k, lapsed gift aid was costing us £20k a year").as_deref(),
        Some("lapsed gift aid was costing us £20k a year")
    );
    // What the record itself will cost is no reason.
    assert_eq!(
        reason("Donor CRM approved, £75k. It will cost us £8k a year to run.").as_deref(),
        None
    );
}

#[test]
fn no_thanks_to_an_offer_is_the_refusal_not_its_reason() {
    assert_eq!(
        reason(
            "Digital said no thanks to the tablet offer (£20k). It only does what the ushers' \
             phones already do."
        )
        .as_deref(),
        Some("It only does what the ushers' phones already do")
    );
}

#[test]
fn the_last_clause_of_the_sentence_before_the_verdict_may_be_its_reason() {
    assert_eq!(
        reason(
            "Streaming: the players' union wants a new deal, subscriptions fell 20% this \
             season. We're dropping the digital concert hall."
        )
        .as_deref(),
        Some("subscriptions fell 20% this season")
    );
}

#[test]
fn a_result_compared_with_before_opening_a_benefit_is_its_evidence() {
    assert_eq!(
        reason("Shorter queues since the new scanners went in: the ticketing system saved £4,500 in October.")
            .as_deref(),
        Some("Shorter queues since the new scanners went in")
    );
}

#[test]
fn a_benefits_result_told_of_its_investment_by_name_leaves_the_name_out() {
    let r = read_one(
        "Learning: the schools outreach app reached 40 new schools in October, about £9k \
         saved on mailings",
    );
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(r.rationale.as_deref(), Some("reached 40 new schools"));
}

#[test]
fn a_sentence_ending_anyway_is_the_reason_with_its_time() {
    assert_eq!(
        reason("Schools outreach app deferred to Q2. Examiners are booked at the county halls through April anyway.")
            .as_deref(),
        Some("Examiners are booked at the county halls through April anyway")
    );
}

#[test]
fn who_said_the_reason_is_no_part_of_it() {
    assert_eq!(
        reason("Approved: donor CRM £75k (Finance). Per the auditors, 30% of gift aid claims are now late.")
            .as_deref(),
        Some("30% of gift aid claims are now late")
    );
}
