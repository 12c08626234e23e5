//! An Events API callback: mentions and direct messages run once per `event_id`, the Home
//! tab refreshed when opened, everything else ignored.

use super::{Refused, Slack};
use crate::inbound;
use slack_morphism::prelude::*;
use std::sync::Arc;
use valuebridge_chat::ReplyKind;

impl Slack {
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
}
