//! Reasons read where none is, and reasons cut wrong (round R15), each read in another
//! writer's words (a Yorkshire leisure trust: pools, gyms, the café, the box office).

use super::*;

/// A Yorkshire leisure trust: sport, facilities, customer services, finance.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Sport", &[]),
            ("Facilities", &[]),
            ("Customer Services", &[]),
            ("Finance", &[]),
        ],
        &[
            ("Pool Lighting", "Facilities"),
            ("Gym Booking App", "Sport"),
            ("Café Tills", "Customer Services"),
            ("Access Gates", "Facilities"),
            ("Purchase Ledger", "Finance"),
        ],
    )
}

fn reason(text: &str) -> Option<String> {
    test_names::read_on_test_day(text, "imran", &dir()).rationale
}

/// "thanks to everyone who …", "lmk if …": a thank-you to people or a request for
/// replies said after the verdict is chat, not why it was decided.
#[test]
fn a_thank_you_or_a_request_for_replies_is_no_reason() {
    assert_eq!(
        reason(
            "Trustees approved the pool lighting upgrade, £84k 🙌 thanks to all who lobbied for it"
        ),
        None
    );
    assert_eq!(
        reason("Access gates - go with the Gunnebo ones, £52k for 6 lanes. lmk if anyone objects"),
        None
    );
    assert_eq!(
        reason("Café tills approved, £12k. let me know if there are any questions"),
        None
    );
    // Thanks to a cause is still the reason (a benefit's "thanks to fewer no-shows").
    assert_eq!(
        reason("The gym booking app saved £6k in October thanks to fewer no-shows").as_deref(),
        Some("fewer no-shows")
    );
}

/// "Following on from the trustees' meeting, …": where the news comes from, not why.
#[test]
fn following_on_from_a_meeting_is_no_reason() {
    assert_eq!(
        reason("Following on from the finance committee, the café tills are approved for both sites (£12,400 in total)."),
        None
    );
}

/// "approved? yes, finally", "a go 🎉 sweet as. Queues were …": an exclamation after the
/// verdict is the writer's mood; the reason, if any, is told after it.
#[test]
fn an_exclamation_after_the_verdict_is_no_reason() {
    assert_eq!(reason("Access gates approved? yes, finally. £52k"), None);
    assert_eq!(
        reason("Café tills are a go, £12k 🎉 sweet as. queues at lunch were running at 20 minutes last summer")
            .as_deref(),
        Some("queues at lunch were running at 20 minutes last summer")
    );
}

/// "…, 12 months.", "live since 2 months.": a term or an age alone is no reason.
#[test]
fn a_duration_alone_is_no_reason() {
    assert_eq!(
        reason("approved the gym booking app — £14K setup + £900/mo hosting, 24 months. Members were queueing at reception for 15 minutes at peak.")
            .as_deref(),
        Some("Members were queueing at reception for 15 minutes at peak")
    );
}

/// "£40k is too much while we're still …", "9 grand in tablets so the lifeguards can …?":
/// after a refusal, a sentence that judges the price is the reason from its start, not
/// from a "while" or "so" inside it.
#[test]
fn a_refusal_reason_judging_the_price_keeps_its_opening() {
    assert_eq!(
        reason("Gym booking app – the trustees said no. £40k is too much while we're still paying off the pool roof.")
            .as_deref(),
        Some("£40k is too much while we're still paying off the pool roof")
    );
}

/// "members are sick of waiting for …": "waiting" after "of" is the reason's own verb,
/// not a condition the reason starts at.
#[test]
fn waiting_after_of_is_inside_the_reason() {
    assert_eq!(
        reason("Trustees signed off the gym booking app yesterday, £18k. members are tired of waiting on the phone line")
            .as_deref(),
        Some("members are tired of waiting on the phone line")
    );
}

/// "Since the new gates went in we've had …": a benefit's evidence opened by the event it
/// is counted since keeps its "since" (convention 1 of the corpus), and ends at the dash
/// before what the result is worth.
#[test]
fn a_result_counted_since_the_work_went_in_keeps_its_since_and_ends_at_the_dash() {
    assert_eq!(
        reason("Since the new access gates went in at Kirkgate we've had no tailgating reports and cleaning complaints are down by half - roughly £4k a year less in security call-outs.")
            .as_deref(),
        Some("Since the new access gates went in at Kirkgate we've had no tailgating reports and cleaning complaints are down by half")
    );
    assert_eq!(
        reason("Since the gym booking app went up, no-shows are down from 30% to 12% — Finance reckon that's £2k a month more in court fees")
            .as_deref(),
        Some("Since the gym booking app went up, no-shows are down from 30% to 12%")
    );
}

/// "…, installs over the Christmas closure": when the work goes in is the plan, not why.
#[test]
fn when_it_installs_is_no_reason() {
    assert_eq!(
        reason("Trustees signed off the access gates — £52k, installs over the Christmas closure at Kirkgate"),
        None
    );
}

/// "X already live 5 weeks, average booking time from …": that the work is live (and for
/// how long) is no part of its result.
#[test]
fn that_the_work_is_live_is_no_part_of_its_result() {
    assert_eq!(
        reason("Gym booking app already live 5 weeks, average booking time from 4 minutes to 40 seconds. Front desk can drop 2 agency shifts, around £1,500 per month")
            .as_deref(),
        Some("average booking time from 4 minutes to 40 seconds")
    );
}

/// "It's not that we don't want it, there just isn't …": the concession before the reason
/// is no part of it.
#[test]
fn a_concession_before_the_reason_is_left_out() {
    assert_eq!(
        reason("Just to let you know we've parked the purchase ledger for now. It's not that we don't want it, there just isn't the time in the finance team to do it before the audit.")
            .as_deref(),
        Some("there just isn't the time in the finance team to do it before the audit")
    );
}

/// "X: results from the first quarter are in. Members are booking …": the sentence that
/// announces the results is no evidence; the results after it are.
#[test]
fn a_sentence_announcing_results_is_stepped_over() {
    assert_eq!(
        reason("Gym booking app: results from the first month are in. Members are booking in half the time and we've sold 300 more off-peak slots than October, which is about £4k of extra income.")
            .as_deref(),
        Some("Members are booking in half the time and we've sold 300 more off-peak slots than October")
    );
}

/// "did their thing, 260 more card sales", "are saving heaps already, energy down 30% …":
/// praise with no measure before a counted result is no part of the evidence.
#[test]
fn praise_before_a_counted_result_is_left_out() {
    assert_eq!(
        reason("summer membership drive: café tills did their thing, 260 more card sales, ~£900/mo extra")
            .as_deref(),
        Some("260 more card sales")
    );
    assert_eq!(
        reason("Pool lighting - the 6 new lamps are saving heaps already, bulbs lasted to June with 2% failures vs 12% on the old halides, thats about £5k less in call-outs")
            .as_deref(),
        Some("bulbs lasted to June with 2% failures vs 12% on the old halides")
    );
}

/// "approved at $25k (Gunnebo cloud), owner @sam.": a product and its edition in brackets
/// names what was bought, and the owner who runs it, not why.
#[test]
fn a_product_edition_in_brackets_is_no_reason() {
    assert_eq!(
        reason("DECISION: access gates approved at £25k (Gunnebo cloud), owner @sam."),
        None
    );
}

/// "on hold till after panto season, nobody's got time to …": the condition says when it
/// comes back; the clause of its own after its comma says why.
#[test]
fn a_clause_after_a_timed_condition_is_the_reason() {
    assert_eq!(
        reason("Putting the café tills on hold till after panto season, nobody's got time to train the bar staff in December")
            .as_deref(),
        Some("nobody's got time to train the bar staff in December")
    );
    // Alone, a season is when, no reason (convention 82, round R58; this said the
    // opposite before the convention).
    assert_eq!(
        reason("café tills - parked till after panto season, revisit 1 Feb").as_deref(),
        None
    );
}

/// "41 refunds caught since Sept that would've …": "since" a month says from when, so no
/// reason starts at it.
#[test]
fn since_a_month_starts_no_reason() {
    assert_eq!(
        reason("Café tills have paid for themselves already: 41 refunds caught since Sept that would've gone out under the old cash-up, about £3k we'd have lost.")
            .as_deref(),
        Some("41 refunds caught since Sept that would've gone out under the old cash-up")
    );
}

/// "The gates thing — Facilities say it's fine but they want a 6-week trial first": what
/// is fine is conceded; the reason is what follows "but".
#[test]
fn a_reason_after_a_conceded_fine_but_starts_after_but() {
    assert_eq!(
        reason("The access gates thing — Facilities say it's fine but they want a 6-week trial first, so on hold till April")
            .as_deref(),
        Some("they want a 6-week trial first")
    );
}

/// "approved but only £30k, not the 52 that Facilities asked": the money asked for set
/// against the money granted is no reason.
#[test]
fn the_money_asked_for_set_against_the_grant_is_no_reason() {
    assert_ne!(
        reason("Dave, the pool lighting is approved but only £30k, not the 52 that Facilities asked. Only the main pool lamps for now.")
            .as_deref(),
        Some("not the 52 that Facilities asked")
    );
    assert_eq!(
        reason("Pool lighting approved but only £30k, not the £52k Facilities asked for."),
        None
    );
}

/// "capped at £60k. Anything over comes back to us.": what happens past the cap is a
/// look-again, not why.
#[test]
fn anything_over_the_cap_coming_back_is_no_reason() {
    assert_eq!(
        reason("Per the trustees: the access gates carry on but capped at £60k. Anything over comes back to us."),
        None
    );
}

/// "approved, £41,200 — covers the main pool and the learner pool": what the approval
/// covers is its scope, not why.
#[test]
fn what_an_approval_covers_is_no_reason() {
    assert_eq!(
        reason("Pool lighting approved, £41,200 — covers the main pool and the learner pool. Install has to be done by 6/1 so it's lit before the gala."),
        None
    );
}

/// "Is approved by the manager, not need the trustees.": who need not approve is no
/// reason.
#[test]
fn who_need_not_approve_is_no_reason() {
    assert_eq!(
        reason("Dave approved today the purchase of 2 more rowing machines for the gym, £4.000. Is approved by the manager, not need the board."),
        None
    );
}

/// "approved the add-on for 2 more sites, £6K. Headingley + Roundhay": the places named
/// after it are where, not why.
#[test]
fn a_list_of_places_after_the_verdict_is_no_reason() {
    assert_eq!(
        reason("café tills → approved the add-on for 2 more sites, £6K. Headingley + Roundhay"),
        None
    );
}

/// "Approved on 24/11: a new booking engine for Sport, £90k": the noun phrase after the
/// verdict, its date and a colon is what was decided on, not why.
#[test]
fn the_object_after_a_dated_verdict_and_colon_is_no_reason() {
    assert_eq!(
        reason("Approved on 24/11: a member loyalty scheme for Sport, £19k"),
        None
    );
}

/// "approved at £1.1M (the 2 Kirkgate pools)": which of them, counted in brackets, is the
/// scope, not why.
#[test]
fn a_counted_scope_in_brackets_is_no_reason() {
    assert_eq!(
        reason("Trustees mtg notes 26/11: pool lighting approved at £110k (the 2 Kirkgate pools), café tills turned down"),
        None
    );
}

/// "the new booking system cut no-shows in half": with no name of the work before it, a
/// subject that is the new system itself is the work, so the result is read from its verb.
#[test]
fn a_result_of_the_new_system_unnamed_is_read_from_its_verb() {
    assert_eq!(
        reason("Hey all, the new gym booking system cut no-shows in half. Sam figures that's ~£1k/mo of court time")
            .as_deref(),
        Some("cut no-shows in half")
    );
}

/// "The trustees did not approve X again, they asked Facilities to look at …": a request
/// reported is the reason whole, not a follow-up that cuts it.
#[test]
fn a_request_reported_is_no_follow_up_cutting_the_reason() {
    assert_eq!(
        reason("The trustees did not approve the café tills again, they asked Finance to look at the module inside the purchase ledger first.")
            .as_deref(),
        Some("they asked Finance to look at the module inside the purchase ledger first")
    );
}

/// "NOT scrapping X … - it stays through winter": that it stays is the continue told
/// again, not why.
#[test]
fn it_stays_after_a_continue_is_no_reason() {
    assert_eq!(
        reason("We are NOT scrapping the gym booking app, whatever you heard at reception - it stays through winter."),
        None
    );
}

/// "Go-live 1 April, the Sage contract ends 31/3, and we review …": a dated clause in a
/// sentence that opens on the plan is part of the plan, no event the decision rests on.
#[test]
fn a_dated_clause_in_a_plan_sentence_is_no_reason() {
    assert_eq!(
        reason("Pool lighting approved at £41k by the trustees on 15/12. Go-live 1 April, the old lamp contract ends 31/3, and we review the savings after year end in September."),
        None
    );
}
