//! Messages holding several records the reader read as one, each read in another writer's
//! words (a regional bakery chain): minutes whose first item is a note about one investment
//! before an item with a verdict about another; follow-up items written "Name – work by
//! date"; one verdict sharing money out over two investments ("approved £30k for A and
//! £12k for B") or said of a list after a colon ("signed off: A 12k, B 5k"); a clause making
//! another investment "wait till March".

use super::*;

/// A regional bakery chain: bakeries, logistics, shops.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Bakeries", &[]),
            ("Logistics", &[]),
            ("Shops", &[]),
            ("IT", &[]),
        ],
        &[
            ("Oven Monitoring Sensors", "Bakeries"),
            ("Delivery Route Planner", "Logistics"),
            ("Loyalty App", "Shops"),
            ("Card Terminal Upgrade", "IT"),
        ],
    )
}

fn d(s: &str) -> Option<NaiveDate> {
    Some(s.parse().unwrap())
}

/// Read on the tests' today, Friday 2026-11-27, day-first, in pounds.
fn read_bakery(text: &str) -> Reading {
    test_names::read_day_first_in(text, "hannah", "GBP", &dir())
}

#[test]
fn a_minutes_item_noting_one_investment_before_a_verdict_on_another_is_a_record_of_its_own() {
    for (text, first, second, verdict, met) in [
        (
            "Ops meeting 20/11\n- Oven sensors: three quotes in, Tom comparing\n- Loyalty app: going ahead, £9k\n- AOB: summer party is 3/7",
            "Oven Monitoring Sensors",
            "Loyalty App",
            Verdict::Approve,
            "2026-11-20",
        ),
        (
            "Board minutes 24/11:\n- Route planner: preferred supplier is Routely, contract to be signed by 5/12 (Jo)\n- Card terminals: Leeds shops deferred to Q2\n- No change on the loyalty app",
            "Delivery Route Planner",
            "Card Terminal Upgrade",
            Verdict::Defer,
            "2026-11-24",
        ),
    ] {
        let r = read_bakery(text);
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(r.investment.as_deref(), Some(first), "{text}: {r:?}");
        // The heading's date reaches the note read without it.
        assert_eq!(r.date, d(met), "{text}: {r:?}");
        assert_eq!(r.also.len(), 1, "{text}: two records: {r:?}");
        let more = &r.also[0];
        assert_eq!(more.intent, Intent::Decision, "{text}: {more:?}");
        assert_eq!(more.verdict, Some(verdict), "{text}: {more:?}");
        assert_eq!(more.date, d(met), "{text}: {more:?}");
        assert_eq!(more.investment.as_deref(), Some(second), "{text}: {more:?}");
    }
    // An item with a verdict on a thing the directory lacks, after a noted item, is a
    // record of its own too.
    let text = "Bakery mtg 30/11:\n- oven sensors: install week of 18/1, Tom to confirm by 11/12\n- line 2 proofer approved £38k";
    let r = read_bakery(text);
    assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
    assert_eq!(r.due, d("2026-12-11"), "{text}: {r:?}");
    let more = r
        .also
        .first()
        .unwrap_or_else(|| panic!("{text}: two records: {r:?}"));
    assert_eq!(more.verdict, Some(Verdict::Approve), "{text}: {more:?}");
    assert_eq!(
        more.amount,
        test_names::whole(38_000, "GBP"),
        "{text}: {more:?}"
    );
    // Both items about the same investment: one record.
    let text =
        "Ops meeting 20/11\n- Loyalty app: vendor demo went well\n- Loyalty app: going ahead, £9k";
    let r = read_bakery(text);
    assert!(r.also.is_empty(), "{text}: one record: {r:?}");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

#[test]
fn follow_up_items_written_owner_dash_work_by_a_date_are_notes_of_their_own() {
    for (text, first_due, second, second_due) in [
        (
            "Actions from today's ops meeting:\n1. Tom – oven sensors install plan by 9/12\n2. Jo – route planner data clean-up by 16/12",
            "2026-12-09",
            "Delivery Route Planner",
            "2026-12-16",
        ),
        (
            "Follow-ups from the shops review\n- Priya - loyalty app test plan by 4/12\n- Dev - card terminal quotes by 11/12",
            "2026-12-04",
            "Card Terminal Upgrade",
            "2026-12-11",
        ),
    ] {
        let r = read_bakery(text);
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(r.due, d(first_due), "{text}: {r:?}");
        assert_eq!(r.also.len(), 1, "{text}: two records: {r:?}");
        let more = &r.also[0];
        assert_eq!(more.intent, Intent::Note, "{text}: {more:?}");
        assert_eq!(more.investment.as_deref(), Some(second), "{text}: {more:?}");
        assert_eq!(more.due, d(second_due), "{text}: {more:?}");
    }
    // Both items about the same investment: convention 86 (round B60) — each task item of
    // a list of its own is a note of its own, chased by its own due date.
    let text = "Actions:\n1. Tom – oven sensors install plan by 9/12\n2. Tom – oven sensors staff training by 16/12";
    let r = read_bakery(text);
    assert_eq!(r.also.len(), 1, "{text}: two notes: {r:?}");
    assert_eq!(r.due, d("2026-12-09"), "{text}: {r:?}");
    assert_eq!(r.also[0].due, d("2026-12-16"), "{text}: {r:?}");
}

/// `text` reads as two approvals: `first` and then `second`, each with its amount in pounds.
fn assert_two_approvals(
    text: &str,
    (first, first_amount): (&str, i64),
    (second, second_amount): (&str, i64),
) {
    let r = read_bakery(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some(first), "{text}: {r:?}");
    assert_eq!(
        r.amount,
        test_names::whole(first_amount, "GBP"),
        "{text}: {r:?}"
    );
    assert_eq!(r.also.len(), 1, "{text}: two records: {r:?}");
    let more = &r.also[0];
    assert_eq!(more.intent, Intent::Decision, "{text}: {more:?}");
    assert_eq!(more.verdict, Some(Verdict::Approve), "{text}: {more:?}");
    assert_eq!(more.investment.as_deref(), Some(second), "{text}: {more:?}");
    assert_eq!(
        more.amount,
        test_names::whole(second_amount, "GBP"),
        "{text}: {more:?}"
    );
}

#[test]
fn one_verdict_sharing_money_over_two_investments_is_two_records() {
    for (text, first, first_amount, second, second_amount) in [
        (
            "Approved £30k for the oven sensors and £12k for the loyalty app.",
            "Oven Monitoring Sensors",
            30_000,
            "Loyalty App",
            12_000,
        ),
        (
            "The board signed off £8k for the route planner and £5k for card terminals in the Leeds shops only",
            "Delivery Route Planner",
            8_000,
            "Card Terminal Upgrade",
            5_000,
        ),
    ] {
        assert_two_approvals(text, (first, first_amount), (second, second_amount));
    }
    // One amount for two things, or a share of the one amount: one record.
    for (text, amount) in [
        (
            "Approved £40k for the oven sensors and the bakery tablets",
            40_000,
        ),
        (
            "Approved £30k for the oven sensors and £5k of it for staff training",
            30_000,
        ),
    ] {
        let r = read_bakery(text);
        assert!(r.also.is_empty(), "{text}: one record: {r:?}");
        assert_eq!(r.amount, test_names::whole(amount, "GBP"), "{text}: {r:?}");
    }
}

#[test]
fn one_verdict_on_a_list_of_names_with_amounts_after_a_colon_is_a_record_each() {
    for (text, first, first_amount, second, second_amount) in [
        (
            "Shops budget for next year signed off by the board this morning: loyalty app 12k, card terminals 5k, both GBP.",
            "Loyalty App",
            12_000,
            "Card Terminal Upgrade",
            5_000,
        ),
        (
            "Approved at Tuesday's ops review: oven sensors £30k, route planner £8k",
            "Oven Monitoring Sensors",
            30_000,
            "Delivery Route Planner",
            8_000,
        ),
    ] {
        assert_two_approvals(text, (first, first_amount), (second, second_amount));
    }
    // The parts of one investment's money: one record.
    for text in [
        "Signed off the loyalty app: build £20k, support £4k",
        "Approved the oven sensors: £30k now, £10k in the spring",
    ] {
        let r = read_bakery(text);
        assert!(r.also.is_empty(), "{text}: one record: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    }
}

#[test]
fn a_second_clause_making_another_investment_wait_till_a_time_is_a_deferral_of_its_own() {
    for (text, second, review) in [
        (
            "Quick one: loyalty app renewal approved at £18k; card terminals wait till March.",
            "Card Terminal Upgrade",
            "2027-03-01",
        ),
        (
            "Route planner approved, £8k. The oven sensors wait until April.",
            "Oven Monitoring Sensors",
            "2027-04-01",
        ),
    ] {
        let r = read_bakery(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.also.len(), 1, "{text}: two records: {r:?}");
        let more = &r.also[0];
        assert_eq!(more.verdict, Some(Verdict::Defer), "{text}: {more:?}");
        assert_eq!(more.investment.as_deref(), Some(second), "{text}: {more:?}");
        assert_eq!(more.review_date, d(review), "{text}: {more:?}");
    }
    // Waiting on an event, not till a time, puts nothing off: one record.
    let text = "Loyalty app renewal approved at £18k; the card terminals wait until the bank confirms the fees.";
    let r = read_bakery(text);
    assert!(r.also.is_empty(), "{text}: one record: {r:?}");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}
