//! Renders a `Reply` as Markdown (for files, e-mail and wikis).

use crate::text::clip;
use crate::text_render::{
    left_out_rows, rows_on_each_core, EachRow, RowAt, RowCells, MAX_PLAIN_CELL, MAX_PLAIN_TEXT,
};
use crate::{Block, Reply};
use std::io::Write;

/// A table cell on one line, its pipes escaped, clipped as in a terminal.
fn push_cell(out: &mut String, s: &str) {
    let clipped;
    let s = match s.len() <= MAX_PLAIN_CELL {
        // No longer than the limit in bytes, so in characters: shown whole.
        true => s,
        false => {
            clipped = clip(s, MAX_PLAIN_CELL);
            &clipped
        }
    };
    let mut rest = s;
    while let Some(at) = rest.find(['|', '\n']) {
        out.push_str(&rest[..at]);
        out.push_str(if rest.as_bytes()[at] == b'|' {
            "\\|"
        } else {
            " "
        });
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
}

pub fn render_markdown(reply: &Reply) -> String {
    let mut text = MarkdownText::new(Vec::new());
    for block in &reply.blocks {
        text.block(block);
    }
    let bytes = text.finish().expect("writing to memory does not fail");
    String::from_utf8(bytes).expect("only text was written")
}

/// Writes what [`render_markdown`] makes, block by block, straight to `out` (see
/// [`crate::PlainText`]). The text ends in one line break, however the last block ends.
pub struct MarkdownText<W: Write> {
    out: W,
    first_heading: bool,
    /// Whitespace written last: held back until more text follows, as the whole text's
    /// end is trimmed.
    held: String,
    error: Option<std::io::Error>,
}

impl<W: Write> MarkdownText<W> {
    pub fn new(out: W) -> Self {
        MarkdownText {
            out,
            first_heading: true,
            held: String::new(),
            error: None,
        }
    }

    /// `out` back, or the first error writing to it (nothing was written after it).
    pub fn finish(mut self) -> std::io::Result<W> {
        self.held.clear();
        self.write("\n");
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        self.out.flush()?;
        Ok(self.out)
    }

    fn write(&mut self, s: &str) {
        if self.error.is_none() {
            if let Err(e) = self.out.write_all(s.as_bytes()) {
                self.error = Some(e);
            }
        }
    }

    fn put(&mut self, s: &str) {
        let text = s.trim_end();
        if text.is_empty() {
            self.held.push_str(s);
            return;
        }
        let held = std::mem::take(&mut self.held);
        self.write(&held);
        self.write(text);
        self.held.push_str(&s[text.len()..]);
    }

    pub fn block(&mut self, block: &Block) {
        match block {
            Block::Heading { text } => self.heading(text),
            Block::Paragraph { text } => self.paragraph(text),
            Block::Fields { fields } => self.fields(fields),
            Block::Table { table } => {
                self.table(&table.headers, &|row| {
                    for r in &table.rows {
                        row(r);
                    }
                });
                if table.left_out > 0 {
                    self.paragraph(&left_out_rows(table.left_out));
                }
            }
            Block::Buttons { .. } => {}
        }
    }

    pub fn heading(&mut self, text: &str) {
        self.put(if self.first_heading { "# " } else { "## " });
        self.first_heading = false;
        self.put(&clip(text, MAX_PLAIN_CELL));
        self.put("\n\n");
    }

    pub fn paragraph(&mut self, text: &str) {
        self.put(&clip(text, MAX_PLAIN_TEXT));
        self.put("\n\n");
    }

    pub fn fields(&mut self, fields: &[(String, String)]) {
        for (k, v) in fields {
            let (k, v) = (clip(k, MAX_PLAIN_CELL), clip(v, MAX_PLAIN_TEXT));
            self.put(&format!("- **{k}**: {v}\n"));
        }
        self.put("\n");
    }

    pub fn table(&mut self, headers: &[String], rows: EachRow) {
        self.put(&line(headers));
        self.put(&format!("|{}\n", "---|".repeat(headers.len())));
        rows(&mut |row| self.put(&line(row)));
        self.put("\n");
    }

    /// The same text as [`MarkdownText::table`] with the rows `0..count` made by `row`: a
    /// large table's lines are made on every core, then written in order.
    pub fn table_at(&mut self, headers: &[String], count: usize, row: RowAt) {
        self.put(&line(headers));
        self.put(&format!("|{}\n", "---|".repeat(headers.len())));
        // Each part's text, and the cells of the row being made.
        let parts = rows_on_each_core(
            count,
            |_| (String::new(), RowCells::default()),
            |(text, cells), k| {
                cells.clear();
                row(k, cells);
                push_line_of(text, cells.cells_from(0));
            },
            |(text, _)| text,
        );
        // Every line ends in `|` and a line break, so writing the lines of a part at once
        // writes what writing them one by one would.
        for (text, _) in &parts {
            self.put(text);
        }
        self.put("\n");
    }
}

/// A table's line: its cells between pipes.
fn line(cells: &[String]) -> String {
    let mut out = String::new();
    push_line(&mut out, cells);
    out
}

fn push_line(out: &mut String, cells: &[String]) {
    push_line_of(out, cells.iter().map(String::as_str));
}

fn push_line_of<'a>(out: &mut String, cells: impl Iterator<Item = &'a str>) {
    out.push_str("| ");
    for (k, c) in cells.enumerate() {
        if k > 0 {
            out.push_str(" | ");
        }
        push_cell(out, c);
    }
    out.push_str(" |\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_has_headings_fields_and_tables() {
        let r = Reply::info()
            .heading("Digest")
            .fields([("NPV", "£1")])
            .heading("Decisions")
            .table(&["Id", "Why"], vec![vec!["DEC-1".into(), "a|b".into()]]);
        assert_eq!(render_markdown(&r), "# Digest\n\n- **NPV**: £1\n\n## Decisions\n\n| Id | Why |\n|---|---|\n| DEC-1 | a\\|b |\n");
    }

    #[test]
    fn a_table_made_by_position_on_every_core_is_the_same_markdown() {
        let headers: Vec<String> = ["Id", "Name", "Long", "Odd", "Blank"]
            .iter()
            .map(|h| h.to_string())
            .collect();
        for count in [0, 1, 7, 4095, 4096, 12_293] {
            let rows = crate::text_render::tests::varied_rows(count);
            for cols in [0, 1, 5] {
                let headers = &headers[..cols];
                let table = Reply::info().heading("Digest").table(
                    &headers.iter().map(String::as_str).collect::<Vec<_>>(),
                    rows.clone(),
                );
                let mut at = MarkdownText::new(Vec::new());
                at.heading("Digest");
                at.table_at(headers, rows.len(), &|k, cells| {
                    rows[k].iter().for_each(|c| cells.cell(c))
                });
                assert_eq!(
                    String::from_utf8(at.finish().unwrap()).unwrap(),
                    render_markdown(&table),
                    "{count} rows, {cols} columns"
                );
            }
        }
        // A cell's pipes are escaped and its line breaks made spaces, as before.
        let mut text = MarkdownText::new(Vec::new());
        text.table_at(&["Why".into()], 1, &|_, cells| cells.cell("a|b\nc"));
        let written = String::from_utf8(text.finish().unwrap()).unwrap();
        assert_eq!(written, "| Why |\n|---|\n| a\\|b c |\n");
    }

    #[test]
    fn markdown_written_as_it_is_made_ends_as_the_whole_text_does() {
        let r = Reply::info()
            .heading("Digest")
            .paragraph("Trailing spaces are kept inside   ")
            .table(&["Id"], vec![vec!["DEC-1".into()]])
            .paragraph("  \n ");
        let mut text = MarkdownText::new(Vec::new());
        text.heading("Digest");
        text.paragraph("Trailing spaces are kept inside   ");
        text.table(&["Id".into()], &|row| row(&["DEC-1".into()]));
        text.paragraph("  \n ");
        let written = String::from_utf8(text.finish().unwrap()).unwrap();
        assert_eq!(written, render_markdown(&r));
        assert_eq!(
            written,
            "# Digest\n\nTrailing spaces are kept inside   \n\n| Id |\n|---|\n| DEC-1 |\n"
        );
    }
}
