//! A loopback fake of Slack: the Web API methods the bot calls (under `/api`), a
//! `response_url` (`/respond`), the file-upload URLs it hands out, and Socket Mode's
//! websocket, recording everything the bot sends in Slack's wire format. One fake for every
//! Slack test file; a file picks the workspace it plays with [`Workspace`]. Include it with
//! `#[path = "support/slack_fake.rs"] mod slack_fake;`. Nothing reaches Slack.

#![allow(
    dead_code,
    reason = "each Slack test file uses a different part of the fake"
)]

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::net::TcpStream;
use tokio::sync::mpsc;
use tokio_tungstenite::WebSocketStream;

/// A websocket connection the bot opened to the fake (Socket Mode).
pub type Ws = WebSocketStream<TcpStream>;

/// Who `users.info` knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Users {
    /// U1 is Alice (display name "Alice", real name "Alice Example"); anyone else is
    /// unknown to the workspace (`user_not_found`).
    Alice,
    /// Everyone, with their id as their name.
    ByTheirId,
    /// Nobody (`user_not_found`), so records carry the user id as the name.
    Nobody,
}

/// The workspace the fake plays: what `auth.test` says and what messages come back with.
#[derive(Debug, Clone)]
pub struct Workspace {
    pub url: &'static str,
    pub team_id: &'static str,
    /// The bot's own user id.
    pub bot_user: &'static str,
    /// The channel posted and updated messages say they are in.
    pub channel: &'static str,
    pub users: Users,
}

impl Default for Workspace {
    fn default() -> Self {
        Workspace {
            url: "https://acme.slack.com/",
            team_id: "T1",
            bot_user: "U0BOT",
            channel: "C1",
            users: Users::Alice,
        }
    }
}

/// What the fake received, and what it was told to refuse.
#[derive(Default)]
pub struct FakeSlack {
    pub workspace: Mutex<Workspace>,
    /// The address of its Web API (also the upload URLs' host).
    pub addr: Mutex<Option<SocketAddr>>,
    pub ws_addr: Mutex<Option<SocketAddr>>,
    /// `chat.postMessage` bodies, and the token each came with (same order).
    pub posts: Mutex<Vec<Value>>,
    pub post_tokens: Mutex<Vec<String>>,
    /// `chat.postEphemeral` bodies.
    pub ephemerals: Mutex<Vec<Value>>,
    /// `chat.update` bodies.
    pub updates: Mutex<Vec<Value>>,
    /// `views.open` bodies (forms opened).
    pub opened: Mutex<Vec<Value>>,
    /// `views.publish` bodies (Home tabs).
    pub published: Mutex<Vec<Value>>,
    /// Bodies sent to a `response_url`.
    pub responses: Mutex<Vec<Value>>,
    /// `apps.connections.open` calls, by the token each carried.
    pub opens: Mutex<Vec<String>>,
    pub auth_checks: AtomicU32,
    /// `auth.test` answers `invalid_auth` while set.
    pub reject_token: Mutex<bool>,
    /// How many `chat.postMessage` calls Slack answers with a 429 first.
    pub rate_limit_next: Mutex<u32>,
    /// `users.info` lookups, by user id.
    pub user_lookups: Mutex<Vec<String>>,
    /// `files.getUploadURLExternal`'s query strings.
    pub slots: Mutex<Vec<HashMap<String, String>>>,
    /// What was uploaded to each upload URL: file id, content type, bytes.
    pub uploads: Mutex<Vec<(String, String, Vec<u8>)>>,
    /// `files.completeUploadExternal` bodies.
    pub completes: Mutex<Vec<Value>>,
    /// Slack answers the next `getUploadURLExternal` with this error.
    pub refuse_upload: Mutex<Option<String>>,
    /// How many `getUploadURLExternal` calls Slack answers with a 429 first.
    pub rate_limit_upload: Mutex<u32>,
    pub notify: tokio::sync::Notify,
}

impl FakeSlack {
    /// Waits until `ready` holds (the fake was called), or fails after 20 s.
    pub async fn wait_for(&self, ready: impl Fn(&FakeSlack) -> bool) {
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
        .expect("the bot called Slack");
    }

    fn keep(&self, list: &Mutex<Vec<Value>>, body: &[u8]) -> Value {
        let v: Value = serde_json::from_slice(body)
            .unwrap_or_else(|_| json!({"raw": String::from_utf8_lossy(body)}));
        list.lock().unwrap().push(v.clone());
        self.notify.notify_waiters();
        v
    }

    fn channel(&self) -> &'static str {
        self.workspace.lock().unwrap().channel
    }
}

fn bearer(headers: &HeaderMap) -> String {
    headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .trim_start_matches("Bearer ")
        .to_string()
}

type Fake = State<Arc<FakeSlack>>;

async fn post_message(State(fake): Fake, headers: HeaderMap, body: axum::body::Bytes) -> Response {
    {
        let mut owed = fake.rate_limit_next.lock().unwrap();
        if *owed > 0 {
            *owed -= 1;
            return (StatusCode::TOO_MANY_REQUESTS, [("retry-after", "7")], "").into_response();
        }
    }
    fake.post_tokens.lock().unwrap().push(bearer(&headers));
    fake.keep(&fake.posts, &body);
    Json(
        json!({"ok": true, "channel": fake.channel(), "ts": "1700000000.000100",
                "message": {"type": "message", "text": "x", "ts": "1700000000.000100"}}),
    )
    .into_response()
}

async fn post_ephemeral(State(fake): Fake, body: axum::body::Bytes) -> Json<Value> {
    fake.keep(&fake.ephemerals, &body);
    Json(json!({"ok": true, "message_ts": "1700000000.000200"}))
}

async fn update(State(fake): Fake, body: axum::body::Bytes) -> Json<Value> {
    fake.keep(&fake.updates, &body);
    Json(json!({"ok": true, "channel": fake.channel(), "ts": "1700000000.000100", "text": "x"}))
}

async fn views_open(State(fake): Fake, body: axum::body::Bytes) -> Json<Value> {
    fake.keep(&fake.opened, &body);
    Json(json!({"ok": true, "view": {"id": "V1"}}))
}

async fn views_publish(State(fake): Fake, body: axum::body::Bytes) -> Json<Value> {
    fake.keep(&fake.published, &body);
    Json(json!({"ok": true, "view": {"id": "V2"}}))
}

async fn respond(State(fake): Fake, body: axum::body::Bytes) -> &'static str {
    fake.keep(&fake.responses, &body);
    "ok"
}

async fn auth_test(State(fake): Fake) -> Json<Value> {
    fake.auth_checks.fetch_add(1, Ordering::SeqCst);
    fake.notify.notify_waiters();
    if *fake.reject_token.lock().unwrap() {
        return Json(json!({"ok": false, "error": "invalid_auth"}));
    }
    let w = fake.workspace.lock().unwrap().clone();
    Json(
        json!({"ok": true, "url": w.url, "team": "Acme", "user": "valuebridge",
                "team_id": w.team_id, "user_id": w.bot_user}),
    )
}

async fn users_info(State(fake): Fake, Query(q): Query<HashMap<String, String>>) -> Json<Value> {
    let user = q.get("user").cloned().unwrap_or_default();
    fake.user_lookups.lock().unwrap().push(user.clone());
    let w = fake.workspace.lock().unwrap().clone();
    let unknown = json!({"ok": false, "error": "user_not_found"});
    Json(match w.users {
        Users::Alice if user == "U1" => json!({"ok": true, "user": {
            "id": "U1", "team_id": w.team_id, "name": "alice", "real_name": "Alice Example",
            "profile": {"display_name": "Alice", "real_name": "Alice Example"}
        }}),
        Users::ByTheirId => json!({"ok": true, "user": {
            "id": user, "team_id": w.team_id, "name": user, "profile": {"display_name": user}
        }}),
        Users::Alice | Users::Nobody => unknown,
    })
}

async fn connections_open(State(fake): Fake, headers: HeaderMap) -> Json<Value> {
    fake.opens.lock().unwrap().push(bearer(&headers));
    let ws = fake
        .ws_addr
        .lock()
        .unwrap()
        .expect("started with Socket Mode");
    Json(json!({"ok": true, "url": format!("ws://{ws}/link/?ticket=t1")}))
}

async fn get_upload_url(State(fake): Fake, Query(q): Query<HashMap<String, String>>) -> Response {
    {
        let mut owed = fake.rate_limit_upload.lock().unwrap();
        if *owed > 0 {
            *owed -= 1;
            return (StatusCode::TOO_MANY_REQUESTS, [("retry-after", "30")], "").into_response();
        }
    }
    if let Some(error) = fake.refuse_upload.lock().unwrap().take() {
        fake.notify.notify_waiters();
        return Json(json!({"ok": false, "error": error})).into_response();
    }
    let n = {
        let mut slots = fake.slots.lock().unwrap();
        slots.push(q);
        slots.len()
    };
    let addr = fake.addr.lock().unwrap().unwrap();
    Json(json!({
        "ok": true,
        "upload_url": format!("http://{addr}/upload/v1/F{n}"),
        "file_id": format!("F{n}"),
    }))
    .into_response()
}

/// The upload itself: Slack answers with plain text, not JSON.
async fn upload(
    State(fake): Fake,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> String {
    let kind = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let n = body.len();
    fake.uploads.lock().unwrap().push((id, kind, body.to_vec()));
    fake.notify.notify_waiters();
    format!("OK - {n}")
}

async fn complete(State(fake): Fake, body: axum::body::Bytes) -> Json<Value> {
    let v = fake.keep(&fake.completes, &body);
    Json(json!({"ok": true, "files": v["files"]}))
}

/// Starts the fake playing `workspace`: its address (the bot's `slack.api_url` is
/// `http://{addr}/api`) and its state.
pub async fn start(workspace: Workspace) -> (SocketAddr, Arc<FakeSlack>) {
    let fake = Arc::new(FakeSlack {
        workspace: Mutex::new(workspace),
        ..FakeSlack::default()
    });
    let app = Router::new()
        .route("/api/chat.postMessage", post(post_message))
        .route("/api/chat.postEphemeral", post(post_ephemeral))
        .route("/api/chat.update", post(update))
        .route("/api/views.open", post(views_open))
        .route("/api/views.publish", post(views_publish))
        .route("/api/auth.test", get(auth_test).post(auth_test))
        .route("/api/users.info", get(users_info).post(users_info))
        .route("/api/apps.connections.open", post(connections_open))
        .route("/api/files.getUploadURLExternal", get(get_upload_url))
        .route("/api/files.completeUploadExternal", post(complete))
        .route("/upload/v1/{id}", post(upload))
        .route("/respond", post(respond))
        .with_state(fake.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    *fake.addr.lock().unwrap() = Some(addr);
    tokio::spawn(async move { axum::serve(listener, app).await });
    (addr, fake)
}

/// [`start`], with Socket Mode: `apps.connections.open` hands out a websocket URL of the
/// fake's, and each connection the bot opens to it comes out of the receiver.
pub async fn start_socket_mode(
    workspace: Workspace,
) -> (SocketAddr, Arc<FakeSlack>, mpsc::UnboundedReceiver<Ws>) {
    let (addr, fake) = start(workspace).await;
    let ws_listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    *fake.ws_addr.lock().unwrap() = Some(ws_listener.local_addr().unwrap());
    let (conn_tx, conns) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        while let Ok((tcp, _)) = ws_listener.accept().await {
            if let Ok(ws) = tokio_tungstenite::accept_async(tcp).await {
                let _ = conn_tx.send(ws);
            }
        }
    });
    (addr, fake, conns)
}
