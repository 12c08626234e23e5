//! What Slack asks of the bot, however it arrives: the HTTP routes and the Socket Mode
//! listener both hand their parsed payloads here, so slash commands, mentions, DMs and button
//! presses behave the same in both modes. Slow work goes out after the acknowledgement.

use crate::inbound::BadId;
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
    /// Keeps the answer given to a delivery (a slash command's `trigger_id`), so a repeat of
    /// the same request is answered the same way instead of being run again.
    fn remember_answer(&self, key: String, answer: Reply) -> BoxFuture<()>;
    /// The answer kept for `key`; `None` while the first delivery is still running.
    fn earlier_answer(&self, key: String) -> BoxFuture<Option<Reply>>;
}

/// A request that did not come from Slack as Slack sends it; the HTTP route answers 400.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    #[error(transparent)]
    BadId(#[from] BadId),
    #[error("the slash command has no trigger_id")]
    NoTrigger,
}

/// The slash command this app answers unless configured otherwise.
pub const DEFAULT_COMMAND: &str = "/value";

/// The adapter's shared core: the bot, the Web API client and the user names it has
/// looked up.
pub struct Slack {
    pub handler: Arc<dyn SlackHandler>,
    pub web: SlackWeb,
    names: UserNames,
    /// The slash command this app answers (`/value`); other commands are refused.
    command: String,
}

impl Slack {
    /// `command` is the slash command configured for the app in Slack (`/value`).
    pub fn new(handler: Arc<dyn SlackHandler>, web: SlackWeb, command: &str) -> Arc<Slack> {
        Arc::new(Slack {
            handler,
            names: UserNames::new(web.clone()),
            web,
            command: command.to_string(),
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
    /// A repeat of a command (the same `trigger_id`: a replayed request) is not run again; it
    /// gets the first answer. A command other than the app's own gets an explanation.
    pub async fn command(
        self: &Arc<Self>,
        event: &SlackCommandEvent,
    ) -> Result<serde_json::Value, Refused> {
        let inv = inbound::invocation(
            event.team_id.as_ref(),
            event.channel_id.as_ref(),
            event.user_id.as_ref(),
            event.text.as_deref().unwrap_or(""),
            true,
        )?;
        if event.command.as_ref() != self.command {
            tracing::debug!(command = %valuebridge_chat::text::clip(event.command.as_ref(), 40), "refused a slash command this app does not answer");
            return Ok(ephemeral(&format!(
                "This app answers `{ours}`, not `{theirs}`. Try `{ours} help`.",
                ours = self.command,
                theirs = blocks::escape(&valuebridge_chat::text::clip(event.command.as_ref(), 40)),
            )));
        }
        let trigger = event.trigger_id.as_ref();
        if trigger.is_empty() {
            return Err(Refused::NoTrigger);
        }
        let key = format!("slack-command:{trigger}");
        if !self.handler.first_delivery(key.clone()).await {
            tracing::info!(trigger_id = %trigger, "answering a repeated slash command with its first answer");
            return Ok(match self.handler.earlier_answer(key).await {
                // A chart was shared in the channel the first time; sharing it again
                // (even as text) would post it twice.
                Some(reply) if reply.image.is_some() => {
                    ephemeral("That chart is already shared in this channel.")
                }
                Some(reply) => slash_response(&reply),
                None => ephemeral("That command is already being handled; its answer follows."),
            });
        }
        // Run here, in the request's own task; only an answer that outlives the budget moves
        // to a task of its own (a spawn per command was a hand-off for nothing).
        let mut work = CatchPanic(self.run(inv));
        match tokio::time::timeout(INLINE_BUDGET, &mut work).await {
            Ok(Ok(reply)) if reply.image.is_some() => {
                // A chart cannot ride in the acknowledgement: it is uploaded to the channel.
                self.handler.remember_answer(key, reply.clone()).await;
                let (web, channel) = (self.web.clone(), event.channel_id.to_string());
                tokio::spawn(async move {
                    if let Err(e) = web.share(&channel, &reply).await {
                        tracing::error!(error = %e, "could not share a chart in Slack");
                    }
                });
                Ok(ephemeral("Sharing the chart in this channel…"))
            }
            Ok(Ok(reply)) => {
                self.handler.remember_answer(key, reply.clone()).await;
                Ok(slash_response(&reply))
            }
            Ok(Err(Panicked)) => Ok(ephemeral(
                "Something went wrong on our side. Please try again.",
            )),
            Err(_) => {
                let (web, handler) = (self.web.clone(), self.handler.clone());
                let (url, channel) = (event.response_url.clone(), event.channel_id.to_string());
                tokio::spawn(async move {
                    if let Ok(reply) = work.await {
                        handler.remember_answer(key, reply.clone()).await;
                        if let Err(e) = web.respond(&url, &channel, &reply).await {
                            tracing::error!(error = %e, "could not deliver a slow slash command answer");
                        }
                    }
                });
                Ok(ephemeral("Working on it…"))
            }
        }
    }

    /// An Events API callback: mentions and direct messages run (once per `event_id`), the
    /// reply is posted to the channel after the acknowledgement. Everything else (event types
    /// the bot does not use, including ones Slack adds later) is ignored.
    pub async fn event(self: &Arc<Self>, cb: &SlackPushEventCallback) -> Result<(), Refused> {
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
                    _ => return Ok(()),
                }
            }
            _ => {
                tracing::debug!(event_id = %cb.event_id, "ignoring a Slack event the bot does not use");
                return Ok(());
            }
        };
        let inv = inbound::invocation(
            cb.team_id.as_ref(),
            &channel,
            &user,
            &inbound::strip_mention(&text),
            false,
        )?;
        if !self
            .handler
            .first_delivery(format!("slack-event:{}", cb.event_id))
            .await
        {
            tracing::info!(event_id = %cb.event_id, "ignoring a re-delivered Slack event");
            return Ok(());
        }
        let (work, web) = (self.run(inv), self.web.clone());
        tokio::spawn(async move {
            let reply = work.await;
            if reply.blocks.is_empty() {
                return;
            }
            if let Err(e) = web.share(&channel, &reply).await {
                tracing::error!(error = %e, "could not post a reply to Slack");
            }
        });
        Ok(())
    }

    /// A button press. The button's value is the line to run for the presser (the bot
    /// decides whether they may act); a stored record replaces the card in place, anything
    /// else is shown only to the presser. Runs after the acknowledgement.
    pub fn interaction(self: &Arc<Self>, event: &SlackInteractionEvent) -> Result<(), Refused> {
        let SlackInteractionEvent::BlockActions(press) = event else {
            tracing::debug!("ignoring a Slack interaction the bot does not use");
            return Ok(());
        };
        let (Some(user), Some(value)) = (
            press.user.as_ref(),
            press
                .actions
                .as_ref()
                .and_then(|a| a.first())
                .and_then(|a| a.value.clone()),
        ) else {
            return Ok(());
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
            return Ok(());
        };
        let inv = inbound::invocation(
            press.team.id.as_ref(),
            &channel,
            user.id.as_ref(),
            &value,
            false,
        )?;
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
        Ok(())
    }
}

/// The handler panicked while answering.
struct Panicked;

/// Runs a future, turning a panic into [`Panicked`] (as a spawned task's `JoinError` would).
struct CatchPanic(BoxFuture<Reply>);

impl Future for CatchPanic {
    type Output = Result<Reply, Panicked>;

    fn poll(
        mut self: Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Self::Output> {
        let inner = self.0.as_mut();
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| inner.poll(cx))) {
            Ok(poll) => poll.map(Ok),
            Err(_) => std::task::Poll::Ready(Err(Panicked)),
        }
    }
}

/// A short answer only the caller sees.
fn ephemeral(text: &str) -> serde_json::Value {
    serde_json::json!({"response_type": "ephemeral", "text": text})
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
