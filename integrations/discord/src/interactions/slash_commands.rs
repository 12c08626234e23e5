//! A slash command, or a message's context menu, run as an invocation and answered within
//! the budget or deferred; and the suggestions Discord asks for while an option is typed.

use super::answers::{deferred, inline, Shown, SORRY};
use super::{actor, ephemeral, options, tenant, Answer, Discord, INLINE_BUDGET, NO_HOME};
use crate::context_menu;
use crate::spec;
use serenity::all::{
    CommandDataOption, CommandDataOptionValue, CommandInteraction, CreateAutocompleteResponse,
    CreateInteractionResponse,
};
use std::sync::Arc;
use valuebridge_chat::{Invocation, Visibility};

pub(super) async fn autocomplete(discord: &Arc<Discord>, ci: &CommandInteraction) -> Answer {
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

pub(super) async fn command(discord: &Arc<Discord>, ci: CommandInteraction) -> Option<Answer> {
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
