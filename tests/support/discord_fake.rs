//! A loopback fake of Discord: the REST endpoints the bot calls (under `/api/v10`),
//! recording what they receive, and a gateway websocket that sends HELLO, READY and
//! whatever dispatches a test pushes. One fake for every Discord test file; include it with
//! `#[path = "support/discord_fake.rs"] mod discord_fake;`. Nothing reaches Discord.

#![allow(
    dead_code,
    reason = "each Discord test file uses a different part of the fake"
)]

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, patch, post, put};
use axum::{Json, Router};
use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{mpsc, Notify};
use tokio_tungstenite::tungstenite::Message as Ws;

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

async fn gateway_url(State((fake, ws)): State<(Arc<FakeDiscord>, SocketAddr)>) -> Json<Value> {
    fake.record("GET", "/gateway".into(), Value::Null);
    Json(json!({"url": format!("ws://{ws}")}))
}

async fn put_commands(
    State((fake, _)): State<(Arc<FakeDiscord>, SocketAddr)>,
    Path(rest): Path<String>,
    Json(body): Json<Value>,
) -> Json<Value> {
    let with_ids: Vec<Value> = body
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .map(|mut c| {
            c["id"] = json!(fake.id());
            c["application_id"] = json!(APP_ID);
            c["version"] = json!("1");
            // Chat input (1) unless the command says otherwise (3: a message command).
            c["type"] = json!(c["type"].as_u64().unwrap_or(1));
            c["default_member_permissions"] = Value::Null;
            c
        })
        .collect();
    *fake.commands.lock().unwrap() = with_ids.clone();
    fake.record("PUT", format!("/applications/{rest}"), body);
    Json(Value::Array(with_ids))
}

async fn callback(
    State((fake, _)): State<(Arc<FakeDiscord>, SocketAddr)>,
    Path((id, _token)): Path<(String, String)>,
    Json(body): Json<Value>,
) -> StatusCode {
    fake.record("POST", format!("/interactions/{id}/callback"), body);
    StatusCode::NO_CONTENT
}

async fn webhook(
    State((fake, _)): State<(Arc<FakeDiscord>, SocketAddr)>,
    Path((_app, token)): Path<(String, String)>,
    Json(body): Json<Value>,
) -> Json<Value> {
    fake.record("POST", format!("/webhooks/{token}"), body);
    Json(message(&fake.id(), CHANNEL, BOT_USER, ""))
}

async fn edit_original(
    State((fake, _)): State<(Arc<FakeDiscord>, SocketAddr)>,
    Path((_app, token)): Path<(String, String)>,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> Json<Value> {
    let body = json_or_multipart(&headers, &body);
    fake.record(
        "PATCH",
        format!("/webhooks/{token}/messages/@original"),
        body,
    );
    Json(message(&fake.id(), CHANNEL, BOT_USER, ""))
}

async fn delete_original(
    State((fake, _)): State<(Arc<FakeDiscord>, SocketAddr)>,
    Path((_app, token)): Path<(String, String)>,
) -> StatusCode {
    fake.record(
        "DELETE",
        format!("/webhooks/{token}/messages/@original"),
        Value::Null,
    );
    StatusCode::NO_CONTENT
}

async fn channel_message(
    State((fake, _)): State<(Arc<FakeDiscord>, SocketAddr)>,
    Path(channel): Path<String>,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    {
        let mut owed = fake.rate_limit_next.lock().unwrap();
        if *owed > 0 {
            *owed -= 1;
            fake.record(
                "POST",
                format!("/channels/{channel}/messages (429)"),
                Value::Null,
            );
            return (
                StatusCode::TOO_MANY_REQUESTS,
                [("retry-after", "3"), ("x-ratelimit-scope", "user")],
                Json(json!({"message": "You are being rate limited.", "retry_after": 3.0, "global": false})),
            )
                .into_response();
        }
    }
    // serenity sends JSON, or multipart with a `payload_json` part when there are files.
    let body = json_or_multipart(&headers, &body);
    let sent = message(&fake.id(), &channel, BOT_USER, "");
    fake.sent.lock().unwrap().push(sent.clone());
    fake.record("POST", format!("/channels/{channel}/messages"), body);
    Json(sent).into_response()
}

async fn edit_channel_message(
    State((fake, _)): State<(Arc<FakeDiscord>, SocketAddr)>,
    Path((channel, id)): Path<(String, String)>,
    Json(body): Json<Value>,
) -> Json<Value> {
    fake.record("PATCH", format!("/channels/{channel}/messages/{id}"), body);
    Json(message(&id, &channel, BOT_USER, ""))
}

/// A request body as Discord reads it: JSON, or multipart/form-data (how serenity sends
/// files) whose `payload_json` part is the JSON; each file part is recorded in `_files` with
/// its field name, file name, content type and bytes.
fn json_or_multipart(headers: &axum::http::HeaderMap, body: &[u8]) -> Value {
    let kind = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let Some(boundary) = kind
        .strip_prefix("multipart/form-data")
        .and_then(|rest| rest.split("boundary=").nth(1))
        .map(|b| b.trim_matches('"').to_string())
    else {
        return serde_json::from_slice(body).unwrap_or(Value::Null);
    };
    let delimiter = format!("--{boundary}").into_bytes();
    let mut payload = Value::Null;
    let mut files = Vec::new();
    let mut rest = body;
    while let Some(at) = find(rest, &delimiter) {
        rest = &rest[at + delimiter.len()..];
        if rest.starts_with(b"--") {
            break;
        }
        let Some(head_end) = find(rest, b"\r\n\r\n") else {
            break;
        };
        let head = String::from_utf8_lossy(&rest[..head_end]).to_string();
        let content_start = head_end + 4;
        let content_end = find(&rest[content_start..], &delimiter)
            .map(|e| content_start + e - 2)
            .unwrap_or(rest.len());
        let content = &rest[content_start..content_end];
        let disposition = head
            .lines()
            .find(|l| l.to_ascii_lowercase().starts_with("content-disposition"))
            .unwrap_or_default()
            .to_string();
        let field = |key: &str| {
            disposition.split(';').find_map(|p| {
                p.trim()
                    .strip_prefix(&format!("{key}=\""))
                    .map(|v| v.trim_end_matches('"').to_string())
            })
        };
        let part_type = head.lines().find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("content-type:")
                .map(|v| v.trim().to_string())
        });
        if field("name").as_deref() == Some("payload_json") {
            payload = serde_json::from_slice(content).unwrap_or(Value::Null);
        } else {
            files.push(json!({
                "field": field("name"),
                "filename": field("filename"),
                "content_type": part_type,
                "bytes": content.to_vec(),
            }));
        }
        rest = &rest[content_end..];
    }
    if let Value::Object(map) = &mut payload {
        map.insert("_files".into(), Value::Array(files));
    }
    payload
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The gateway: HELLO, then READY after IDENTIFY, heartbeat acks, and pushed dispatches.
async fn gateway(fake: Arc<FakeDiscord>, listener: tokio::net::TcpListener) {
    while let Ok((stream, _)) = listener.accept().await {
        let Ok(mut ws) = tokio_tungstenite::accept_async(stream).await else {
            continue;
        };
        let (tx, mut rx) = mpsc::unbounded_channel::<Value>();
        let hello = std::fs::read_to_string(format!("{FIXTURES}/gateway_hello.json")).unwrap();
        if ws.send(Ws::text(hello)).await.is_err() {
            continue;
        }
        let mut seq = 1u64;
        loop {
            tokio::select! {
                frame = ws.next() => {
                    let Some(Ok(frame)) = frame else { break };
                    let Ok(text) = frame.to_text() else { continue };
                    let Ok(v) = serde_json::from_str::<Value>(text) else { continue };
                    match v["op"].as_u64() {
                        Some(1) => {
                            let _ = ws.send(Ws::text(json!({"op": 11}).to_string())).await;
                        }
                        Some(2) => {
                            *fake.identifies.lock().unwrap() += 1;
                            let mut ready: Value = serde_json::from_str(
                                &std::fs::read_to_string(format!("{FIXTURES}/gateway_ready.json")).unwrap(),
                            )
                            .unwrap();
                            ready["s"] = json!(seq);
                            // Ready for dispatches before the bot can act on READY.
                            *fake.dispatch.lock().unwrap() = Some(tx.clone());
                            let _ = ws.send(Ws::text(ready.to_string())).await;
                            fake.notify.notify_waiters();
                        }
                        _ => {}
                    }
                }
                Some(mut d) = rx.recv() => {
                    seq += 1;
                    d["s"] = json!(seq);
                    if ws.send(Ws::text(d.to_string())).await.is_err() {
                        break;
                    }
                }
            }
        }
    }
}

/// Starts the fake: its REST address (the bot's `discord.api_url`) and its state.
pub async fn start() -> (SocketAddr, Arc<FakeDiscord>) {
    let fake = Arc::new(FakeDiscord::default());
    let ws_listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let ws_addr = ws_listener.local_addr().unwrap();
    tokio::spawn(gateway(fake.clone(), ws_listener));
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
