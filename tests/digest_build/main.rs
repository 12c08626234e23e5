//! `digest::build` on small stores written record by record: statuses from decision
//! histories, retractions, slipping, reviews due, coverage, follow-ups, currencies and
//! unit scope. Every expected figure is worked out in the comments.

mod fixture;

use fixture::*;

#[test]
fn status_follows_the_latest_live_decision() {
    let f = Fixture::new();
    let sales = f.unit("Sales");
    let none = f.investment(sales, "Idea", gbp(100_000), 0, 50_000, 3, "2026-01-01");
    let inv = f.investment(sales, "CRM", gbp(1_000_000), 0, 500_000, 3, "2026-01-01");
    f.decide(inv, Verdict::Defer, None, "2026-01-05", None);
    let as_of = "2026-03-01";
    assert_eq!(
        line(&f.digest(None, "week", as_of), "INV-1").status,
        "proposed"
    );
    assert_eq!(
        line(&f.digest(None, "week", as_of), "INV-2").status,
        "deferred"
    );
    f.decide(
        inv,
        Verdict::Approve,
        Some(gbp(1_200_000)),
        "2026-01-10",
        None,
    );
    let dg = f.digest(None, "week", as_of);
    assert_eq!(line(&dg, "INV-2").status, "active");
    assert_eq!(line(&dg, "INV-2").approved_minor, 1_200_000);
    // (1,200,000 − 1,000,000) / 1,000,000
    assert_eq!(line(&dg, "INV-2").cost_variance, Some(0.2));
    assert_eq!(dg.headline.active, 1);
    assert_eq!(dg.headline.approved_minor, 1_200_000);
    // A rescope without an amount keeps the approved amount of the approval before it.
    f.decide(inv, Verdict::Rescope, None, "2026-01-20", None);
    assert_eq!(
        line(&f.digest(None, "week", as_of), "INV-2").approved_minor,
        1_200_000
    );
    let stop = f.decide(inv, Verdict::Stop, None, "2026-02-01", None);
    let dg = f.digest(None, "week", as_of);
    assert_eq!(line(&dg, "INV-2").status, "closed");
    assert_eq!((dg.headline.active, dg.headline.approved_minor), (0, 0));
    // Retracting the stop brings back the rescope before it: active again.
    f.retract(stop.record());
    assert_eq!(
        line(&f.digest(None, "week", as_of), "INV-2").status,
        "active"
    );
    let _ = none;
}

#[test]
fn retracted_and_early_benefits() {
    let f = Fixture::new();
    let sales = f.unit("Sales");
    // 365.00 a year from 1 Jan 2026: 1.00 a day.
    let inv = f.investment(sales, "Portal", gbp(10_000), 0, 36_500, 2, "2026-01-01");
    f.decide(inv, Verdict::Approve, None, "2025-12-01", None);
    let early = f.benefit(inv, gbp(700), "2025-12-15"); // before the start: still realised
    f.benefit(inv, gbp(900), "2026-01-20");
    let wrong = f.benefit(inv, gbp(5_000), "2026-01-25");
    f.benefit(inv, gbp(4_000), "2026-03-01"); // after the as-of date: not yet
    f.retract(wrong.record());
    let dg = f.digest(None, "week", "2026-02-01");
    let l = line(&dg, "INV-1");
    assert_eq!(l.forecast_to_date_minor, 3_100); // 31 days
    assert_eq!(l.realised_to_date_minor, 700 + 900);
    assert_eq!(l.realisation_ratio, Some(1_600.0 / 3_100.0));
    // Before the start the forecast is zero and the ratio undefined, not infinite.
    let before = f.digest(None, "week", "2025-12-31");
    let l = line(&before, "INV-1");
    assert_eq!(
        (l.forecast_to_date_minor, l.realised_to_date_minor),
        (0, 700)
    );
    assert_eq!(l.realisation_ratio, None);
    assert!(!l.slipping);
    let _ = early;
}

#[test]
fn slipping_needs_time_and_a_low_ratio_and_is_listed_worst_first() {
    let f = Fixture::new();
    let sales = f.unit("Sales");
    // Each 365.00 a year from 1 Jan 2026; as of 1 May 2026 (120 days) forecast 120.00.
    let mk = |name: &str, realised: i64| {
        let inv = f.investment(sales, name, gbp(10_000), 0, 36_500, 3, "2026-01-01");
        f.decide(inv, Verdict::Approve, None, "2025-12-01", None);
        f.benefit(inv, gbp(realised), "2026-02-01");
        inv
    };
    mk("exactly 80%", 9_600); // 96/120 = 0.8: not below
    mk("half", 6_000);
    mk("a tenth", 1_200);
    let late = f.investment(sales, "recent", gbp(10_000), 0, 36_500, 3, "2026-03-01");
    f.decide(late, Verdict::Approve, None, "2026-02-01", None);
    let dg = f.digest(None, "week", "2026-05-01");
    let slipping: Vec<&str> = dg
        .investments
        .iter()
        .filter(|l| l.slipping)
        .map(|l| l.name.as_str())
        .collect();
    // "recent" is 61 days in (< 90) with nothing realised: not yet slipping.
    assert_eq!(slipping, ["half", "a tenth"]);
    let text = valuebridge_chat::render_plain(&digest::to_reply(&dg));
    let section = &text[text.find("4. Slipping").unwrap()..text.find("5. Run").unwrap()];
    assert!(
        section.find("a tenth").unwrap() < section.find("half").unwrap(),
        "worst first:\n{section}"
    );
}

#[test]
fn reviews_due_and_decisions_in_the_period() {
    let f = Fixture::new();
    let sales = f.unit("Sales");
    let mk = |name: &str| f.investment(sales, name, gbp(10_000), 0, 20_000, 3, "2026-01-01");
    let (a, b, c, e) = (mk("A"), mk("B"), mk("C"), mk("E"));
    // As of Wednesday 18 Nov 2026; the week is 16–22 Nov; the window runs to 2 Dec.
    f.decide(a, Verdict::Approve, None, "2026-06-01", Some("2026-12-02")); // due in 14 days
    f.decide(b, Verdict::Approve, None, "2026-06-01", Some("2026-12-03")); // 15 days: not yet
    f.decide(c, Verdict::Approve, None, "2026-06-01", Some("2026-10-01")); // past, no later
    f.decide(e, Verdict::Approve, None, "2026-06-01", Some("2026-10-01")); // past, but ...
    f.decide(e, Verdict::Continue, None, "2026-11-16", None); // ... reviewed since
    let dg = f.digest(None, "week", "2026-11-18");
    let due: Vec<&str> = dg.reviews_due.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(
        due,
        ["DEC-3", "DEC-1"],
        "overdue first, then by review date"
    );
    let taken: Vec<&str> = dg.decisions.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(taken, ["DEC-5"]);
    assert_eq!(dg.decisions[0].verdict, "continue");
    assert_eq!(dg.decisions[0].decided_by, "board");
}

#[test]
fn coverage_and_overdue_followups() {
    let f = Fixture::new();
    let (sales, ops, hr) = (f.unit("Sales"), f.unit("Ops"), f.unit("HR"));
    let open = |text: &str, due: &str| FollowUp {
        text: text.into(),
        owner: Some("alice".into()),
        due: Some(d(due)),
        done: false,
        done_on: None,
    };
    // As of 30 Nov 2026: Sales met 29 days before (covered), Ops 31 days before (not),
    // HR never.
    f.note(
        sales,
        "2026-11-01",
        vec![
            open("send the costs", "2026-11-29"), // overdue
            open("book a review", "2026-11-30"),  // due today: not overdue yet
            FollowUp {
                done: true,
                done_on: Some(d("2026-11-08")),
                ..open("done already", "2026-11-10")
            },
        ],
    );
    let old = f.note(ops, "2026-10-30", vec![open("call back", "2026-11-05")]);
    let gone = f.note(hr, "2026-11-29", vec![open("retracted", "2026-11-01")]);
    f.retract(gone.record());
    let dg = f.digest(None, "month", "2026-11-30");
    assert_eq!(dg.coverage.units_without, ["Ops", "HR"]);
    assert_eq!(dg.coverage.ratio, Some(1.0 / 3.0));
    let overdue: Vec<(&str, &str)> = dg
        .overdue_followups
        .iter()
        .map(|o| (o.note.as_str(), o.action.as_str()))
        .collect();
    assert_eq!(
        overdue,
        [("NOTE-2", "call back"), ("NOTE-1", "send the costs")]
    );
    assert_eq!(dg.overdue_followups[0].owner.as_deref(), Some("alice"));
    // A unit digest sees only its own notes.
    let dg = f.digest(Some(ops), "month", "2026-11-30");
    assert_eq!(dg.coverage.units_without, ["Ops"]);
    assert_eq!(dg.coverage.ratio, Some(0.0));
    assert_eq!(dg.overdue_followups.len(), 1);
    let _ = old;
}

#[test]
fn currencies_are_converted_or_left_out_with_a_warning() {
    let f = Fixture::new();
    let sales = f.unit("Sales");
    let chf = Currency::from_code("CHF").unwrap();
    let a = f.investment(sales, "Home", gbp(100_000), 1_000, 0, 1, "2026-01-01");
    let b = f.investment(
        sales,
        "Dollars",
        Money::new(100_000, Currency::USD),
        2_000,
        0,
        1,
        "2026-01-01",
    );
    let c = f.investment(
        sales,
        "Francs",
        Money::new(100_000, chf),
        3_000,
        0,
        1,
        "2026-01-01",
    );
    for inv in [a, b, c] {
        f.decide(inv, Verdict::Approve, None, "2025-12-01", None);
    }
    f.service(Some(sales), "Email", Money::new(10_000, Currency::USD), 10);
    f.service(Some(sales), "Bank link", Money::new(50_000, chf), 5);
    let dg = f.digest(None, "week", "2026-06-01");
    // £1,000 + $1,000 × 0.79; the francs are listed but not added.
    assert_eq!(dg.headline.active, 2);
    assert_eq!(dg.headline.approved_minor, 100_000 + 79_000);
    assert_eq!(
        line(&dg, "INV-3").approved_minor,
        100_000,
        "listed in its own currency"
    );
    assert_eq!(line(&dg, "INV-3").currency, "CHF");
    // Run: services $100 → £79 (francs left out). The investments are `grow`: their
    // running costs £10 + $20 → £15.80 and their one-off costs (they start this year)
    // £1,000 + $1,000 → £790 are change, francs left out.
    assert_eq!(dg.run_change.run_minor, 7_900);
    assert_eq!(dg.run_change.grow_minor, 1_000 + 1_580 + 179_000);
    assert_eq!(dg.run_change.change_minor, 1_000 + 1_580 + 179_000);
    // The totals say what they leave out, per currency: the francs investment's estimate
    // and the francs service.
    assert_eq!(dg.left_out.len(), 1);
    assert_eq!(dg.left_out[0].currency, "CHF");
    assert_eq!(dg.left_out[0].amount_minor, 100_000 + 50_000);
    assert_eq!(
        (dg.left_out[0].investments, dg.left_out[0].services),
        (1, 1)
    );
    assert!(
        dg.warnings
            .iter()
            .any(|w| w.contains("Francs") && w.contains("CHF")),
        "{:?}",
        dg.warnings
    );
    assert!(
        dg.warnings.iter().any(|w| w.contains("Bank link")),
        "{:?}",
        dg.warnings
    );
    assert!(
        dg.warnings.iter().all(|w| !w.contains("USD")),
        "{:?}",
        dg.warnings
    );
    // A benefit in a currency without a rate is not mixed into a GBP investment's figures.
    f.benefit(a, Money::new(5_000, chf), "2026-02-01");
    f.benefit(a, Money::new(1_000, Currency::USD), "2026-02-01");
    let dg = f.digest(None, "week", "2026-06-01");
    assert_eq!(line(&dg, "INV-1").realised_to_date_minor, 790);
    assert!(
        dg.warnings
            .iter()
            .any(|w| w.contains("benefit") && w.contains("CHF")),
        "{:?}",
        dg.warnings
    );
}

#[test]
fn a_unit_digest_shows_only_that_unit() {
    let f = Fixture::new();
    let (sales, ops) = (f.unit("Sales"), f.unit("Ops"));
    let s = f.investment(sales, "CRM", gbp(100_000), 0, 0, 1, "2026-01-01");
    let o = f.investment(ops, "ERP", gbp(300_000), 0, 0, 1, "2026-01-01");
    f.decide(s, Verdict::Approve, None, "2026-01-01", None);
    f.decide(o, Verdict::Approve, None, "2026-01-01", None);
    f.service(Some(sales), "Dialler", gbp(120_000), 12);
    f.service(None, "Email", gbp(1_000_000), 1_000);
    let dg = f.digest(Some(sales), "week", "2026-06-01");
    assert_eq!(dg.unit.as_deref(), Some("Sales"));
    assert_eq!(dg.investments.len(), 1);
    assert_eq!(dg.headline.approved_minor, 100_000);
    let services: Vec<&str> = dg.services.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(
        services,
        ["Dialler"],
        "`All` services only in the portfolio digest"
    );
    assert_eq!(dg.services[0].unit_cost_minor, 10_000);
    let all = f.digest(None, "week", "2026-06-01");
    assert_eq!(all.unit, None);
    assert_eq!(all.services.len(), 2);
    assert_eq!(all.services[1].unit, "All");
    assert_eq!(all.headline.approved_minor, 400_000);
    // Run 1,200 + 10,000; change 1,000 + 3,000 (both started this year).
    assert_eq!(all.run_change.run_minor, 1_120_000);
    assert_eq!(all.run_change.change_minor, 400_000);
    assert_eq!(all.run_change.run_share, Some(1_120_000.0 / 1_520_000.0));
}

#[test]
fn the_headline_compares_with_the_end_of_the_previous_period() {
    let f = Fixture::new();
    let sales = f.unit("Sales");
    let old = f.investment(sales, "Old", gbp(100_000), 0, 36_500, 2, "2026-01-01");
    let new = f.investment(sales, "New", gbp(200_000), 0, 0, 1, "2026-01-01");
    f.decide(old, Verdict::Approve, None, "2026-01-01", None);
    f.decide(new, Verdict::Approve, None, "2026-11-24", None); // this week (23–29 Nov)
    f.benefit(old, gbp(500), "2026-11-20"); // last week
    f.benefit(old, gbp(700), "2026-11-25"); // this week
    let dg = f.digest(None, "week", "2026-11-27");
    let (now, before) = (&dg.headline, &dg.headline.previous);
    assert_eq!((now.active, before.active), (2, 1));
    assert_eq!(
        (now.approved_minor, before.approved_minor),
        (300_000, 100_000)
    );
    assert_eq!(
        (now.realised_to_date_minor, before.realised_to_date_minor),
        (1_200, 500)
    );
    // Forecast: 330 days in as of 27 Nov; 325 as of 22 Nov (1.00 a day of the 365.00).
    assert_eq!(
        (now.forecast_to_date_minor, before.forecast_to_date_minor),
        (33_000, 32_500)
    );
}

#[test]
fn json_has_the_stable_field_names() {
    let f = Fixture::new();
    let sales = f.unit("Sales");
    let inv = f.investment(sales, "CRM", gbp(100_000), 0, 50_000, 3, "2026-01-01");
    f.decide(
        inv,
        Verdict::Approve,
        Some(gbp(110_000)),
        "2026-11-24",
        None,
    );
    let j = digest::to_json(&f.digest(None, "week", "2026-11-27"));
    assert_eq!(j["period"]["start"], "2026-11-23");
    assert_eq!(j["period"]["end"], "2026-11-29");
    assert_eq!(j["as_of"], "2026-11-27");
    assert_eq!(j["unit"], serde_json::Value::Null);
    assert_eq!(j["currency"], "GBP");
    for key in [
        "active",
        "approved_minor",
        "pv_benefits_minor",
        "npv_minor",
        "realised_to_date_minor",
        "forecast_to_date_minor",
    ] {
        assert!(j["headline"][key].is_number(), "headline.{key}");
    }
    let i = &j["investments"][0];
    assert_eq!(i["id"], "INV-1");
    assert_eq!(i["approved_minor"], 110_000);
    assert_eq!(i["cost_variance"].as_f64(), Some(0.1));
    for key in [
        "name",
        "unit",
        "status",
        "cost_minor",
        "npv_minor",
        "bcr",
        "roi",
        "payback_years",
        "forecast_to_date_minor",
        "realised_to_date_minor",
        "realisation_ratio",
        "slipping",
    ] {
        assert!(i.get(key).is_some(), "investments[].{key}");
    }
    assert_eq!(j["decisions"][0]["id"], "DEC-1");
    assert!(
        j["reviews_due"].as_array().unwrap().is_empty(),
        "an empty section is an empty list"
    );
    assert!(j["services"].as_array().unwrap().is_empty());
    assert!(j["overdue_followups"].as_array().unwrap().is_empty());
    assert!(j["warnings"].as_array().unwrap().is_empty());
    assert!(j["run_change"]["run_share"].is_number());
    assert_eq!(j["coverage"]["units_without"][0], "Sales");
}
