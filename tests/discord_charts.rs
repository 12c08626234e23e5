//! `/value chart` on Discord: the answer is deferred, then replaces "thinking…" with the
//! chart attached (multipart) and shown in the embed through `attachment://`. A loopback
//! fake of Discord's REST API records it; nothing reaches Discord.

#[path = "support/discord_fake/mod.rs"]
mod discord_fake;
mod support;

use chrono::{TimeZone, Utc};
use discord_fake::FakeDiscord;
use ed25519_dalek::{Signer, SigningKey};
use serde_json::{json, Value};
use std::net::SocketAddr;
use std::sync::Arc;
use valuebridge::clock::ManualClock;
use valuebridge::config::Config;
use valuebridge::store::Store;

fn key() -> SigningKey {
    SigningKey::from_bytes(&[7u8; 32])
}

struct Bot {
    addr: SocketAddr,
    clock: ManualClock,
    fake: Arc<FakeDiscord>,
    _stop: tokio::sync::oneshot::Sender<()>,
}

async fn start_bot() -> Bot {
    let (fake_addr, fake) = discord_fake::start().await;
    let mut config = Config::default();
    config.server.bind = "127.0.0.1:0".into();
    config.discord.api_url = format!("http://{fake_addr}");
    let clock = ManualClock::new(Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap());
    let service = valuebridge::service::Service::new(
        Store::temporary().unwrap(),
        Arc::new(config),
        Arc::new(clock.clone()),
    )
    .unwrap();
    let public = hex::encode(key().verifying_key().to_bytes());
    let env = [("DISCORD_PUBLIC_KEY".to_string(), public)].into();
    let running = support::run_bot(service, &env).await.unwrap();
    Bot {
        addr: running.addr,
        clock,
        fake,
        _stop: running.stop,
    }
}

async fn signed(bot: &Bot, body: &Value) -> Value {
    let body = body.to_string();
    let ts = valuebridge::clock::Clock::now(&bot.clock)
        .timestamp()
        .to_string();
    let sig = hex::encode(key().sign(format!("{ts}{body}").as_bytes()).to_bytes());
    let res = reqwest::Client::new()
        .post(format!("http://{}/discord/interactions", bot.addr))
        .header("content-type", "application/json")
        .header("x-signature-ed25519", sig)
        .header("x-signature-timestamp", ts)
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    let text = res.text().await.unwrap();
    serde_json::from_str(&text).unwrap_or(json!({"raw": text}))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_chart_is_attached_and_shown_in_the_answers_embed() {
    let bot = start_bot().await;
    for (id, sub, opts) in [
        ("1", "unit", vec![("name", "Sales")]),
        (
            "2",
            "invest",
            vec![
                ("name", "CRM replacement"),
                ("unit", "Sales"),
                ("cost", "£250k"),
                ("benefit", "£400k"),
                ("years", "3"),
                ("category", "transform"),
                ("start", "2026-01-01"),
            ],
        ),
        (
            "3",
            "decide",
            vec![
                ("investment", "INV-1"),
                ("verdict", "approve"),
                ("on", "2026-01-05"),
            ],
        ),
    ] {
        let r = signed(&bot, &discord_fake::slash(id, "2001", sub, &opts)).await;
        assert!(!r.to_string().contains("\"flags\":64"), "{sub}: {r}");
    }
    let first = signed(
        &bot,
        &discord_fake::slash("10", "2001", "chart", &[("kind", "rag"), ("unit", "Sales")]),
    )
    .await;
    assert_eq!(first["type"], 5, "a chart is deferred: {first}");
    bot.fake
        .wait_for("the chart", |f| {
            !f.calls_to("PATCH", "token-10/messages/@original")
                .is_empty()
        })
        .await;
    let edited = bot.fake.calls_to("PATCH", "token-10/messages/@original")[0]
        .body
        .clone();
    let files = edited["_files"].as_array().expect("sent as multipart");
    assert_eq!(files.len(), 1, "{edited}");
    assert_eq!(files[0]["filename"], "rag-2026-11-27.png");
    let png: Vec<u8> = serde_json::from_value(files[0]["bytes"].clone()).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    assert!(png.len() < 10 * 1024 * 1024);
    let embed = &edited["embeds"][0];
    assert_eq!(
        embed["image"]["url"], "attachment://rag-2026-11-27.png",
        "{edited}"
    );
    assert!(
        edited["content"]
            .as_str()
            .unwrap()
            .contains("Realised against forecast: Sales"),
        "its title is the message's text, what a push shows: {edited}"
    );
    assert!(
        edited.to_string().contains("INV-1 CRM replacement"),
        "the words are there too: {edited}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_scheduled_post_with_a_chart_attaches_it_to_the_channel_message() {
    use valuebridge::schedule::Poster;
    let (fake_addr, fake) = discord_fake::start().await;
    let rest = valuebridge_discord::DiscordRest::new(&format!("http://{fake_addr}"), "token");
    let router = valuebridge::platforms::posters::Router {
        console: Default::default(),
        slack: None,
        discord: Some(rest),
    };
    let png = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/charts/units.png"
    ))
    .unwrap();
    let reply = valuebridge_chat::Reply::info()
        .heading("Value for money: the whole portfolio, last week")
        .paragraph("Active investments 1")
        .image(valuebridge_chat::Image {
            file_name: "units-2026-11-29.png".into(),
            alt: "Bar chart".into(),
            png: png.clone(),
        });
    let tenant: valuebridge::ids::TenantId =
        format!("discord:{}", discord_fake::GUILD).parse().unwrap();
    router
        .post(&tenant, discord_fake::CHANNEL, &reply)
        .await
        .unwrap();
    let sent = fake.calls_to(
        "POST",
        &format!("/channels/{}/messages", discord_fake::CHANNEL),
    );
    assert_eq!(sent.len(), 1, "posted once");
    let body = &sent[0].body;
    assert_eq!(
        body["embeds"][0]["image"]["url"], "attachment://units-2026-11-29.png",
        "{body}"
    );
    assert_eq!(body["_files"][0]["filename"], "units-2026-11-29.png");
    let got: Vec<u8> = serde_json::from_value(body["_files"][0]["bytes"].clone()).unwrap();
    assert_eq!(got, png, "the picture arrives whole");
}
