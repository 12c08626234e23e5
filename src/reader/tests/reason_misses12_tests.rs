//! Reasons the reader missed or invented on a stranger's text (issue 16): a benefit's
//! evidence opened by "since" an event, a proposal's reason whose date is no start, money a
//! reason says we paid for something else, a negated result "since it went in", and reasons
//! said before a bare verdict.

use super::*;

/// A UK zoo and aquarium: an industry the reader's corpus does not hold.
fn dir() -> StaticDirectory {
    super::test_names::directory(
        &[
            ("Visitor Services", &["Gate"]),
            ("Animal Care", &["Keepers"]),
            ("Retail", &[]),
            ("IT", &[]),
        ],
        &[
            ("Ticket Kiosks", "Visitor Services"),
            ("Keeper Rota App", "Animal Care"),
            ("Aquarium Water Monitoring", "Animal Care"),
            ("Gift Shop Tills", "Retail"),
            ("Membership Portal", "Visitor Services"),
        ],
    )
}

fn read(text: &str) -> Reading {
    super::test_names::read_by_rules_on_test_day(text, "fern", &dir(), ReaderSettings::default())
}

#[test]
fn since_an_event_opening_a_benefits_evidence_stays_and_the_money_after_and_does_not() {
    let r = read(
        "Ticket kiosks: since go-live we have cut the gate queue to 4 minutes and saved £9k in \
         card fees in October.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("since go-live we have cut the gate queue to 4 minutes")
    );
    let r = read(
        "Since the rota upgrade the overtime hours dropped from 900 to 300 a month, this saves \
         us around £6k each month.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("Since the rota upgrade the overtime hours dropped from 900 to 300 a month")
    );
}

#[test]
fn a_date_in_a_proposals_reason_is_no_start() {
    let r = read(
        "Animal Care would like a new water chemistry analyser, about £40k, the current probes \
         are end of support in June.",
    );
    assert_eq!(r.intent, Intent::Investment);
    assert_eq!((r.date, r.rationale.as_deref()), (None, None));
    // The start said with the proposal is still its date.
    let r = read("Retail would like a self-checkout pilot, about £40k, starting in April.");
    assert_eq!(r.intent, Intent::Investment);
    assert_eq!(r.date, "2027-04-01".parse().ok());
}

#[test]
fn money_a_reason_says_we_paid_for_something_else_is_no_amount() {
    let r = read(
        "We paid £300k for the old rota system and nobody used it, so the keeper rota app is a \
         no.",
    );
    assert_eq!(r.verdict, Some(Verdict::Reject));
    assert_eq!(r.amount, None);
    assert_eq!(
        r.rationale.as_deref(),
        Some("We paid £300k for the old rota system and nobody used it")
    );
    // The price the refusal judges is its amount.
    let r = read("Board said no to the keeper rota app, £80k is too much for 30 keepers");
    assert_eq!(r.amount, super::test_names::whole(80_000, "GBP"));
}

#[test]
fn since_after_a_negated_result_is_from_when() {
    let r = read(
        "Aquarium water monitoring: keep going. The night keeper hasn't had to test the tanks \
         by hand once since it went in.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("The night keeper hasn't had to test the tanks by hand once since it went in")
    );
}

#[test]
fn a_reason_sentence_before_a_bare_verdict_is_read() {
    let r = read(
        "Gift shop tills: Retail reckon the card fees would fall by half, but £60k is still too \
         much right now. Declined.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        // The point granted before ", but" is no part of it (convention 48, round R46).
        Some("£60k is still too much right now")
    );
    assert_eq!(r.amount, super::test_names::whole(60_000, "GBP"));
}

#[test]
fn a_benefits_evidence_after_a_colon_before_its_money_is_read() {
    let r = read(
        "Water monitoring paid for itself this summer: we caught a filter failure two days \
         early, which saved roughly £15k in lost stock",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("we caught a filter failure two days early")
    );
}

#[test]
fn after_what_comes_said_with_a_look_again_is_the_condition() {
    let r = read("Gift shop tills on hold, revisit in January after the new supplier quote");
    assert_eq!(r.rationale.as_deref(), Some("after the new supplier quote"));
    let r = read(
        "Keeper rota app will be evaluated again on 12.03.2027 after the new keeper contract.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("after the new keeper contract")
    );
}

#[test]
fn the_time_of_the_event_a_result_is_counted_since_is_no_date() {
    let r = read(
        "Keeper rota app: overtime hours down 18% since we went live in August, about £3k a \
         month saved.",
    );
    assert_eq!(
        (r.rationale.as_deref(), r.date),
        (
            Some("overtime hours down 18% since we went live in August"),
            None
        )
    );
    let r = read(
        "Since the kiosks went live in September, refund requests are down 40%, about £2k a \
         month saved.",
    );
    assert_eq!(r.date, None);
    // "since" a time alone, ending the result, is when it was counted.
    let r =
        read("Ticket kiosks: queue complaints down from 40 to 5 since August, roughly £4k saved");
    assert_eq!(r.date, "2026-08-01".parse().ok());
}

#[test]
fn where_the_work_goes_first_or_next_and_a_reference_are_no_reasons() {
    for text in [
        "Ticket kiosks approved, £40k, pilot at the north gate first",
        "Keeper rota app – continue, extend to the aquarium team",
        "Gift shop tills: stopped (see previous mail)",
    ] {
        assert_eq!(read(text).rationale.as_deref(), None, "{text}");
    }
}

#[test]
fn what_an_earlier_phase_took_away_is_the_reason() {
    let r = read(
        "Keeper rota app phase 2 approved today at £90k — phase 1 took 4 agency keepers off the \
         night rota",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("phase 1 took 4 agency keepers off the night rota")
    );
}

/// The purpose is the reason without its "so" (convention 58 (a), round R50).
#[test]
fn so_a_team_can_finish_first_is_the_reason() {
    let r = read("Keeper rota app held till early Q3 so HR can finish the contract review first.");
    assert_eq!(
        r.rationale.as_deref(),
        Some("HR can finish the contract review first")
    );
}

#[test]
fn a_judgement_before_a_dash_and_the_verdict_is_the_reason() {
    let r = read(
        "Too pricey for what it does, and the keepers won't use it — the keeper rota app is off \
         the table.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("Too pricey for what it does, and the keepers won't use it")
    );
}

#[test]
fn a_concession_a_brush_off_or_a_request_beside_the_verdict_is_no_reason() {
    for text in [
        "The keeper rota app we continue, even with the delay.",
        "We are not stopping the ticket kiosks, whatever you heard in the staff room",
        "Gift shop tills approved, £30k, kindly proceed with the PO.",
    ] {
        assert_eq!(read(text).rationale.as_deref(), None, "{text}");
    }
}

#[test]
fn but_only_a_part_after_an_approval_is_its_scope() {
    let r = read("ok, gift shop tills approved at £30k, but only for the main shop first.");
    assert_eq!(r.rationale.as_deref(), Some("only for the main shop first"));
}

#[test]
fn nobody_doing_something_before_the_verdicts_sentence_is_the_reason() {
    let r = read(
        "Membership portal: Marketing want to pull the plug, nobody opens the emails any more. \
         Agreed, we're stopping it end of Dec",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("nobody opens the emails any more")
    );
}
