//! Forms on Discord: a reply that asks for a form opens it as a modal; a submitted modal
//! goes to the bot as a [`FormSubmission`]; what it says back is shown as a slash command's
//! answer would be, or, when something was wrong, as a list of what to fix with a button
//! that reopens the modal with what was typed (Discord shows no errors on a modal's inputs).

use crate::interactions::{
    self, actor, ephemeral, tenant, Answer, Discord, Shown, INLINE_BUDGET, NO_HOME, SORRY,
};
use crate::modal;
use serenity::all::{
    ChannelId, CreateInteractionResponse, Message, MessageFlags, MessageId, ModalInteraction,
};
use serenity::builder::Builder;
use std::collections::BTreeMap;
use std::sync::Arc;
use valuebridge_chat::{
    Button, ButtonStyle, Form, FormOutcome, FormSubmission, MessageRef, Reply, ReplyKind,
    Visibility,
};

/// What the custom id of a "fix and submit again" button starts with; a retry key follows.
pub const RETRY_PREFIX: &str = "form-retry:";

pub const NOT_OURS: &str =
    "That form is out of date. Run the command again to get the current one.";
pub const EXPIRED: &str = "That form is no longer kept (it was a while ago, or the bot restarted). Run the command again to fill it in.";
pub const FIX: &str = "Nothing was stored: please fix these and submit again.";

/// The modal answering `reply`, when it asks for a form Discord can draw. A form it cannot
/// draw is logged and refused; the reply's text is shown instead.
pub fn open(discord: &Discord, reply: &Reply) -> Option<CreateInteractionResponse> {
    let form = reply.form.as_ref()?;
    match modal::modal(form).and_then(|m| Ok((m, modal::custom_id(form)?))) {
        Ok((m, id)) => {
            discord.forms.opened(id, form.clone());
            Some(CreateInteractionResponse::Modal(m))
        }
        Err(e) => {
            tracing::error!(error = %e, "cannot draw a form as a Discord modal; showing the reply's text instead");
            None
        }
    }
}

/// The retry key of a "fix and submit again" button's custom id.
pub fn retry_key(custom_id: &str) -> Option<&str> {
    custom_id.strip_prefix(RETRY_PREFIX)
}

/// The form kept by `key`, prefilled with what was typed, as a modal again.
pub fn reopen(discord: &Discord, key: &str) -> CreateInteractionResponse {
    let Some(form) = discord.forms.retried(key) else {
        return ephemeral(EXPIRED);
    };
    let mut reply = Reply::info().paragraph(EXPIRED);
    reply.form = Some(form);
    open(discord, &reply).unwrap_or_else(|| ephemeral(EXPIRED))
}

/// What the person sees when the bot found their submission wrong: each field's problem by
/// its label, and a button to reopen the form with what they typed when it is still kept.
pub fn invalid(
    discord: &Discord,
    key: &str,
    form: Option<&Form>,
    typed: &BTreeMap<String, String>,
    errors: &BTreeMap<String, String>,
) -> Reply {
    let label = |name: &str| {
        form.and_then(|f| f.fields.iter().find(|field| field.name == name))
            .map_or_else(|| name.to_string(), |field| field.label.clone())
    };
    // A problem with the form as a whole reads as text, above the fields' problems.
    let general = errors.get(FormOutcome::GENERAL);
    let mut reply = Reply::new(ReplyKind::UserError, Visibility::Ephemeral)
        .paragraph(general.map_or(FIX, |g| g.as_str()));
    let on_fields: Vec<(String, String)> = errors
        .iter()
        .filter(|(name, _)| name.as_str() != FormOutcome::GENERAL)
        .map(|(name, why)| (label(name), why.clone()))
        .collect();
    if general.is_some() && !on_fields.is_empty() {
        reply = reply.paragraph(FIX);
    }
    let reply = reply.fields(on_fields);
    match form {
        Some(form) => {
            discord
                .forms
                .retry(key.to_string(), modal::with_typed(form, typed));
            reply.buttons(vec![Button {
                label: "Fix and submit again".into(),
                action: format!("{RETRY_PREFIX}{key}"),
                style: ButtonStyle::Primary,
            }])
        }
        None => reply.paragraph("Run the command again to reopen the form."),
    }
}

/// A submitted modal: its values go to the bot, and its answer back to the person.
pub async fn submitted(discord: &Arc<Discord>, mi: ModalInteraction) -> Option<Answer> {
    if !discord
        .handler
        .first_delivery(format!("discord-interaction:{}", mi.id))
        .await
    {
        tracing::info!(id = %mi.id, "ignoring a re-delivered Discord form");
        return None;
    }
    let Some(tenant) = tenant(discord, mi.guild_id) else {
        return Some(Answer::now(ephemeral(NO_HOME)));
    };
    let Some((command, context)) = modal::parse_custom_id(&mi.data.custom_id) else {
        return Some(Answer::now(ephemeral(NOT_OURS)));
    };
    let typed = modal::values(&mi.data.components);
    let submission = FormSubmission {
        tenant,
        channel: mi.channel_id.to_string(),
        actor: actor(&mi.user, mi.member.as_ref()),
        command,
        context,
        values: typed.clone(),
        card: mi.message.as_deref().and_then(card),
    };
    let form = discord.forms.form(&mi.data.custom_id);
    let run = discord.handler.submit_form(submission);
    let (d, key) = (discord.clone(), mi.id.to_string());
    let mut work = tokio::spawn(async move {
        match run.await {
            FormOutcome::Done { reply } => reply,
            FormOutcome::Invalid { errors } => invalid(&d, &key, form.as_ref(), &typed, &errors),
        }
    });
    let shown = Shown {
        may_open_form: false,
        // A modal opened from a button (a draft's Edit) may replace that button's card.
        may_update: mi.message.is_some(),
    };
    match tokio::time::timeout(INLINE_BUDGET, &mut work).await {
        Ok(Ok(reply)) if reply.replaces.is_some() => {
            Some(in_place_of_card(discord, reply, mi.token.clone()))
        }
        Ok(Ok(reply)) => Some(interactions::inline(
            discord,
            &reply,
            mi.token.clone(),
            shown,
        )),
        Ok(Err(e)) => {
            tracing::error!(error = %e, "reading a submitted Discord form failed");
            Some(Answer::now(ephemeral(SORRY)))
        }
        // From a card, the card stays in view until the outcome replaces it or follows it.
        Err(_) if shown.may_update => Some(interactions::deferred_update(
            discord,
            work,
            mi.token.clone(),
        )),
        Err(_) => Some(interactions::deferred(
            discord,
            work,
            mi.token.clone(),
            false,
        )),
    }
}

/// A public message the form was opened from, which the bot can edit later with its own
/// token (an ephemeral one it cannot: it is not in the channel).
fn card(m: &Message) -> Option<MessageRef> {
    let ephemeral = m.flags.is_some_and(|f| f.contains(MessageFlags::EPHEMERAL));
    (!ephemeral).then(|| MessageRef {
        channel: m.channel_id.to_string(),
        message: m.id.to_string(),
    })
}

/// The end of a public card's edit through steps its editor alone saw: the step the form
/// was submitted from shows the record now, and the card, in the channel, becomes it.
fn in_place_of_card(discord: &Arc<Discord>, reply: Reply, token: String) -> Answer {
    let messages = crate::embeds::render(&reply);
    let (first, others) = messages.split_first().expect("at least one message");
    let answer = CreateInteractionResponse::UpdateMessage(crate::outbound::response(first));
    let (rest, others) = (discord.rest.clone(), others.to_vec());
    Answer {
        first: answer,
        later: Some(Box::pin(async move {
            replace_card(&rest, &reply, &token).await;
            for m in others {
                if let Err(e) = crate::outbound::followup(&m)
                    .execute(&rest.http, (None, &token))
                    .await
                {
                    tracing::error!(error = %crate::rest::PostError::from_serenity(e), "could not send the rest of a reply");
                }
            }
        })),
    }
}

/// Edits the card `reply` replaces into the reply's first message. When the card cannot be
/// edited (deleted since), that message is announced as a new one instead, so the record
/// is never left unsaid.
pub(crate) async fn replace_card(rest: &crate::rest::DiscordRest, reply: &Reply, token: &str) {
    let Some(target) = &reply.replaces else {
        return;
    };
    let messages = crate::embeds::render(reply);
    let first = &messages[0];
    let edited = match (
        target.channel.parse::<u64>().ok().filter(|n| *n != 0),
        target.message.parse::<u64>().ok().filter(|n| *n != 0),
    ) {
        (Some(channel), Some(message)) => ChannelId::new(channel)
            .edit_message(
                &rest.http,
                MessageId::new(message),
                crate::outbound::edit(first),
            )
            .await
            .map(|_| ())
            .map_err(|e| crate::rest::PostError::from_serenity(e).to_string()),
        _ => Err(format!(
            "`{}/{}` is not a Discord message",
            target.channel, target.message
        )),
    };
    if let Err(e) = edited {
        tracing::warn!(error = %e, "could not edit a draft card into its record; announcing the record instead");
        let public = crate::embeds::Message {
            ephemeral: false,
            ..first.clone()
        };
        if let Err(e) = crate::outbound::followup(&public)
            .execute(&rest.http, (None, token))
            .await
        {
            tracing::error!(error = %crate::rest::PostError::from_serenity(e), "could not announce a record edited through a form");
        }
    }
}
