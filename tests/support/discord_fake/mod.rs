//! A loopback fake of Discord: the REST endpoints the bot calls (under `/api/v10`),
//! recording what they receive, and a gateway websocket that sends HELLO, READY and
//! whatever dispatches a test pushes. One fake for every Discord test file; include it with
//! `#[path = "support/discord_fake/mod.rs"] mod discord_fake;`. Nothing reaches Discord.

#![allow(
    dead_code,
    reason = "each Discord test file uses a different part of the fake"
)]

mod gateway;
mod multipart;
mod rest;

use axum::routing::{get, patch, post, put};
use axum::Router;
use rest::*;
use serde_json::{json, Value};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{mpsc, Notify};

pub const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/discord");
pub const BOT_USER: &str = "1111";
pub const APP_ID: &str = "775799577604522054";
pub const GUILD: &str = "290926798626357999";
pub const CHANNEL: &str = "645027906669510667";

/// One request the fake received.
#[derive(Debug, Clone)]
pub struct Call {
    pub method: &'static str,
    pub path: String,
    pub body: Value,
}

#[derive(Default)]
pub struct FakeDiscord {
    pub calls: Mutex<Vec<Call>>,
    /// The command set, as bulk overwrites left it.
    pub commands: Mutex<Vec<Value>>,
    pub rate_limit_next: Mutex<u32>,
    pub identifies: Mutex<u32>,
    /// The channel messages the fake created, as it returned them (their ids).
    pub sent: Mutex<Vec<Value>>,
    pub notify: Notify,
    dispatch: Mutex<Option<mpsc::UnboundedSender<Value>>>,
    next_id: Mutex<u64>,
}

impl FakeDiscord {
    fn record(&self, method: &'static str, path: String, body: Value) {
        self.calls.lock().unwrap().push(Call { method, path, body });
        self.notify.notify_waiters();
    }

    pub fn calls_to(&self, method: &str, path_part: &str) -> Vec<Call> {
        self.calls
            .lock()
            .unwrap()
            .iter()
            .filter(|c| c.method == method && c.path.contains(path_part))
            .cloned()
            .collect()
    }

    fn id(&self) -> String {
        let mut n = self.next_id.lock().unwrap();
        *n += 1;
        format!("90000000000000{:04}", *n)
    }

    /// Sends a gateway dispatch (`t`, `d`) to the connected bot.
    pub fn dispatch(&self, t: &str, d: Value) {
        let tx = self.dispatch.lock().unwrap().clone();
        tx.expect("the bot is connected to the gateway")
            .send(json!({"op": 0, "t": t, "d": d}))
            .unwrap();
    }

    /// Waits until `ready` holds, or fails after 20 s.
    pub async fn wait_for(&self, what: &str, ready: impl Fn(&FakeDiscord) -> bool) {
        tokio::time::timeout(Duration::from_secs(20), async {
            loop {
                let notified = self.notify.notified();
                if ready(self) {
                    break;
                }
                notified.await;
            }
        })
        .await
        .unwrap_or_else(|_| panic!("timed out waiting for {what}"));
    }
}

/// A message as Discord returns it.
pub fn message(id: &str, channel: &str, author: &str, content: &str) -> Value {
    json!({
        "id": id, "channel_id": channel,
        "author": {"id": author, "username": format!("user{author}"), "discriminator": "0", "avatar": null},
        "content": content, "timestamp": "2026-11-27T09:00:00+00:00", "edited_timestamp": null,
        "tts": false, "mention_everyone": false, "mentions": [], "mention_roles": [],
        "attachments": [], "embeds": [], "pinned": false, "type": 0
    })
}

/// Starts the fake: its REST address (the bot's `discord.api_url`) and its state.
pub async fn start() -> (SocketAddr, Arc<FakeDiscord>) {
    let fake = Arc::new(FakeDiscord::default());
    let ws_listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let ws_addr = ws_listener.local_addr().unwrap();
    tokio::spawn(gateway::gateway(fake.clone(), ws_listener));
    let app = Router::new()
        .route("/api/v10/gateway", get(gateway_url))
        .route("/api/v10/applications/{*rest}", put(put_commands))
        .route(
            "/api/v10/interactions/{id}/{token}/callback",
            post(callback),
        )
        .route("/api/v10/webhooks/{app}/{token}", post(webhook))
        .route(
            "/api/v10/webhooks/{app}/{token}/messages/@original",
            patch(edit_original).delete(delete_original),
        )
        .route(
            "/api/v10/channels/{channel}/messages",
            post(channel_message),
        )
        .route(
            "/api/v10/channels/{channel}/messages/{id}",
            patch(edit_channel_message),
        )
        .with_state((fake.clone(), ws_addr));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (addr, fake)
}

/// An interaction as Discord sends it, from the published example (fixtures/discord),
/// with the given type, id, user and data.
pub fn interaction(kind: u8, id: &str, user: &str, data: Value) -> Value {
    let mut i: Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{FIXTURES}/application_command.json")).unwrap(),
    )
    .unwrap();
    i["type"] = json!(kind);
    i["id"] = json!(id);
    i["token"] = json!(format!("token-{id}"));
    i["member"]["user"]["id"] = json!(user);
    i["member"]["user"]["username"] = json!(format!("user{user}"));
    i["data"] = data;
    i
}

/// `/value <sub>` with string options.
pub fn slash(id: &str, user: &str, sub: &str, opts: &[(&str, &str)]) -> Value {
    let options: Vec<Value> = opts
        .iter()
        .map(|(n, v)| json!({"type": 3, "name": n, "value": v}))
        .collect();
    interaction(
        2,
        id,
        user,
        json!({"type": 1, "name": "value", "id": "771825006014889984",
               "options": [{"type": 1, "name": sub, "options": options}]}),
    )
}
