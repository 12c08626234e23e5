//! The Discord adapter's HTTP interactions endpoint end to end: Ed25519-signed requests in,
//! a loopback fake of Discord's REST API recording follow-ups. Nothing reaches Discord.

#[path = "support/discord_fake/mod.rs"]
mod discord_fake;
mod support;

use chrono::{DateTime, TimeZone, Utc};
use discord_fake::{FakeDiscord, CHANNEL, GUILD};
use ed25519_dalek::{Signer, SigningKey};
use serde_json::{json, Value};
use std::net::SocketAddr;
use std::sync::Arc;
use valuebridge::clock::ManualClock;
use valuebridge::config::Config;
use valuebridge::ids::{Kind, TenantId};
use valuebridge::schedule::Poster;
use valuebridge::store::Store;
use valuebridge_discord::embeds;

const FIXTURES: &str = discord_fake::FIXTURES;

fn key() -> SigningKey {
    SigningKey::from_bytes(&[7u8; 32])
}

struct Bot {
    addr: SocketAddr,
    store: Store,
    clock: ManualClock,
    fake: Arc<FakeDiscord>,
    fake_addr: SocketAddr,
    _stop: tokio::sync::oneshot::Sender<()>,
}

async fn start_bot_with(public_key: &str, at: DateTime<Utc>) -> anyhow::Result<Bot> {
    let (fake_addr, fake) = discord_fake::start().await;
    let mut config = Config::default();
    config.server.bind = "127.0.0.1:0".into();
    config.discord.api_url = format!("http://{fake_addr}");
    let store = Store::temporary().unwrap();
    let clock = ManualClock::new(at);
    let service = valuebridge::service::Service::new(
        store.clone(),
        Arc::new(config),
        Arc::new(clock.clone()),
    )
    .unwrap();
    let env = [("DISCORD_PUBLIC_KEY".to_string(), public_key.to_string())].into();
    let running = support::run_bot(service, &env).await?;
    Ok(Bot {
        addr: running.addr,
        store,
        clock,
        fake,
        fake_addr,
        _stop: running.stop,
    })
}

async fn start_bot() -> Bot {
    let public = hex::encode(key().verifying_key().to_bytes());
    start_bot_with(
        &public,
        Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap(),
    )
    .await
    .unwrap()
}

async fn post(bot: &Bot, headers: &[(&str, String)], body: &str) -> (u16, String) {
    let mut req = reqwest::Client::new()
        .post(format!("http://{}/discord/interactions", bot.addr))
        .header("content-type", "application/json")
        .body(body.to_string());
    for (k, v) in headers {
        req = req.header(*k, v);
    }
    let res = req.send().await.unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

async fn signed(bot: &Bot, body: &Value) -> (u16, Value) {
    let body = body.to_string();
    let ts = bot.clock_now().timestamp().to_string();
    let sig = hex::encode(key().sign(format!("{ts}{body}").as_bytes()).to_bytes());
    let (status, text) = post(
        bot,
        &[("x-signature-ed25519", sig), ("x-signature-timestamp", ts)],
        &body,
    )
    .await;
    (
        status,
        serde_json::from_str(&text).unwrap_or(json!({"raw": text})),
    )
}

impl Bot {
    fn clock_now(&self) -> DateTime<Utc> {
        valuebridge::clock::Clock::now(&self.clock)
    }
}

fn tenant() -> TenantId {
    format!("discord:{GUILD}").parse().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discords_signed_ping_verifies_and_tampered_stale_or_unsigned_requests_are_refused() {
    let vector: Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{FIXTURES}/ping_signed.json")).unwrap(),
    )
    .unwrap();
    let ts = vector["timestamp"].as_str().unwrap().to_string();
    let at = Utc
        .timestamp_opt(ts.parse::<i64>().unwrap() + 10, 0)
        .unwrap();
    let bot = start_bot_with(vector["public_key"].as_str().unwrap(), at)
        .await
        .unwrap();
    let headers = [
        (
            "x-signature-ed25519",
            vector["signature"].as_str().unwrap().to_string(),
        ),
        ("x-signature-timestamp", ts.clone()),
    ];
    let body = vector["body"].as_str().unwrap();
    let (status, pong) = post(&bot, &headers, body).await;
    assert_eq!((status, pong.as_str()), (200, r#"{"type":1}"#));

    let (status, why) = post(&bot, &headers, &body.replace('1', "2")).await;
    assert_eq!((status, why.as_str()), (401, "signature does not match"));
    let (status, why) = post(&bot, &[], body).await;
    assert_eq!(status, 401, "{why}");

    bot.clock.advance(chrono::Duration::seconds(400));
    let (status, why) = post(&bot, &headers, body).await;
    assert_eq!(
        (status, why.as_str()),
        (401, "timestamp outside the 5 minute window")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signed_slash_command_logs_a_decision_once_and_bad_requests_store_nothing() {
    let bot = start_bot().await;
    let (status, unit) = signed(
        &bot,
        &discord_fake::slash("10", "2001", "unit", &[("name", "Sales")]),
    )
    .await;
    assert_eq!(status, 200, "{unit}");
    assert!(unit.to_string().contains("UNIT-1"), "{unit}");
    let invest = discord_fake::slash(
        "11",
        "2001",
        "invest",
        &[
            ("name", "CRM"),
            ("unit", "Sales"),
            ("cost", "£250k"),
            ("benefit", "£400k"),
            ("years", "3"),
            ("category", "transform"),
        ],
    );
    assert_eq!(signed(&bot, &invest).await.0, 200);
    let decide = discord_fake::slash(
        "12",
        "2001",
        "decide",
        &[
            ("investment", "CRM"),
            ("verdict", "approve"),
            ("because", "it pays back in a year"),
        ],
    );
    let (status, reply) = signed(&bot, &decide).await;
    assert_eq!(status, 200);
    assert_eq!(reply["type"], 4, "{reply}");
    assert!(reply.to_string().contains("DEC-1"), "{reply}");
    assert_eq!(bot.store.live(&tenant(), Kind::Decision).unwrap().len(), 1);

    // The same interaction again: answered, not run twice.
    let (status, again) = signed(&bot, &decide).await;
    assert_eq!(status, 200);
    assert!(again.to_string().contains("Already handled"), "{again}");
    assert_eq!(bot.store.live(&tenant(), Kind::Decision).unwrap().len(), 1);

    // Badly signed and oversized requests are refused and store nothing.
    let mut other = decide.clone();
    other["id"] = json!("13");
    let body = other.to_string();
    let ts = bot.clock_now().timestamp().to_string();
    let forged = hex::encode(
        SigningKey::from_bytes(&[9u8; 32])
            .sign(format!("{ts}{body}").as_bytes())
            .to_bytes(),
    );
    let (status, _) = post(
        &bot,
        &[
            ("x-signature-ed25519", forged),
            ("x-signature-timestamp", ts),
        ],
        &body,
    )
    .await;
    assert_eq!(status, 401);
    let mut huge = other.clone();
    huge["padding"] = json!("x".repeat(1_100_000));
    assert_eq!(signed(&bot, &huge).await.0, 413);
    assert_eq!(bot.store.live(&tenant(), Kind::Decision).unwrap().len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_malformed_public_key_stops_startup_with_a_clear_message() {
    let err = start_bot_with("not-a-key", Utc::now()).await.err().unwrap();
    let text = err.to_string();
    assert!(
        text.contains("DISCORD_PUBLIC_KEY") && text.contains("64 hexadecimal characters"),
        "{text}"
    );
}

/// Checks one outgoing message body against Discord's limits; returns its text.
fn within_limits(body: &Value) -> String {
    let list = body["embeds"].as_array().cloned().unwrap_or_default();
    assert!(list.len() <= embeds::MAX_EMBEDS, "{} embeds", list.len());
    let mut total = 0;
    for e in &list {
        let n = |v: &Value| v.as_str().map_or(0, |s| s.chars().count());
        assert!(n(&e["title"]) <= embeds::MAX_TITLE);
        assert!(n(&e["description"]) <= embeds::MAX_DESCRIPTION);
        let fields = e["fields"].as_array().cloned().unwrap_or_default();
        assert!(fields.len() <= embeds::MAX_FIELDS);
        for f in &fields {
            assert!(n(&f["name"]) <= embeds::MAX_FIELD_NAME);
            assert!(n(&f["value"]) <= embeds::MAX_FIELD_VALUE);
        }
        total += n(&e["title"])
            + n(&e["description"])
            + n(&e["footer"]["text"])
            + fields
                .iter()
                .map(|f| n(&f["name"]) + n(&f["value"]))
                .sum::<usize>();
    }
    assert!(
        total <= embeds::MAX_EMBED_TOTAL,
        "{total} characters of embeds"
    );
    assert!(body["content"].as_str().map_or(0, |c| c.chars().count()) <= embeds::MAX_CONTENT);
    body.to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_digest_of_200_investments_is_deferred_and_split_within_discords_limits() {
    let bot = start_bot().await;
    signed(
        &bot,
        &discord_fake::slash("1", "2001", "unit", &[("name", "Sales")]),
    )
    .await;
    for i in 0..200 {
        let (status, r) = signed(
            &bot,
            &discord_fake::slash(
                &format!("{}", 1000 + i),
                "2001",
                "invest",
                &[
                    (
                        "name",
                        &format!("Investment number {i} with a long descriptive name"),
                    ),
                    ("unit", "Sales"),
                    ("cost", "£250k"),
                    ("benefit", "£400k"),
                    ("years", "3"),
                    ("category", "grow"),
                    ("start", "2026-01-01"),
                ],
            ),
        )
        .await;
        assert!(r.to_string().contains("INV-"), "{status} {r}");
        let (_, d) = signed(
            &bot,
            &discord_fake::slash(
                &format!("{}", 2000 + i),
                "2001",
                "decide",
                &[
                    ("investment", &format!("INV-{}", i + 1)),
                    ("verdict", "approve"),
                ],
            ),
        )
        .await;
        assert!(d.to_string().contains("DEC-"), "{d}");
    }
    let (status, first) = signed(
        &bot,
        &discord_fake::slash("5000", "2001", "digest", &[("period", "month")]),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(first["type"], 5, "a digest is deferred: {first}");
    bot.fake
        .wait_for("the digest", |f| {
            !f.calls_to("PATCH", "token-5000/messages/@original")
                .is_empty()
        })
        .await;
    let edited = bot.fake.calls_to("PATCH", "token-5000/messages/@original")[0]
        .body
        .clone();
    let footer_says_parts = edited.to_string().contains("Part 1 of ");
    let mut text = within_limits(&edited);
    if footer_says_parts {
        let parts: usize = edited
            .to_string()
            .split("Part 1 of ")
            .nth(1)
            .unwrap()
            .chars()
            .take_while(char::is_ascii_digit)
            .collect::<String>()
            .parse()
            .unwrap();
        assert!(parts <= embeds::MAX_MESSAGES);
        bot.fake
            .wait_for("the follow-ups", |f| {
                f.calls_to("POST", "/webhooks/token-5000").len() == parts - 1
            })
            .await;
        for f in bot.fake.calls_to("POST", "/webhooks/token-5000") {
            text.push_str(&within_limits(&f.body));
        }
    }
    // Every section is there; long tables are cut with a count of what is left out.
    for section in [
        "1. Headline",
        "2. Decisions",
        "3. Value for money",
        "4. Slipping",
        "5. Run versus change",
        "6. Engagement coverage",
        "7. Overdue follow-ups",
    ] {
        assert!(text.contains(section), "{section} missing: {text}");
    }
    let shown = (1..=200)
        .filter(|i| text.contains(&format!("DEC-{i} ")))
        .count();
    assert_eq!(shown, embeds::MAX_TABLE_ROWS, "{text}");
    assert!(
        text.contains(&format!("…and {} more rows", 200 - embeds::MAX_TABLE_ROWS)),
        "{text}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_from_discord_becomes_a_retry_for_the_outbox_and_the_post_then_lands() {
    let (fake_addr, fake) = discord_fake::start().await;
    *fake.rate_limit_next.lock().unwrap() = 1;
    let router = valuebridge::platforms::posters::Router {
        console: Default::default(),
        slack: None,
        discord: Some(valuebridge_discord::DiscordRest::new(
            &format!("http://{fake_addr}"),
            "discord-test-token",
        )),
    };
    let tenant: TenantId = "discord:1".parse().unwrap();
    let reply = valuebridge_chat::Reply::info()
        .heading("Weekly digest")
        .paragraph("All well.");
    let err = router.post(&tenant, CHANNEL, &reply).await.unwrap_err();
    assert!(!err.permanent, "{err:?}");
    assert_eq!(
        err.retry_after,
        Some(chrono::Duration::seconds(5)),
        "{err:?}"
    );
    assert!(!err.message.contains("discord-test-token"), "{err:?}");
    router.post(&tenant, CHANNEL, &reply).await.unwrap();
    let posts = fake.calls_to("POST", &format!("/channels/{CHANNEL}/messages"));
    let landed: Vec<_> = posts.iter().filter(|c| !c.path.contains("429")).collect();
    assert_eq!(landed.len(), 1);
    assert_eq!(landed[0].body["content"], "Weekly digest");
    assert_eq!(landed[0].body["embeds"][0]["description"], "All well.");

    // A channel the bot cannot post to is a permanent failure, explained.
    let err = router
        .post(&tenant, "not-a-channel", &reply)
        .await
        .unwrap_err();
    assert!(
        err.permanent && err.message.contains("not a Discord channel id"),
        "{err:?}"
    );
}

/// `allowed_mentions` of an outgoing body: nothing may be parsed, no user or role listed.
fn assert_no_mentions(body: &Value) {
    let allowed = &body["allowed_mentions"];
    assert_eq!(allowed["parse"], json!([]), "{body}");
    for list in ["users", "roles"] {
        assert!(
            allowed[list].as_array().is_none_or(|l| l.is_empty()),
            "{body}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn everyone_and_role_mentions_in_user_text_stay_inert_in_every_discord_message() {
    let bot = start_bot().await;
    let (status, reply) = signed(
        &bot,
        &discord_fake::slash("30", "2001", "unit", &[("name", "@everyone <@&42> team")]),
    )
    .await;
    assert_eq!(status, 200, "{reply}");
    assert!(reply.to_string().contains("@everyone"), "{reply}");
    assert_no_mentions(&reply["data"]);
    // An error answer, an acknowledged unknown kind, a repeat and a deferred digest too.
    let (_, error) = signed(
        &bot,
        &discord_fake::slash("31", "2001", "show", &[("record", "INV-99")]),
    )
    .await;
    assert_no_mentions(&error["data"]);
    let (_, again) = signed(
        &bot,
        &discord_fake::slash("31", "2001", "show", &[("record", "INV-99")]),
    )
    .await;
    assert_no_mentions(&again["data"]);
    let (_, deferred) = signed(
        &bot,
        &discord_fake::slash("32", "2001", "digest", &[("period", "month")]),
    )
    .await;
    assert_eq!(deferred["type"], 5, "{deferred}");
    bot.fake
        .wait_for("the digest", |f| {
            !f.calls_to("PATCH", "token-32/messages/@original")
                .is_empty()
        })
        .await;
    assert_no_mentions(&bot.fake.calls_to("PATCH", "token-32/messages/@original")[0].body);
    // A channel post (scheduled digests, answers to mentions).
    let rest = valuebridge_discord::DiscordRest::new(
        &format!("http://{}", bot.fake_addr),
        "discord-test-token",
    );
    rest.post(
        CHANNEL,
        &valuebridge_chat::Reply::info().paragraph("@everyone the <@&42> team"),
    )
    .await
    .unwrap();
    let posts = bot
        .fake
        .calls_to("POST", &format!("/channels/{CHANNEL}/messages"));
    assert_eq!(posts.len(), 1);
    assert_no_mentions(&posts[0].body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_interaction_type_is_acknowledged_and_bad_snowflakes_are_refused() {
    let bot = start_bot().await;
    let unknown = discord_fake::interaction(99, "40", "2001", json!({"name": "value"}));
    let (status, reply) = signed(&bot, &unknown).await;
    assert_eq!(status, 200, "{reply}");
    assert_eq!(reply["type"], 4, "{reply}");
    assert!(
        reply
            .to_string()
            .contains("I do not handle that kind of interaction"),
        "{reply}"
    );
    for (field, bad) in [
        ("guild_id", "../../etc"),
        ("guild_id", "290926798626357999:x"),
        ("guild_id", ""),
        ("channel_id", "C1"),
    ] {
        let mut i = discord_fake::slash("41", "2001", "unit", &[("name", "Sales")]);
        i[field] = json!(bad);
        let (status, reply) = signed(&bot, &i).await;
        assert_eq!(status, 400, "{field}={bad}: {reply}");
    }
    assert_eq!(bot.store.log_len(&tenant()).unwrap(), 0);
}
