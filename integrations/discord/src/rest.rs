//! Discord's REST API through serenity's `Http`: channel posts (scheduled digests, answers to
//! mentions) and command registration. `discord.api_url` other than Discord's own sends every
//! request to that host (loopback tests, an API proxy); serenity's rate limiter cannot follow
//! such a host, so there a 429 comes back to the caller, who waits it out through the outbox.

use crate::embeds;
use crate::outbound;
use serenity::all::{ChannelId, Command, GuildId, HttpBuilder, MessageId};
use serenity::http::{Http, HttpError};
use std::sync::Arc;
use std::time::Duration;
use valuebridge_chat::Reply;

pub const DISCORD_API: &str = "https://discord.com";

/// Why a post did not reach Discord. Never contains the token.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{message}")]
pub struct PostError {
    pub message: String,
    /// Discord said to wait (429); `None` when it did not say how long.
    pub retry_after: Option<Duration>,
    pub rate_limited: bool,
    /// Retrying will not help (unknown channel, missing access).
    pub permanent: bool,
}

impl PostError {
    pub fn from_serenity(e: serenity::Error) -> PostError {
        match e {
            serenity::Error::Http(HttpError::UnsuccessfulRequest(r)) => {
                let status = r.status_code.as_u16();
                let what = match status {
                    429 => "rate limited; will retry".to_string(),
                    401 => "DISCORD_TOKEN was not accepted".to_string(),
                    403 => format!(
                        "missing permission ({}): give the bot View Channel, Send Messages and Embed Links there",
                        r.error.message
                    ),
                    404 => format!("unknown channel or message ({})", r.error.message),
                    _ => format!("HTTP {status}: {}", r.error.message),
                };
                PostError {
                    message: format!("Discord refused the request: {what}"),
                    retry_after: None,
                    rate_limited: status == 429,
                    permanent: (400..500).contains(&status) && status != 429 && status != 408,
                }
            }
            other => PostError {
                message: format!("could not reach Discord: {}", redact(&other.to_string())),
                retry_after: None,
                rate_limited: false,
                permanent: false,
            },
        }
    }
}

/// Interaction webhook URLs carry the interaction's token; errors show the path without it.
fn redact(text: &str) -> String {
    match text.find("/webhooks/") {
        Some(at) => format!("{}/webhooks/…", &text[..at]),
        None => text.to_string(),
    }
}

#[derive(Clone)]
pub struct DiscordRest {
    pub http: Arc<Http>,
    api_url: String,
    token: String,
}

impl std::fmt::Debug for DiscordRest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DiscordRest")
    }
}

impl DiscordRest {
    /// `api_url` is Discord's (`https://discord.com`) or a host that stands in for it.
    pub fn new(api_url: &str, token: &str) -> DiscordRest {
        let api_url = api_url.trim_end_matches('/').to_string();
        DiscordRest {
            http: Arc::new(build_http(&api_url, token)),
            api_url,
            token: token.to_string(),
        }
    }

    /// Another client on the same host and token (the gateway client owns its own).
    pub fn fresh_http(&self) -> Http {
        build_http(&self.api_url, &self.token)
    }

    /// Posts a reply to a channel, as many messages as it needs.
    pub async fn post(&self, channel: &str, reply: &Reply) -> Result<Vec<MessageId>, PostError> {
        let channel = parse_channel(channel)?;
        let mut ids = Vec::new();
        for m in embeds::render(reply) {
            let sent = channel
                .send_message(&self.http, outbound::create(&m))
                .await
                .map_err(PostError::from_serenity)?;
            ids.push(sent.id);
        }
        Ok(ids)
    }

    /// Posts a reply to a channel; one with a chart carries it as an attachment shown in its
    /// first embed. When Discord will not take the picture (over the size limit, refused
    /// for any reason but a rate limit) the reply is posted as text, so it is never lost.
    pub async fn share(&self, channel: &str, reply: &Reply) -> Result<(), PostError> {
        let Some(image) = reply
            .image
            .as_ref()
            .filter(|i| i.png.len() <= crate::interactions::MAX_ATTACHMENT_BYTES)
        else {
            return self.post(channel, reply).await.map(|_| ());
        };
        let id = parse_channel(channel)?;
        let mut messages = embeds::render(reply).into_iter();
        let first = messages.next().expect("at least one message");
        if let Err(e) = id
            .send_message(&self.http, outbound::create_with_image(&first, image))
            .await
        {
            let e = PostError::from_serenity(e);
            if e.rate_limited || e.retry_after.is_some() {
                return Err(e);
            }
            tracing::warn!(error = %e, "could not attach a chart on Discord; posting its text instead");
            return self.post(channel, reply).await.map(|_| ());
        }
        for m in messages {
            id.send_message(&self.http, outbound::create(&m))
                .await
                .map_err(PostError::from_serenity)?;
        }
        Ok(())
    }

    /// Registers `/value` and the "Log with valuebridge" message command: in one guild
    /// (instant) or globally. Discord's bulk overwrite replaces what is there, so registering
    /// again never duplicates a command.
    pub async fn register(
        &self,
        guild: Option<GuildId>,
        declarations: &valuebridge_chat::Declarations,
    ) -> Result<usize, PostError> {
        let commands = vec![
            crate::spec::registration(declarations),
            crate::context_menu::registration(),
        ];
        let set = match guild {
            Some(g) => g.set_commands(&self.http, commands).await,
            None => Command::set_global_commands(&self.http, commands).await,
        };
        set.map(|c| c.len()).map_err(PostError::from_serenity)
    }
}

fn build_http(api_url: &str, token: &str) -> Http {
    let builder = HttpBuilder::new(token);
    if api_url == DISCORD_API {
        builder.build()
    } else {
        builder.proxy(api_url).ratelimiter_disabled(true).build()
    }
}

fn parse_channel(channel: &str) -> Result<ChannelId, PostError> {
    channel
        .trim()
        .parse::<u64>()
        .ok()
        .filter(|n| *n != 0)
        .map(ChannelId::new)
        .ok_or_else(|| PostError {
            message: format!("`{channel}` is not a Discord channel id"),
            retry_after: None,
            rate_limited: false,
            permanent: true,
        })
}
