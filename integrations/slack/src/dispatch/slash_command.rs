//! A slash command: acknowledged with its answer when it comes within the budget, else with
//! "Working on it…" and delivered afterwards; a repeat gets the first answer.

use super::{slash_response, BoxFuture, CommandAnswer, Refused, Slack, INLINE_BUDGET};
use crate::{blocks, inbound};
use slack_morphism::prelude::*;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use valuebridge_chat::{Reply, ReplyKind};

impl Slack {
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
