//! Round R36: the rationale's misses on the training corpus sorted by cause, and the
//! recurring causes fixed, each worded here for another invented organisation: a group of
//! community pharmacies in County Durham.

use super::test_names::{directory, read_day_first_in};
use super::*;
use crate::domain::Verdict;

/// Pharmacies in Durham, Chester-le-Street and Bishop Auckland: the dispensaries, the
/// counters, the delivery vans, the office.
fn pharmacies_dir() -> StaticDirectory {
    directory(
        &[
            ("Dispensary", &["Dispensaries"]),
            ("Retail", &["Counters", "Shops"]),
            ("Delivery", &["Vans"]),
            ("IT", &["Tech"]),
        ],
        &[
            ("Laptop Refresh", "IT"),
            ("Label Printers", "Dispensary"),
            ("Van Trackers", "Delivery"),
            ("MFA Rollout", "IT"),
            ("Phone System Replacement", "IT"),
        ],
    )
}

fn read_pharmacies(text: &str) -> Reading {
    read_day_first_in(text, "aisha", "GBP", &pharmacies_dir())
}

/// "laptops — trimmed to the 40 oldest, £34k, the rest wait till April", "cut to 90
/// machines ($117k), rest next FY": what a rescope leaves for later is its reason
/// (convention 40), with no review date, in a line of its own or in a list.
#[test]
fn the_rest_left_for_later_is_a_rescopes_reason() {
    for (text, why) in [
        (
            "laptop refresh — the 20 oldest get replaced now, £24k, the rest wait till April",
            "the rest wait till April",
        ),
        (
            "label printers cut to 12 branches (£9k), rest next FY",
            "rest next FY",
        ),
        (
            "laptop refresh rescoped to 30 machines, £36k, the rest wait till next FY",
            "the rest wait till next FY",
        ),
    ] {
        let r = read_pharmacies(text);
        assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
        assert_eq!(r.review_date, None, "{text}: {r:?}");
    }
    let r = read_pharmacies(
        "Ops group 1/12\n- MFA rollout: approved, £5k\n- laptops: cut to 30, £18k, rest next fiscal\n- van trackers: no decision",
    );
    assert_eq!(r.also.len(), 1, "{r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Rescope), "{r:?}");
    assert_eq!(
        r.also[0].rationale.as_deref(),
        Some("rest next fiscal"),
        "{r:?}"
    );
}

/// "ok'd the Teams phones for head office only, £7,500, stores stay on BT till Feb": an
/// approval of part of the work, the rest staying as it is till a time, has that as its
/// reason.
#[test]
fn the_part_staying_as_it_is_is_a_part_approvals_reason() {
    let text = "Aisha's ok'd the van trackers for the Durham vans only, £6,000, the others stay on paper logs till March";
    let r = read_pharmacies(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the others stay on paper logs till March"),
        "{r:?}"
    );
}

/// "• phones – nothing decided, @gemma to get a Gamma quote by 18/12": a short name set as
/// a label by an en dash is the name, as it is before an em dash or a hyphen.
#[test]
fn a_short_name_before_an_en_dash_is_a_label() {
    for dash in ["–", "—"] {
        let text = format!("phones {dash} nothing decided, @ruth to get a Gamma quote by 18/12");
        let r = read_pharmacies(&text);
        assert_eq!(
            r.investment.as_deref(),
            Some("Phone System Replacement"),
            "{text}: {r:?}"
        );
    }
}

/// "Had another ammonia scare in the engine room last night. Ammonia leak detection's
/// approved, $140k.", "Old crush at the main yards broke Jacko's arm last week, that's two
/// this year. New hydraulic crush approved": what went wrong, told as a past event just
/// before the approval's sentence, is why it was approved, with or without a subject said.
#[test]
fn an_incident_told_just_before_an_approval_is_its_reason() {
    for (text, why) in [
        (
            "Had another van breakdown on the A1 last night. Van trackers approved, £8k.",
            "Had another van breakdown on the A1 last night",
        ),
        (
            "Old printer at Chester-le-Street chewed up the label roll twice last week, that's three this month. New label printers approved, £4k, in before Christmas",
            "Old printer at Chester-le-Street chewed up the label roll twice last week, that's three this month",
        ),
        (
            "The flood shut the Bishop Auckland road again and the vans cannae reach the care homes. Van trackers approved, £8k.",
            "The flood shut the Bishop Auckland road again and the vans cannae reach the care homes",
        ),
    ] {
        let r = read_pharmacies(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "two quick ones from the Scranton visit yesterday" before the first item's verdict
/// announces the items, no event that explains them.
#[test]
fn items_announced_before_a_verdict_are_no_incident() {
    let r = read_pharmacies(
        "two quick ones from the Durham visit yesterday\n- van trackers go ahead at £8k\n- the label printers are on hold till April",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(r.rationale, None, "{r:?}");
}

/// "fuel card spend is down $6k a month on the DFW trucks", "Agency nurse spend down €38k
/// in November against November last year": money cut, told as the only result, is the
/// benefit's amount and no reason (convention 15), whatever the spend is called.
#[test]
fn spend_down_told_alone_is_no_reason() {
    for text in [
        "Van trackers have already paid for themselves: fuel card spend is down £600 a month on the Durham vans",
        "Van trackers have been a godsend. Fuel spend down £3k in November against November last year.",
        "ROI on the label printers is looking good, label waste spend down £4K vs last yr",
    ] {
        let r = read_pharmacies(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
}

/// "margin leakage on chem down $41K vs last yr": the spend's word need not end its name.
#[test]
fn spend_named_with_what_it_is_on_down_alone_is_no_reason() {
    let text = "ROI on the label printers is looking good, label spend on the big rolls down £4K vs last yr";
    let r = read_pharmacies(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(r.rationale, None, "{text}: {r:?}");
}

/// "Dual fuel on fleet 1 burned 38% less diesel in November, about $190k", "Rio Verde
/// biogas generated 1.150 MWh in october, …": a benefit opening on the work's name (with
/// where it runs before or after it) and a past verb of what it did has its measured result
/// as the evidence, the time ending it left to the date.
#[test]
fn a_measured_result_after_the_works_name_and_its_place_is_the_evidence() {
    for (text, why) in [
        (
            "Van trackers on the Durham vans burned 20% less diesel in November, about £3k",
            "burned 20% less diesel",
        ),
        (
            "Chester-le-Street label printers printed 4,000 labels in October, saving about £2k of agency hours",
            "printed 4,000 labels",
        ),
    ] {
        let r = read_pharmacies(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "Quick one – the LPR cameras at the Featherbrooke gate flagged 14 cloned plates since
/// go-live and …", "PYO online tickets took the gate crew from 6 people to 2": a benefit's
/// result told with the work (and where it runs) as its subject is read from its verb, as
/// "has cut handover from 45 mins to 20" is.
#[test]
fn the_works_name_and_place_before_a_result_are_left_out() {
    let text = "Quick one – the van trackers on the Durham vans flagged 14 speeding drivers since go-live and the care homes have asked for two more rounds. That's an extra £1,500 a month in delivery fees.";
    let r = read_pharmacies(text);
    assert_eq!(r.intent, Intent::Benefit, "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("flagged 14 speeding drivers since go-live and the care homes have asked for two more rounds"),
        "{r:?}"
    );
}

/// "… took 40 seconds off the average transaction, so we ran one less till on Saturdays":
/// a till counted ("one less till", "an extra till", "a spare till") is a cash register,
/// no "until".
#[test]
fn a_till_counted_is_a_cash_register() {
    let text = "New label printers at Durham took 30 seconds off the average script, so we ran one less till on Saturdays — roughly £700 a month in staff hours";
    let r = read_pharmacies(text);
    assert_eq!(r.intent, Intent::Benefit, "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("took 30 seconds off the average script, so we ran one less till on Saturdays"),
        "{r:?}"
    );
}

/// "techs only open the stations that actually tripped, so a commercial rodent route takes
/// half the time, roughly $120k a year": what the result let us do, joined by ", so", is
/// part of the evidence, up to the money.
#[test]
fn a_results_consequence_after_so_runs_on_with_it() {
    let text = "The van trackers are earning their keep — drivers only go out to the homes that actually ordered, so a Durham round takes half the time, roughly £12k a year in fuel.";
    let r = read_pharmacies(text);
    assert_eq!(r.intent, Intent::Benefit, "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("drivers only go out to the homes that actually ordered, so a Durham round takes half the time"),
        "{r:?}"
    );
}

/// "We keep the new bar top and the ice wells, the patio waits till after crab season",
/// "we'll keep the Echuca handsets another year": after a rescope, what we do or keep now
/// told with the part left for later (or with when the rest comes) is the reason whole.
#[test]
fn what_a_rescope_does_now_and_leaves_for_later_is_its_reason() {
    for (text, why) in [
        (
            "Laptop refresh trimmed to £20k, was £36k. We do the Durham branches first; the small shops wait for next year.",
            "We do the Durham branches first; the small shops wait for next year",
        ),
        (
            "Laptop refresh is getting pared back to £20k, was £36k. We keep the Durham branches and the office, the small shops wait till after Christmas",
            "We keep the Durham branches and the office, the small shops wait till after Christmas",
        ),
        (
            "Label printers cut to £9k, we'll keep the old Zebras at the small shops another year.",
            "we'll keep the old Zebras at the small shops another year",
        ),
    ] {
        let r = read_pharmacies(text);
        assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}
