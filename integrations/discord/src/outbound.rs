//! Rendered [`Message`]s as serenity's request builders. Every message, follow-up, edit and
//! interaction response says `allowed_mentions: {"parse": []}`: replies quote what people
//! typed, and `@everyone`, `@here`, role and user mentions in it must stay inert.

use crate::embeds::{self, Message};
use serenity::all::{
    ButtonStyle, CreateActionRow, CreateAllowedMentions, CreateAttachment, CreateButton,
    CreateEmbed, CreateEmbedFooter, CreateInteractionResponseFollowup,
    CreateInteractionResponseMessage, CreateMessage, EditInteractionResponse, EditMessage,
};
use valuebridge_chat::ButtonStyle as Style;

pub fn embeds(m: &Message) -> Vec<CreateEmbed> {
    m.embeds
        .iter()
        .map(|e| {
            let mut out = CreateEmbed::new().color(e.color);
            if let Some(t) = &e.title {
                out = out.title(t);
            }
            if !e.description.is_empty() {
                out = out.description(&e.description);
            }
            for f in &e.fields {
                out = out.field(&f.name, &f.value, f.inline);
            }
            if let Some(footer) = &e.footer {
                out = out.footer(CreateEmbedFooter::new(footer));
            }
            out
        })
        .collect()
}

pub fn components(m: &Message) -> Vec<CreateActionRow> {
    m.buttons
        .chunks(embeds::MAX_BUTTONS_PER_ROW)
        .take(embeds::MAX_ROWS)
        .map(|row| {
            CreateActionRow::Buttons(
                row.iter()
                    .map(|b| {
                        CreateButton::new(&b.action)
                            .label(&b.label)
                            .style(match b.style {
                                Style::Primary => ButtonStyle::Primary,
                                Style::Secondary => ButtonStyle::Secondary,
                                Style::Danger => ButtonStyle::Danger,
                            })
                    })
                    .collect(),
            )
        })
        .collect()
}

/// The text above a message's embeds where the message may replace an earlier one: empty
/// clears a notification line the earlier one had.
fn shown_content(m: &Message) -> String {
    m.content.clone().unwrap_or_default()
}

/// Nothing in a reply notifies anyone.
pub fn no_mentions() -> CreateAllowedMentions {
    CreateAllowedMentions::new()
}

pub fn response(m: &Message) -> CreateInteractionResponseMessage {
    CreateInteractionResponseMessage::new()
        .allowed_mentions(no_mentions())
        .content(shown_content(m))
        .embeds(embeds(m))
        .components(components(m))
        .ephemeral(m.ephemeral)
}

pub fn followup(m: &Message) -> CreateInteractionResponseFollowup {
    let new = CreateInteractionResponseFollowup::new()
        .allowed_mentions(no_mentions())
        .embeds(embeds(m))
        .components(components(m))
        .ephemeral(m.ephemeral);
    match &m.content {
        Some(text) => new.content(text),
        None => new,
    }
}

pub fn edit_response(m: &Message) -> EditInteractionResponse {
    EditInteractionResponse::new()
        .allowed_mentions(no_mentions())
        .content(shown_content(m))
        .embeds(embeds(m))
        .components(components(m))
}

pub fn create(m: &Message) -> CreateMessage {
    let new = CreateMessage::new()
        .allowed_mentions(no_mentions())
        .embeds(embeds(m))
        .components(components(m));
    match &m.content {
        Some(text) => new.content(text),
        None => new,
    }
}

/// A channel message of the bot's, rewritten.
pub fn edit(m: &Message) -> EditMessage {
    EditMessage::new()
        .allowed_mentions(no_mentions())
        .content(shown_content(m))
        .embeds(embeds(m))
        .components(components(m))
}

/// The answer with its chart attached and shown in its first embed (`attachment://…`);
/// serenity sends it as multipart.
pub fn edit_response_with_image(
    m: &Message,
    image: &valuebridge_chat::Image,
) -> EditInteractionResponse {
    EditInteractionResponse::new()
        .allowed_mentions(no_mentions())
        .content(shown_content(m))
        .embeds(embeds_showing(m, image))
        .components(components(m))
        .new_attachment(attachment(image))
}

/// A channel message with its chart attached and shown in its first embed.
pub fn create_with_image(m: &Message, image: &valuebridge_chat::Image) -> CreateMessage {
    let new = CreateMessage::new()
        .allowed_mentions(no_mentions())
        .embeds(embeds_showing(m, image))
        .components(components(m))
        .add_file(attachment(image));
    match &m.content {
        Some(text) => new.content(text),
        None => new,
    }
}

/// The message's embeds, the first showing the attached `image`.
fn embeds_showing(m: &Message, image: &valuebridge_chat::Image) -> Vec<CreateEmbed> {
    let mut shown = embeds(m);
    if !shown.is_empty() {
        let first = shown
            .remove(0)
            .image(format!("attachment://{}", image.file_name));
        shown.insert(0, first);
    }
    shown
}

/// The chart as a file attached to the message.
fn attachment(image: &valuebridge_chat::Image) -> CreateAttachment {
    CreateAttachment::bytes(image.png.clone(), image.file_name.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_rewritten_clears_an_earlier_notification_line_and_a_new_one_says_none() {
        let plain = Message::default();
        let said = Message {
            content: Some("Draft 1: What benefit a year do you expect from it?".into()),
            ..Message::default()
        };
        let json = |v: serde_json::Result<serde_json::Value>| v.unwrap();
        assert_eq!(json(serde_json::to_value(edit(&plain)))["content"], "");
        assert_eq!(json(serde_json::to_value(response(&plain)))["content"], "");
        assert_eq!(
            json(serde_json::to_value(create(&said)))["content"],
            "Draft 1: What benefit a year do you expect from it?"
        );
        assert!(json(serde_json::to_value(create(&plain)))
            .get("content")
            .is_none());
    }

    /// The embeds leave out what the content says, so no request may send one without the
    /// other: a chart's message says its line too.
    #[test]
    fn every_request_with_a_messages_embeds_carries_its_content() {
        let said = Message {
            content: Some("Value for money: Freight, last week — NPV £1,200".into()),
            embeds: vec![embeds::Embed::default()],
            ..Message::default()
        };
        let image = valuebridge_chat::Image {
            file_name: "units.png".into(),
            alt: "units".into(),
            png: vec![1, 2, 3],
        };
        let line = "Value for money: Freight, last week — NPV £1,200";
        let content = |v: serde_json::Value| v["content"].clone();
        let to = |v: serde_json::Result<serde_json::Value>| v.unwrap();
        assert_eq!(content(to(serde_json::to_value(create(&said)))), line);
        assert_eq!(content(to(serde_json::to_value(edit(&said)))), line);
        assert_eq!(content(to(serde_json::to_value(response(&said)))), line);
        assert_eq!(content(to(serde_json::to_value(followup(&said)))), line);
        assert_eq!(
            content(to(serde_json::to_value(edit_response(&said)))),
            line
        );
        assert_eq!(
            content(to(serde_json::to_value(create_with_image(&said, &image)))),
            line
        );
        assert_eq!(
            content(to(serde_json::to_value(edit_response_with_image(
                &said, &image
            )))),
            line
        );
    }
}
