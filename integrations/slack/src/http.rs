//! Slack over HTTP: `POST /slack/commands`, `/slack/events`, `/slack/interactions`.
//! Every request's signature is checked (HMAC-SHA256, ±300 s) before anything else;
//! bodies over 1 MB are refused. Answers go back within Slack's 3 seconds: quick replies in
//! the acknowledgement, slower ones through `response_url` or `chat.postMessage`.

use crate::dispatch::Slack;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, StatusCode};
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

async fn commands(
    State(state): State<Arc<SlackHttp>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let body = match verify(&state, &headers, &body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let event: SlackCommandEvent = match serde_urlencoded::from_str(body) {
        Ok(e) => e,
        Err(e) => {
            return (StatusCode::BAD_REQUEST, format!("not a slash command: {e}")).into_response()
        }
    };
    Json(state.slack.command(&event).await).into_response()
}

async fn events(State(state): State<Arc<SlackHttp>>, headers: HeaderMap, body: Bytes) -> Response {
    let body = match verify(&state, &headers, &body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let event: SlackPushEvent = match serde_json::from_str(body) {
        Ok(e) => e,
        Err(e) => {
            return (
                StatusCode::BAD_REQUEST,
                format!("not an Events API payload: {e}"),
            )
                .into_response()
        }
    };
    match event {
        SlackPushEvent::UrlVerification(v) => {
            Json(serde_json::json!({"challenge": v.challenge})).into_response()
        }
        SlackPushEvent::AppRateLimited(_) => StatusCode::OK.into_response(),
        SlackPushEvent::EventCallback(cb) => {
            state.slack.event(&cb).await;
            StatusCode::OK.into_response()
        }
    }
}

#[derive(serde::Deserialize)]
struct InteractionForm {
    payload: String,
}

/// Button presses, acknowledged at once and run afterwards.
async fn interactions(
    State(state): State<Arc<SlackHttp>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let body = match verify(&state, &headers, &body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let event: SlackInteractionEvent = match serde_urlencoded::from_str::<InteractionForm>(body)
        .map_err(|e| e.to_string())
        .and_then(|f| serde_json::from_str(&f.payload).map_err(|e| e.to_string()))
    {
        Ok(e) => e,
        Err(e) => {
            return (
                StatusCode::BAD_REQUEST,
                format!("not an interaction payload: {e}"),
            )
                .into_response()
        }
    };
    state.slack.interaction(&event);
    StatusCode::OK.into_response()
}
