//! `Reply` → Discord messages of embeds, within Discord's limits: 10 embeds and 6,000
//! characters of embed text a message, 4,096 a description, 256 a title, 25 fields of
//! 256/1,024 characters an embed, 5 buttons a row and 5 rows. A long reply becomes several
//! messages (at most [`MAX_MESSAGES`]); what still does not fit is counted truthfully
//! ("…and 12 more rows"), never cut mid-word.

use valuebridge_chat::text::{clip, split_text, table_lines};
use valuebridge_chat::{Block, Button, Reply, ReplyKind, Visibility};

pub const MAX_CONTENT: usize = 2000;
pub const MAX_EMBEDS: usize = 10;
pub const MAX_EMBED_TOTAL: usize = 6000;
pub const MAX_TITLE: usize = 256;
pub const MAX_DESCRIPTION: usize = 4096;
pub const MAX_FIELDS: usize = 25;
pub const MAX_FIELD_NAME: usize = 256;
pub const MAX_FIELD_VALUE: usize = 1024;
pub const MAX_FOOTER: usize = 2048;
pub const MAX_BUTTONS_PER_ROW: usize = 5;
pub const MAX_ROWS: usize = 5;
pub const MAX_LABEL: usize = 80;
pub const MAX_CUSTOM_ID: usize = 100;
/// A reply is split over at most this many messages.
pub const MAX_MESSAGES: usize = 5;
/// Rows of a table shown in chat; the rest are counted, so every section of a long digest
/// still fits.
pub const MAX_TABLE_ROWS: usize = 20;

/// Room kept in each message for the footer that counts what was left out.
const FOOTER_ROOM: usize = 300;
/// A description chunk, leaving room for a code fence.
const CHUNK: usize = 3900;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    pub value: String,
    pub inline: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Embed {
    pub title: Option<String>,
    pub description: String,
    pub fields: Vec<Field>,
    pub color: u32,
    pub footer: Option<String>,
}

impl Embed {
    /// Characters that count toward Discord's 6,000 a message.
    pub fn size(&self) -> usize {
        let n = |s: &str| s.chars().count();
        self.title.as_deref().map_or(0, n)
            + n(&self.description)
            + self
                .fields
                .iter()
                .map(|f| n(&f.name) + n(&f.value))
                .sum::<usize>()
            + self.footer.as_deref().map_or(0, n)
    }
}

/// One Discord message: embeds, then buttons on the last message of a reply.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Message {
    /// The message's text above its embeds, which notifications and the channel preview show
    /// (a message of embeds alone notifies blank): the reply's notification line, if it says
    /// one, on its first message.
    pub content: Option<String>,
    pub embeds: Vec<Embed>,
    pub buttons: Vec<Button>,
    pub ephemeral: bool,
}

impl Message {
    pub fn size(&self) -> usize {
        self.embeds.iter().map(Embed::size).sum()
    }
}

pub fn color(kind: ReplyKind) -> u32 {
    match kind {
        ReplyKind::Info => 0x5865F2,
        ReplyKind::Recorded => 0x2EB67D,
        ReplyKind::UserError => 0xE8A33D,
        ReplyKind::InternalError => 0xE01E5A,
    }
}

/// The pieces a reply is laid out from, in order.
enum Piece {
    Title(String),
    Text { text: String, rows: usize },
    Field(Field),
}

/// The reply's pieces, leaving out block `said` (what the message's content already says).
fn pieces(reply: &Reply, said: Option<usize>) -> Vec<Piece> {
    let mut out = Vec::new();
    for (i, block) in reply.blocks.iter().enumerate() {
        if Some(i) == said {
            continue;
        }
        match block {
            Block::Heading { text } => out.push(Piece::Title(clip(text, MAX_TITLE))),
            Block::Paragraph { text } => out.extend(
                split_text(text, CHUNK)
                    .into_iter()
                    .map(|text| Piece::Text { text, rows: 0 }),
            ),
            Block::Fields { fields } => out.extend(fields.iter().map(|(k, v)| {
                Piece::Field(Field {
                    name: clip(if k.is_empty() { "\u{200b}" } else { k }, MAX_FIELD_NAME),
                    value: clip(if v.is_empty() { "—" } else { v }, MAX_FIELD_VALUE),
                    inline: true,
                })
            })),
            Block::Table { table } => {
                let shown = table.rows.len().min(MAX_TABLE_ROWS);
                let lines = table_lines(&table.headers, &table.rows[..shown]);
                let (header, rows) = lines.split_first().expect("a table has a header line");
                let budget = CHUNK.saturating_sub(header.chars().count() + 10);
                let mut chunk: Vec<&str> = Vec::new();
                let mut used = 0;
                let mut flush = |chunk: &mut Vec<&str>| {
                    let text = format!("```\n{header}\n{}\n```", chunk.join("\n"));
                    out.push(Piece::Text {
                        text,
                        rows: chunk.len(),
                    });
                    chunk.clear();
                };
                for row in rows {
                    let len = row.chars().count() + 1;
                    if used + len > budget && !chunk.is_empty() {
                        flush(&mut chunk);
                        used = 0;
                    }
                    chunk.push(row);
                    used += len;
                }
                if !chunk.is_empty() || rows.is_empty() {
                    flush(&mut chunk);
                }
                let hidden = table.rows.len() - shown + table.left_out;
                if hidden > 0 {
                    out.push(Piece::Text {
                        text: format!("…and {hidden} more rows. Narrow it (for example by unit), or get them all with `valuebridge digest` or `valuebridge export`."),
                        rows: 0,
                    });
                }
            }
            Block::Buttons { .. } => {}
        }
    }
    out
}

/// Lays pieces into embeds and messages; returns the messages and, per message, the rows
/// and other pieces it holds (to count what is left out).
struct Layout {
    messages: Vec<Message>,
    counts: Vec<(usize, usize)>,
    color: u32,
}

impl Layout {
    fn new(color: u32) -> Layout {
        Layout {
            messages: vec![Message::default()],
            counts: vec![(0, 0)],
            color,
        }
    }

    fn message(&mut self) -> &mut Message {
        self.messages.last_mut().expect("there is always a message")
    }

    /// Starts an embed (with `title`) that has room for `extra` more characters, in a new
    /// message when this one is full.
    fn new_embed(&mut self, title: Option<String>, extra: usize) {
        let needed = title.as_deref().map_or(0, |t| t.chars().count()) + extra;
        let full = {
            let m = self.message();
            m.embeds.len() >= MAX_EMBEDS || m.size() + needed > MAX_EMBED_TOTAL - FOOTER_ROOM
        };
        if full && !self.message().embeds.is_empty() {
            self.messages.push(Message::default());
            self.counts.push((0, 0));
        }
        let color = self.color;
        self.message().embeds.push(Embed {
            title,
            color,
            ..Embed::default()
        });
    }

    /// True when the current embed takes `extra` more characters (as a field, when
    /// `field`) within every limit.
    fn room(&mut self, extra: usize, field: bool) -> bool {
        let m = self.message();
        let total = m.size();
        match m.embeds.last() {
            None => false,
            Some(e) if field => {
                e.fields.len() < MAX_FIELDS && total + extra <= MAX_EMBED_TOTAL - FOOTER_ROOM
            }
            Some(e) => {
                e.fields.is_empty()
                    && e.description.chars().count() + extra < MAX_DESCRIPTION
                    && total + extra < MAX_EMBED_TOTAL - FOOTER_ROOM
            }
        }
    }

    fn place(&mut self, piece: Piece) {
        match piece {
            Piece::Title(t) => self.new_embed(Some(t), 0),
            Piece::Text { text, rows } => {
                let len = text.chars().count();
                if !self.room(len, false) {
                    self.new_embed(None, len + 1);
                }
                let e = self.message().embeds.last_mut().expect("an embed");
                if !e.description.is_empty() {
                    e.description.push('\n');
                }
                e.description.push_str(&text);
                let c = self.counts.last_mut().expect("counts");
                if rows > 0 {
                    c.0 += rows;
                } else {
                    c.1 += 1;
                }
            }
            Piece::Field(f) => {
                let len = f.name.chars().count() + f.value.chars().count();
                if !self.room(len, true) {
                    self.new_embed(None, len);
                }
                self.message()
                    .embeds
                    .last_mut()
                    .expect("an embed")
                    .fields
                    .push(f);
                self.counts.last_mut().expect("counts").1 += 1;
            }
        }
    }
}

/// Renders a reply as one or more Discord messages within every limit.
pub fn render(reply: &Reply) -> Vec<Message> {
    // What notifications show, said once: in the content of the message that notifies
    // first, and not again in its embeds.
    let content = reply
        .notification
        .as_deref()
        .or_else(|| said_once::default_line(reply))
        .map(|line| clip(line, MAX_CONTENT));
    let said = said_once::said_by(reply, content.as_deref());
    let mut layout = Layout::new(color(reply.kind));
    for piece in pieces(reply, said) {
        layout.place(piece);
    }
    let Layout {
        mut messages,
        counts,
        ..
    } = layout;
    messages.retain(|m| !m.embeds.is_empty());
    if messages.is_empty() && said.is_some() {
        // Its content says all of it.
        messages.push(Message::default());
    } else if messages.is_empty() {
        messages.push(Message {
            embeds: vec![Embed {
                description: "Done.".into(),
                color: color(reply.kind),
                ..Embed::default()
            }],
            ..Message::default()
        });
    }
    if messages.len() > MAX_MESSAGES {
        let (rows, others) = counts[MAX_MESSAGES..]
            .iter()
            .fold((0, 0), |(r, o), (cr, co)| (r + cr, o + co));
        messages.truncate(MAX_MESSAGES);
        let what = match (rows, others) {
            (0, n) => format!("{n} more sections"),
            (r, 0) => format!("{r} more rows"),
            (r, n) => format!("{r} more rows and {n} more sections"),
        };
        let last = messages[MAX_MESSAGES - 1]
            .embeds
            .last_mut()
            .expect("a kept message has embeds");
        last.footer = Some(clip(
            &format!("…and {what} not shown here. Narrow it (for example by unit), or export everything with `valuebridge export`."),
            MAX_FOOTER,
        ));
    }
    messages[0].content = content;
    let n = messages.len();
    if n > 1 {
        for (i, m) in messages.iter_mut().enumerate() {
            if let Some(e) = m.embeds.last_mut() {
                if e.footer.is_none() {
                    e.footer = Some(format!("Part {} of {n}", i + 1));
                }
            }
        }
    }
    let ephemeral = reply.visibility == Visibility::Ephemeral;
    for m in &mut messages {
        m.ephemeral = ephemeral;
    }
    let buttons: Vec<Button> = reply
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Buttons { buttons } => Some(buttons.iter().cloned()),
            _ => None,
        })
        .flatten()
        .filter(|b| b.action.len() <= MAX_CUSTOM_ID)
        .take(MAX_BUTTONS_PER_ROW * MAX_ROWS)
        .map(|b| Button {
            label: clip(&b.label, MAX_LABEL),
            ..b
        })
        .collect();
    messages.last_mut().expect("at least one message").buttons = buttons;
    messages
}

mod said_once;

#[cfg(test)]
mod tests;
