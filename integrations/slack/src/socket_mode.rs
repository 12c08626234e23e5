//! Slack over Socket Mode: no public URL. slack-morphism opens `apps.connections.open` with
//! the app-level token (against `slack.api_url`), connects to the websocket it names and
//! hands each envelope here; slash commands, Events API callbacks and interactions go to
//! the same [`Slack`] core as the HTTP routes. A slash command's quick answer travels in its
//! acknowledgement; slow work follows through `response_url` / `chat.postMessage`.
//!
//! Reconnection is slack-morphism's: a dropped connection (close, error, Slack's
//! `disconnect` refresh, or no pong for five pings) is reopened at once; while Slack cannot be
//! reached or refuses, opening is retried every `retry_seconds`. Envelopes on one
//! connection are handled one after another, each within the 3 s acknowledgement budget.

use crate::dispatch::{CommandAnswer, Slack};
use slack_morphism::prelude::*;
use std::future::Future;
use std::sync::Arc;

/// How the connections are kept.
#[derive(Debug, Clone, Copy)]
pub struct SocketModeSettings {
    /// Websocket connections to keep open (Slack spreads envelopes over them).
    pub connections: u32,
    /// Seconds between attempts to open a connection Slack did not give.
    pub retry_seconds: u64,
}

/// What the listener learns about its connections, for readiness.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SocketStatus {
    /// Slack said hello on a connection: envelopes can arrive.
    Connected,
    /// A connection failed; slack-morphism is reopening it.
    Lost(String),
}

pub type StatusSink = Arc<dyn Fn(SocketStatus) + Send + Sync>;

/// What the callbacks (plain `fn`s, as slack-morphism requires) find in the listener's state.
struct Context {
    slack: Arc<Slack>,
    status: StatusSink,
}

type Client = SlackClient<crate::web::Connector>;

/// Listens until `shutdown` completes, then closes the connections.
pub async fn run(
    slack: Arc<Slack>,
    app_token: &str,
    settings: SocketModeSettings,
    status: StatusSink,
    shutdown: impl Future<Output = ()>,
) {
    let environment = Arc::new(
        SlackClientEventsListenerEnvironment::new(slack.web.client())
            .with_error_handler(on_error)
            .with_user_state(Arc::new(Context {
                slack: slack.clone(),
                status,
            })),
    );
    let callbacks = SlackSocketModeListenerCallbacks::new()
        .with_hello_events(on_hello)
        .with_command_events(on_command)
        .with_push_events(on_push_event)
        .with_interaction_events(on_interaction);
    let config = SlackClientSocketModeConfig::new()
        .with_max_connections_count(settings.connections)
        .with_reconnect_timeout_in_seconds(settings.retry_seconds);
    let listener = SlackClientSocketModeListener::new(&config, environment, callbacks);
    let token = SlackApiToken::new(app_token.into());
    if let Err(e) = listener.listen_for(&token).await {
        // Registering only records the token; nothing is sent yet, so this does not happen.
        tracing::error!(error = %e, "could not set up Slack Socket Mode");
        return;
    }
    listener.start().await;
    tracing::info!(
        connections = settings.connections,
        "Slack: connecting in Socket Mode"
    );
    shutdown.await;
    listener.shutdown().await;
}

async fn context(state: &SlackClientEventsUserState) -> Option<Arc<Context>> {
    state.read().await.get_user_state::<Arc<Context>>().cloned()
}

/// The hello frame's type is not nameable outside slack-morphism, hence the generic.
async fn on_hello<E: Send + Sync + 'static>(
    _hello: E,
    _client: Arc<Client>,
    state: SlackClientEventsUserState,
) {
    if let Some(ctx) = context(&state).await {
        tracing::info!("Slack: Socket Mode connection open");
        (ctx.status)(SocketStatus::Connected);
    }
}

async fn on_command(
    event: SlackCommandEvent,
    _client: Arc<Client>,
    state: SlackClientEventsUserState,
) -> UserCallbackResult<SlackCommandEventResponse> {
    let ctx = context(&state)
        .await
        .ok_or("Socket Mode state is missing")?;
    let answer = match ctx.slack.command(&event).await {
        Ok(CommandAnswer::Message(answer)) => answer,
        Ok(CommandAnswer::Encoded(answer)) => serde_json::from_slice(&answer)?,
        // slack-morphism sends a bare acknowledgement (no message) when the callback fails
        // and the error handler answers OK; `on_error` knows this one.
        Ok(CommandAnswer::FormOpened) => return Err(Box::new(FormOpened)),
        Err(why) => {
            tracing::warn!(reason = %why, "refused a Slack slash command");
            serde_json::json!({"response_type": "ephemeral", "text": format!("This request was refused: {why}.")})
        }
    };
    Ok(command_response(answer))
}

async fn on_push_event(
    event: SlackPushEventCallback,
    _client: Arc<Client>,
    state: SlackClientEventsUserState,
) -> UserCallbackResult<()> {
    let ctx = context(&state)
        .await
        .ok_or("Socket Mode state is missing")?;
    if let Err(why) = ctx.slack.event(&event).await {
        tracing::warn!(reason = %why, "refused a Slack event");
    }
    Ok(())
}

async fn on_interaction(
    event: SlackInteractionEvent,
    _client: Arc<Client>,
    state: SlackClientEventsUserState,
) -> UserCallbackResult<SlackInteractionResponse> {
    let ctx = context(&state)
        .await
        .ok_or("Socket Mode state is missing")?;
    match ctx.slack.interaction(&event).await {
        Ok(answer) => Ok(interaction_response(answer)),
        Err(why) => {
            tracing::warn!(reason = %why, "refused a Slack interaction");
            Ok(SlackInteractionResponse::Empty)
        }
    }
}

/// An interaction's answer as the envelope acknowledgement's payload (form errors, options).
fn interaction_response(answer: Option<serde_json::Value>) -> SlackInteractionResponse {
    let Some(answer) = answer else {
        return SlackInteractionResponse::Empty;
    };
    serde_json::from_value(answer).unwrap_or_else(|e| {
        tracing::error!(error = %e, "an interaction answer did not fit slack-morphism's model");
        SlackInteractionResponse::Empty
    })
}

/// Not a failure: a slash command opened a modal, and is acknowledged without a message.
#[derive(Debug)]
struct FormOpened;

impl std::fmt::Display for FormOpened {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a form was opened; acknowledged without a message")
    }
}

impl std::error::Error for FormOpened {}

/// Errors from the connection mark it lost; anything else is logged. Answering OK lets
/// slack-morphism acknowledge the envelope, so Slack does not redeliver what cannot succeed.
fn on_error(
    err: Box<dyn std::error::Error + Send + Sync + 'static>,
    _client: Arc<Client>,
    state: SlackClientEventsUserState,
) -> HttpStatusCode {
    if err.is::<FormOpened>() {
        return HttpStatusCode::OK;
    }
    if let Some(envelope) = unread_body(err.as_ref()).and_then(crate::enterprise::envelope) {
        // The state is only ever read after start-up, so this never waits.
        if let Some(ctx) = state
            .try_read()
            .ok()
            .and_then(|s| s.get_user_state::<Arc<Context>>().cloned())
        {
            tokio::spawn(org_wide(ctx, envelope));
            return HttpStatusCode::OK;
        }
    }
    let lost = matches!(
        err.downcast_ref::<slack_morphism::errors::SlackClientError>(),
        Some(slack_morphism::errors::SlackClientError::SocketModeProtocolError(_))
    );
    if lost {
        tracing::warn!(error = %err, "Slack Socket Mode connection lost; reconnecting");
        // The state is only ever read after start-up, so this never waits.
        if let Some(ctx) = state
            .try_read()
            .ok()
            .and_then(|s| s.get_user_state::<Arc<Context>>().cloned())
        {
            (ctx.status)(SocketStatus::Lost("the connection failed".into()));
        }
    } else {
        tracing::error!(error = %err, "Slack Socket Mode could not handle an envelope");
    }
    HttpStatusCode::OK
}

/// The body of an envelope slack-morphism could not read, which it hands to the error handler
/// (and acknowledges, so Slack does not send it again).
fn unread_body<'a>(err: &'a (dyn std::error::Error + Send + Sync + 'static)) -> Option<&'a str> {
    use slack_morphism::errors::{SlackClientError, SlackClientProtocolError};
    let protocol = err
        .downcast_ref::<SlackClientProtocolError>()
        .or_else(|| match err.downcast_ref::<SlackClientError>() {
            Some(SlackClientError::ProtocolError(e)) => Some(e),
            _ => None,
        })?;
    protocol.json_body.as_deref()
}

/// An Enterprise Grid envelope that named no workspace (slack-morphism's types require one),
/// with the workspace filled in as over HTTP, handled as its callback would have been. It is
/// already acknowledged, so an answer that would have ridden in the acknowledgement (a
/// command's message, a form's errors, a refusal) goes through the payload's `response_url`
/// or the channel instead (see [`crate::after_ack`]).
async fn org_wide(ctx: Arc<Context>, envelope: serde_json::Value) {
    let payload = envelope["payload"].clone();
    let outcome = match envelope["type"].as_str() {
        Some("slash_commands") => match serde_json::from_value::<SlackCommandEvent>(payload) {
            Ok(event) => {
                let answer = match ctx.slack.command(&event).await {
                    Ok(CommandAnswer::Message(answer)) => Some(answer),
                    Ok(CommandAnswer::Encoded(answer)) => serde_json::from_slice(&answer).ok(),
                    Ok(CommandAnswer::FormOpened) => None,
                    Err(why) => {
                        tracing::warn!(reason = %why, "refused a Slack slash command");
                        Some(
                            serde_json::json!({"response_type": "ephemeral", "text": format!("This request was refused: {why}.")}),
                        )
                    }
                };
                match answer {
                    Some(answer) => ctx
                        .slack
                        .web
                        .answer_command(&event.response_url, event.channel_id.as_ref(), answer)
                        .await
                        .map_err(|e| e.to_string()),
                    None => Ok(()),
                }
            }
            Err(e) => Err(e.to_string()),
        },
        Some("events_api") => match serde_json::from_value::<SlackPushEventCallback>(payload) {
            Ok(event) => {
                if let Err(why) = ctx.slack.event(&event).await {
                    tracing::warn!(reason = %why, "refused a Slack event");
                }
                Ok(())
            }
            Err(e) => Err(e.to_string()),
        },
        Some("interactive") => {
            match serde_json::from_value::<SlackInteractionEvent>(payload.clone()) {
                // Its answer cannot ride in the acknowledgement: the person is told another way.
                Ok(event) => {
                    let answer = ctx.slack.interaction(&event).await;
                    crate::after_ack::tell(&ctx.slack, &payload, answer).await
                }
                Err(e) => Err(e.to_string()),
            }
        }
        _ => Ok(()),
    };
    if let Err(e) = outcome {
        tracing::error!(error = %e, "Slack Socket Mode could not handle an org-wide envelope");
    }
}

/// The slash-command answer as the acknowledgement's payload. Block Kit the crate's model
/// cannot read (it should not happen: the same blocks are posted as messages) falls back to
/// the plain text, so the caller still gets an answer.
fn command_response(answer: serde_json::Value) -> SlackCommandEventResponse {
    serde_json::from_value(answer.clone()).unwrap_or_else(|e| {
        tracing::warn!(error = %e, "Block Kit answer did not fit slack-morphism's model; sending text");
        let text = answer["text"].as_str().unwrap_or_default().to_string();
        let response = SlackCommandEventResponse::new(SlackMessageContent::new().with_text(text));
        match answer["response_type"].as_str() {
            Some("in_channel") => response.with_response_type(SlackMessageResponseType::InChannel),
            _ => response.with_response_type(SlackMessageResponseType::Ephemeral),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_command_answer_keeps_its_blocks_and_visibility_in_the_ack() {
        let reply = valuebridge_chat::Reply::recorded()
            .heading("Logged decision DEC-1")
            .paragraph("approve £250k");
        let r = command_response(crate::dispatch::slash_response(&reply));
        let v = serde_json::to_value(&r).unwrap();
        assert_eq!(v["response_type"], "in_channel", "{v}");
        assert!(v["blocks"].as_array().is_some_and(|b| b.len() >= 2), "{v}");
        assert!(
            v["text"]
                .as_str()
                .unwrap()
                .contains("Logged decision DEC-1"),
            "{v}"
        );
    }

    #[test]
    fn form_errors_and_options_ride_in_the_acknowledgement() {
        let errors = crate::modal::errors_response(
            &["cost".to_string()],
            &[("cost".to_string(), "Not an amount.".to_string())].into(),
        );
        let v = serde_json::to_value(interaction_response(Some(errors.clone()))).unwrap();
        assert_eq!(v, errors);
        let options = crate::modal::options_response(&[valuebridge_chat::Suggestion {
            label: "UNIT-1 Sales".into(),
            value: "UNIT-1".into(),
        }]);
        let v = serde_json::to_value(interaction_response(Some(options))).unwrap();
        assert_eq!(v["options"][0]["value"], "UNIT-1");
        assert_eq!(v["options"][0]["text"]["text"], "UNIT-1 Sales");
        assert_eq!(interaction_response(None), SlackInteractionResponse::Empty);
    }

    #[test]
    fn an_answer_the_model_cannot_read_still_sends_its_text_privately() {
        let r = command_response(serde_json::json!({
            "response_type": "ephemeral", "text": "hello", "blocks": [{"type": "no-such-block"}]
        }));
        let v = serde_json::to_value(&r).unwrap();
        assert_eq!(
            (v["text"].as_str(), v["response_type"].as_str()),
            (Some("hello"), Some("ephemeral"))
        );
    }
}
