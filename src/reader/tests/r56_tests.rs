//! Round R56: the rationale's misses on the training corpus sorted by cause (twenty-first
//! pass), each cause worded here for another invented organisation: a salmon smokehouse in
//! Tasmania (its smokehouse, its dispatch, its office).

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The smokehouse's units and investments.
fn smokehouse_dir() -> StaticDirectory {
    directory(
        &[
            ("Smokehouse", &["Kilns"]),
            ("Dispatch", &["Cold Store"]),
            ("Office", &["Back Office"]),
        ],
        &[
            ("Slicing Line", "Smokehouse"),
            ("Cold Store", "Dispatch"),
            ("Laptop Refresh", "Office"),
            ("Payroll System", "Office"),
        ],
    )
}

fn read_smokehouse(text: &str) -> Reading {
    read_day_first_in(text, "meg", "AUD", &smokehouse_dir())
}

/// Convention 76: how many of the thing are bought, told on its own between the money and
/// the reason ("8 of them,"), is no part of the reason.
#[test]
fn how_many_bought_is_no_part_of_the_reason() {
    let r = read_smokehouse(
        "Handheld scanners approved at $6,400, 8 of them, the dispatch lads keep losing the \
         paper pick sheets",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the dispatch lads keep losing the paper pick sheets"),
        "{r:?}"
    );
    // Near: a count that is the subject of the reason's verb stays.
    let r = read_smokehouse(
        "Handheld scanners approved at $6,400, two of the old ones died in the cold store last \
         week",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("two of the old ones died in the cold store last week"),
        "{r:?}"
    );
}

/// Convention 76 and the tickets' lines: a decision ticket's "Notes:" or "Comment:" line is
/// its reason, as "Reason:" is, without a count of the things opening it.
#[test]
fn a_tickets_notes_line_is_the_reason() {
    for (text, why) in [
        (
            "TICKET #2210 | IT | Laptop Refresh\nStatus: Approved\nAmount: AUD 18,000\n\
             Approver: Nick (Finance)\nNotes: 9 laptops, the office ones are 7 years old and \
             can't run the new MYOB.",
            "the office ones are 7 years old and can't run the new MYOB",
        ),
        (
            "DIS-41 Cold store door seals\nStatus: In Review → Approved\nCost: $7,900\n\
             Approver: Nick Hale\nComment: the seals iced up twice in October and we lost a \
             pallet of trout.",
            "the seals iced up twice in October and we lost a pallet of trout",
        ),
    ] {
        let r = read_smokehouse(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
    // Near: a note's "Notes:" line, no decision in it, gives no reason.
    let r = read_smokehouse(
        "[IT-0098] Label printer in dispatch jamming\nPriority: High\nAssigned: Nick\nDue: 12/8\n\
         Notes: happened 4 times this week, courier left without the boxes.",
    );
    assert_eq!(r.rationale, None, "{r:?}");
}

/// A hold's condition, then a guess of when it comes told after a comma or in brackets
/// (", expected June 2027", "(end of February 2027)", ", most likely in March 2027"): the
/// condition is the reason, the guess is when (round R52's rule, three more openings).
#[test]
fn a_guess_of_when_after_a_holds_condition() {
    for (text, why) in [
        (
            "The board has resolved to defer the slicing line ($95,000) until the state grant \
             decision is known, expected June 2027.",
            "until the state grant decision is known",
        ),
        (
            "Item 4: Cold store extension. Deferred. The board will consider again when the \
             2027 budget is ready (end of February 2027).",
            "when the 2027 budget is ready",
        ),
        (
            "Please be advised that the payroll system will not proceed this financial year. \
             The office has asked Nick to revisit it after the new award rates are published, \
             most likely in March 2027.",
            "after the new award rates are published",
        ),
    ] {
        let r = read_smokehouse(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
    // Near: a clause after the condition that is no time stays.
    let r = read_smokehouse(
        "The board has resolved to defer the slicing line ($95,000) until the state grant \
         decision is known, expected to cover half of it.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("until the state grant decision is known, expected to cover half of it"),
        "{r:?}"
    );
}

/// Convention 51: a hold's time alone is its review date and no reason — "till after the
/// wet", "after the summer we see", "the second one we look at after the winter" name a
/// season or a festival, not a ground.
#[test]
fn a_season_alone_is_no_reason() {
    for text in [
        "Slicing line - parking it till after the wet, we'll look at it again at the March ops \
         meeting",
        "the cold store extension we are not doing now. after the summer we see.",
        "Nick: ok approve one slicer. the second one we see after the winter",
    ] {
        let r = read_smokehouse(text);
        assert!(r.verdict.is_some(), "{text}: {r:?}");
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
    // Near: an event after "till after" is a ground (convention 51).
    let r = read_smokehouse("Slicing line - parking it till after the grant result comes through");
    assert_eq!(
        r.rationale.as_deref(),
        Some("till after the grant result comes through"),
        "{r:?}"
    );
}

/// Convention 22: the cost of a thing gone up or down with its cause told before the
/// verdict's sentence ("costs went up, the builder found asbestos …", "down from $96K after
/// we dropped the second door") is the reason, "after" kept.
#[test]
fn a_cost_moved_with_its_cause_before_the_verdict() {
    for (text, why) in [
        (
            "Cold store rebuild costs went up, the builder found asbestos in the old ceiling. \
             Now $88K, Nick ok'd it",
            "the builder found asbestos in the old ceiling",
        ),
        (
            "Cold store: the builder's revised number is $71K, down from $96K after we dropped \
             the second door. Nick signed off on the new scope today.",
            "after we dropped the second door",
        ),
    ] {
        let r = read_smokehouse(text);
        assert!(r.verdict.is_some(), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
    // Near: a time after the old money is when, not why.
    let r = read_smokehouse(
        "Cold store: the builder's revised number is $71K, down from $96K after Christmas. Nick \
         signed off on the new scope today.",
    );
    assert_ne!(r.rationale.as_deref(), Some("after Christmas"), "{r:?}");
}

/// A deadline told after the verdict ("must fix before Christmas", "has to be in before the
/// season") is when, not why: the trouble told in the sentence before the verdict's is the
/// reason (as "die die must replace before CNY" in round R45).
#[test]
fn a_deadline_after_the_verdict_leaves_the_trouble_before() {
    let r = read_smokehouse(
        "Strewth, the cold store door froze shut again overnight. Ok, main thing: Nick approved a \
         new door heater for the cold store, $2,900, must fix before CNY.",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the cold store door froze shut again overnight"),
        "{r:?}"
    );
    // And a sentence after it saying someone else pays for another part is an aside.
    let r = read_smokehouse(
        "Strewth, the cold store door froze shut again overnight. Ok, main thing: Nick approved a \
         new door heater for the cold store, $2,900, must fix before CNY. The landlord will sort \
         the drainage, not our cost.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("the cold store door froze shut again overnight"),
        "{r:?}"
    );
    // Near: a reason told after the verdict, not a deadline, stays.
    let r = read_smokehouse(
        "Strewth, the cold store door froze shut again overnight. Ok, main thing: Nick approved a \
         new door heater for the cold store, $2,900, the old one can't keep the ice off.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("the old one can't keep the ice off"),
        "{r:?}"
    );
}

/// Who does the next part and when, told after a continue ("Kev's bringing the last kiln
/// up next week", "Sam's got the last 6 for the Hobart shop next week"), is the plan, no
/// reason: the result told in the sentence before stands, else none.
#[test]
fn who_does_the_next_part_when_is_no_reason() {
    let r = read_smokehouse(
        "Forty-one runs on the new slicing line already and not one call from the inspector \
         about a bad slice. Keep going with the slicing line on the last bench, Kev's bringing \
         it up on the trestles next week.",
    );
    assert_eq!(r.verdict, Some(Verdict::Continue), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some(
            "Forty-one runs on the new slicing line already and not one call from the inspector \
             about a bad slice"
        ),
        "{r:?}"
    );
    let r = read_smokehouse(
        "Laptop refresh — keep rolling, Sam's got the last 6 for the Hobart shop next week.",
    );
    assert_eq!(r.verdict, Some(Verdict::Continue), "{r:?}");
    assert_eq!(r.rationale, None, "{r:?}");
    // Near: what someone is doing that tells why stays.
    let r = read_smokehouse(
        "Laptop refresh — keep rolling, Sam's spending half of Monday waiting on the old ones.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("Sam's spending half of Monday waiting on the old ones"),
        "{r:?}"
    );
}

/// Convention 29: after a benefit's result, another result of the thing joined by ", and",
/// or a consequence told by ", which …", that holds no money stays in the reason, up to the
/// money's clause; what we stopped paying, told as ours, stays out.
#[test]
fn a_benefits_second_result_after_its_comma_stays() {
    for (text, why) in [
        (
            "Numbers are in on the new brining tanks at the Huon shed: 9% more fillets a tonne \
             than the old tubs beside them, and a lot less salt going down the drain. Call it \
             $40,000 more fish off that one shed this season.",
            "9% more fillets a tonne than the old tubs beside them, and a lot less salt going \
             down the drain",
        ),
        (
            "The new slicing line has been a godsend. We ran 40 tonnes through it this season \
             with three on the bench where it used to take five, and the Sydney buyer graded \
             90% of it premium, which he never did before. Mel figures the labour alone came \
             to $30,000 less than last year.",
            "We ran 40 tonnes through it this season with three on the bench where it used to \
             take five, and the Sydney buyer graded 90% of it premium, which he never did before",
        ),
    ] {
        let r = read_smokehouse(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
    // Near: what we stopped paying, told as ours, stays out (convention 29's count).
    let r = read_smokehouse(
        "Since the slicing line went in the packing bench went from ~40 trays an hour to about \
         70, and we've stopped paying the casual packer, $28K.",
    );
    assert!(
        r.rationale
            .as_deref()
            .is_some_and(|why| why.ends_with("to about 70")),
        "{r:?}"
    );
}
