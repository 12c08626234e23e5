//! Money in another currency, as it is logged: a warning when the digest will leave it
//! out, a conversion at the configured rate (shown) or a refusal saying how to set one,
//! and plain-words amounts about an investment in that investment's currency.

mod support;

use support::Bot;
use valuebridge::config::Config;
use valuebridge::ids::{Kind, TenantId};

fn count(bot: &Bot, kind: Kind) -> usize {
    bot.store.live(&TenantId::local(), kind).unwrap().len()
}

fn with_usd_rate() -> Config {
    let mut c = Config::default();
    c.fx.insert("USD".into(), "0.79".into());
    c
}

#[tokio::test]
async fn an_amount_in_a_currency_without_a_rate_is_warned_about_at_once() {
    let bot = Bot::new(); // no [fx] rates
    bot.ok("unit add Sales").await;
    let out = bot.ok("invest \"US CRM\" unit:Sales cost:$500k benefit:$200k/yr years:3 start:2026-01-01 category:grow").await;
    assert!(
        out.contains("there is no exchange rate for USD, so digests leave INV-1 out of their GBP totals until you set `fx.USD`"),
        "{out}"
    );
    let out = bot.ok("service Tool unit:Sales cost:€10k/yr users:5").await;
    assert!(out.contains("no exchange rate for EUR"), "{out}");
    let out = bot.ok("service Mail unit:Sales cost:£10k/yr users:5").await;
    assert!(!out.contains("exchange rate"), "{out}");
}

#[tokio::test]
async fn a_benefit_in_another_currency_without_a_rate_is_refused_and_nothing_is_stored() {
    let bot = Bot::new();
    bot.seed().await; // INV-1 CRM replacement, in GBP
    let out = bot.fails("benefit INV-1 $1,000 on 2026-11-01").await;
    assert!(
        out.contains("is in GBP and $1,000 is in USD, and there is no exchange rate for USD")
            && out.contains("VALUEBRIDGE_FX__USD")
            && out.contains("Nothing was logged"),
        "{out}"
    );
    assert_eq!(count(&bot, Kind::Benefit), 0);
    let out = bot.fails("decide INV-1 approve $300k").await;
    assert!(out.contains("no exchange rate for USD"), "{out}");
    assert_eq!(count(&bot, Kind::Decision), 0);
}

#[tokio::test]
async fn with_a_rate_it_is_converted_and_the_reply_says_at_what() {
    let bot = Bot::with_config(with_usd_rate());
    bot.seed().await;
    bot.ok("decide INV-1 approve on:2026-01-02").await;
    let out = bot.ok("benefit INV-1 $1,000 on 2026-11-01").await;
    assert!(
        out.contains("$1,000 counts as £790 for CRM replacement (INV-1), at the configured rate (fx.USD = 0.79)."),
        "{out}"
    );
    let dg = bot
        .service
        .digest_value(
            &TenantId::local(),
            None,
            valuebridge::digest::Period::parse("week", "2026-11-27".parse().unwrap()).unwrap(),
            "2026-11-27".parse().unwrap(),
        )
        .unwrap();
    assert_eq!(dg.investments[0].realised_to_date_minor, 79_000);
}

#[tokio::test]
async fn a_bare_amount_in_plain_words_takes_the_investments_currency() {
    let bot = Bot::with_config(with_usd_rate());
    bot.ok("unit add Sales").await;
    bot.ok("invest \"Chatbot pilot\" unit:Sales cost:$100k benefit:$50k/yr years:3 start:2026-01-01 category:grow").await;
    let out = bot
        .line(
            "alice",
            "Chatbot pilot delivered half a million of benefit last month",
        )
        .await;
    assert!(out.contains("$500,000"), "{out}");
    assert!(!out.contains("£500,000"), "{out}");
    // A symbol still wins.
    let out = bot.line("alice", "no").await;
    assert!(out.contains("nothing was logged"), "{out}");
    let out = bot
        .line(
            "alice",
            "Chatbot pilot delivered £8,500 of benefit last month",
        )
        .await;
    assert!(out.contains("£8,500"), "{out}");
}

#[tokio::test]
async fn an_amended_amount_keeps_the_same_currency_rules_as_a_logged_one() {
    let bot = Bot::new(); // no [fx] rates
    bot.seed().await; // INV-1 CRM replacement, in GBP
    bot.ok("benefit INV-1 £1,000 on 2026-11-01").await;
    let out = bot
        .fails("amend BEN-1 amount:$1,000 because it was paid in dollars")
        .await;
    assert!(
        out.contains("is in GBP and $1,000 is in USD, and there is no exchange rate for USD")
            && out.contains("VALUEBRIDGE_FX__USD"),
        "{out}"
    );
    assert!(bot.ok("show BEN-1").await.contains("£1,000"));
    bot.ok("service Mail unit:Sales cost:£10k/yr users:5").await;
    let out = bot
        .ok("amend SVC-1 cost:€12k because the contract is in euros")
        .await;
    assert!(out.contains("no exchange rate for EUR"), "{out}");

    let bot = Bot::with_config(with_usd_rate());
    bot.seed().await;
    bot.ok("benefit INV-1 £1,000 on 2026-11-01").await;
    let out = bot
        .ok("amend BEN-1 amount:$1,000 because it was paid in dollars")
        .await;
    assert!(
        out.contains("$1,000 counts as £790 for CRM replacement (INV-1)"),
        "{out}"
    );
}
