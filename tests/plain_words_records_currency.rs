//! Several records in one plain-words message: each bare amount is in the currency of the
//! investment its own record is about.

mod support;

use support::Bot;
use valuebridge::config::Config;

#[tokio::test]
async fn the_second_records_bare_amount_takes_its_investments_currency() {
    let mut config = Config::default();
    config.fx.insert("USD".into(), "0.79".into());
    let bot = Bot::with_config(config);
    bot.ok("unit add Sales").await;
    bot.ok("invest \"CRM replacement\" unit:Sales cost:£250k benefit:£80k/yr years:3 start:2026-01-01 category:grow").await;
    bot.ok("invest \"Chatbot pilot\" unit:Sales cost:$100k benefit:$50k/yr years:3 start:2026-01-01 category:grow").await;
    let out = bot
        .line(
            "alice",
            "approved the CRM replacement at £250k; also the chatbot pilot delivered 30k of benefit last month",
        )
        .await;
    assert!(out.contains("£250,000"), "{out}");
    let out = bot.line("alice", "yes").await;
    assert!(out.contains("$30,000"), "{out}");
    assert!(!out.contains("£30,000"), "{out}");
}

#[tokio::test]
async fn a_record_after_one_about_a_dollar_investment_keeps_its_own_currency() {
    let mut config = Config::default();
    config.fx.insert("USD".into(), "0.79".into());
    let bot = Bot::with_config(config);
    bot.ok("unit add Sales").await;
    bot.ok("invest \"CRM replacement\" unit:Sales cost:£250k benefit:£80k/yr years:3 start:2026-01-01 category:grow").await;
    bot.ok("invest \"Chatbot pilot\" unit:Sales cost:$100k benefit:$50k/yr years:3 start:2026-01-01 category:grow").await;
    let out = bot
        .line(
            "alice",
            "approved the chatbot pilot at 120k; also the CRM replacement delivered 30k of benefit last month",
        )
        .await;
    assert!(out.contains("$120,000"), "{out}");
    let out = bot.line("alice", "yes").await;
    assert!(out.contains("£30,000"), "{out}");
    assert!(!out.contains("$30,000"), "{out}");
}
