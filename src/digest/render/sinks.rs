//! Where a digest is written: the chat reply, plain text and Markdown sinks, and the public
//! ways to render into each.

use super::*;

/// A chat reply being built; tables keep their first `max_rows` rows and count the rest.
pub(super) struct ReplySink {
    reply: Reply,
    max_rows: usize,
}

impl Sink for ReplySink {
    fn heading(&mut self, text: &str) {
        self.reply.blocks.push(Block::Heading { text: text.into() });
    }
    fn paragraph(&mut self, text: &str) {
        self.reply
            .blocks
            .push(Block::Paragraph { text: text.into() });
    }
    fn fields(&mut self, fields: Vec<(String, String)>) {
        if !fields.is_empty() {
            self.reply.blocks.push(Block::Fields { fields });
        }
    }
    fn table(&mut self, headers: &[&str], rows: EachRow) {
        let (mut all, mut left_out, mut widths) = (Vec::new(), 0, Vec::new());
        rows(&mut |row| match all.len() < self.max_rows {
            true => all.push(row.to_vec()),
            false => {
                left_out += 1;
                left_out_widths::widen(&mut widths, row);
            }
        });
        self.push_table(headers, all, left_out, widths);
    }
    fn table_at(&mut self, headers: &[&str], count: usize, row: RowAt, widths: WidthsAt) {
        let kept = count.min(self.max_rows);
        let mut all = Vec::with_capacity(kept);
        let mut cells = RowCells::default();
        for k in 0..kept {
            cells.clear();
            row(k, &mut cells);
            all.push(cells.cells_from(0).map(String::from).collect());
        }
        // The rows left out are measured, not made.
        let widths = left_out_widths::of_rows(kept, count, widths);
        self.push_table(headers, all, count - kept, widths);
    }
}

impl ReplySink {
    pub(super) fn push_table(
        &mut self,
        headers: &[&str],
        rows: Vec<Vec<String>>,
        left_out: usize,
        left_out_widths: Vec<usize>,
    ) {
        self.reply.blocks.push(Block::Table {
            table: Table {
                headers: headers.iter().map(|h| h.to_string()).collect(),
                rows,
                left_out,
                left_out_widths,
            },
        });
    }
}

impl<W: Write> Sink for PlainText<W> {
    fn heading(&mut self, text: &str) {
        PlainText::heading(self, text);
    }
    fn paragraph(&mut self, text: &str) {
        PlainText::paragraph(self, text);
    }
    fn fields(&mut self, fields: Vec<(String, String)>) {
        if !fields.is_empty() {
            PlainText::fields(self, &fields);
        }
    }
    fn table(&mut self, headers: &[&str], rows: EachRow) {
        let headers: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
        PlainText::table(self, &headers, rows);
    }
    fn table_at(&mut self, headers: &[&str], count: usize, row: RowAt, _: WidthsAt) {
        let headers: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
        PlainText::table_at(self, &headers, count, row);
    }
}

impl<W: Write> Sink for MarkdownText<W> {
    fn heading(&mut self, text: &str) {
        MarkdownText::heading(self, text);
    }
    fn paragraph(&mut self, text: &str) {
        MarkdownText::paragraph(self, text);
    }
    fn fields(&mut self, fields: Vec<(String, String)>) {
        if !fields.is_empty() {
            MarkdownText::fields(self, &fields);
        }
    }
    fn table(&mut self, headers: &[&str], rows: EachRow) {
        let headers: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
        MarkdownText::table(self, &headers, rows);
    }
    fn table_at(&mut self, headers: &[&str], count: usize, row: RowAt, _: WidthsAt) {
        let headers: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
        MarkdownText::table_at(self, &headers, count, row);
    }
}

/// The digest as Markdown, written to `out` as it is made: the text of
/// `render_markdown(&to_reply(d))` without holding it.
pub fn write_markdown<W: Write>(d: &Digest, out: W) -> std::io::Result<W> {
    let mut text = MarkdownText::new(out);
    write(d, &mut text);
    text.finish()
}

/// The digest as plain text, written to `out` as it is made: the text of
/// `render_plain(&to_reply(d))` without holding the reply or the text (a whole
/// portfolio's is tens of megabytes).
pub fn write_plain<W: Write>(d: &Digest, out: W) -> std::io::Result<W> {
    let mut text = PlainText::new(out);
    write(d, &mut text);
    text.finish()
}

/// The digest as a reply with every row of every table (a page shows it all).
pub fn to_reply(d: &Digest) -> Reply {
    reply_of(d, usize::MAX)
}

/// Rows of a table a chat digest holds: more than any chat shows of one (Discord shows
/// 20; Slack at most 50 blocks of 3,000 characters, and a digest row is over 40), so what
/// a chat shows is what [`to_reply`] would show, without making the rest of a large
/// portfolio's 100,000 lines. The rest are counted in each table's `left_out`.
pub const CHAT_ROWS: usize = 4_000;

/// The digest as a chat reply, posted to the channel: each table's first [`CHAT_ROWS`]
/// rows, and how many more there are.
pub fn to_chat_reply(d: &Digest) -> Reply {
    reply_of(d, CHAT_ROWS)
}

pub(super) fn reply_of(d: &Digest, max_rows: usize) -> Reply {
    let mut r = ReplySink {
        reply: Reply::new(ReplyKind::Info, Visibility::Channel),
        max_rows,
    };
    write(d, &mut r);
    // Pushed to a chat, it notifies its heading and figures.
    super::in_a_line::notifying(d, r.reply)
}
