//! What the digest says, read as a relationship manager reads it over a week: the period a
//! scheduled digest covers, the cost basis of the measures, like-for-like changes, money
//! left out for want of a rate, run / grow / transform, as-of digests that know only what
//! was logged by then, payback and ROI in text, decisions in number order.

mod support;

use chrono::{DateTime, NaiveDate, Utc};
use support::Bot;
use valuebridge::digest::{self, measures, Digest, Period};
use valuebridge::ids::TenantId;
use valuebridge::schedule::{DigestSource, Subscriptions};
use valuebridge_chat::render_plain;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn digest_of(bot: &Bot, period: &str, as_of: &str) -> Digest {
    let as_of = d(as_of);
    bot.service
        .digest_value(
            &TenantId::local(),
            None,
            Period::parse(period, as_of).unwrap(),
            as_of,
        )
        .unwrap()
}

/// The title line of what the subscription `n` (1-based) posts at `slot`.
fn scheduled_title(bot: &Bot, n: usize, slot: &str) -> String {
    let subs = Subscriptions::open(&bot.store).unwrap();
    let sub = &subs.of_tenant(&TenantId::local()).unwrap()[n - 1];
    let reply = bot.service.digest(sub, at(slot)).unwrap();
    render_plain(&reply).lines().next().unwrap().to_string()
}

#[tokio::test]
async fn a_scheduled_digest_covers_the_last_complete_period_in_its_zone() {
    let bot = Bot::new();
    bot.seed().await;
    bot.ok("subscribe weekly mon 09:00 unit:Sales tz:Europe/London")
        .await;
    bot.ok("subscribe weekly mon 00:30 tz:Pacific/Auckland")
        .await;
    bot.ok("subscribe monthly 1 09:00 tz:Europe/London period:month")
        .await;
    bot.ok("subscribe monthly 1 09:00 tz:Europe/London period:quarter")
        .await;
    // Monday 30 Nov 2026 09:00 GMT: the week that ended on Sunday, not the one beginning.
    assert_eq!(
        scheduled_title(&bot, 1, "2026-11-30T09:00:00Z"),
        "Value for money: Sales, last week (2026-11-23 to 2026-11-29)"
    );
    // Monday 29 Mar 2027 09:00 BST (08:00 UTC), the day after the clocks went forward.
    assert_eq!(
        scheduled_title(&bot, 1, "2027-03-29T08:00:00Z"),
        "Value for money: Sales, last week (2027-03-22 to 2027-03-28)"
    );
    // Monday 4 Jan 2027 00:30 in Auckland is still Sunday 3 Jan in UTC: the zone's day
    // counts, and the week straddles the new year.
    assert_eq!(
        scheduled_title(&bot, 2, "2027-01-03T11:30:00Z"),
        "Value for money: the whole portfolio, last week (2026-12-28 to 2027-01-03)"
    );
    // 1 Jan 2027: the previous month and quarter, across the year boundary.
    assert_eq!(
        scheduled_title(&bot, 3, "2027-01-01T09:00:00Z"),
        "Value for money: the whole portfolio, last month (2026-12-01 to 2026-12-31)"
    );
    assert_eq!(
        scheduled_title(&bot, 4, "2027-01-01T09:00:00Z"),
        "Value for money: the whole portfolio, last quarter (2026-10-01 to 2026-12-31)"
    );
    // 1 Nov 2026 09:00 GMT, the Sunday after the clocks went back: October.
    assert_eq!(
        scheduled_title(&bot, 3, "2026-11-01T09:00:00Z"),
        "Value for money: the whole portfolio, last month (2026-10-01 to 2026-10-31)"
    );
}

#[tokio::test]
async fn an_on_demand_digest_says_it_is_so_far_and_last_periods_can_be_asked_for() {
    let bot = Bot::new(); // Friday 27 Nov 2026
    bot.seed().await;
    let out = bot.ok("digest Sales").await;
    assert!(
        out.starts_with("Value for money: Sales, week to date (2026-11-23 to 2026-11-27)"),
        "{out}"
    );
    let out = bot.ok("digest Sales last-week").await;
    assert!(
        out.starts_with("Value for money: Sales, last week (2026-11-16 to 2026-11-22)"),
        "{out}"
    );
    let out = bot.ok("digest last-quarter").await;
    assert!(
        out.starts_with(
            "Value for money: the whole portfolio, last quarter (2026-07-01 to 2026-09-30)"
        ),
        "{out}"
    );
    let out = bot.ok("digest this-month").await;
    assert!(
        out.contains("month to date (2026-11-01 to 2026-11-27)"),
        "{out}"
    );
    let j = digest::to_json(&digest_of(&bot, "last-month", "2026-11-27"));
    assert_eq!(j["period_name"], "last month");
    assert_eq!(j["period"]["start"], "2026-10-01");
}

#[tokio::test]
async fn measures_are_worked_out_on_the_approved_amount_when_there_is_one() {
    let bot = Bot::new();
    bot.seed().await; // INV-1 CRM replacement: £250k, no decision yet
    bot.ok("invest \"Laptop refresh\" unit:Sales cost:£300k benefit:£150k/yr years:3 start:2026-01-01 category:run").await;
    bot.ok("invest \"Old idea\" unit:Sales cost:£100k benefit:£50k/yr years:3 start:2026-01-01 category:grow").await;
    bot.ok("decide INV-2 approve £270k on:2026-01-05").await;
    bot.ok("decide INV-3 reject on:2026-01-05").await;
    let dg = digest_of(&bot, "week", "2026-11-27");
    let line = |id: &str| dg.investments.iter().find(|l| l.id == id).unwrap();
    let laptops = line("INV-2");
    assert_eq!(laptops.cost_basis, "approved");
    assert_eq!(laptops.cost_minor, 30_000_000, "the estimate is kept");
    assert_eq!(laptops.approved_minor, 27_000_000);
    assert_eq!(laptops.cost_variance, Some(-0.1));
    let m = measures::measures(27_000_000i64, 0, 15_000_000, 3, measures::Rate(35_000));
    assert_eq!(laptops.npv_minor, m.npv);
    assert_eq!(laptops.bcr, m.bcr);
    assert_eq!(laptops.roi, m.roi);
    // £270k / £150k a year = 1.8 years (on the estimate it would be 2.0).
    assert_eq!(laptops.payback_years, Some(1.8));
    // Nothing committed: the estimate is the basis and nothing counts as approved.
    for id in ["INV-1", "INV-3"] {
        assert_eq!(line(id).cost_basis, "estimate", "{id}");
        assert_eq!(line(id).approved_minor, 0, "{id}");
        assert_eq!(line(id).cost_variance, None, "{id}");
    }
    assert_eq!(dg.headline.approved_minor, 27_000_000);
    let text = render_plain(&digest::to_reply(&dg));
    assert!(text.contains("on the approved £270,000"), "{text}");
    let j = digest::to_json(&dg);
    assert_eq!(j["investments"][1]["cost_basis"], "approved");
    assert_eq!(j["investments"][0]["cost_basis"], "estimate");
}

#[tokio::test]
async fn every_change_in_the_headline_compares_like_with_like() {
    let bot = Bot::new();
    bot.clock.set(at("2026-01-02T09:00:00Z"));
    bot.ok("unit add Sales").await;
    // £365k a year from 1 Jan 2026: the forecast grows £1,000 a day.
    bot.ok("invest Portal unit:Sales cost:£100k benefit:£365k/yr years:3 start:2026-01-01 category:grow").await;
    bot.ok("decide INV-1 approve on:2026-01-02").await;
    bot.clock.set(at("2026-11-27T09:00:00Z"));
    bot.ok("benefit INV-1 £2k on 2026-11-24").await;
    let text = bot.ok("digest").await;
    // As of Fri 27 Nov: 330 days in; at the end of last week (Sun 22 Nov): 325.
    let forecast = text
        .lines()
        .find(|l| l.starts_with("Forecast to date"))
        .unwrap_or_else(|| panic!("no forecast line:\n{text}"));
    assert!(forecast.ends_with("£330,000 (up £5,000)"), "{forecast}");
    let realised = text
        .lines()
        .find(|l| l.starts_with("Realised to date"))
        .unwrap();
    assert!(realised.ends_with("£2,000 (up £2,000)"), "{realised}");
}

#[tokio::test]
async fn money_without_a_rate_is_named_at_the_top() {
    let bot = Bot::new(); // no [fx] rates
    bot.ok("unit add Sales").await;
    bot.ok("invest \"US CRM\" unit:Sales cost:$500k benefit:$200k/yr years:3 start:2026-01-01 category:grow").await;
    bot.ok("decide INV-1 approve on:2026-01-02").await;
    let text = bot.ok("digest").await;
    let note = "Not in these totals: $500,000 across 1 investment (no USD rate; set fx.USD).";
    let at = text.find(note).unwrap_or_else(|| panic!("{text}"));
    assert!(
        at < text.find("1. Headline").unwrap(),
        "at the top:\n{text}"
    );
    let j = digest::to_json(&digest_of(&bot, "week", "2026-11-27"));
    assert_eq!(j["left_out"][0]["currency"], "USD");
    assert_eq!(j["left_out"][0]["amount_minor"], 50_000_000);
    assert_eq!(j["left_out"][0]["investments"], 1);
    assert_eq!(j["headline"]["active"], 0);
}

#[tokio::test]
async fn run_grow_and_transform_follow_the_category() {
    let bot = Bot::new();
    bot.ok("unit add Sales").await;
    bot.ok("service Email unit:Sales cost:£10k/yr users:10")
        .await;
    bot.ok("invest Servers unit:Sales cost:£30k run:£5k/yr benefit:£40k/yr years:3 start:2026-01-01 category:run").await;
    bot.ok(
        "invest Shop unit:Sales cost:£60k benefit:£90k/yr years:3 start:2026-01-01 category:grow",
    )
    .await;
    bot.ok("invest Platform unit:Sales cost:£80k run:£12k/yr benefit:£200k/yr years:3 start:2025-01-01 category:transform").await;
    for n in 1..=3 {
        bot.ok(&format!("decide INV-{n} approve on:2026-01-02"))
            .await;
    }
    let rc = digest_of(&bot, "week", "2026-11-27").run_change;
    // Run: Email £10k + Servers £30k + £5k; grow: Shop £60k; transform: Platform's
    // running cost £12k (it started last year). £117k in all.
    assert_eq!(rc.run_minor, 4_500_000);
    assert_eq!(rc.grow_minor, 6_000_000);
    assert_eq!(rc.transform_minor, 1_200_000);
    assert_eq!(rc.change_minor, 7_200_000);
    assert_eq!(rc.run_share, Some(45.0 / 117.0));
    assert_eq!(rc.grow_share, Some(60.0 / 117.0));
    assert_eq!(rc.transform_share, Some(12.0 / 117.0));
    let text = bot.ok("digest").await;
    for want in [
        "£45,000 (38%)",
        "£60,000 (51%)",
        "£12,000 (10%)",
        "£72,000 (62%)",
    ] {
        assert!(text.contains(want), "{want}:\n{text}");
    }
}

#[tokio::test]
async fn a_digest_as_of_a_past_date_counts_nothing_dated_after_it() {
    let bot = Bot::new(); // today: 27 Nov 2026
    bot.ok("unit add Sales").await;
    bot.ok(
        "invest CRM unit:Sales cost:£100k benefit:£50k/yr years:3 start:2026-01-01 category:grow",
    )
    .await;
    bot.ok("decide INV-1 approve £90k on:2026-03-01").await;
    bot.ok("benefit INV-1 £5k on 2026-03-10").await;
    // Logged and dated today.
    bot.ok("decide INV-1 rescope £120k").await;
    bot.ok("benefit INV-1 £7k").await;
    // An audit of the year as it stood at the end of March: the year's period runs past
    // the as-of date, but nothing dated after it counts.
    let then = digest_of(&bot, "year", "2026-03-31");
    let ids: Vec<&str> = then.decisions.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(ids, ["DEC-1"], "today's rescope was not taken yet");
    let crm = &then.investments[0];
    assert_eq!(crm.approved_minor, 9_000_000);
    assert_eq!(crm.realised_to_date_minor, 500_000);
    assert_eq!(then.headline.approved_minor, 9_000_000);
    let text = render_plain(&digest::to_reply(&then));
    assert!(!text.contains("DEC-2"), "{text}");
    // As of today, the same year shows both.
    let now = digest_of(&bot, "year", "2026-11-27");
    assert_eq!(now.decisions.len(), 2);
    assert_eq!(now.investments[0].approved_minor, 12_000_000);
    assert_eq!(now.investments[0].realised_to_date_minor, 1_200_000);
}

#[tokio::test]
async fn payback_and_roi_are_in_the_text_and_decisions_sort_by_number() {
    let bot = Bot::new();
    bot.seed().await; // CRM: C £250k, R £20k, B £400k, 3 years
    for _ in 0..10 {
        bot.ok("decide INV-1 continue on:2026-11-24").await;
    }
    let dg = digest_of(&bot, "week", "2026-11-27");
    let ids: Vec<&str> = dg.decisions.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "DEC-1", "DEC-2", "DEC-3", "DEC-4", "DEC-5", "DEC-6", "DEC-7", "DEC-8", "DEC-9",
            "DEC-10"
        ]
    );
    let text = render_plain(&digest::to_reply(&dg));
    let header = text.lines().find(|l| l.contains("BCR")).unwrap();
    assert!(
        header.contains("ROI") && header.contains("Payback"),
        "{header}"
    );
    // ROI (1,200,000 − 310,000) / 310,000 = 287%; payback 250,000 / 380,000 = 0.7 years.
    let row = text
        .lines()
        .find(|l| l.contains("INV-1") && l.contains("287%"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(row.contains("0.7 yrs"), "{row}");
    let md = valuebridge_chat::render_markdown(&digest::to_reply(&dg));
    assert!(md.contains("287%") && md.contains("0.7 yrs"), "{md}");
}
