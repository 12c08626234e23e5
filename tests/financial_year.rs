//! The tenant's financial year, set in the configuration, is what "next FY" and "the new
//! financial year" mean in plain words, in a draft's edits and in typed commands, and what
//! is stored.

mod support;

use chrono::NaiveDate;
use support::Bot;
use valuebridge::config::Config;
use valuebridge::domain::Record;
use valuebridge::ids::{Kind, TenantId};

/// A bot whose financial year starts in July, with one unit and one investment; today is
/// Friday 27 November 2026.
async fn july_bot() -> Bot {
    let mut config = Config::default();
    config.conversation.financial_year_starts = Some(chrono::Month::July);
    let bot = Bot::with_config(config);
    for line in [
        "unit add Sales",
        "invest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 category:transform start:2026-01-01",
    ] {
        bot.ok(line).await;
    }
    bot
}

fn reviews(bot: &Bot) -> Vec<Option<NaiveDate>> {
    bot.store
        .live(&TenantId::local(), Kind::Decision)
        .unwrap()
        .into_iter()
        .map(|s| match s.record {
            Record::Decision(d) => d.review,
            other => panic!("{other:?}"),
        })
        .collect()
}

fn july_2027() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2027, 7, 1)
}

#[tokio::test]
async fn next_fy_in_plain_words_is_the_configured_years_start_and_is_stored() {
    let bot = july_bot().await;
    let out = bot
        .line(
            "dora",
            "we've deferred the CRM replacement to next FY, no budget left",
        )
        .await;
    assert!(out.contains("2027-07-01"), "{out}");
    let out = bot.line("dora", "yes").await;
    assert!(out.contains("Logged decision"), "{out}");
    assert_eq!(reviews(&bot), vec![july_2027()]);
}

#[tokio::test]
async fn the_new_financial_year_in_a_drafts_edit_is_the_configured_one() {
    let bot = july_bot().await;
    let out = bot
        .line("dora", "we deferred the CRM replacement, no budget left")
        .await;
    assert!(out.contains("log this decision?"), "{out}");
    let out = bot.line("dora", "edit review the new financial year").await;
    assert!(out.contains("2027-07-01"), "{out}");
    let out = bot.line("dora", "yes").await;
    assert!(out.contains("Logged decision"), "{out}");
    assert_eq!(reviews(&bot), vec![july_2027()]);
}

#[tokio::test]
async fn next_fy_in_a_typed_command_is_the_configured_one() {
    let bot = july_bot().await;
    let out = bot
        .line(
            "dora",
            "decide \"CRM replacement\" defer because no budget review:next FY",
        )
        .await;
    assert!(out.contains("2027-07-01"), "{out}");
    assert_eq!(reviews(&bot), vec![july_2027()]);
}
