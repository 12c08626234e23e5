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
use valuebridge_chat::{
    Actor, FormOutcome, FormSubmission, Invocation, Lookup, Reply, ReplyKind, Suggestion,
    Visibility,
};

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
    /// Reads a submitted form through its command's grammar: errors by field, or the reply
    /// the typed command would have given.
    fn submit_form(&self, submission: FormSubmission) -> BoxFuture<FormOutcome>;
    /// Type-ahead for a lookup field: the workspace's records matching what was typed.
    fn suggest(&self, tenant: String, lookup: Lookup, typed: String) -> BoxFuture<Vec<Suggestion>>;
    /// What `actor` sees on the app's Home tab.
    fn home(&self, tenant: String, actor: Actor) -> BoxFuture<Reply>;
}

/// A request that did not come from Slack as Slack sends it; the HTTP route answers 400.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    #[error(transparent)]
    BadId(#[from] BadId),
    #[error("the slash command has no trigger_id")]
    NoTrigger,
}

/// How the bot acknowledges a slash command.
#[derive(Debug, Clone, PartialEq)]
pub enum CommandAnswer {
    /// Slack's slash-command response JSON, shown to the caller (or the channel).
    Message(serde_json::Value),
    /// The same, already serialised: a repeat's acknowledgement, as sent before.
    Encoded(axum::body::Bytes),
    /// A modal opened for the command: an empty acknowledgement, so no message shows.
    FormOpened,
}

/// The slash command this app answers unless configured otherwise.
pub const DEFAULT_COMMAND: &str = "/value";

/// The adapter's shared core: the bot, the Web API client and the user names it has
/// looked up.
pub struct Slack {
    pub handler: Arc<dyn SlackHandler>,
    pub web: SlackWeb,
    pub(crate) names: UserNames,
    /// The slash command this app answers (`/value`); other commands are refused.
    command: String,
    /// Home tabs being published, so a burst of records publishes each person's once or twice.
    pub(crate) homes: crate::home::Refreshing,
    /// Repeated slash commands' acknowledgements, as first sent.
    repeats: crate::repeats::RepeatAcks,
}

impl Slack {
    /// `command` is the slash command configured for the app in Slack (`/value`).
    pub fn new(handler: Arc<dyn SlackHandler>, web: SlackWeb, command: &str) -> Arc<Slack> {
        Arc::new(Slack {
            handler,
            names: UserNames::new(web.clone()),
            web,
            command: command.to_string(),
            homes: Default::default(),
            repeats: Default::default(),
        })
    }

    /// Runs an invocation as the named user: the name is looked up here, inside the work
    /// Slack is waiting for, rather than before it.
    pub(crate) fn run(self: &Arc<Self>, mut inv: Invocation) -> BoxFuture<Reply> {
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
    ) -> Result<CommandAnswer, Refused> {
        let inv = inbound::invocation(
            event.team_id.as_ref(),
            event.channel_id.as_ref(),
            event.user_id.as_ref(),
            event.text.as_deref().unwrap_or(""),
            true,
        )?;
        if event.command.as_ref() != self.command {
            tracing::debug!(command = %valuebridge_chat::text::clip(event.command.as_ref(), 40), "refused a slash command this app does not answer");
            return Ok(CommandAnswer::Message(ephemeral(&format!(
                "This app answers `{ours}`, not `{theirs}`. Try `{ours} help`.",
                ours = self.command,
                theirs = blocks::escape(&valuebridge_chat::text::clip(event.command.as_ref(), 40)),
            ))));
        }
        let trigger = event.trigger_id.as_ref();
        if trigger.is_empty() {
            return Err(Refused::NoTrigger);
        }
        let key = format!("slack-command:{trigger}");
        if !self.handler.first_delivery(key.clone()).await {
            tracing::info!(trigger_id = %trigger, "answering a repeated slash command with its first answer");
            if let Some(ack) = self.repeats.get(&key) {
                return Ok(CommandAnswer::Encoded(ack));
            }
            let earlier = self.handler.earlier_answer(key.clone()).await;
            if earlier.as_ref().is_some_and(|r| r.form.is_some()) {
                // The form opened the first time; a second acknowledgement adds nothing.
                return Ok(CommandAnswer::FormOpened);
            }
            return Ok(match earlier {
                // A chart was shared in the channel the first time; sharing it again
                // (even as text) would post it twice.
                Some(reply) if reply.image.is_some() => CommandAnswer::Message(ephemeral(
                    "That chart is already shared in this channel.",
                )),
                Some(reply) => match serde_json::to_vec(&slash_response(&reply)) {
                    Ok(ack) => {
                        let ack = axum::body::Bytes::from(ack);
                        self.repeats.keep(&key, ack.clone());
                        CommandAnswer::Encoded(ack)
                    }
                    // A reply is strings and enums: it always serialises.
                    Err(_) => CommandAnswer::Message(slash_response(&reply)),
                },
                None => CommandAnswer::Message(ephemeral(
                    "That command is already being handled; its answer follows.",
                )),
            });
        }
        // A key seen anew (forgotten after a day) gets its own answer, not the old one's.
        self.repeats.forget(&key);
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
                Ok(CommandAnswer::Message(ephemeral(
                    "Sharing the chart in this channel…",
                )))
            }
            Ok(Ok(reply)) => {
                if let Some(form) = &reply.form {
                    // The trigger lives 3 seconds from the keystroke: open the modal now,
                    // before anything else.
                    let channel = event.channel_id.to_string();
                    if self.open_form(trigger, &channel, None, form).await {
                        self.handler.remember_answer(key, reply.clone()).await;
                        return Ok(CommandAnswer::FormOpened);
                    }
                }
                self.handler.remember_answer(key, reply.clone()).await;
                if reply.kind == ReplyKind::Recorded {
                    self.refresh_home(event.team_id.as_ref(), event.user_id.as_ref());
                }
                Ok(CommandAnswer::Message(slash_response(&reply)))
            }
            Ok(Err(Panicked)) => Ok(CommandAnswer::Message(ephemeral(
                "Something went wrong on our side. Please try again.",
            ))),
            Err(_) => {
                let (web, handler, slack) = (self.web.clone(), self.handler.clone(), self.clone());
                let (url, channel) = (event.response_url.clone(), event.channel_id.to_string());
                let (team, user) = (event.team_id.to_string(), event.user_id.to_string());
                tokio::spawn(async move {
                    if let Ok(reply) = work.await {
                        handler.remember_answer(key, reply.clone()).await;
                        if reply.kind == ReplyKind::Recorded {
                            slack.refresh_home(&team, &user);
                        }
                        if let Err(e) = web.respond(&url, &channel, &reply).await {
                            tracing::error!(error = %e, "could not deliver a slow slash command answer");
                        }
                    }
                });
                Ok(CommandAnswer::Message(ephemeral("Working on it…")))
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
            SlackEventCallbackBody::AppHomeOpened(h) => {
                // Publishing is idempotent, so a re-delivered event needs no bookkeeping.
                if h.tab.as_deref() == Some("home") {
                    inbound::check_id("team_id", cb.team_id.as_ref())?;
                    inbound::check_id("user_id", h.user.as_ref())?;
                    self.refresh_home(cb.team_id.as_ref(), h.user.as_ref());
                }
                return Ok(());
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
        let (work, slack) = (self.run(inv), self.clone());
        let team = cb.team_id.to_string();
        tokio::spawn(async move {
            let reply = work.await;
            if reply.kind == ReplyKind::Recorded {
                slack.refresh_home(&team, &user);
            }
            if reply.blocks.is_empty() {
                return;
            }
            if let Err(e) = slack.web.share(&channel, &reply).await {
                tracing::error!(error = %e, "could not post a reply to Slack");
            }
        });
        Ok(())
    }

    /// An interaction, answered in its acknowledgement where Slack reads one: a refused
    /// form submission's errors, an external select's options. Button presses and message
    /// shortcuts run after the acknowledgement.
    pub async fn interaction(
        self: &Arc<Self>,
        event: &SlackInteractionEvent,
    ) -> Result<Option<serde_json::Value>, Refused> {
        match event {
            SlackInteractionEvent::BlockActions(press) => self.press(press).map(|()| None),
            SlackInteractionEvent::ViewSubmission(submitted) => self.submission(submitted).await,
            SlackInteractionEvent::BlockSuggestion(typed) => self.suggestion(typed).await,
            SlackInteractionEvent::MessageAction(action) => self.shortcut(action).map(|()| None),
            _ => {
                tracing::debug!("ignoring a Slack interaction the bot does not use");
                Ok(None)
            }
        }
    }

    /// A button press. The button's value is the line to run for the presser (the bot
    /// decides whether they may act); a stored record replaces the card in place, a form
    /// (a draft's **Edit**) opens as a modal, anything else is shown only to the presser.
    /// A press on the Home tab has no channel: its answer goes to the person's direct
    /// messages with the app. Runs after the acknowledgement.
    fn press(self: &Arc<Self>, press: &SlackInteractionBlockActionsEvent) -> Result<(), Refused> {
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
        let (channel, ts, on_ephemeral) = match &press.container {
            SlackInteractionActionContainer::Message(m) => (
                m.channel_id
                    .as_ref()
                    .map(|c| c.to_string())
                    .or_else(|| press.channel.as_ref().map(|c| c.id.to_string())),
                Some(m.message_ts.to_string()),
                m.is_ephemeral == Some(true),
            ),
            SlackInteractionActionContainer::View(_) => (
                Some(
                    press
                        .channel
                        .as_ref()
                        .map(|c| c.id.to_string())
                        .unwrap_or_else(|| user.id.to_string()),
                ),
                None,
                false,
            ),
            _ => (
                press.channel.as_ref().map(|c| c.id.to_string()),
                None,
                false,
            ),
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
        let (work, slack, response_url) = (self.run(inv), self.clone(), press.response_url.clone());
        let (team, user, trigger) = (
            press.team.id.to_string(),
            user.id.to_string(),
            press.trigger_id.to_string(),
        );
        tokio::spawn(async move {
            let reply = work.await;
            if let Some(form) = &reply.form {
                // An ephemeral card cannot be replaced by `chat.update`; its record is posted.
                let card = ts.as_deref().filter(|_| !on_ephemeral);
                if slack.open_form(&trigger, &channel, card, form).await {
                    return;
                }
            }
            if reply.kind == ReplyKind::Recorded {
                slack.refresh_home(&team, &user);
            }
            let web = &slack.web;
            let done = match (reply.replaces_prompt, &ts, &response_url) {
                // An ephemeral card has no message `chat.update` can reach.
                (true, Some(_), Some(url)) if on_ephemeral => {
                    let shown = web.respond_replacing(url, &reply).await;
                    match reply.visibility {
                        Visibility::Channel => web.share(&channel, &reply).await,
                        Visibility::Ephemeral => shown,
                    }
                }
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
                _ => slack.deliver(&channel, &user, &reply).await,
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
    // Built by moving the rendered blocks in: `json!` would serialise them into a copy.
    let mut response = serde_json::Map::new();
    response.insert("response_type".into(), response_type.into());
    response.insert("text".into(), text.into());
    response.insert("blocks".into(), serde_json::Value::Array(blocks));
    serde_json::Value::Object(response)
}
