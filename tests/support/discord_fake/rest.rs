//! The fake's REST endpoints: each records what it received and answers as Discord does.

use super::multipart::json_or_multipart;
use super::{message, FakeDiscord, APP_ID, BOT_USER, CHANNEL};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};
use std::net::SocketAddr;
use std::sync::Arc;

pub(super) async fn gateway_url(
    State((fake, ws)): State<(Arc<FakeDiscord>, SocketAddr)>,
) -> Json<Value> {
    fake.record("GET", "/gateway".into(), Value::Null);
    Json(json!({"url": format!("ws://{ws}")}))
}

pub(super) async fn put_commands(
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

pub(super) async fn callback(
    State((fake, _)): State<(Arc<FakeDiscord>, SocketAddr)>,
    Path((id, _token)): Path<(String, String)>,
    Json(body): Json<Value>,
) -> StatusCode {
    fake.record("POST", format!("/interactions/{id}/callback"), body);
    StatusCode::NO_CONTENT
}

pub(super) async fn webhook(
    State((fake, _)): State<(Arc<FakeDiscord>, SocketAddr)>,
    Path((_app, token)): Path<(String, String)>,
    Json(body): Json<Value>,
) -> Json<Value> {
    fake.record("POST", format!("/webhooks/{token}"), body);
    Json(message(&fake.id(), CHANNEL, BOT_USER, ""))
}

pub(super) async fn edit_original(
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

pub(super) async fn delete_original(
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

pub(super) async fn channel_message(
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

pub(super) async fn edit_channel_message(
    State((fake, _)): State<(Arc<FakeDiscord>, SocketAddr)>,
    Path((channel, id)): Path<(String, String)>,
    Json(body): Json<Value>,
) -> Json<Value> {
    fake.record("PATCH", format!("/channels/{channel}/messages/{id}"), body);
    Json(message(&id, &channel, BOT_USER, ""))
}
