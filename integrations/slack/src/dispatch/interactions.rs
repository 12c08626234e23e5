//! Interactions: routed by kind, and a button press run for the presser after the
//! acknowledgement, its answer replacing the card or shown only to them.

use super::{Refused, Slack};
use crate::inbound;
use slack_morphism::prelude::*;
use std::sync::Arc;
use valuebridge_chat::{Reply, ReplyKind, Visibility};

impl Slack {
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
