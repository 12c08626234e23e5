//! What the adapter does with an interaction, the same over the gateway and over HTTP: a
//! first answer Discord must get within 3 seconds, and any work that follows it (a deferred
//! digest, the further parts of a long reply).
//!
//! This file routes an interaction by kind; `slash_commands` runs commands and suggests,
//! `buttons` runs a button's line, and `answers` makes the first answer and what follows.

use crate::embeds;
use crate::form_memory::FormMemory;
use crate::forms;
use crate::outbound;
use crate::rest::DiscordRest;
use crate::spec::Suggest;
use buttons::button;
use serenity::all::{
    CommandDataOption, CommandDataOptionValue, CreateInteractionResponse, GuildId, Interaction,
    Member, User,
};
use slash_commands::{autocomplete, command};
use std::collections::BTreeMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;
use valuebridge_chat::{Actor, FormOutcome, FormSubmission, Invocation, Reply};

mod answers;
mod buttons;
mod slash_commands;

pub(crate) use answers::{deferred, deferred_update, inline, Shown, SORRY};

pub type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

/// How long a command may run before it is deferred and answered by a follow-up.
pub const INLINE_BUDGET: Duration = Duration::from_millis(2500);

/// The bot behind the adapter.
pub trait DiscordHandler: Send + Sync + 'static {
    /// Runs one invocation.
    fn handle(&self, inv: Invocation) -> BoxFuture<Reply>;
    /// Reads a submitted form as its command, storing what it says when it is right.
    fn submit_form(&self, submission: FormSubmission) -> BoxFuture<FormOutcome>;
    /// True the first time a delivery key (an interaction or message id) is seen.
    fn first_delivery(&self, key: String) -> BoxFuture<bool>;
    /// Up to 25 `(label, value)` suggestions of units or investments matching `typed`.
    fn suggest(
        &self,
        tenant: String,
        what: Suggest,
        typed: String,
    ) -> BoxFuture<Vec<(String, String)>>;
    /// Seconds since the Unix epoch, from the bot's clock (for signature freshness).
    fn now_unix(&self) -> i64;
}

/// The adapter's state, shared by the gateway and the HTTP endpoint.
pub struct Discord {
    pub handler: Arc<dyn DiscordHandler>,
    pub rest: DiscordRest,
    /// The guild direct messages belong to (`discord.home_guild`).
    pub home_guild: Option<GuildId>,
    /// The bot's commands: `/value`'s options and the lines they run.
    pub commands: valuebridge_chat::Declarations,
    /// Forms opened lately, to reopen one with what was typed when the bot finds it wrong.
    pub forms: FormMemory,
}

/// The first answer to an interaction, and the work that follows it.
pub struct Answer {
    pub first: CreateInteractionResponse,
    pub later: Option<BoxFuture<()>>,
}

impl Answer {
    pub(crate) fn now(first: CreateInteractionResponse) -> Answer {
        Answer { first, later: None }
    }
}

/// Discord refuses attachments over 10 MiB in a server without boosts; a chart is far
/// smaller, but one that is not is sent as text rather than refused.
pub const MAX_ATTACHMENT_BYTES: usize = 10 * 1024 * 1024;

pub const NO_HOME: &str = "I keep records per Discord server, and direct messages do not say which server they are about. Ask an admin to set `discord.home_guild` to the server's id in the configuration, or use /value in a server channel.";

/// `discord:<guild>` for a guild, the home guild for a direct message.
pub fn tenant(discord: &Discord, guild: Option<GuildId>) -> Option<String> {
    guild.or(discord.home_guild).map(|g| format!("discord:{g}"))
}

pub fn actor(user: &User, member: Option<&Member>) -> Actor {
    let name = member
        .and_then(|m| m.nick.clone())
        .or_else(|| user.global_name.clone())
        .unwrap_or_else(|| user.name.clone());
    Actor {
        user_id: user.id.to_string(),
        display_name: name,
        role: None,
    }
}

pub(crate) fn ephemeral(text: &str) -> CreateInteractionResponse {
    let m = embeds::render(&Reply::user_error(text));
    CreateInteractionResponse::Message(outbound::response(&m[0]))
}

/// The subcommand (`note`, or `group sub` for a grouped one) and its options as text, from
/// a command interaction.
pub fn options(data: &[CommandDataOption]) -> Option<(String, BTreeMap<String, String>)> {
    let first = data.first()?;
    let (name, opts) = match &first.value {
        CommandDataOptionValue::SubCommand(opts) => (first.name.clone(), opts),
        CommandDataOptionValue::SubCommandGroup(subs) => {
            let sub = subs.first()?;
            let CommandDataOptionValue::SubCommand(opts) = &sub.value else {
                return None;
            };
            (format!("{} {}", first.name, sub.name), opts)
        }
        _ => return None,
    };
    let mut args = BTreeMap::new();
    for o in opts {
        let v = match &o.value {
            CommandDataOptionValue::String(s) => s.clone(),
            CommandDataOptionValue::Integer(n) => n.to_string(),
            CommandDataOptionValue::Number(n) => n.to_string(),
            CommandDataOptionValue::Boolean(b) => b.to_string(),
            CommandDataOptionValue::Autocomplete { value, .. } => value.clone(),
            _ => continue,
        };
        args.insert(o.name.clone(), v);
    }
    Some((name, args))
}

/// Answers any interaction. `None`: it was already handled (a duplicate delivery).
pub async fn answer(discord: &Arc<Discord>, interaction: Interaction) -> Option<Answer> {
    match interaction {
        Interaction::Ping(_) => Some(Answer::now(CreateInteractionResponse::Pong)),
        Interaction::Autocomplete(ci) => Some(autocomplete(discord, &ci).await),
        Interaction::Command(ci) => command(discord, ci).await,
        Interaction::Component(ci) => button(discord, ci).await,
        Interaction::Modal(mi) => forms::submitted(discord, mi).await,
        _ => Some(Answer::now(not_handled())),
    }
}

/// The answer to an interaction of a kind the bot does not use.
pub fn not_handled() -> CreateInteractionResponse {
    ephemeral("I do not handle that kind of interaction.")
}
