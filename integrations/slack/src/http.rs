//! Slack over HTTP: `POST /slack/commands`, `/slack/events`, `/slack/interactions`, and
//! `/slack/options` (the external selects' type-ahead, Slack's `options_load_url`).
//! Every request's signature is checked (HMAC-SHA256, ±300 s) before anything else;
//! bodies over 1 MB are refused. Answers go back within Slack's 3 seconds: quick replies in
//! the acknowledgement, slower ones through `response_url` or `chat.postMessage`.
//!
//! What is refused and what is only acknowledged: a request whose ids are not Slack ids is
//! refused (400, nothing run); an event or interaction type the bot does not use, including
//! ones Slack adds later, is acknowledged (200) and ignored, so Slack does not retry it.
//! Slack's certificate check (`ssl_check=1`, sent unsigned to slash-command URLs) gets 200
//! and nothing else, as Bolt's `SslCheck` does.

use crate::dispatch::{CommandAnswer, Refused, Slack};
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use slack_morphism::prelude::*;
use slack_morphism::signature_verifier::{
    SlackEventSignatureVerifier, SlackEventSignatureVerifierError,
};
use std::sync::Arc;

pub const MAX_BODY: usize = 1024 * 1024;

/// The HTTP transport: signature checks in front of the shared [`Slack`] core.
pub struct SlackHttp {
    pub slack: Arc<Slack>,
    pub verifier: SlackEventSignatureVerifier,
}

impl SlackHttp {
    pub fn new(slack: Arc<Slack>, signing_secret: &str) -> Arc<SlackHttp> {
        Arc::new(SlackHttp {
            slack,
            verifier: SlackEventSignatureVerifier::new(&SlackSigningSecret::new(
                signing_secret.into(),
            )),
        })
    }
}

pub fn router(state: Arc<SlackHttp>) -> Router {
    Router::new()
        .route("/slack/commands", post(commands))
        .route("/slack/events", post(events))
        .route("/slack/interactions", post(interactions))
        .route("/slack/options", post(interactions))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(state)
}

/// The signature check: 401 for a bad or missing signature and for a stale timestamp.
#[expect(
    clippy::result_large_err,
    reason = "the error is the HTTP response itself, built once per refused request"
)]
fn verify<'a>(
    state: &SlackHttp,
    headers: &HeaderMap,
    body: &'a Bytes,
) -> Result<&'a str, Response> {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let (Some(signature), Some(ts)) = (
        header(SlackEventSignatureVerifier::SLACK_SIGNED_HASH_HEADER),
        header(SlackEventSignatureVerifier::SLACK_SIGNED_TIMESTAMP),
    ) else {
        return Err((StatusCode::UNAUTHORIZED, "missing Slack signature headers").into_response());
    };
    let body = std::str::from_utf8(body)
        .map_err(|_| (StatusCode::BAD_REQUEST, "body is not UTF-8").into_response())?;
    state.verifier.verify(signature, body, ts).map_err(|e| {
        let why = match e {
            SlackEventSignatureVerifierError::WrongSignatureError(_) => "signature does not match",
            SlackEventSignatureVerifierError::IncorrectOrExpiredTimestampError(_) => {
                "timestamp outside the 5 minute window"
            }
            _ => "signature could not be checked",
        };
        tracing::warn!(reason = why, "refused a Slack request");
        (StatusCode::UNAUTHORIZED, why).into_response()
    })?;
    Ok(body)
}

/// A refused request: 400 with the reason (it never echoes the request).
fn refused(why: Refused) -> Response {
    tracing::warn!(reason = %why, "refused a Slack request");
    (StatusCode::BAD_REQUEST, why.to_string()).into_response()
}

#[derive(serde::Deserialize)]
struct SslCheck {
    ssl_check: Option<String>,
    command: Option<String>,
}

/// Slack's certificate check: `ssl_check=1` and a token, no command, no signature.
fn is_ssl_check(body: &[u8]) -> bool {
    serde_urlencoded::from_bytes::<SslCheck>(body)
        .is_ok_and(|f| f.ssl_check.as_deref() == Some("1") && f.command.is_none())
}

async fn commands(
    State(state): State<Arc<SlackHttp>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    // A workspace's ordinary command is read in one pass; the certificate check (unsigned)
    // and every other body go the general way.
    let plain = std::str::from_utf8(&body)
        .ok()
        .and_then(crate::slash_form::plain_command);
    if plain.is_none() && is_ssl_check(&body) {
        tracing::debug!("answered Slack's certificate check");
        return StatusCode::OK.into_response();
    }
    let body = match verify(&state, &headers, &body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let event = match plain {
        Some(event) => event,
        None => {
            let body = crate::enterprise::command_form(body);
            match serde_urlencoded::from_str::<SlackCommandEvent>(&body) {
                Ok(e) => e,
                Err(e) => {
                    return (StatusCode::BAD_REQUEST, format!("not a slash command: {e}"))
                        .into_response()
                }
            }
        }
    };
    match state.slack.command(&event).await {
        Ok(CommandAnswer::Message(answer)) => Json(answer).into_response(),
        Ok(CommandAnswer::Encoded(answer)) => (
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            )],
            answer,
        )
            .into_response(),
        // A modal opened: an empty 200 posts no message.
        Ok(CommandAnswer::FormOpened) => StatusCode::OK.into_response(),
        Err(why) => refused(why),
    }
}

#[derive(serde::Deserialize)]
struct Tagged {
    #[serde(rename = "type")]
    kind: String,
}

/// A well-formed payload of a type the bot does not know (Slack adds types): acknowledged
/// and ignored rather than refused, so Slack does not retry it. Known types that do not
/// parse stay refused.
fn unknown_type(json: &str, known: &[&str]) -> Option<String> {
    serde_json::from_str::<Tagged>(json)
        .ok()
        .filter(|t| !known.contains(&t.kind.as_str()))
        .map(|t| valuebridge_chat::text::clip(&t.kind, 60))
}

async fn events(State(state): State<Arc<SlackHttp>>, headers: HeaderMap, body: Bytes) -> Response {
    let body = match verify(&state, &headers, &body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let event: SlackPushEvent = match serde_json::from_str(body)
        .map(|mut v| {
            crate::enterprise::event(&mut v);
            v
        })
        .and_then(serde_json::from_value)
    {
        Ok(e) => e,
        Err(e) => {
            if let Some(kind) = unknown_type(body, PUSH_TYPES) {
                tracing::debug!(%kind, "ignoring an Events API payload of a type the bot does not use");
                return StatusCode::OK.into_response();
            }
            return (
                StatusCode::BAD_REQUEST,
                format!("not an Events API payload: {e}"),
            )
                .into_response();
        }
    };
    match event {
        SlackPushEvent::UrlVerification(v) => {
            Json(serde_json::json!({"challenge": v.challenge})).into_response()
        }
        SlackPushEvent::AppRateLimited(_) => StatusCode::OK.into_response(),
        SlackPushEvent::EventCallback(cb) => match state.slack.event(&cb).await {
            Ok(()) => StatusCode::OK.into_response(),
            Err(why) => refused(why),
        },
    }
}

const PUSH_TYPES: &[&str] = &["url_verification", "event_callback", "app_rate_limited"];
const INTERACTION_TYPES: &[&str] = &[
    "block_actions",
    "block_suggestion",
    "dialog_submission",
    "message_action",
    "shortcut",
    "view_submission",
    "view_closed",
];

#[derive(serde::Deserialize)]
struct InteractionForm {
    payload: String,
}

/// Interactions: button presses and shortcuts are acknowledged at once and run afterwards;
/// a form submission's errors and a type-ahead's options are the acknowledgement's body.
async fn interactions(
    State(state): State<Arc<SlackHttp>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let body = match verify(&state, &headers, &body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let payload = match serde_urlencoded::from_str::<InteractionForm>(body) {
        Ok(f) => f.payload,
        Err(e) => {
            return (
                StatusCode::BAD_REQUEST,
                format!("not an interaction payload: {e}"),
            )
                .into_response()
        }
    };
    let event: SlackInteractionEvent = match serde_json::from_str(&payload)
        .map(|mut v| {
            crate::enterprise::interaction(&mut v);
            v
        })
        .and_then(serde_json::from_value)
    {
        Ok(e) => e,
        Err(e) => {
            if let Some(kind) = unknown_type(&payload, INTERACTION_TYPES) {
                tracing::debug!(%kind, "ignoring an interaction of a type the bot does not use");
                return StatusCode::OK.into_response();
            }
            return (
                StatusCode::BAD_REQUEST,
                format!("not an interaction payload: {e}"),
            )
                .into_response();
        }
    };
    match state.slack.interaction(&event).await {
        Ok(None) => StatusCode::OK.into_response(),
        Ok(Some(answer)) => Json(answer).into_response(),
        Err(why) => refused(why),
    }
}
