//! An outbound reply: a small rich document every adapter can render.

use serde::{Deserialize, Serialize};

/// Who sees a reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Visibility {
    /// Only the person who asked (help, errors).
    #[default]
    Ephemeral,
    /// Everyone in the channel (a logged record, a digest).
    Channel,
}

/// What a reply is about, so adapters can style it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum ReplyKind {
    #[default]
    Info,
    /// A record was stored.
    Recorded,
    /// The user got something wrong; the text says how to fix it.
    UserError,
    /// Something broke on our side; the text carries a reference.
    InternalError,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Rows that follow `rows` but were left out by whoever made the table: counted, not
    /// held. A chat shows the first few rows of a long table, so a digest of 100,000
    /// investments sends only as many as any chat can show, and says how many more there are.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub left_out: usize,
    /// The widest cell of each column among the rows left out, in characters (see
    /// [`crate::text::cell_width`]): a chat lays the rows it shows out in the columns every
    /// row needs, so they look exactly as they would had every row been sent.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub left_out_widths: Vec<usize>,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ButtonStyle {
    Primary,
    Secondary,
    Danger,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Button {
    pub label: String,
    /// Opaque value returned to the bot when pressed.
    pub action: String,
    pub style: ButtonStyle,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum Block {
    Heading { text: String },
    Paragraph { text: String },
    Fields { fields: Vec<(String, String)> },
    Table { table: Table },
    Buttons { buttons: Vec<Button> },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Reply {
    pub kind: ReplyKind,
    pub visibility: Visibility,
    pub blocks: Vec<Block>,
    /// Answering a button press: this reply takes the place of the message whose button
    /// was pressed (a confirmed or cancelled draft card), rather than adding a new one.
    #[serde(default)]
    pub replaces_prompt: bool,
    /// A picture the reply is about (a chart): shared with the reply's text as its message
    /// where the platform can show it. Kept with the reply in the outbox, so a retried
    /// scheduled post still carries its chart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<Image>,
    /// A form to open instead of (or before) showing the reply's text: a command typed with
    /// no arguments, a draft's **Edit** button. Platforms that cannot draw it show the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form: Option<crate::Form>,
    /// A message of the bot's, other than the one acted on, that this reply takes the place
    /// of: a public draft card edited through steps shown only to its editor ends as the
    /// record. The message acted on (the last step) is updated too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<MessageRef>,
    /// The one line a notification shows for this reply (a push, a channel list's preview,
    /// a screen reader's summary), where its first heading or paragraph would not be the
    /// point: a waiting draft's question rather than its "as read so far" heading. `None`
    /// (every reply stored before) keeps the first heading or paragraph.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notification: Option<String>,
}

/// A message the platform already shows: its channel and its id there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageRef {
    pub channel: String,
    pub message: String,
}

/// A PNG attached to a reply.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Image {
    /// `units-2026-11-27.png`.
    pub file_name: String,
    /// What it shows, for people who cannot see it.
    pub alt: String,
    pub png: Vec<u8>,
}

impl Reply {
    pub fn new(kind: ReplyKind, visibility: Visibility) -> Self {
        Reply {
            kind,
            visibility,
            blocks: Vec::new(),
            replaces_prompt: false,
            image: None,
            form: None,
            replaces: None,
            notification: None,
        }
    }

    /// Says `line` in the reply's notification instead of its first heading or paragraph.
    pub fn notify(mut self, line: impl Into<String>) -> Self {
        self.notification = Some(line.into());
        self
    }

    /// Attaches a picture (a chart) to the reply.
    pub fn image(mut self, image: Image) -> Self {
        self.image = Some(image);
        self
    }

    /// Asks the platform to open `form`; `text` is what the person sees where it cannot.
    pub fn open_form(form: crate::Form, text: impl Into<String>) -> Self {
        let mut reply = Reply::info().paragraph(text);
        reply.form = Some(form);
        reply
    }

    /// An informational reply only the caller sees.
    pub fn info() -> Self {
        Reply::new(ReplyKind::Info, Visibility::Ephemeral)
    }

    /// A reply announcing a stored record to the channel.
    pub fn recorded() -> Self {
        Reply::new(ReplyKind::Recorded, Visibility::Channel)
    }

    /// A user error: one paragraph, only the caller sees it.
    pub fn user_error(text: impl Into<String>) -> Self {
        Reply::new(ReplyKind::UserError, Visibility::Ephemeral).paragraph(text)
    }

    /// A heading that is also what the reply notifies ("Logged decision DEC-4 …"): said
    /// once on Discord, as the message's text above embeds without it.
    pub fn headline(self, text: impl Into<String>) -> Self {
        let text = text.into();
        self.notify(text.clone()).heading(text)
    }

    pub fn heading(mut self, text: impl Into<String>) -> Self {
        self.blocks.push(Block::Heading { text: text.into() });
        self
    }

    pub fn paragraph(mut self, text: impl Into<String>) -> Self {
        self.blocks.push(Block::Paragraph { text: text.into() });
        self
    }

    pub fn fields<K: Into<String>, V: Into<String>>(
        mut self,
        fields: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        let fields: Vec<_> = fields
            .into_iter()
            .map(|(k, v)| (k.into(), v.into()))
            .collect();
        if !fields.is_empty() {
            self.blocks.push(Block::Fields { fields });
        }
        self
    }

    pub fn table(mut self, headers: &[&str], rows: Vec<Vec<String>>) -> Self {
        self.blocks.push(Block::Table {
            table: Table {
                headers: headers.iter().map(|h| h.to_string()).collect(),
                rows,
                left_out: 0,
                left_out_widths: Vec::new(),
            },
        });
        self
    }

    pub fn buttons(mut self, buttons: Vec<Button>) -> Self {
        self.blocks.push(Block::Buttons { buttons });
        self
    }

    pub fn visible_to(mut self, visibility: Visibility) -> Self {
        self.visibility = visibility;
        self
    }

    /// All text of the reply, for logs and tests.
    pub fn plain_text(&self) -> String {
        crate::render_plain(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headline_is_the_heading_and_the_notification() {
        let r = Reply::recorded().headline("Retracted INV-2 Yard cameras");
        assert_eq!(
            r.notification.as_deref(),
            Some("Retracted INV-2 Yard cameras")
        );
        assert_eq!(
            r.blocks,
            [Block::Heading {
                text: "Retracted INV-2 Yard cameras".into()
            }]
        );
    }
}
