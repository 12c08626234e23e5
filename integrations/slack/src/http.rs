//! Slack over HTTP: `POST /slack/commands`, `/slack/events`, `/slack/interactions`.
//! Every request's signature is checked (HMAC-SHA256, ±300 s) before anything else;
//! bodies over 1 MB are refused. Answers go back within Slack's 3 seconds: quick replies in
//! the acknowledgement, slower ones through `response_url` or `chat.postMessage`.

use crate::{blocks, inbound, web::SlackWeb};
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
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;
use valuebridge_chat::{Invocation, Reply, Visibility};

pub const MAX_BODY: usize = 1024 * 1024;

/// How long a slash command may take before it is answered through `response_url` instead.
pub const INLINE_BUDGET: Duration = Duration::from_millis(2500);

pub type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

/// The bot behind the adapter.
pub trait SlackHandler: Send + Sync + 'static {
    /// Runs one invocation.
    fn handle(&self, inv: Invocation) -> BoxFuture<Reply>;
    /// True the first time a delivery key (an Events API `event_id`) is seen; Slack retries
    /// events it believes failed, and each must be handled once.
    fn first_delivery(&self, key: String) -> BoxFuture<bool>;
}

pub struct SlackHttp {
    pub handler: Arc<dyn SlackHandler>,
    pub verifier: SlackEventSignatureVerifier,
    pub web: SlackWeb,
}

impl SlackHttp {
    pub fn new(
        handler: Arc<dyn SlackHandler>,
        signing_secret: &str,
        web: SlackWeb,
    ) -> Arc<SlackHttp> {
        Arc::new(SlackHttp {
            handler,
            verifier: SlackEventSignatureVerifier::new(&SlackSigningSecret::new(
                signing_secret.into(),
            )),
            web,
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

fn slash_response(reply: &Reply) -> serde_json::Value {
    let (blocks, text) = blocks::render(reply);
    let response_type = match reply.visibility {
        Visibility::Channel => "in_channel",
        Visibility::Ephemeral => "ephemeral",
    };
    serde_json::json!({"response_type": response_type, "text": text, "blocks": blocks})
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
    let inv = inbound::invocation(
        event.team_id.as_ref(),
        event.channel_id.as_ref(),
        event.user_id.as_ref(),
        event.text.as_deref().unwrap_or(""),
        true,
    );
    let mut work = tokio::spawn(state.handler.handle(inv));
    match tokio::time::timeout(INLINE_BUDGET, &mut work).await {
        Ok(Ok(reply)) => Json(slash_response(&reply)).into_response(),
        Ok(Err(_)) => Json(serde_json::json!({"response_type": "ephemeral", "text": "Something went wrong on our side. Please try again."})).into_response(),
        Err(_) => {
            let web = state.web.clone();
            let (url, channel) = (event.response_url.clone(), event.channel_id.to_string());
            tokio::spawn(async move {
                if let Ok(reply) = work.await {
                    if let Err(e) = web.respond(&url, &channel, &reply).await {
                        tracing::error!(error = %e, "could not deliver a slow slash command answer");
                    }
                }
            });
            Json(serde_json::json!({"response_type": "ephemeral", "text": "Working on it…"})).into_response()
        }
    }
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
            let team = cb.team_id.to_string();
            let (channel, user, text) = match &cb.event {
                SlackEventCallbackBody::AppMention(m) => (
                    m.channel.to_string(),
                    m.user.to_string(),
                    m.content.text.clone().unwrap_or_default(),
                ),
                SlackEventCallbackBody::Message(m)
                    if m.sender.bot_id.is_none() && m.subtype.is_none() =>
                {
                    let is_dm = m
                        .origin
                        .channel_type
                        .as_ref()
                        .is_some_and(|t| t.to_string() == "im");
                    match (is_dm, &m.origin.channel, &m.sender.user) {
                        (true, Some(c), Some(u)) => (
                            c.to_string(),
                            u.to_string(),
                            m.content
                                .as_ref()
                                .and_then(|c| c.text.clone())
                                .unwrap_or_default(),
                        ),
                        _ => return StatusCode::OK.into_response(),
                    }
                }
                _ => return StatusCode::OK.into_response(),
            };
            if !state
                .handler
                .first_delivery(format!("slack-event:{}", cb.event_id))
                .await
            {
                tracing::info!(event_id = %cb.event_id, "ignoring a re-delivered Slack event");
                return StatusCode::OK.into_response();
            }
            let inv = inbound::invocation(
                &team,
                &channel,
                &user,
                &inbound::strip_mention(&text),
                false,
            );
            let (handler, web) = (state.handler.clone(), state.web.clone());
            tokio::spawn(async move {
                let reply = handler.handle(inv).await;
                if reply.blocks.is_empty() {
                    return;
                }
                if let Err(e) = web.post(&channel, &reply).await {
                    tracing::error!(error = %e, "could not post a reply to Slack");
                }
            });
            StatusCode::OK.into_response()
        }
    }
}

#[derive(serde::Deserialize)]
struct InteractionForm {
    payload: String,
}

/// Button presses. The button's value is the line to run for the presser (the bot decides
/// whether it may act); a stored record replaces the card in place, anything else is shown
/// only to the presser.
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
    let SlackInteractionEvent::BlockActions(press) = event else {
        return StatusCode::OK.into_response();
    };
    let (Some(user), Some(value)) = (
        press.user.as_ref(),
        press
            .actions
            .as_ref()
            .and_then(|a| a.first())
            .and_then(|a| a.value.clone()),
    ) else {
        return StatusCode::OK.into_response();
    };
    let (channel, ts) = match &press.container {
        SlackInteractionActionContainer::Message(m) => (
            m.channel_id
                .as_ref()
                .map(|c| c.to_string())
                .or_else(|| press.channel.as_ref().map(|c| c.id.to_string())),
            Some(m.message_ts.to_string()),
        ),
        _ => (press.channel.as_ref().map(|c| c.id.to_string()), None),
    };
    let Some(channel) = channel else {
        return StatusCode::OK.into_response();
    };
    let inv = inbound::invocation(
        press.team.id.as_ref(),
        &channel,
        user.id.as_ref(),
        &value,
        false,
    );
    let (handler, web, response_url) = (
        state.handler.clone(),
        state.web.clone(),
        press.response_url.clone(),
    );
    tokio::spawn(async move {
        let reply = handler.handle(inv).await;
        let done = match (reply.replaces_prompt, &ts, &response_url) {
            (true, Some(ts), _) => web.update(&channel, ts, &reply).await,
            (_, _, Some(url)) => {
                web.respond(
                    url,
                    &channel,
                    &Reply {
                        visibility: Visibility::Ephemeral,
                        ..reply
                    },
                )
                .await
            }
            _ => Ok(()),
        };
        if let Err(e) = done {
            tracing::error!(error = %e, "could not answer a Slack button press");
        }
    });
    StatusCode::OK.into_response()
}
