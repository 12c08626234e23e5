//! What the adapter does with an interaction, the same over the gateway and over HTTP: a
//! first answer Discord must get within 3 seconds, and any work that follows it (a deferred
//! digest, the further parts of a long reply).

use crate::context_menu;
use crate::embeds;
use crate::form_memory::FormMemory;
use crate::forms;
use crate::outbound;
use crate::rest::DiscordRest;
use crate::spec::{self, Suggest};
use serenity::all::{
    CommandDataOption, CommandDataOptionValue, CommandInteraction, ComponentInteraction,
    CreateAutocompleteResponse, CreateInteractionResponse, CreateInteractionResponseMessage,
    GuildId, Interaction, Member, User,
};
use serenity::builder::Builder;
use std::collections::BTreeMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;
use valuebridge_chat::{Actor, FormOutcome, FormSubmission, Invocation, Reply, Visibility};

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

async fn autocomplete(discord: &Arc<Discord>, ci: &CommandInteraction) -> Answer {
    let mut out = CreateAutocompleteResponse::new();
    let sub = match ci.data.options.first() {
        Some(CommandDataOption {
            name,
            value: CommandDataOptionValue::SubCommandGroup(subs),
            ..
        }) => format!(
            "{name} {}",
            subs.first().map(|s| s.name.as_str()).unwrap_or("")
        ),
        Some(o) => o.name.clone(),
        None => String::new(),
    };
    if let (Some(focused), Some(tenant)) = (ci.data.autocomplete(), tenant(discord, ci.guild_id)) {
        if let Some(what) = spec::suggestion_for(&discord.commands, &sub, focused.name) {
            let found = discord
                .handler
                .suggest(tenant, what, focused.value.to_string())
                .await;
            for (label, value) in found.into_iter().take(25) {
                out = out.add_string_choice(
                    valuebridge_chat::text::clip(&label, 100),
                    value.chars().take(100).collect::<String>(),
                );
            }
        }
    }
    Answer::now(CreateInteractionResponse::Autocomplete(out))
}

async fn command(discord: &Arc<Discord>, ci: CommandInteraction) -> Option<Answer> {
    if !discord
        .handler
        .first_delivery(format!("discord-interaction:{}", ci.id))
        .await
    {
        tracing::info!(id = %ci.id, "ignoring a re-delivered Discord interaction");
        return None;
    }
    let Some(tenant) = tenant(discord, ci.guild_id) else {
        return Some(Answer::now(ephemeral(NO_HOME)));
    };
    // The context menu hands over a message's words, as if the person had said them; what
    // comes back is theirs alone.
    let private = context_menu::is_menu(&ci);
    let (sub, text) = if private {
        match context_menu::target_text(&ci) {
            Ok(text) => (String::new(), text),
            Err(why) => return Some(Answer::now(ephemeral(why))),
        }
    } else {
        let Some((sub, args)) = options(&ci.data.options) else {
            return Some(Answer::now(ephemeral(
                "That command is out of date; Discord will show the current /value command shortly.",
            )));
        };
        let text = spec::line(&discord.commands, &sub, &args);
        (sub, text)
    };
    let inv = Invocation {
        tenant,
        channel: ci.channel_id.to_string(),
        actor: actor(&ci.user, ci.member.as_deref()),
        text,
        is_command: !private,
    };
    let run = discord.handler.handle(inv);
    let mut work = tokio::spawn(async move {
        let mut reply = run.await;
        if private {
            reply.visibility = Visibility::Ephemeral;
        }
        reply
    });
    // A digest may take a while, and a chart is uploaded with the answer: both are deferred.
    if sub != "digest" && sub != "chart" {
        match tokio::time::timeout(INLINE_BUDGET, &mut work).await {
            Ok(Ok(reply)) => {
                return Some(inline(
                    discord,
                    &reply,
                    ci.token.clone(),
                    Shown {
                        may_open_form: true,
                        may_update: false,
                    },
                ))
            }
            Ok(Err(e)) => {
                tracing::error!(error = %e, "a Discord command failed");
                return Some(Answer::now(ephemeral(SORRY)));
            }
            Err(_) => {}
        }
    }
    Some(deferred(discord, work, ci.token.clone(), private))
}

pub(crate) const SORRY: &str = "Something went wrong on our side. Please try again.";

/// What a first answer may do besides post a message.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Shown {
    /// Open a modal (not in answer to a submitted modal).
    pub may_open_form: bool,
    /// Replace the message the interaction came from (a button's card).
    pub may_update: bool,
}

/// The first answer for a reply ready within the budget: its form as a modal when it asks
/// for one Discord can draw, else its first message, the rest as follow-ups.
pub(crate) fn inline(discord: &Arc<Discord>, reply: &Reply, token: String, shown: Shown) -> Answer {
    if reply.form.is_some() {
        if shown.may_open_form {
            if let Some(modal) = forms::open(discord, reply) {
                return Answer::now(modal);
            }
        } else {
            tracing::error!("a reply to a submitted form asked for another form, which Discord cannot open from a form; showing its text");
        }
    }
    let mut messages = embeds::render(reply);
    let first = messages.remove(0);
    let rest = discord.rest.clone();
    let later: Option<BoxFuture<()>> = (!messages.is_empty()).then(|| {
        Box::pin(async move {
            for m in messages {
                if let Err(e) = outbound::followup(&m).execute(&rest.http, (None, &token)).await {
                    tracing::error!(error = %crate::rest::PostError::from_serenity(e), "could not send the rest of a reply");
                }
            }
        }) as BoxFuture<()>
    });
    let first = if reply.replaces_prompt && shown.may_update {
        CreateInteractionResponse::UpdateMessage(outbound::response(&first))
    } else {
        CreateInteractionResponse::Message(outbound::response(&first))
    };
    Answer { first, later }
}

/// "Thinking…" now, the reply when `work` finishes. `private`: the placeholder is shown
/// only to the person too.
pub(crate) fn deferred(
    discord: &Arc<Discord>,
    work: tokio::task::JoinHandle<Reply>,
    token: String,
    private: bool,
) -> Answer {
    let rest = discord.rest.clone();
    Answer {
        first: CreateInteractionResponse::Defer(
            CreateInteractionResponseMessage::new()
                .allowed_mentions(outbound::no_mentions())
                .ephemeral(private),
        ),
        later: Some(Box::pin(async move {
            let reply = match work.await {
                Ok(r) => r,
                Err(e) => {
                    tracing::error!(error = %e, "a deferred Discord command failed");
                    Reply::user_error(SORRY)
                }
            };
            if reply.form.is_some() {
                tracing::warn!("a form came back after the answer was deferred; Discord cannot open it now, so its text is shown");
            }
            deliver_deferred(&rest, &token, &reply, private).await;
        })),
    }
}

/// Nothing shown now (DEFERRED_UPDATE_MESSAGE), for an interaction that came from a message
/// of the bot's (a form opened by a card's button); when `work` finishes, a reply that
/// replaces the prompt takes that message's place, and any other reply follows as new
/// messages, so the card is never covered by "thinking…" and left behind.
pub(crate) fn deferred_update(
    discord: &Arc<Discord>,
    work: tokio::task::JoinHandle<Reply>,
    token: String,
) -> Answer {
    let rest = discord.rest.clone();
    Answer {
        first: CreateInteractionResponse::Acknowledge,
        later: Some(Box::pin(async move {
            let reply = work.await.unwrap_or_else(|e| {
                tracing::error!(error = %e, "a deferred Discord form failed");
                Reply::user_error(SORRY)
            });
            let messages = embeds::render(&reply);
            let (first, others) = messages.split_first().expect("at least one message");
            let mut result = if reply.replaces_prompt {
                outbound::edit_response(first)
                    .execute(&rest.http, &token)
                    .await
                    .map(|_| ())
            } else {
                outbound::followup(first)
                    .execute(&rest.http, (None, &token))
                    .await
                    .map(|_| ())
            };
            for m in others {
                result = result.and(
                    outbound::followup(m)
                        .execute(&rest.http, (None, &token))
                        .await
                        .map(|_| ()),
                );
            }
            if let Err(e) = result {
                tracing::error!(error = %crate::rest::PostError::from_serenity(e), "could not deliver a deferred Discord form's answer");
            }
            crate::forms::replace_card(&rest, &reply, &token).await;
        })),
    }
}

/// After a deferral: the answer replaces "thinking…"; an answer only the caller may see goes
/// as an ephemeral follow-up instead, and a public placeholder is removed.
async fn deliver_deferred(rest: &DiscordRest, token: &str, reply: &Reply, private: bool) {
    let messages = embeds::render(reply);
    if let (Some(image), Visibility::Channel) = (&reply.image, reply.visibility) {
        if image.png.len() <= MAX_ATTACHMENT_BYTES {
            let (first, others) = messages.split_first().expect("at least one message");
            match outbound::edit_response_with_image(first, image)
                .execute(&rest.http, token)
                .await
            {
                Ok(_) => {
                    for m in others {
                        if let Err(e) = outbound::followup(m)
                            .execute(&rest.http, (None, token))
                            .await
                        {
                            tracing::error!(error = %crate::rest::PostError::from_serenity(e), "could not send the rest of a reply");
                        }
                    }
                    return;
                }
                Err(e) => {
                    tracing::warn!(error = %crate::rest::PostError::from_serenity(e), "could not attach a chart on Discord; sending its text instead");
                }
            }
        } else {
            tracing::warn!(
                bytes = image.png.len(),
                "a chart is over Discord's attachment limit; sending its text instead"
            );
        }
    }
    let result = if reply.visibility == Visibility::Ephemeral && !private {
        let _ = rest.http.delete_original_interaction_response(token).await;
        let mut r = Ok(());
        for m in &messages {
            r = r.and(
                outbound::followup(m)
                    .execute(&rest.http, (None, token))
                    .await
                    .map(|_| ()),
            );
        }
        r
    } else {
        let (first, others) = messages.split_first().expect("at least one message");
        let mut r = outbound::edit_response(first)
            .execute(&rest.http, token)
            .await
            .map(|_| ());
        for m in others {
            r = r.and(
                outbound::followup(m)
                    .execute(&rest.http, (None, token))
                    .await
                    .map(|_| ()),
            );
        }
        r
    };
    if let Err(e) = result {
        tracing::error!(error = %crate::rest::PostError::from_serenity(e), "could not deliver a deferred Discord answer");
    }
}

/// A button press: the button's id is the line to run for the presser (the bot decides
/// whether they may act). A stored record replaces the card; a form opens as a modal;
/// anything else is shown only to the presser.
async fn button(discord: &Arc<Discord>, ci: ComponentInteraction) -> Option<Answer> {
    if !discord
        .handler
        .first_delivery(format!("discord-interaction:{}", ci.id))
        .await
    {
        return None;
    }
    if let Some(key) = forms::retry_key(&ci.data.custom_id) {
        return Some(Answer::now(forms::reopen(discord, key)));
    }
    let Some(tenant) = tenant(discord, ci.guild_id) else {
        return Some(Answer::now(ephemeral(NO_HOME)));
    };
    let inv = Invocation {
        tenant,
        channel: ci.channel_id.to_string(),
        actor: actor(&ci.user, ci.member.as_ref()),
        text: ci.data.custom_id.clone(),
        is_command: false,
    };
    let reply = discord.handler.handle(inv).await;
    if let Some(modal) = forms::open(discord, &reply) {
        return Some(Answer::now(modal));
    }
    let mut messages = embeds::render(&reply);
    let first = messages.remove(0);
    let response = if reply.replaces_prompt {
        CreateInteractionResponse::UpdateMessage(outbound::response(&first))
    } else {
        CreateInteractionResponse::Message(outbound::response(&embeds::Message {
            ephemeral: true,
            ..first
        }))
    };
    Some(Answer::now(response))
}
