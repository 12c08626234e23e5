//! Reasons the reader missed (round R13), each read in another writer's words (a Welsh
//! harbour trust: moorings, the chandlery, the visitor centre).

use super::*;

/// A Welsh harbour trust: marine, visitor services, finance.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[("Marine", &[]), ("Visitor Services", &[]), ("Finance", &[])],
        &[
            ("Mooring Booking System", "Marine"),
            ("Tide Gauge Network", "Marine"),
            ("Chandlery Tills", "Visitor Services"),
            ("Visitor App", "Visitor Services"),
            ("Ledger Migration", "Finance"),
        ],
    )
}

/// Read on the tests' today, Friday 2026-11-27, day-first.
fn read_trust(text: &str) -> Reading {
    test_names::read_on_test_day(text, "halima", &dir())
}

fn reason(text: &str) -> Option<String> {
    let r = read_trust(text);
    r.rationale.clone()
}

/// "parked X until Y is in. No point …": the condition says when it comes back; the
/// sentence after, a reason of its own, says why.
#[test]
fn a_reason_after_a_condition_wins_over_it() {
    assert_eq!(
        reason(
            "We've parked the visitor app until the new website is in. No point building it twice."
        )
        .as_deref(),
        Some("No point building it twice")
    );
    assert_eq!(
        reason("Ledger migration on hold till after the audit. the finance team are buried in year-end journals. revisit 3/2")
            .as_deref(),
        Some("the finance team are buried in year-end journals")
    );
    // Alone, or before a follow-up ("Marine to revert then") or told again in the
    // sentence after, the condition is still the reason.
    assert_eq!(
        reason("Tide gauge network put on hold until after the council vote in January. Marine to revert then.")
            .as_deref(),
        Some("until after the council vote in January")
    );
    assert_eq!(
        reason("Tide gauge network – hold. Not going ahead until after the council vote in March; revisit April.")
            .as_deref(),
        Some("until after the council vote in March")
    );
    // Alone, the condition is still the reason.
    assert_eq!(
        reason("We've parked the visitor app until the new website is in.").as_deref(),
        Some("until the new website is in")
    );
}

/// "X — scrapping it. 3 bookings in 8 months and we pay £900 a month for it": a count of
/// use, then what it costs us now, is the case against it, money and all.
#[test]
fn a_count_then_what_it_costs_us_now_is_the_reason() {
    assert_eq!(
        reason("Visitor app — scrapping it. 3 bookings made in 8 months and we pay £900 a month for it")
            .as_deref(),
        Some("3 bookings made in 8 months and we pay £900 a month for it")
    );
    assert_eq!(
        reason(
            "Visitor app - binning it. 6% of sailors ever opened it and it costs us £2k a month"
        )
        .as_deref(),
        Some("6% of sailors ever opened it and it costs us £2k a month")
    );
}

/// "approved, £24k. we paid £38k in berth fines last season": what the way things are
/// cost us before, told after the record's amount, is why it was approved.
#[test]
fn what_we_lost_last_season_after_the_amount_is_the_reason() {
    assert_eq!(
        reason("Tide gauge network approved, £24k. we paid £38k in berth fines at Aberdaron last season")
            .as_deref(),
        Some("we paid £38k in berth fines at Aberdaron last season")
    );
    assert_eq!(
        reason("Finance signed off on the ledger migration, £35K. we wrote off £60K in unbilled moorings last yr")
            .as_deref(),
        Some("we wrote off £60K in unbilled moorings last yr")
    );
}

/// "cancelling it. Sage does what we need and the estimate tripled to £45k": a price that
/// grew, told after the verdict, is part of the case against it.
#[test]
fn a_price_that_grew_is_part_of_the_reason() {
    assert_eq!(
        reason("Ledger migration: cancelling it altogether. Sage does what we need and the migration estimate tripled to £45k.")
            .as_deref(),
        Some("Sage does what we need and the migration estimate tripled to £45k")
    );
    assert_eq!(
        reason("Visitor app — scrapping it. The agency's quote doubled to £30K and the rangers hate the map")
            .as_deref(),
        Some("The agency's quote doubled to £30K and the rangers hate the map")
    );
}

/// "the chandlery tills cut queue times …": a benefit's result told with the work as its
/// subject is the result from its verb on.
#[test]
fn a_results_subject_naming_the_work_is_no_part_of_it() {
    for (text, want) in [
        (
            "Quick one: the chandlery tills cut queue times from 9 minutes to 4 at the pier shop, ~£8K less in overtime",
            "cut queue times from 9 minutes to 4 at the pier shop",
        ),
        (
            "Hey all, the new mooring booking system cut phone calls in half. Bryn figures that's ~£2k/mo of office time",
            "cut phone calls in half",
        ),
    ] {
        assert_eq!(reason(text).as_deref(), Some(want), "{text}");
    }
    // After the work's name as a heading, the subject is a part of it, kept.
    let text = "Tide gauge network: the new tide gauge network has cut call-outs by 60%, about £12k saved in November";
    assert_eq!(
        reason(text).as_deref(),
        Some("the new tide gauge network has cut call-outs by 60%"),
        "{text}"
    );
}

/// "The tide gauge network caught silting in two berths …, ~£14k …": a benefit opening with
/// the work's name and a verb of a result has that result as its evidence, up to the
/// clause's end; not money cut ("cut card fees by £900") nor a bare "cut call volumes".
#[test]
fn a_result_after_the_works_name_opening_a_benefit_is_its_evidence() {
    for (text, want) in [
        (
            "The tide gauge network caught silting in two berths before the spring tides, ~£14k of dredging we didn't have to do",
            "caught silting in two berths before the spring tides",
        ),
        (
            "Ledger migration has cut the month-end close from six days to two and we no longer pay the bureau £9k a year",
            "cut the month-end close from six days to two",
        ),
    ] {
        assert_eq!(reason(text).as_deref(), Some(want), "{text}");
    }
    for text in [
        "chandlery tills cut card fees by £900 last month",
        "the visitor app refresh cut call volumes, worth about £2k last month",
    ] {
        assert_eq!(reason(text), None, "{text}");
    }
}

/// "renewal approved £9,600 – current one runs out in Jan", "approved, €180k; the new flood
/// rules apply from June": a clause of its own set off after the verdict's amount is the
/// reason.
#[test]
fn a_clause_of_its_own_after_the_verdicts_amount_is_the_reason() {
    for (text, want) in [
        (
            "mooring booking system renewal for the marinas approved £9,600 – current one runs out in Jan",
            "current one runs out in Jan",
        ),
        (
            "Phase 2 of the tide gauge network approved, €180k; the old gauges were flooded twice in June",
            "the old gauges were flooded twice in June",
        ),
    ] {
        assert_eq!(reason(text).as_deref(), Some(want), "{text}");
    }
}
