//! Discord over HTTP: `POST /discord/interactions`. Every request's Ed25519 signature and
//! timestamp are checked before anything else (401 otherwise: Discord probes the endpoint
//! with bad signatures and refuses a URL that accepts them); bodies over 1 MB are refused.

use crate::interactions::{self, Discord};
use crate::verify::InteractionVerifier;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use serenity::all::{CreateInteractionResponse, Interaction};
use std::sync::Arc;

pub const MAX_BODY: usize = 1024 * 1024;

pub struct DiscordHttp {
    pub discord: Arc<Discord>,
    pub verifier: InteractionVerifier,
}

pub fn router(state: Arc<DiscordHttp>) -> Router {
    Router::new()
        .route("/discord/interactions", post(interaction))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(state)
}

async fn interaction(
    State(state): State<Arc<DiscordHttp>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    if let Err(why) = state.verifier.verify(
        header("x-signature-ed25519"),
        header("x-signature-timestamp"),
        &body,
        state.discord.handler.now_unix(),
    ) {
        tracing::warn!(reason = %why, "refused a Discord interaction request");
        return (StatusCode::UNAUTHORIZED, why.to_string()).into_response();
    }
    // A PING carries little more than its type; answer it before reading an interaction.
    // A type this bot does not know (Discord adds types) is acknowledged, not refused.
    match serde_json::from_slice::<Kind>(&body).map(|k| k.kind) {
        Ok(1) => return Json(serde_json::json!({"type": 1})).into_response(),
        Ok(kind) if !KNOWN_TYPES.contains(&kind) => {
            tracing::debug!(
                kind,
                "ignoring an interaction of a type the bot does not use"
            );
            return Json(interactions::not_handled()).into_response();
        }
        _ => {}
    }
    let interaction: Interaction = match serde_json::from_slice(&body) {
        Ok(i) => i,
        Err(e) => {
            return (StatusCode::BAD_REQUEST, format!("not an interaction: {e}")).into_response()
        }
    };
    if let Some(app) = interaction_application(&interaction) {
        if state.discord.rest.http.application_id().is_none() {
            state.discord.rest.http.set_application_id(app);
        }
    }
    match interactions::answer(&state.discord, interaction).await {
        Some(answer) => {
            if let Some(later) = answer.later {
                tokio::spawn(later);
            }
            Json(answer.first).into_response()
        }
        None => Json(CreateInteractionResponse::Message(
            serenity::all::CreateInteractionResponseMessage::new()
                .content("Already handled.")
                .allowed_mentions(crate::outbound::no_mentions())
                .ephemeral(true),
        ))
        .into_response(),
    }
}

#[derive(serde::Deserialize)]
struct Kind {
    #[serde(rename = "type")]
    kind: u64,
}

/// Ping, application command, message component, autocomplete, modal submit.
const KNOWN_TYPES: [u64; 5] = [1, 2, 3, 4, 5];

fn interaction_application(i: &Interaction) -> Option<serenity::all::ApplicationId> {
    match i {
        Interaction::Ping(p) => Some(p.application_id),
        Interaction::Command(c) | Interaction::Autocomplete(c) => Some(c.application_id),
        Interaction::Component(c) => Some(c.application_id),
        Interaction::Modal(m) => Some(m.application_id),
        _ => None,
    }
}
