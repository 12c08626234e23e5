//! Starting Discord from the secrets: the gateway when `DISCORD_TOKEN` is set, the HTTP
//! interactions endpoint when `DISCORD_PUBLIC_KEY` is set (both may run at once).

use super::bridge::Bridge;
use super::deliveries::Deliveries;
use crate::config::{Config, DiscordConfig};
use crate::secrets::Secrets;
use crate::server::Readiness;
use crate::service::Service;

use std::sync::Arc;
use tokio_util::sync::CancellationToken;
use valuebridge_discord::{
    gateway, http, verify::InteractionVerifier, Discord, DiscordRest, GuildId,
};

/// What started: the REST client for outbox posts, routes to merge, the gateway task.
#[derive(Default)]
pub struct Started {
    pub rest: Option<DiscordRest>,
    pub routes: Option<axum::Router>,
    pub gateway: Option<tokio::task::JoinHandle<()>>,
}

struct Status(Readiness);

impl gateway::GatewayStatus for Status {
    fn ready(&self, user: &str) {
        tracing::info!(%user, "Discord gateway ready");
        self.0.ready("discord");
    }
    fn waiting(&self, why: &str) {
        self.0.waiting("discord", why);
    }
}

fn guild(key: &str, value: &str) -> anyhow::Result<Option<GuildId>> {
    Ok(DiscordConfig::guild(key, value)?.map(GuildId::new))
}

pub fn start(
    service: &Service,
    secrets: &Secrets,
    config: &Config,
    readiness: &Readiness,
    stop: &CancellationToken,
) -> anyhow::Result<Started> {
    let token = secrets.get("DISCORD_TOKEN");
    let key = secrets.get("DISCORD_PUBLIC_KEY");
    if token.is_none() && key.is_none() {
        return Ok(Started::default());
    }
    let verifier = key
        .map(|k| InteractionVerifier::new(k.expose()))
        .transpose()
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let deliveries = Deliveries::open(service.store())?;
    let rest = DiscordRest::new(
        &config.discord.api_url,
        token.map(|t| t.expose()).unwrap_or(""),
    );
    let discord = Arc::new(Discord {
        handler: Arc::new(Bridge {
            service: service.clone(),
            deliveries,
        }),
        rest: rest.clone(),
        home_guild: guild("discord.home_guild", &config.discord.home_guild)?,
        commands: crate::command::declarations::DECLARATIONS,
        forms: Default::default(),
    });
    let mut started = Started::default();
    if let Some(verifier) = verifier {
        started.routes = Some(http::router(Arc::new(http::DiscordHttp {
            discord: discord.clone(),
            verifier,
        })));
        tracing::info!("Discord: listening for signed interactions on /discord/interactions");
    }
    if token.is_some() {
        let register_in = guild("discord.guild_id", &config.discord.guild_id)?;
        readiness.waiting("discord", "connecting to the Discord gateway");
        let status = Arc::new(Status(readiness.clone()));
        let stop = stop.clone();
        started.gateway = Some(tokio::spawn(gateway::run(
            discord,
            register_in,
            status,
            async move { stop.cancelled().await },
        )));
        started.rest = Some(rest);
    }
    Ok(started)
}
