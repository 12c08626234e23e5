//! What Slack asks of the bot, however it arrives: the HTTP routes and the Socket Mode
//! listener both hand their parsed payloads here, so slash commands, mentions, DMs and button
//! presses behave the same in both modes. Slow work goes out after the acknowledgement.

use crate::{blocks, inbound, users::UserNames, web::SlackWeb};
use slack_morphism::prelude::*;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;
use valuebridge_chat::{Invocation, Reply, Visibility};

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

/// The adapter's shared core: the bot, the Web API client and the user names it has
/// looked up.
pub struct Slack {
    pub handler: Arc<dyn SlackHandler>,
    pub web: SlackWeb,
    names: UserNames,
}

impl Slack {
    pub fn new(handler: Arc<dyn SlackHandler>, web: SlackWeb) -> Arc<Slack> {
        Arc::new(Slack {
            handler,
            names: UserNames::new(web.clone()),
            web,
        })
    }

    /// Runs an invocation as the named user: the name is looked up here, inside the work
    /// Slack is waiting for, rather than before it.
    fn run(self: &Arc<Self>, mut inv: Invocation) -> BoxFuture<Reply> {
        let slack = self.clone();
        Box::pin(async move {
            inv.actor.display_name = slack.names.name(&inv.actor.user_id).await;
            slack.handler.handle(inv).await
        })
    }

    /// A slash command: the answer to acknowledge it with (Slack's slash-command response
    /// JSON). An answer that takes longer than [`INLINE_BUDGET`] is acknowledged with
    /// "Working on it…" and delivered afterwards through `response_url` or the channel.
    pub async fn command(self: &Arc<Self>, event: &SlackCommandEvent) -> serde_json::Value {
        let inv = inbound::invocation(
            event.team_id.as_ref(),
            event.channel_id.as_ref(),
            event.user_id.as_ref(),
            event.text.as_deref().unwrap_or(""),
            true,
        );
        let mut work = tokio::spawn(self.run(inv));
        match tokio::time::timeout(INLINE_BUDGET, &mut work).await {
            Ok(Ok(reply)) => slash_response(&reply),
            Ok(Err(_)) => {
                serde_json::json!({"response_type": "ephemeral", "text": "Something went wrong on our side. Please try again."})
            }
            Err(_) => {
                let web = self.web.clone();
                let (url, channel) = (event.response_url.clone(), event.channel_id.to_string());
                tokio::spawn(async move {
                    if let Ok(reply) = work.await {
                        if let Err(e) = web.respond(&url, &channel, &reply).await {
                            tracing::error!(error = %e, "could not deliver a slow slash command answer");
                        }
                    }
                });
                serde_json::json!({"response_type": "ephemeral", "text": "Working on it…"})
            }
        }
    }

    /// An Events API callback: mentions and direct messages run (once per `event_id`), the
    /// reply is posted to the channel after the acknowledgement. Everything else is ignored.
    pub async fn event(self: &Arc<Self>, cb: &SlackPushEventCallback) {
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
                    _ => return,
                }
            }
            _ => return,
        };
        if !self
            .handler
            .first_delivery(format!("slack-event:{}", cb.event_id))
            .await
        {
            tracing::info!(event_id = %cb.event_id, "ignoring a re-delivered Slack event");
            return;
        }
        let inv = inbound::invocation(
            cb.team_id.as_ref(),
            &channel,
            &user,
            &inbound::strip_mention(&text),
            false,
        );
        let (work, web) = (self.run(inv), self.web.clone());
        tokio::spawn(async move {
            let reply = work.await;
            if reply.blocks.is_empty() {
                return;
            }
            if let Err(e) = web.post(&channel, &reply).await {
                tracing::error!(error = %e, "could not post a reply to Slack");
            }
        });
    }

    /// A button press. The button's value is the line to run for the presser (the bot
    /// decides whether they may act); a stored record replaces the card in place, anything
    /// else is shown only to the presser. Runs after the acknowledgement.
    pub fn interaction(self: &Arc<Self>, event: &SlackInteractionEvent) {
        let SlackInteractionEvent::BlockActions(press) = event else {
            return;
        };
        let (Some(user), Some(value)) = (
            press.user.as_ref(),
            press
                .actions
                .as_ref()
                .and_then(|a| a.first())
                .and_then(|a| a.value.clone()),
        ) else {
            return;
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
            return;
        };
        let inv = inbound::invocation(
            press.team.id.as_ref(),
            &channel,
            user.id.as_ref(),
            &value,
            false,
        );
        let (work, web, response_url) =
            (self.run(inv), self.web.clone(), press.response_url.clone());
        tokio::spawn(async move {
            let reply = work.await;
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
    }
}

/// A reply as Slack's slash-command response: Block Kit plus a plain-text fallback.
pub fn slash_response(reply: &Reply) -> serde_json::Value {
    let (blocks, text) = blocks::render(reply);
    let response_type = match reply.visibility {
        Visibility::Channel => "in_channel",
        Visibility::Ephemeral => "ephemeral",
    };
    serde_json::json!({"response_type": response_type, "text": text, "blocks": blocks})
}
