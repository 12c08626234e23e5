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

#[path = "../support/discord_fake/mod.rs"]
mod discord_fake;
#[path = "../support/mod.rs"]
mod support;

mod forms_kept;
mod learnt_aliases;
mod registered;
mod waiting_drafts;
mod wrong_and_edited;

use chrono::{DateTime, TimeZone, Utc};
use discord_fake::{FakeDiscord, CHANNEL, GUILD};
use ed25519_dalek::{Signer, SigningKey};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::Arc;
use valuebridge::clock::ManualClock;
use valuebridge::command::declarations::DECLARATIONS;
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
    let (fake_addr, fake) = discord_fake::start().await;
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

    /// User 2001 submitting `modal`, opened from `card`, as interaction `id` with `typed` into
    /// it (the other inputs as they were filled), over the gateway: the bot's callback.
    async fn submit_on(
        &self,
        card: &Value,
        modal: &Value,
        id: &str,
        typed: &[(&str, &str)],
    ) -> Value {
        let typed: BTreeMap<String, String> = typed
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        self.gateway(on_card(
            forms_kept::fill(modal, id, "2001", &typed, true),
            card,
        ))
        .await
    }

    /// User 2001 pressing the first button of `step`, an answer on `card`, as interaction `id`:
    /// the next step's modal, which must be drawable.
    async fn next_step(&self, card: &Value, step: &Value, id: &str) -> Value {
        let next = self
            .gateway(on_card(press(id, "2001", &buttons(step)[0].1), card))
            .await;
        forms_kept::drawable(&next);
        next
    }

    /// Exactly one decision is stored, and it is logged on `investment` (its id).
    fn assert_one_decision_on(&self, investment: &str) {
        let decisions = self.live(Kind::Decision);
        assert_eq!(decisions.len(), 1);
        assert!(
            decisions[0].to_string().contains(investment),
            "{}",
            decisions[0]
        );
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
    let mut i = discord_fake::interaction(
        3,
        id,
        user,
        json!({"custom_id": custom_id, "component_type": 2}),
    );
    i["message"] = discord_fake::message("900", CHANNEL, discord_fake::BOT_USER, "");
    i
}

/// The message context menu used by `user` on a message saying `content`.
fn menu(id: &str, user: &str, content: &str) -> Value {
    let target = discord_fake::message("777", CHANNEL, "3003", content);
    discord_fake::interaction(
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

/// Ops (UNIT-1) with the Field service platform (INV-1).
async fn with_field_service_platform(bot: &Bot) {
    register(
        bot,
        "Ops",
        &[("Field service platform", "£40k", "£60k", "run")],
    )
    .await;
}

async fn setup_sales(bot: &Bot) {
    register(bot, "Sales", &[]).await;
}

/// `unit` registered with the slash command (UNIT-1), then each of `investments` (name,
/// one-off cost, yearly benefit, category; INV-1, INV-2, … in order) in it, over three years.
async fn register(bot: &Bot, unit: &str, investments: &[(&str, &str, &str, &str)]) {
    let added = bot
        .signed(&discord_fake::slash(
            "100",
            "2001",
            "unit",
            &[("name", unit)],
        ))
        .await;
    assert!(text(&added).contains("UNIT-1"), "{added}");
    for (i, (name, cost, benefit, category)) in investments.iter().enumerate() {
        let options = [
            ("name", *name),
            ("unit", unit),
            ("cost", *cost),
            ("benefit", *benefit),
            ("years", "3"),
            ("category", *category),
        ];
        let id = (101 + i).to_string();
        let invest = bot
            .signed(&discord_fake::slash(&id, "2001", "invest", &options))
            .await;
        assert!(
            text(&invest).contains(&format!("INV-{}", i + 1)),
            "{invest}"
        );
    }
}

/// `interaction` as made on `card`, a message of the bot's.
fn on_card(mut interaction: Value, card: &Value) -> Value {
    interaction["message"] = card.clone();
    interaction
}

/// The draft of `said` (the message menu, interaction `ids[0]`) shown to user 2001 alone, its
/// Edit pressed (`ids[1]`) on that card (message `ids[2]`): the draft's answer, the form's
/// first step (which must be drawable and be step 1 of 2), and the card.
async fn edit_on_the_draft_of(bot: &Bot, said: &str, ids: [&str; 3]) -> (Value, Value, Value) {
    let draft = bot.gateway(menu(ids[0], "2001", said)).await;
    let mut card = discord_fake::message(ids[2], CHANNEL, discord_fake::BOT_USER, "");
    card["flags"] = json!(EPHEMERAL);
    let (_, edit) = buttons(&draft)
        .into_iter()
        .find(|(label, _)| label == "Edit")
        .unwrap_or_else(|| panic!("an Edit button: {draft}"));
    let first = bot
        .gateway(on_card(press(ids[1], "2001", &edit), &card))
        .await;
    forms_kept::drawable(&first);
    assert!(
        first["data"]["title"].as_str().unwrap().contains("(1/2)"),
        "{first}"
    );
    (draft, first, card)
}
