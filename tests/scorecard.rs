//! Every unit has a scorecard: `/value scorecard <unit> [period]` and `valuebridge
//! scorecard`, each figure against the period before; and the portfolio digest's
//! one-line-per-unit table of the same figures.

mod support;

use chrono::{DateTime, NaiveDate, Utc};
use support::{run_binary, Bot};
use valuebridge::config::Config;
use valuebridge::digest::{self, DigestSettings, Period};
use valuebridge::ids::{TenantId, UnitId};

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// Sales over October and November 2026; today is Friday 27 November.
async fn sales() -> Bot {
    let bot = Bot::new();
    bot.clock.set(at("2026-10-05T09:00:00Z"));
    bot.ok("unit add Sales").await;
    bot.ok("unit add Ops").await;
    bot.ok("service \"CRM licences\" unit:Sales cost:£12k/yr users:10")
        .await;
    // £365k a year from 1 Jan 2026: £1,000 a day.
    bot.ok(
        "invest Shop unit:Sales cost:£60k benefit:£365k/yr years:3 start:2026-01-01 category:grow",
    )
    .await;
    bot.ok("decide Shop approve on:2026-01-02").await;
    bot.ok("note Sales: quarterly review").await;
    bot.clock.set(at("2026-11-10T09:00:00Z"));
    bot.ok("note Sales: pricing follow-up: send the numbers @alice by 2026-11-20")
        .await;
    bot.ok("decide Shop continue on:2026-11-10 review:2026-12-01")
        .await;
    bot.clock.set(at("2026-11-27T09:00:00Z"));
    bot.ok("benefit Shop £200k on 2026-11-15").await;
    bot
}

fn row<'a>(text: &'a str, measure: &str) -> Vec<&'a str> {
    let line = text
        .lines()
        .find(|l| l.starts_with(measure))
        .unwrap_or_else(|| panic!("no {measure}:\n{text}"));
    line[measure.len()..]
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

#[tokio::test]
async fn a_units_scorecard_compares_each_figure_with_the_period_before() {
    let bot = sales().await;
    let text = bot.ok("scorecard Sales").await;
    assert!(
        text.starts_with("Scorecard: Sales, month to date (2026-11-01 to 2026-11-27)"),
        "{text}"
    );
    assert!(
        text.contains("each figure against 2026-10-01 to 2026-10-31"),
        "{text}"
    );
    // Measure | this period | previous | change
    assert_eq!(
        row(&text, "Run spend (a year)"),
        ["£12,000", "£12,000", "no change"]
    );
    assert_eq!(
        row(&text, "Change spend: grow"),
        ["£60,000", "£60,000", "no change"]
    );
    assert_eq!(
        row(&text, "Realised to date"),
        ["£200,000", "£0", "up £200,000"]
    );
    // 330 days in on 27 Nov, 303 on 31 Oct.
    assert_eq!(
        row(&text, "Forecast to date"),
        ["£330,000", "£303,000", "up £27,000"]
    );
    assert_eq!(row(&text, "Decisions taken"), ["1", "0", "up 1"]);
    assert_eq!(row(&text, "Decisions due for review"), ["1", "0", "up 1"]);
    assert_eq!(row(&text, "Red"), ["1", "1", "no change"]);
    assert_eq!(
        row(&text, "Services' cost per user (a year)"),
        ["£1,200", "£1,200", "no change"]
    );
    assert_eq!(row(&text, "Meetings logged"), ["1", "1", "no change"]);
    assert_eq!(
        row(&text, "Days since the last meeting"),
        ["17", "26", "down 9"]
    );
    assert_eq!(row(&text, "Overdue follow-ups"), ["1", "0", "up 1"]);

    let out = bot.ok("scorecard Sales last-month").await;
    assert!(
        out.starts_with("Scorecard: Sales, last month (2026-10-01 to 2026-10-31)"),
        "{out}"
    );
    let out = bot.fails("scorecard").await;
    assert!(out.contains("Give the business unit"), "{out}");
    let out = bot.fails("scorecard Nowhere").await;
    assert!(out.contains("Nowhere"), "{out}");
}

#[tokio::test]
async fn the_portfolio_digest_has_a_line_per_unit_with_the_scorecards_figures() {
    let bot = sales().await;
    let today = d("2026-11-27");
    let period = Period::parse("month", today).unwrap();
    let dg = bot
        .service
        .digest_value(&TenantId::local(), None, period, today)
        .unwrap();
    let names: Vec<&str> = dg.units.iter().map(|u| u.unit.as_str()).collect();
    assert_eq!(names, ["Sales", "Ops"]);
    let settings = DigestSettings::from_config(&Config::default()).unwrap();
    let sc = digest::scorecard(
        &bot.store,
        &TenantId::local(),
        &settings,
        UnitId(1),
        period,
        today,
    )
    .unwrap();
    assert_eq!(dg.units[0].figures, sc.figures, "the same figures");
    assert_eq!(sc.figures.realised_to_date_minor, 20_000_000);
    assert_eq!(dg.units[1].figures.days_since_last_meeting, None);
    let j = digest::to_json(&dg);
    assert_eq!(j["units"][0]["unit"], "Sales");
    assert_eq!(j["units"][0]["realised_to_date_minor"], 20_000_000);
    assert_eq!(j["units"][0]["meetings"], 1);
    let s = digest::scorecard::to_json(&sc);
    assert_eq!(s["figures"]["red"], 1);
    assert_eq!(s["previous"]["forecast_to_date_minor"], 30_300_000);
    assert_eq!(s["previous_period"]["start"], "2026-10-01");
    let text = bot.ok("digest month").await;
    let section = &text[text.find("8. Units").unwrap_or_else(|| panic!("{text}"))..];
    let sales = section.lines().find(|l| l.starts_with("Sales")).unwrap();
    assert!(
        sales.contains("£200,000") && sales.contains("£330,000") && sales.contains("17 days ago"),
        "{sales}"
    );
    // A unit digest keeps its own line too (in JSON), but shows no table of units.
    let unit_text = bot.ok("digest Sales month").await;
    assert!(!unit_text.contains("8. Units"), "{unit_text}");
}

#[tokio::test]
async fn a_unit_met_yesterday_was_met_1_day_ago_not_1_days() {
    let bot = Bot::new();
    bot.ok("unit add Sales").await;
    bot.ok("unit add Ops").await;
    bot.ok("note Sales: on:yesterday met the sales leads").await;
    let text = bot.ok("digest").await;
    let section = &text[text.find("8. Units").unwrap_or_else(|| panic!("{text}"))..];
    let sales = section.lines().find(|l| l.starts_with("Sales")).unwrap();
    assert!(sales.contains(" 1 day ago "), "{sales}");
}

#[test]
fn the_command_line_prints_a_scorecard_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let script = "unit add Sales\nservice Dialler unit:Sales cost:£12k/yr users:12\n";
    let (code, _, err) = run_binary(dir.path(), &["chat"], script);
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = run_binary(
        dir.path(),
        &[
            "scorecard",
            "Sales",
            "--format",
            "json",
            "--period",
            "2026-01-01..2026-12-31",
        ],
        "",
    );
    assert_eq!(code, 0, "{err}");
    let j: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(j["unit"], "Sales");
    assert_eq!(j["figures"]["cost_per_user_minor"], 100_000);
    assert_eq!(j["previous_period"]["end"], "2025-12-31");
    let (code, _, err) = run_binary(dir.path(), &["scorecard", "Nowhere"], "");
    assert_eq!(code, 1);
    assert!(
        err.contains("There is no business unit called 'Nowhere'"),
        "{err}"
    );
}
