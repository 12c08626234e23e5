//! Sends outbox posts to the right platform by tenant: `local` → console sessions,
//! `slack:*` → Slack's chat.postMessage, `discord:*` → the channel's messages on Discord; a
//! post with a chart is shared as a file in Slack and an attachment on Discord. A channel
//! named with its platform (`discord:123`, from an organisation spanning platforms) goes to
//! that platform whatever the tenant.

use crate::console::ConsolePoster;
use crate::ids::TenantId;
use crate::schedule::{PostError, PostFuture, Poster};
use valuebridge_chat::Reply;

pub struct Router {
    pub console: ConsolePoster,
    pub slack: Option<valuebridge_slack::SlackWeb>,
    pub discord: Option<valuebridge_discord::DiscordRest>,
}

/// A Discord 429 that did not say how long to wait: try again after this long.
const DISCORD_RATE_LIMIT_WAIT: i64 = 5;

impl Poster for Router {
    fn post<'a>(
        &'a self,
        tenant: &'a TenantId,
        channel: &'a str,
        reply: &'a Reply,
    ) -> PostFuture<'a> {
        let (platform, channel) = route(tenant, channel);
        match platform {
            "slack" => match &self.slack {
                Some(web) => Box::pin(async move {
                    web.share(channel, reply).await.map_err(|e| PostError {
                        message: e.message,
                        retry_after: e
                            .retry_after
                            .and_then(|d| chrono::Duration::from_std(d).ok()),
                        permanent: e.permanent,
                    })
                }),
                None => Box::pin(async {
                    Err(PostError {
                        message: "Slack is not connected (SLACK_BOT_TOKEN is not set)".into(),
                        retry_after: None,
                        permanent: false,
                    })
                }),
            },
            "discord" => match &self.discord {
                Some(rest) => Box::pin(async move {
                    rest.share(channel, reply).await.map_err(|e| PostError {
                        retry_after: e
                            .retry_after
                            .and_then(|d| chrono::Duration::from_std(d).ok())
                            .or_else(|| {
                                e.rate_limited
                                    .then(|| chrono::Duration::seconds(DISCORD_RATE_LIMIT_WAIT))
                            }),
                        permanent: e.permanent,
                        message: e.message,
                    })
                }),
                None => Box::pin(async {
                    Err(PostError {
                        message: "Discord is not connected (DISCORD_TOKEN is not set)".into(),
                        retry_after: None,
                        permanent: false,
                    })
                }),
            },
            _ => self.console.post(tenant, channel, reply),
        }
    }
}

/// The platform a post goes to, and the channel as that platform names it.
pub fn route<'a>(tenant: &TenantId, channel: &'a str) -> (&'static str, &'a str) {
    for platform in ["slack", "discord"] {
        if let Some(bare) = channel
            .strip_prefix(platform)
            .and_then(|rest| rest.strip_prefix(':'))
        {
            return (platform, bare);
        }
    }
    (crate::telemetry::platform(tenant.as_str()), channel)
}

#[cfg(test)]
mod tests {
    use super::route;

    #[test]
    fn a_channel_named_with_its_platform_goes_there_whatever_the_tenant() {
        let slack = "slack:T1".parse().unwrap();
        assert_eq!(route(&slack, "C1"), ("slack", "C1"));
        assert_eq!(route(&slack, "discord:42"), ("discord", "42"));
        let discord = "discord:G1".parse().unwrap();
        assert_eq!(route(&discord, "slack:C9"), ("slack", "C9"));
        assert_eq!(
            route(&"local".parse().unwrap(), "console"),
            ("console", "console")
        );
    }
}
