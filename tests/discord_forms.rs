//! Forms on Discord end to end: the whole bot with both its gateway (against the loopback
//! fake of Discord) and its signed HTTP interactions endpoint. Each form opens as a modal
//! from its command typed with no options, submitting it stores what the typed command
//! stores, errors come back only to the person with a way to reopen the form, the long
//! invest form is paged, a draft's Edit button opens the form filled in, and the message
//! context menu turns a message into a draft only its user sees. Nothing reaches Discord.
//!
//! The modal JSON of each form is kept in `tests/fixtures/forms/discord/<command>.json`
//! (what Discord receives, to compare or paste into a bot of one's own); after changing a
//! form's declaration on purpose, regenerate them with `VALUEBRIDGE_UPDATE_FORMS=1 cargo
//! test --test discord_forms`.

mod fake_discord;
mod support;

use chrono::{DateTime, TimeZone, Utc};
use ed25519_dalek::{Signer, SigningKey};
use fake_discord::{FakeDiscord, CHANNEL, GUILD};
use serde_json::{json, Value};
use std::net::SocketAddr;
use std::sync::Arc;
use valuebridge::clock::ManualClock;
use valuebridge::config::Config;
use valuebridge::ids::{Kind, TenantId};
use valuebridge::store::Store;

const EPHEMERAL: u64 = 64;
const MENU: &str = "Log with valuebridge";

fn key() -> SigningKey {
    SigningKey::from_bytes(&[7u8; 32])
}

fn at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap()
}

struct Bot {
    addr: SocketAddr,
    store: Store,
    clock: ManualClock,
    fake: Arc<FakeDiscord>,
    _stop: tokio::sync::oneshot::Sender<()>,
}

/// The bot with both Discord paths on, connected to a fresh fake and its commands registered.
async fn started() -> Bot {
    let (fake_addr, fake) = fake_discord::start().await;
    let env: std::collections::BTreeMap<String, String> = [
        (
            "DISCORD_TOKEN".to_string(),
            "discord-test-token".to_string(),
        ),
        (
            "DISCORD_PUBLIC_KEY".to_string(),
            hex::encode(key().verifying_key().to_bytes()),
        ),
        ("DISCORD_GUILD_ID".to_string(), GUILD.to_string()),
    ]
    .into();
    let mut config = Config::load(None, env.clone()).unwrap();
    config.server.bind = "127.0.0.1:0".into();
    config.discord.api_url = format!("http://{fake_addr}");
    let store = Store::temporary().unwrap();
    let clock = ManualClock::new(at());
    let service = valuebridge::service::Service::new(
        store.clone(),
        Arc::new(config),
        Arc::new(clock.clone()),
    )
    .unwrap();
    let running = support::run_bot(service, &env).await.unwrap();
    fake.wait_for("the commands to be registered", |f| {
        !f.calls_to("PUT", "/commands").is_empty()
    })
    .await;
    Bot {
        addr: running.addr,
        store,
        clock,
        fake,
        _stop: running.stop,
    }
}

impl Bot {
    /// Over HTTP: the interaction signed as Discord signs it; the bot's answer.
    async fn signed(&self, interaction: &Value) -> Value {
        let body = interaction.to_string();
        let ts = valuebridge::clock::Clock::now(&self.clock)
            .timestamp()
            .to_string();
        let sig = hex::encode(key().sign(format!("{ts}{body}").as_bytes()).to_bytes());
        let res = reqwest::Client::new()
            .post(format!("http://{}/discord/interactions", self.addr))
            .header("content-type", "application/json")
            .header("x-signature-ed25519", sig)
            .header("x-signature-timestamp", ts)
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        res.json().await.unwrap()
    }

    /// Over the gateway: the interaction dispatched; the bot's callback to it.
    async fn gateway(&self, interaction: Value) -> Value {
        let id = interaction["id"].as_str().unwrap().to_string();
        self.fake.dispatch("INTERACTION_CREATE", interaction);
        let path = format!("/interactions/{id}/callback");
        self.fake
            .wait_for("the interaction callback", |f| {
                !f.calls_to("POST", &path).is_empty()
            })
            .await;
        self.fake.calls_to("POST", &path)[0].body.clone()
    }

    fn live(&self, kind: Kind) -> Vec<Value> {
        self.store
            .live(&tenant(), kind)
            .unwrap()
            .iter()
            .map(|s| serde_json::to_value(&s.record).unwrap())
            .collect()
    }
}

fn tenant() -> TenantId {
    format!("discord:{GUILD}").parse().unwrap()
}

fn flags(answer: &Value) -> u64 {
    answer["data"]["flags"].as_u64().unwrap_or(0)
}

fn text(answer: &Value) -> String {
    answer["data"].to_string()
}

/// A press of the button with `custom_id` on a message of the bot's.
fn press(id: &str, user: &str, custom_id: &str) -> Value {
    let mut i = fake_discord::interaction(
        3,
        id,
        user,
        json!({"custom_id": custom_id, "component_type": 2}),
    );
    i["message"] = fake_discord::message("900", CHANNEL, fake_discord::BOT_USER, "");
    i
}

/// The message context menu used by `user` on a message saying `content`.
fn menu(id: &str, user: &str, content: &str) -> Value {
    let target = fake_discord::message("777", CHANNEL, "3003", content);
    fake_discord::interaction(
        2,
        id,
        user,
        json!({"type": 3, "name": MENU, "id": "771825006014889985",
               "target_id": "777", "resolved": {"messages": {"777": target}}}),
    )
}

/// The buttons of an answer, by label: their custom ids.
fn buttons(answer: &Value) -> Vec<(String, String)> {
    answer["data"]["components"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .map(|b| {
            (
                b["label"].as_str().unwrap_or_default().to_string(),
                b["custom_id"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

async fn setup_sales(bot: &Bot) {
    let unit = bot
        .signed(&fake_discord::slash(
            "100",
            "2001",
            "unit",
            &[("name", "Sales")],
        ))
        .await;
    assert!(text(&unit).contains("UNIT-1"), "{unit}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_message_command_is_registered_beside_value() {
    let bot = started().await;
    let put = &bot.fake.calls_to("PUT", "/commands")[0];
    let commands = put.body.as_array().unwrap();
    assert_eq!(commands.len(), 2, "{}", put.body);
    assert_eq!(commands[0]["name"], "value");
    let menu = &commands[1];
    assert_eq!(menu["name"], MENU);
    assert_eq!(menu["type"], 3, "a MESSAGE command: {menu}");
    let name = menu["name"].as_str().unwrap();
    assert!((1..=32).contains(&name.chars().count()));
    assert!(
        menu.get("description").is_none_or(|d| d == ""),
        "message commands carry no description: {menu}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_context_menu_drafts_a_message_for_the_person_alone_and_confirm_stores_it() {
    let bot = started().await;
    setup_sales(&bot).await;
    let said = "Met Sales today: they want the CRM live by March";
    let draft = bot.gateway(menu("200", "2001", said)).await;
    assert_eq!(draft["type"], 4, "{draft}");
    assert_eq!(
        flags(&draft) & EPHEMERAL,
        EPHEMERAL,
        "only for the person: {draft}"
    );
    assert!(text(&draft).contains("Sales"), "{draft}");
    let labels: Vec<String> = buttons(&draft).into_iter().map(|(l, _)| l).collect();
    assert_eq!(labels, ["Confirm", "Edit", "Cancel"], "{draft}");
    assert!(bot.live(Kind::Note).is_empty(), "a draft stores nothing");

    let confirm = buttons(&draft)[0].1.clone();
    let stored = bot.gateway(press("201", "2001", &confirm)).await;
    assert_eq!(
        stored["type"], 7,
        "the draft is replaced by the record: {stored}"
    );
    let notes = bot.live(Kind::Note);
    assert_eq!(notes.len(), 1);
    assert!(
        notes[0].to_string().contains("CRM live by March"),
        "{}",
        notes[0]
    );

    // Over HTTP too, and a message with no words is explained, storing nothing.
    let empty = bot.signed(&menu("202", "2001", "")).await;
    assert_eq!(flags(&empty) & EPHEMERAL, EPHEMERAL);
    assert!(text(&empty).contains("no text"), "{empty}");
    assert_eq!(bot.live(Kind::Note).len(), 1);
}
