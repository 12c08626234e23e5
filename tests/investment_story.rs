//! Every investment tells its story: `show INV-n` on one screen, a RAG rating by the
//! README's rule (reds first in the digest), `history INV-n` with its decisions' and
//! benefits' events, and `show DEC-n` saying what superseded it.

mod support;

use chrono::{DateTime, Utc};
use support::Bot;
use valuebridge::config::Config;
use valuebridge::digest::{self, Period};
use valuebridge::ids::TenantId;
use valuebridge_chat::render_plain;

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

/// The line of a fields block that starts with `key`.
fn field<'a>(text: &'a str, key: &str) -> &'a str {
    text.lines()
        .find(|l| l.starts_with(key))
        .unwrap_or_else(|| panic!("no {key}:\n{text}"))
}

#[tokio::test]
async fn show_tells_the_investments_value_story_on_one_screen() {
    let bot = Bot::new(); // 27 Nov 2026
    bot.ok("unit add Sales").await;
    // £365k a year from 1 Jan 2026: £1,000 a day; 330 days in on 27 Nov.
    bot.ok("invest \"Laptop refresh\" unit:Sales cost:£300k benefit:£365k/yr years:3 start:2026-01-01 category:run").await;
    bot.ok("decide INV-1 approve £270k because old fleet by:board on:2026-01-05 review:2027-01-05")
        .await;
    bot.ok("benefit INV-1 £100k on 2026-04-30 evidence: helpdesk tickets down")
        .await;
    bot.ok("benefit INV-1 £98k on 2026-09-30").await;
    let out = bot.ok("show INV-1").await;
    // What was estimated.
    assert!(out.contains("£300,000"), "{out}");
    // Each decision: verdict, amount, who, when, review, why.
    let dec = out
        .lines()
        .find(|l| l.starts_with("DEC-1"))
        .unwrap_or_else(|| panic!("{out}"));
    for part in [
        "approve",
        "£270,000",
        "board",
        "2026-01-05",
        "2027-01-05",
        "old fleet",
    ] {
        assert!(dec.contains(part), "{part}: {dec}");
    }
    // Each realised benefit: date, amount, evidence.
    let ben = out
        .lines()
        .find(|l| l.starts_with("BEN-1"))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(
        ben.contains("2026-04-30")
            && ben.contains("£100,000")
            && ben.contains("helpdesk tickets down"),
        "{ben}"
    );
    assert!(out.contains("BEN-2"), "{out}");
    // Where it stands: £198k of £330k = 60%, on the approved amount.
    assert!(
        field(&out, "Realised to date").ends_with("£198,000 of £330,000 forecast (60%)"),
        "{out}"
    );
    assert!(
        field(&out, "NPV").ends_with("on the approved £270,000"),
        "{out}"
    );
    for key in ["BCR", "ROI", "Payback"] {
        field(&out, key);
    }
    // £270k / £365k a year.
    assert!(field(&out, "Payback").ends_with("0.7 years"), "{out}");
    assert!(
        field(&out, "RAG").contains("red: realised 60% of forecast 330 days in"),
        "{out}"
    );
    assert!(
        out.contains("Estimated at £300,000; approved at £270,000 (-10%)."),
        "{out}"
    );
}

#[tokio::test]
async fn rag_follows_the_rule_and_the_digest_lists_reds_first() {
    let bot = Bot::new();
    bot.ok("unit add Sales").await;
    // Each £365k a year from 1 Jan 2026 (330 days in: £330k forecast).
    for (name, realised) in [("Green", "£330k"), ("Amber", "£300k"), ("Red", "£100k")] {
        bot.ok(&format!("invest {name} unit:Sales cost:£10k benefit:£365k/yr years:3 start:2026-01-01 category:grow")).await;
        bot.ok(&format!("decide {name} approve on:2026-01-02"))
            .await;
        bot.ok(&format!("benefit {name} {realised} on 2026-11-01"))
            .await;
    }
    // On track, but its review passed with no decision since.
    bot.ok("invest Overdue unit:Sales cost:£10k benefit:£365k/yr years:3 start:2026-01-01 category:grow").await;
    bot.ok("decide Overdue approve on:2026-01-02 review:2026-11-01")
        .await;
    bot.ok("benefit Overdue £330k on 2026-11-01").await;
    bot.ok(
        "invest Idea unit:Sales cost:£10k benefit:£365k/yr years:3 start:2026-01-01 category:grow",
    )
    .await;
    let dg = bot
        .service
        .digest_value(
            &TenantId::local(),
            None,
            Period::parse("week", "2026-11-27".parse().unwrap()).unwrap(),
            "2026-11-27".parse().unwrap(),
        )
        .unwrap();
    let rags: Vec<(&str, &str)> = dg
        .investments
        .iter()
        .map(|l| (l.name.as_str(), l.rag.as_str()))
        .collect();
    assert_eq!(
        rags,
        [
            ("Green", "green"),
            ("Amber", "amber"),
            ("Red", "red"),
            ("Overdue", "red"),
            ("Idea", "grey")
        ]
    );
    let out = bot.ok("show INV-4").await;
    assert!(
        field(&out, "RAG").contains("red: review date 2026-11-01 passed with no decision since"),
        "{out}"
    );
    let j = digest::to_json(&dg);
    assert_eq!(j["investments"][2]["rag"], "red");
    let text = render_plain(&digest::to_reply(&dg));
    let order: Vec<usize> = ["INV-3", "INV-4", "INV-2", "INV-1"]
        .iter()
        .map(|id| {
            text.lines()
                .position(|l| l.contains(id) && l.contains("£10,000"))
                .unwrap_or_else(|| panic!("{id}:\n{text}"))
        })
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "reds first:\n{text}");

    // The amber margin is configurable: with none, near is not amber.
    let mut config = Config::default();
    config.digest.rag_amber_margin = 0.0;
    let strict = Bot::on_store(bot.store.clone(), config);
    let dg = strict
        .service
        .digest_value(
            &TenantId::local(),
            None,
            Period::parse("week", "2026-11-27".parse().unwrap()).unwrap(),
            "2026-11-27".parse().unwrap(),
        )
        .unwrap();
    assert_eq!(dg.investments[1].rag, "green");
}

#[tokio::test]
async fn history_of_an_investment_includes_its_decisions_and_benefits_in_order() {
    let bot = Bot::new();
    bot.clock.set(at("2026-11-20T09:00:00Z"));
    bot.seed().await;
    bot.clock.set(at("2026-11-21T09:00:00Z"));
    bot.ok("decide INV-1 approve £240k").await;
    bot.clock.set(at("2026-11-22T09:00:00Z"));
    bot.ok("benefit INV-1 £5k").await;
    bot.clock.set(at("2026-11-23T09:00:00Z"));
    bot.ok("retract BEN-1 because typo").await;
    bot.ok("amend INV-1 sponsor:Dana because new sponsor").await;
    let out = bot.ok("history INV-1").await;
    let rows: Vec<&str> = out.lines().filter(|l| l.starts_with("2026-")).collect();
    let records: Vec<&str> = rows
        .iter()
        .map(|r| r.split_whitespace().nth(2).unwrap())
        .collect();
    assert_eq!(
        records,
        ["INV-1", "DEC-1", "BEN-1", "BEN-1", "INV-1"],
        "{out}"
    );
    assert!(rows[3].contains("retracted because typo"), "{out}");
}

#[tokio::test]
async fn show_of_a_superseded_decision_says_by_which() {
    let bot = Bot::new();
    bot.seed().await;
    bot.ok("decide INV-1 approve £240k on:2026-01-05").await;
    bot.ok("decide INV-1 rescope £200k on:2026-06-01").await;
    let out = bot.ok("show DEC-1").await;
    assert!(field(&out, "Superseded by").ends_with("DEC-2"), "{out}");
    let out = bot.ok("show DEC-2").await;
    assert!(!out.contains("Superseded by"), "{out}");
}
