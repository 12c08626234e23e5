//! The first answer once a reply is ready within the budget, or "thinking…" now and the
//! reply when the work finishes, delivered in as many messages as it takes.

use super::{Answer, BoxFuture, Discord, MAX_ATTACHMENT_BYTES};
use crate::embeds;
use crate::forms;
use crate::outbound;
use crate::rest::DiscordRest;
use serenity::all::{CreateInteractionResponse, CreateInteractionResponseMessage};
use serenity::builder::Builder;
use std::sync::Arc;
use valuebridge_chat::{Reply, Visibility};

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
