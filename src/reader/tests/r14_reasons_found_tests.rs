//! Reasons the reader did not find (round R14), each read in another writer's words (a
//! Highland snowsports centre: lifts, the ski school, the hire shop).

use super::*;

/// A Highland snowsports centre: lifts, ski school, hire shop, finance.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Lifts", &[]),
            ("Ski School", &[]),
            ("Hire Shop", &[]),
            ("Finance", &[]),
        ],
        &[
            ("Snowmaking System", "Lifts"),
            ("Lift Gate Scanners", "Lifts"),
            ("Booking Website", "Ski School"),
            ("Boot Fitting Scanner", "Hire Shop"),
            ("Payroll Upgrade", "Finance"),
        ],
    )
}

/// Read on the tests' today, Friday 2026-11-27, day-first.
fn reason(text: &str) -> Option<String> {
    test_names::read_on_test_day(text, "morag", &dir()).rationale
}

/// "X has gone up to £14k from £11k because of Y. The board approved the increase.": a
/// new price told with its cause, the verdict in the sentence after, keeps the cause.
#[test]
fn a_price_change_told_with_its_cause_before_the_verdict() {
    assert_eq!(
        reason(
            "Just to flag: the snowmaking system has gone up to £52k from £40k because of the extra pumps. The board approved the increase on Tuesday."
        )
        .as_deref(),
        Some("the extra pumps")
    );
    assert_eq!(
        reason(
            "The lift gate scanners are now £30k, not £24k, because the insurer wants a second reader at each gate. Finance agreed the new figure this morning."
        )
        .as_deref(),
        Some("the insurer wants a second reader at each gate")
    );
    assert_eq!(
        reason("Booking website is over budget - was 80k, now 95k after the extra payment integration. Directors ok'd it.")
            .as_deref(),
        Some("after the extra payment integration")
    );
    // A cut said with "after" and no earlier price: the event is the reason all the same
    // (convention 22 of tests/corpus/README.md, round C3).
    assert_eq!(
        reason("snowmaking system cut to £30k after the car park closures").as_deref(),
        Some("after the car park closures")
    );
}

/// "we said no to X, vendor wanted £250k a year for …": after a refusal, a clause of its
/// own after the comma is why.
#[test]
fn a_clause_of_its_own_after_a_refusals_comma() {
    assert_eq!(
        reason("we said no to the boot fitting scanner, supplier wanted 40 grand for something the staff do by eye")
            .as_deref(),
        Some("supplier wanted 40 grand for something the staff do by eye")
    );
    assert_eq!(
        reason("payroll upgrade - directors said no, £30k for a new look isnt worth it").as_deref(),
        Some("£30k for a new look isnt worth it")
    );
    assert_eq!(
        reason(
            "Booking website on ice til March, the season has to pay for the new chairlift first"
        )
        .as_deref(),
        Some("the season has to pay for the new chairlift first")
    );
    // What comes next, a plan or a forecast, is no reason.
    for text in [
        "Lift gate scanners approved at £24k, install planned for January",
        "Lift gate scanners approved, we'll fit them over the break",
        "we said no to the boot fitting scanner, not to exceed £5k next year either",
        "Booking website approved, £40k, go-live is planned for March.",
        "Boot fitting scanner – not this winter, the MD wants it revisited in April.",
    ] {
        assert_eq!(reason(text), None, "{text}");
    }
}

/// "X is paying off — tabs close in half the time and comps are down $4k a month": a
/// benefit told as the work paying off (or live, or working well), then its measured result
/// up to the money, has that result as its evidence.
#[test]
fn a_result_after_the_work_is_said_to_pay_off() {
    assert_eq!(
        reason("The lift gate scanners are paying off — queues at the base station clear in half the time and ticket fraud is down about £3k a month")
            .as_deref(),
        Some("queues at the base station clear in half the time")
    );
    assert_eq!(
        reason("Booking website is live, drop-offs at the payment step went from 30% to 9% and we took around £12k more in lesson fees in December")
            .as_deref(),
        Some("drop-offs at the payment step went from 30% to 9%")
    );
    assert_eq!(
        reason("Snowmaking system is working very well. The wait for the nursery slope fell from 40 minutes to 10 and we paid £8k less in diesel in January.")
            .as_deref(),
        Some("The wait for the nursery slope fell from 40 minutes to 10")
    );
    assert_eq!(
        reason("Boot fitting scanner paid for itself this winter. fittings off the scan meant we returned 40 fewer boots, roughly £6k in refunds")
            .as_deref(),
        Some("fittings off the scan meant we returned 40 fewer boots")
    );
}

/// "no. handle at the old ones is down 30% since March and ADW is eating the rest": after
/// the verdict, two clauses of their own joined by "and" tell why, even with a date or
/// money in them.
#[test]
fn two_clauses_joined_after_the_verdict_tell_why() {
    assert_eq!(
        reason("Boot fitting scanner – no. fittings at the old bench are down 20% since March and the chain shops are taking the rest")
            .as_deref(),
        Some("fittings at the old bench are down 20% since March and the chain shops are taking the rest")
    );
    assert_eq!(
        reason("Lift gate scanners approved, £24k. old readers at the top gate are from 2009 and we lost the gate twice in January")
            .as_deref(),
        Some("old readers at the top gate are from 2009 and we lost the gate twice in January")
    );
    // A continue's step still to come is no part of it (convention 79, round R57).
    assert_eq!(
        reason("Snowmaking system carries on over Christmas as planned - the contractor's on site from 19/12 and the ops manager is happy with the phasing.")
            .as_deref(),
        Some("the ops manager is happy with the phasing")
    );
    // The plan told in two clauses is no reason.
    for text in [
        "Lift gate scanners approved, £24k. Budget is £24k and install is planned for May.",
        "Booking website approved. Build starts 3/1 and the launch is in February.",
    ] {
        assert_eq!(reason(text), None, "{text}");
    }
}

/// "approved at £58,200 — the second quote came in £9k under the first": after the
/// verdict's amount and a dash, a clause of its own is the reason, money in it or not.
#[test]
fn a_clause_after_the_verdicts_amount_and_a_dash() {
    assert_eq!(
        reason("the boot fitting scanner is now approved at £7,400 — the second quote from the supplier came in £900 under the first.")
            .as_deref(),
        Some("the second quote from the supplier came in £900 under the first")
    );
    assert_eq!(
        reason("approved the lift gate scanners for the two lower car parks at 24K, insurer gives us back 2K/yr")
            .as_deref(),
        Some("insurer gives us back 2K/yr")
    );
    // A relative clause belongs to what it follows; it is no reason of its own.
    assert_ne!(
        reason("Booking website has paid for itself already — we've cancelled the paper forms we were printing for the school, which were costing £300 a month.")
            .as_deref(),
        Some("which were costing £300 a month")
    );
}

/// "…, we will only use it at the holding company", "…: HR module stays in the old system": a
/// rescope's clause of its own telling what the smaller scope keeps is its reason (convention
/// 16); "it continues only for the 40 trucks" is the verdict's own words, no reason.
#[test]
fn a_rescopes_own_clause_of_what_it_keeps() {
    assert_eq!(
        reason("We have settled the lift gate scanners: it continues only for the 6 main gates, not the nursery tows. New budget £18k."),
        None
    );
    assert_eq!(
        reason("Booking website is now a no for the hire shop, we will only use it at the ski school. Budget cut to £20k.")
            .as_deref(),
        Some("we will only use it at the ski school")
    );
    assert_eq!(
        reason("The payroll upgrade will continue but the scope is reduced: the HR module stays in the old system. New budget £40k.")
            .as_deref(),
        Some("the HR module stays in the old system")
    );
    // The scope said as what was agreed is the verdict told, no reason.
    assert_eq!(
        reason("Boot fitting scanner – the MD agreed to keep going with the main shop only, budget cut to £9k"),
        None
    );
}

/// "the CBCT at Mesa caught 3 cracked roots we'd have missed on 2D, ~$12K …", "frost fans
/// monitoring saved the Te Awa block on the 14/10 frost, reckon …": a benefit opening with
/// the work's name (and where it is), then what it did, has that as its evidence, up to
/// the break before the money.
#[test]
fn a_result_told_by_the_work_at_a_place() {
    assert_eq!(
        reason("the boot fitting scanner at Aviemore caught 12 bad fits we'd have missed by eye, ~£2k in returns we kept")
            .as_deref(),
        Some("caught 12 bad fits we'd have missed by eye")
    );
    assert_eq!(
        reason("Lift gate scanners at the lower station cut queue time by a third since they went in, ~£1,500 saved so far")
            .as_deref(),
        Some("cut queue time by a third since they went in")
    );
    assert_eq!(
        reason("snowmaking system saved the top run in the January thaw, reckon thats £20k of passes we'd have refunded")
            .as_deref(),
        Some("saved the top run in the January thaw")
    );
    // Money saved is the benefit itself, and money cut is what was cut: no evidence.
    for text in [
        "snowmaking system saved us £4k on diesel in January",
        "Lift gate scanners at the lower station cut fuel spend by £3k last month",
        "the lift gate scanners cut queue times, worth about £3k last month",
    ] {
        assert_eq!(reason(text), None, "{text}");
    }
}

/// "Wearable sensors pilot: 6 wks in, zero heat incidents on crew B vs 3 last summer. Keep
/// going.": a measured result told in the sentence before a short "keep going" is why.
#[test]
fn a_measured_result_before_keep_going() {
    assert_eq!(
        reason("Snowmaking trial: 5 wks in, zero closed runs on the top tow vs 4 last winter. Keep going.")
            .as_deref(),
        Some("5 wks in, zero closed runs on the top tow vs 4 last winter")
    );
    assert_eq!(
        reason("Snowmaking trial: 5 wks in, zero frost stoppages on tow B vs 4 last winter. Keep going.")
            .as_deref(),
        Some("5 wks in, zero frost stoppages on tow B vs 4 last winter")
    );
}

/// "ugh the audio guide vendor went bust. so that's that, we're writing the app off": a
/// groan before the reason is the writer's mood, not part of it.
#[test]
fn a_groan_before_the_reason_in_the_sentence_before() {
    assert_eq!(
        reason("ugh the ticketing vendor went bust. so that's that, we're writing the lift gate scanners off")
            .as_deref(),
        Some("the ticketing vendor went bust")
    );
}

/// "we're pulling the plug on the custom build. 14 months in and 2 of 9 modules
/// delivered.": the time it has run, then what it has done, is why.
#[test]
fn the_time_run_and_what_was_done_after_a_stop() {
    assert_eq!(
        reason("Payroll upgrade: we're pulling the plug on the custom build. 9 months in and 1 of 6 modules delivered.")
            .as_deref(),
        Some("9 months in and 1 of 6 modules delivered")
    );
}

/// "loyalty app: R48k of extra margin from personalised coupons last month": where a
/// benefit's money came from, with the time it was counted after it, is the evidence
/// without the time.
#[test]
fn a_source_after_money_with_its_time_after_it() {
    assert_eq!(
        reason("booking website: £6k of extra lesson fees from online upsells last month")
            .as_deref(),
        Some("online upsells")
    );
}

/// "… signed off at £46k. Cheaper than sending every tractor to the main dealer at £180 a
/// go.": a sentence after the verdict's that opens comparing it with the other way is why,
/// money in it or not.
#[test]
fn a_comparison_with_the_other_way_after_the_verdict() {
    assert_eq!(
        reason("Boot fitting scanner signed off at £7k plus £500 a year for the licence. Cheaper than sending every fitter on the course at £900 a go.")
            .as_deref(),
        Some("Cheaper than sending every fitter on the course at £900 a go")
    );
}

/// "Owner said no to the crane sensors. we'll rent cranes w/ it built in": after a
/// refusal, how we get it another way is why it is not needed; after an approval, a "we'll"
/// sentence is the plan.
#[test]
fn the_other_way_after_a_refusal() {
    assert_eq!(
        reason("The MD said no to the boot fitting scanner. we'll hire one w/ a fitter for the peak weeks")
            .as_deref(),
        Some("we'll hire one w/ a fitter for the peak weeks")
    );
    assert_eq!(
        reason("Lift gate scanners approved. we'll hire a fitter for the install week"),
        None
    );
}
