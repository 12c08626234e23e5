//! The Discord adapter end to end over its gateway: the real serenity client connects to a
//! loopback fake of Discord (gateway websocket + REST under /api/v10). Nothing reaches
//! Discord.

#[path = "support/discord_fake/mod.rs"]
mod discord_fake;
mod support;

use chrono::{TimeZone, Utc};
use discord_fake::{FakeDiscord, APP_ID, BOT_USER, CHANNEL, GUILD};
use serde_json::{json, Value};
use std::net::SocketAddr;
use std::sync::Arc;
use valuebridge::clock::ManualClock;
use valuebridge::config::Config;
use valuebridge::ids::{Kind, TenantId};
use valuebridge::store::Store;

struct Bot {
    addr: SocketAddr,
    store: Store,
    fake: Arc<FakeDiscord>,
    _stop: tokio::sync::oneshot::Sender<()>,
    done: tokio::task::JoinHandle<anyhow::Result<()>>,
}

async fn start_bot(fake_addr: SocketAddr, fake: Arc<FakeDiscord>, store: Store, home: bool) -> Bot {
    let env: std::collections::BTreeMap<String, String> = [
        (
            "DISCORD_TOKEN".to_string(),
            "discord-test-token".to_string(),
        ),
        ("DISCORD_GUILD_ID".to_string(), GUILD.to_string()),
    ]
    .into();
    // DISCORD_GUILD_ID reaches the configuration the way `valuebridge run` loads it.
    let mut config = Config::load(None, env.clone()).unwrap();
    config.server.bind = "127.0.0.1:0".into();
    config.discord.api_url = format!("http://{fake_addr}");
    if home {
        config.discord.home_guild = GUILD.into();
    }
    let clock = Arc::new(ManualClock::new(
        Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap(),
    ));
    let service =
        valuebridge::service::Service::new(store.clone(), Arc::new(config), clock).unwrap();
    let registrations = fake.calls_to("PUT", "/commands").len();
    let running = support::run_bot(service, &env).await.unwrap();
    fake.wait_for("the /value command to be registered", |f| {
        f.calls_to("PUT", "/commands").len() > registrations
    })
    .await;
    Bot {
        addr: running.addr,
        store,
        fake,
        _stop: running.stop,
        done: running.run,
    }
}

async fn started() -> Bot {
    let (addr, fake) = discord_fake::start().await;
    start_bot(addr, fake, Store::temporary().unwrap(), false).await
}

fn tenant() -> TenantId {
    format!("discord:{GUILD}").parse().unwrap()
}

/// Dispatches an interaction and waits for the bot's callback to it.
async fn interact(bot: &Bot, interaction: Value) -> Value {
    let id = interaction["id"].as_str().unwrap().to_string();
    bot.fake.dispatch("INTERACTION_CREATE", interaction);
    let path = format!("/interactions/{id}/callback");
    bot.fake
        .wait_for("the interaction callback", |f| {
            !f.calls_to("POST", &path).is_empty()
        })
        .await;
    bot.fake.calls_to("POST", &path)[0].body.clone()
}

fn all_text(v: &Value) -> String {
    v.to_string()
}

async fn setup_crm(bot: &Bot) {
    let a = interact(
        bot,
        discord_fake::slash("100", "2001", "unit", &[("name", "Sales")]),
    )
    .await;
    assert!(all_text(&a).contains("UNIT-1"), "{a}");
    let b = interact(
        bot,
        discord_fake::slash(
            "101",
            "2001",
            "invest",
            &[
                ("name", "CRM replacement"),
                ("unit", "Sales"),
                ("cost", "£250k"),
                ("benefit", "£400k"),
                ("years", "3"),
                ("category", "transform"),
                ("start", "2026-01-01"),
            ],
        ),
    )
    .await;
    assert!(all_text(&b).contains("INV-1"), "{b}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slash_command_logs_a_decision_and_the_callback_confirms_it() {
    let bot = started().await;
    let puts = bot.fake.calls_to("PUT", "/commands");
    assert_eq!(puts.len(), 1, "registered once");
    let ready = reqwest::get(format!("http://{}/readyz", bot.addr))
        .await
        .unwrap();
    assert_eq!(ready.status(), 200, "ready once the gateway said READY");
    assert_eq!(
        puts[0].path,
        format!("/applications/{APP_ID}/guilds/{GUILD}/commands"),
        "guild-scoped because DISCORD_GUILD_ID is set"
    );
    let value = &puts[0].body[0];
    assert_eq!(value["name"], "value");
    let subs: Vec<&str> = value["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap())
        .collect();
    for s in [
        "note",
        "decide",
        "invest",
        "benefit",
        "digest",
        "subscriptions",
        "connect",
        "undo",
        "help",
    ] {
        assert!(subs.contains(&s), "{s} missing from {subs:?}");
    }

    setup_crm(&bot).await;
    let reply = interact(
        &bot,
        discord_fake::slash(
            "102",
            "2001",
            "decide",
            &[
                ("investment", "INV-1"),
                ("verdict", "approve"),
                ("amount", "£250k"),
                ("because", "churn costs more than the licence"),
            ],
        ),
    )
    .await;
    assert_eq!(reply["type"], 4, "an immediate message: {reply}");
    assert!(all_text(&reply).contains("DEC-1"), "{reply}");
    assert_eq!(
        reply["data"]["flags"].as_u64().unwrap_or(0) & 64,
        0,
        "a logged record is announced to the channel"
    );
    let decisions = bot.store.live(&tenant(), Kind::Decision).unwrap();
    assert_eq!(decisions.len(), 1);
    let shown = serde_json::to_string(&decisions[0]).unwrap();
    assert!(shown.contains("churn costs more"), "{shown}");

    // A mistake is explained only to the caller, and stores nothing.
    let err = interact(
        &bot,
        discord_fake::slash(
            "103",
            "2001",
            "decide",
            &[("investment", "INV-9"), ("verdict", "approve")],
        ),
    )
    .await;
    assert_eq!(err["data"]["flags"].as_u64().unwrap() & 64, 64, "{err}");
    assert!(all_text(&err).contains("INV-9"), "{err}");
    assert_eq!(bot.store.live(&tenant(), Kind::Decision).unwrap().len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redelivered_interaction_is_handled_once() {
    let bot = started().await;
    interact(
        &bot,
        discord_fake::slash("200", "2001", "unit", &[("name", "Pearls")]),
    )
    .await;
    let note = discord_fake::slash(
        "201",
        "2001",
        "note",
        &[("unit", "Pearls"), ("text", "Met the COO")],
    );
    interact(&bot, note.clone()).await;
    bot.fake.dispatch("INTERACTION_CREATE", note);
    // Serenity runs handlers concurrently, so wait for a later interaction and then check;
    // tests/discord_http.rs shows the same over HTTP, where the order is certain.
    interact(&bot, discord_fake::slash("202", "2001", "units", &[])).await;
    assert_eq!(
        bot.fake
            .calls_to("POST", "/interactions/201/callback")
            .len(),
        1
    );
    assert_eq!(bot.store.live(&tenant(), Kind::Note).unwrap().len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn autocomplete_offers_matching_units_and_investments() {
    let bot = started().await;
    for (id, name) in [("300", "Sales"), ("301", "Salvage"), ("302", "Finance")] {
        interact(
            &bot,
            discord_fake::slash(id, "2001", "unit", &[("name", name)]),
        )
        .await;
    }
    let typing = discord_fake::interaction(
        4,
        "303",
        "2001",
        json!({"type": 1, "name": "value", "id": "771825006014889984",
               "options": [{"type": 1, "name": "note", "options": [
                   {"type": 3, "name": "unit", "value": "sa", "focused": true}]}]}),
    );
    let answer = interact(&bot, typing).await;
    assert_eq!(answer["type"], 8, "{answer}");
    let names: Vec<&str> = answer["data"]["choices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Sales", "Salvage"]);

    setup_crm(&bot).await;
    let typing = discord_fake::interaction(
        4,
        "304",
        "2001",
        json!({"type": 1, "name": "value", "id": "771825006014889984",
               "options": [{"type": 1, "name": "decide", "options": [
                   {"type": 3, "name": "investment", "value": "crm", "focused": true}]}]}),
    );
    let answer = interact(&bot, typing).await;
    assert_eq!(answer["data"]["choices"][0]["value"], "INV-1", "{answer}");
    assert_eq!(
        answer["data"]["choices"][0]["name"],
        "INV-1 · CRM replacement"
    );
}

fn mention(id: &str, author: &str, text: &str) -> Value {
    let mut m = discord_fake::message(id, CHANNEL, author, &format!("<@{BOT_USER}> {text}"));
    m["guild_id"] = json!(GUILD);
    m["mentions"] = json!([{"id": BOT_USER, "username": "testbot", "discriminator": "0", "avatar": null, "bot": true}]);
    m
}

fn button_press(id: &str, user: &str, custom_id: &str) -> Value {
    let mut i = discord_fake::interaction(
        3,
        id,
        user,
        json!({"custom_id": custom_id, "component_type": 2}),
    );
    i["message"] = discord_fake::message("900", CHANNEL, BOT_USER, "");
    i
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mention_drafts_a_card_and_confirm_stores_it_and_edits_the_message() {
    let bot = started().await;
    setup_crm(&bot).await;
    bot.fake.dispatch(
        "MESSAGE_CREATE",
        mention("800", "2001", "we approved £250k for the CRM replacement"),
    );
    let path = format!("/channels/{CHANNEL}/messages");
    bot.fake
        .wait_for("the draft card", |f| !f.calls_to("POST", &path).is_empty())
        .await;
    let card = bot.fake.calls_to("POST", &path)[0].body.clone();
    assert!(!card["embeds"].as_array().unwrap().is_empty(), "{card}");
    let buttons = card["components"][0]["components"]
        .as_array()
        .unwrap()
        .clone();
    let labels: Vec<&str> = buttons
        .iter()
        .map(|b| b["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["Confirm", "Edit", "Cancel"], "{card}");
    let confirm = buttons[0]["custom_id"].as_str().unwrap().to_string();
    assert!(confirm.starts_with("confirm draft "), "{confirm}");

    // Someone else's press: an explanation only they see; nothing stored.
    let other = interact(&bot, button_press("801", "2999", &confirm)).await;
    assert_eq!(other["type"], 4, "{other}");
    assert_eq!(other["data"]["flags"].as_u64().unwrap() & 64, 64);
    assert!(all_text(&other).contains("is not yours"), "{other}");
    assert!(bot
        .store
        .live(&tenant(), Kind::Decision)
        .unwrap()
        .is_empty());

    // The author's press: stored, and the card is edited in place to show the id.
    let mine = interact(&bot, button_press("802", "2001", &confirm)).await;
    assert_eq!(mine["type"], 7, "the message is updated in place: {mine}");
    assert!(all_text(&mine).contains("DEC-1"), "{mine}");
    assert_eq!(
        mine["data"]["components"],
        json!([]),
        "no buttons left: {mine}"
    );
    assert_eq!(bot.store.live(&tenant(), Kind::Decision).unwrap().len(), 1);

    // A stale press of the same button changes nothing.
    let stale = interact(&bot, button_press("803", "2001", &confirm)).await;
    assert_eq!(stale["data"]["flags"].as_u64().unwrap() & 64, 64, "{stale}");
    assert_eq!(bot.store.live(&tenant(), Kind::Decision).unwrap().len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_direct_message_without_a_home_server_is_explained() {
    let bot = started().await;
    let dm = discord_fake::message("850", "555", "2001", "we met Sales today");
    bot.fake.dispatch("MESSAGE_CREATE", dm);
    bot.fake
        .wait_for("the explanation", |f| {
            !f.calls_to("POST", "/channels/555/messages").is_empty()
        })
        .await;
    let answer = bot.fake.calls_to("POST", "/channels/555/messages")[0]
        .body
        .clone();
    assert!(all_text(&answer).contains("discord.home_guild"), "{answer}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registration_on_restart_replaces_the_command_rather_than_adding_one() {
    let (addr, fake) = discord_fake::start().await;
    let store = Store::temporary().unwrap();
    let first = start_bot(addr, fake.clone(), store.clone(), false).await;
    drop(first._stop);
    first.done.await.unwrap().unwrap();
    let second = start_bot(addr, fake.clone(), store, false).await;
    assert_eq!(
        second.fake.calls_to("PUT", "/commands").len(),
        2,
        "once per start"
    );
    let names: Vec<String> = fake
        .commands
        .lock()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        names,
        ["value", "Log with valuebridge"],
        "a bulk overwrite: still one /value command and one message command"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_direct_message_belongs_to_the_home_server() {
    let (addr, fake) = discord_fake::start().await;
    let bot = start_bot(addr, fake, Store::temporary().unwrap(), true).await;
    interact(
        &bot,
        discord_fake::slash("860", "2001", "unit", &[("name", "Sales")]),
    )
    .await;
    let dm = discord_fake::message("861", "556", "2001", "list units");
    bot.fake.dispatch("MESSAGE_CREATE", dm);
    bot.fake
        .wait_for("the answer", |f| {
            !f.calls_to("POST", "/channels/556/messages").is_empty()
        })
        .await;
    let answer = bot.fake.calls_to("POST", "/channels/556/messages")[0]
        .body
        .clone();
    assert!(all_text(&answer).contains("Sales"), "{answer}");
}
