//! A press of one of the bot's buttons, run as the line its id holds.

use super::{actor, ephemeral, tenant, Answer, Discord, NO_HOME};
use crate::embeds;
use crate::forms;
use crate::outbound;
use serenity::all::{ComponentInteraction, CreateInteractionResponse};
use std::sync::Arc;
use valuebridge_chat::Invocation;

/// A button press: the button's id is the line to run for the presser (the bot decides
/// whether they may act). A stored record replaces the card; a form opens as a modal;
/// anything else is shown only to the presser.
pub(super) async fn button(discord: &Arc<Discord>, ci: ComponentInteraction) -> Option<Answer> {
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
