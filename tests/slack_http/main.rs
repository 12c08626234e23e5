//! The Slack adapter end to end over real HTTP: signed requests in, a loopback fake of
//! Slack's Web API recording what the bot sends out. Nothing reaches Slack.

#[path = "../support/mod.rs"]
mod support;

mod commands_and_signatures;
mod drafts_readiness_and_replays;

use chrono::Utc;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use valuebridge::ids::{Kind, TenantId};
use valuebridge::schedule::Poster;
use valuebridge::store::Store;

const SECRET: &str = "test-signing-secret";
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/slack");

#[path = "../support/slack_fake.rs"]
mod slack_fake;
#[path = "../support/slack_signing.rs"]
mod slack_signing;
use slack_fake::{FakeSlack, Users, Workspace};

/// Waits until `ready` holds (the fake was called), or fails after 20 s.
async fn wait_for(fake: &Arc<FakeSlack>, ready: impl Fn(&FakeSlack) -> bool) {
    fake.wait_for(ready).await
}

async fn start_fake() -> (SocketAddr, Arc<FakeSlack>) {
    slack_fake::start(Workspace {
        team_id: "T123ABC456",
        bot_user: "U0LAN0Z89",
        users: Users::Alice,
        ..Workspace::default()
    })
    .await
}

struct Bot {
    addr: SocketAddr,
    store: Store,
    fake: Arc<FakeSlack>,
    fake_addr: SocketAddr,
    _stop: tokio::sync::oneshot::Sender<()>,
}

async fn start_bot() -> Bot {
    let (fake_addr, fake) = start_fake().await;
    start_bot_with_fake(fake_addr, fake).await
}

async fn start_bot_with_fake(fake_addr: SocketAddr, fake: Arc<FakeSlack>) -> Bot {
    let (running, store) = support::run_slack_bot(fake_addr, SECRET).await;
    Bot {
        addr: running.addr,
        store,
        fake,
        fake_addr,
        _stop: running.stop,
    }
}

async fn signed(bot: &Bot, path: &str, content_type: &str, body: &str) -> (u16, String) {
    slack_signing::post_signed(bot.addr, SECRET, path, content_type, body).await
}

/// A slash command as Slack sends it; each gets its own `trigger_id`, as Slack gives each.
fn command_form(text: &str) -> String {
    static TRIGGERS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    let trigger = format!(
        "{}.2.3",
        TRIGGERS.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
    );
    serde_urlencoded::to_string([
        ("token", "x"),
        ("team_id", "T1"),
        ("team_domain", "acme"),
        ("channel_id", "C1"),
        ("channel_name", "sales"),
        ("user_id", "U1"),
        ("user_name", "alice"),
        ("command", "/value"),
        ("text", text),
        ("response_url", "https://hooks.slack.com/commands/T1/1/x"),
        ("trigger_id", &trigger),
    ])
    .unwrap()
}
