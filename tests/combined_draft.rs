//! A plain-words draft that creates several records (an investment and its decision) is
//! stored all at once or not at all, and who may confirm it is checked before anything is
//! written.

mod support;

use support::Bot;
use valuebridge::config::Config;
use valuebridge::ids::{Kind, TenantId};
use valuebridge_chat::{render_plain, Actor, Invocation, Role};

const DRAFT: &str =
    "we approved £250k for the CRM replacement in Sales, expecting about £400k a year over 3 years";

async fn say(bot: &Bot, user: &str, role: Option<Role>, text: &str) -> String {
    let inv = Invocation {
        tenant: "local".into(),
        channel: "C1".into(),
        actor: Actor {
            user_id: user.into(),
            display_name: user.into(),
            role,
        },
        text: text.into(),
        is_command: false,
    };
    render_plain(&bot.service.handle(&inv).await)
}

fn count(bot: &Bot, kind: Kind) -> usize {
    bot.store.live(&TenantId::local(), kind).unwrap().len()
}

async fn bot_with_deciders() -> Bot {
    let mut config = Config::default();
    config.roles.deciders = vec!["dora".into()];
    let bot = Bot::with_config(config);
    bot.ok("unit add Sales").await;
    bot
}

/// Starts the draft, whose category ("transform") the reader infers from "replacement", so
/// the card comes straight away; returns the card.
async fn draft_until_card(bot: &Bot, user: &str) -> String {
    let card = say(bot, user, None, DRAFT).await;
    assert!(card.contains("Category        transform"), "{card}");
    card
}

#[tokio::test]
async fn a_member_confirming_an_investment_with_its_decision_stores_nothing() {
    let bot = bot_with_deciders().await;
    let card = draft_until_card(&bot, "mel").await;
    let out = say(&bot, "mel", None, "yes").await;
    assert!(
        out.contains("only deciders log or change decisions"),
        "card: {card}\nreply: {out}"
    );
    assert_eq!(
        count(&bot, Kind::Investment),
        0,
        "no INV-1 without its decision: {out}"
    );
    assert_eq!(count(&bot, Kind::Decision), 0);
    assert!(
        bot.ok("list investments").await.contains("no investments"),
        "nothing half-written is listed"
    );
}

#[tokio::test]
async fn a_decider_confirming_it_stores_both_records() {
    let bot = bot_with_deciders().await;
    let card = draft_until_card(&bot, "dora").await;
    let out = say(&bot, "dora", None, "yes").await;
    assert!(
        out.contains("INV-1") && out.contains("DEC-1"),
        "card: {card}\nreply: {out}"
    );
    assert_eq!(count(&bot, Kind::Investment), 1);
    assert_eq!(count(&bot, Kind::Decision), 1);
}
