//! Round R66: the rationale's misses on the training corpus sorted by cause (thirty-first
//! pass), each cause worded here for another invented organisation: a dog-sled tour
//! outfitter at Whitehorse, Yukon, with its kennels, its tours and its office.

use super::test_names::{directory, read_us};
use super::*;
use crate::reader::tokens::tokenize;

/// The outfitter's units and investments.
fn kennel_dir() -> StaticDirectory {
    directory(
        &[
            ("Kennels", &["Dog Yard"]),
            ("Tours", &["Guiding"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Kennel Heating", "Kennels"),
            ("Booking System", "Office"),
            ("Snowmobile", "Tours"),
            ("Payroll App", "Office"),
        ],
    )
}

fn read_kennel(text: &str) -> Reading {
    read_us(text, "marie", "2026-12-04", &kennel_dir())
}

/// "…, deferred until we get the second quote, Marguerite wants it back on the agenda
/// 1/15", "revisit after the German order is confirmed, most probably in February", "wait
/// till ERP is live, then decide": a hold's event is its reason (convention 51); someone
/// wanting it back on the agenda, a guess of when, and what is done once the event is past
/// are no part of it.
#[test]
fn a_holds_event_leaves_its_look_again_and_guess_out() {
    for (text, why) in [
        (
            "Kennel heating: deferred until we get the second quote from the Whitehorse installer, Gaston wants it back on the agenda 1/20.",
            "until we get the second quote from the Whitehorse installer",
        ),
        (
            "The booking system is on hold. Gaston said we will revisit after the tourism grant is confirmed, most probably in March.",
            "after the tourism grant is confirmed",
        ),
        (
            "Payroll app – Gaston said wait till the new bookkeeper is hired, then decide.",
            "till the new bookkeeper is hired",
        ),
    ] {
        let r = read_kennel(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
    // Near: a wish of someone's that says why stays the reason (convention 97), and so does
    // a clause after "then" that is more than the deciding.
    let text = "Kennel heating is on hold till March, Gaston wants to see the propane bills from January first.";
    let r = read_kennel(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("Gaston wants to see the propane bills from January first"),
        "{r:?}"
    );
}

/// "…, deferred to next year, budget not available.": the money's lack said without a verb
/// is the reason, as "no budget available" or "the budget is not available" is.
#[test]
fn a_budget_not_available_is_the_reason() {
    let text = "Gaston: the second snowmobile is deferred to next year, budget not available.";
    let r = read_kennel(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("budget not available"),
        "{r:?}"
    );
    // Near: a budget's figure or its period is no reason.
    let r = read_kennel("Kennel heating approved, budget $18,000.");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(r.rationale, None, "{r:?}");
}

/// "$64,900 from Marel-- ours was running 35 fish a minute …": two hyphens typed for a dash
/// set off the reason as the dash does; an arrow ("-->") and a rule ("---") are no dash.
#[test]
fn two_hyphens_typed_for_a_dash_set_off_the_reason() {
    let text = "kennel heating: Gaston said yes, $12,400 from Arctic Heat-- the old heaters quit twice last week and two pups got chilled.";
    let r = read_kennel(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the old heaters quit twice last week and two pups got chilled"),
        "{r:?}"
    );
    let dashes = |text: &str| tokenize(text).iter().filter(|t| t.lower == "—").count();
    assert_eq!(dashes("from Arctic Heat-- the old heaters"), 1);
    assert_eq!(dashes("from Arctic Heat -- the old heaters"), 1);
    assert_eq!(dashes("In Review --> Approved"), 0);
    assert_eq!(dashes("notes\n---\nmore"), 0);
}

/// "Ebrima is lead, to start with the new season in February", "Kervin in charge, she want
/// the first payday on it in February": a named person made the work's lead, told after its
/// approval, says who runs it (convention 47's follow-up), no reason.
#[test]
fn a_named_lead_is_no_reason() {
    for text in [
        "Gaston say we go ahead with the booking system, $8,500. Amélie in charge, she want it live before the February tours.",
        "Gaston has approved the kennel heating, $12,400. Luc is the lead, wants it in before the cold snap.",
        "Gaston has approved the second snowmobile, $16,000. Marcel is lead, to start with the new season in January.",
    ] {
        let r = read_kennel(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
    // Near: a lead's trouble told as the cause stays the reason.
    let text = "Gaston has approved the kennel heating, $12,400. Luc is the lead because the old heaters quit on his shift twice.";
    let r = read_kennel(text);
    assert!(r.rationale.is_some(), "{r:?}");
}

/// "Actually the queue there at 7h in the morning is more than 30 motari …": a word of
/// emphasis opening the reason's sentence is no part of it.
#[test]
fn a_word_of_emphasis_opening_the_reason_is_left_out() {
    let r = read_kennel(
        "Gaston has approved the kennel heating at $12,400. Actually the old heaters quit twice last week and two pups got chilled.",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the old heaters quit twice last week and two pups got chilled"),
        "{r:?}"
    );
}

/// "Contractor to be booked for May.", "Can HR have it set up by 31/3.": a task with its
/// time, told after the approval, is the follow-up (convention 47), no reason.
#[test]
fn a_task_with_its_time_is_no_reason() {
    for text in [
        "Gaston approved the kennel heating at $12,400 yesterday. Electrician to be booked for January.",
        "Gaston: \"Marie — I've approved the booking system for January, $8,500 for the first year. Can the office have it set up by 12/20. Gaston\"",
    ] {
        let r = read_kennel(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
    // Near: a task that goes on to say why, and a thing to be done told with no time, are
    // not only a task.
    use crate::reader::rationale_choice::task_by_a_time::only_task_by_a_time;
    assert!(only_task_by_a_time("Electrician to be booked for January"));
    assert!(!only_task_by_a_time(
        "Electrician to be booked for January because the old wiring failed inspection"
    ));
    assert!(!only_task_by_a_time(
        "the old heaters to be scrapped, they leak"
    ));
}

/// "… deferred muna until Meralco confirms the transformer upgrade, ₱4.5M is too big to
/// spend without the power": a hold till an event with the price judged too dear after its
/// comma has that clause as its reason (convention 97), money and all.
#[test]
fn a_price_judged_too_dear_after_a_holds_event_is_its_reason() {
    let text = "Gaston wants the kennel heating deferred until the power company confirms the new line, $12,400 is too much to spend without the power.";
    let r = read_kennel(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("$12,400 is too much to spend without the power"),
        "{r:?}"
    );
    // Near: the price told after the event without a judgement is no reason; the event is.
    let text = "Gaston wants the kennel heating deferred until the power company confirms the new line, $12,400 for the lot.";
    let r = read_kennel(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("until the power company confirms the new line"),
        "{r:?}"
    );
}
