//! Discord over the gateway (serenity's client): registers `/value` once on READY, answers
//! interactions through the callback endpoint, and runs mentions and direct messages
//! through the conversational flow.

use crate::interactions::{self, Discord};
use crate::rest::PostError;
use serenity::all::ClientBuilder;
use serenity::all::{
    Context, EventHandler, GatewayIntents, GuildId, Interaction, Message, Ready, UserId,
};
use serenity::async_trait;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;
use valuebridge_chat::{Invocation, Reply};

/// Guilds, guild messages (with their content, for mentions) and direct messages.
pub fn intents() -> GatewayIntents {
    GatewayIntents::GUILDS
        | GatewayIntents::GUILD_MESSAGES
        | GatewayIntents::MESSAGE_CONTENT
        | GatewayIntents::DIRECT_MESSAGES
}

/// What the gateway reports to the bot's readiness.
pub trait GatewayStatus: Send + Sync + 'static {
    fn ready(&self, user: &str);
    fn waiting(&self, why: &str);
}

struct Handler {
    discord: Arc<Discord>,
    register_in: Option<GuildId>,
    registered: AtomicBool,
    status: Arc<dyn GatewayStatus>,
    /// The bot's own user id, from READY (to notice mentions of it).
    me: OnceLock<UserId>,
}

/// The message without a leading mention of the bot (`<@id>` or `<@!id>`).
pub fn strip_mention(text: &str, bot: u64) -> String {
    let text = text.trim();
    for prefix in [format!("<@{bot}>"), format!("<@!{bot}>")] {
        if let Some(rest) = text.strip_prefix(&prefix) {
            return rest.trim_start_matches([',', ':']).trim().to_string();
        }
    }
    text.replace(&format!("<@{bot}>"), "")
        .replace(&format!("<@!{bot}>"), "")
        .trim()
        .to_string()
}

#[async_trait]
impl EventHandler for Handler {
    async fn ready(&self, _ctx: Context, ready: Ready) {
        tracing::info!(user = %ready.user.name, guilds = ready.guilds.len(), "connected to the Discord gateway");
        self.status.ready(&ready.user.name);
        let _ = self.me.set(ready.user.id);
        self.discord
            .rest
            .http
            .set_application_id(ready.application.id);
        if self.registered.swap(true, Ordering::SeqCst) {
            return;
        }
        match self
            .discord
            .rest
            .register(self.register_in, &self.discord.commands)
            .await
        {
            Ok(_) => tracing::info!(
                scope = %self.register_in.map_or("global".to_string(), |g| format!("guild {g}")),
                "registered the /value and message commands"
            ),
            Err(e) => {
                self.registered.store(false, Ordering::SeqCst);
                tracing::error!(error = %e, "could not register the /value and message commands");
            }
        }
    }

    async fn interaction_create(&self, _ctx: Context, interaction: Interaction) {
        let Some(answer) = interactions::answer(&self.discord, interaction.clone()).await else {
            return;
        };
        let http = &self.discord.rest.http;
        let sent = match &interaction {
            Interaction::Command(c) | Interaction::Autocomplete(c) => {
                c.create_response(http, answer.first).await
            }
            Interaction::Component(c) => c.create_response(http, answer.first).await,
            Interaction::Modal(m) => m.create_response(http, answer.first).await,
            _ => Ok(()),
        };
        match sent {
            Ok(()) => {
                if let Some(later) = answer.later {
                    later.await;
                }
            }
            Err(e) => {
                tracing::error!(error = %PostError::from_serenity(e), "could not answer a Discord interaction")
            }
        }
    }

    async fn message(&self, _ctx: Context, msg: Message) {
        let Some(&me) = self.me.get() else {
            return;
        };
        if msg.author.bot || msg.author.id == me {
            return;
        }
        let is_dm = msg.guild_id.is_none();
        if !is_dm && !msg.mentions.iter().any(|u| u.id == me) {
            return;
        }
        if !self
            .discord
            .handler
            .first_delivery(format!("discord-message:{}", msg.id))
            .await
        {
            return;
        }
        let reply = match interactions::tenant(&self.discord, msg.guild_id) {
            None => Reply::user_error(interactions::NO_HOME),
            Some(tenant) => {
                let inv = Invocation {
                    tenant,
                    channel: msg.channel_id.to_string(),
                    actor: interactions::actor(&msg.author, None),
                    text: strip_mention(&msg.content, me.get()),
                    is_command: false,
                };
                self.discord.handler.handle(inv).await
            }
        };
        if reply.blocks.is_empty() {
            return;
        }
        if let Err(e) = self
            .discord
            .rest
            .post(&msg.channel_id.to_string(), &reply)
            .await
        {
            tracing::error!(error = %e, "could not answer a Discord message");
        }
    }
}

/// Runs the gateway until `stop` completes, reconnecting with backoff when the connection
/// cannot be made (serenity itself resumes dropped sessions).
pub async fn run(
    discord: Arc<Discord>,
    register_in: Option<GuildId>,
    status: Arc<dyn GatewayStatus>,
    stop: impl std::future::Future<Output = ()> + Send,
) {
    let handler = Arc::new(Handler {
        discord: discord.clone(),
        register_in,
        registered: AtomicBool::new(false),
        status: status.clone(),
        me: OnceLock::new(),
    });
    tokio::pin!(stop);
    let mut wait = Duration::from_secs(1);
    loop {
        let built = ClientBuilder::new_with_http(discord.rest.fresh_http(), intents())
            .event_handler_arc(handler.clone())
            .await;
        let mut client = match built {
            Ok(c) => c,
            Err(e) => {
                status.waiting(&format!("could not start the Discord client: {e}"));
                return;
            }
        };
        let shards = client.shard_manager.clone();
        let outcome = tokio::select! {
            r = client.start() => Some(r),
            _ = &mut stop => None,
        };
        match outcome {
            None => {
                shards.shutdown_all().await;
                return;
            }
            Some(Ok(())) => wait = Duration::from_secs(1),
            Some(Err(e)) => {
                let e = PostError::from_serenity(e);
                tracing::warn!(error = %e, "the Discord gateway stopped; reconnecting");
                status.waiting(&format!("Discord gateway: {}", e.message));
            }
        }
        tokio::select! {
            _ = tokio::time::sleep(wait) => {}
            _ = &mut stop => return,
        }
        wait = (wait * 2).min(Duration::from_secs(60));
    }
}
