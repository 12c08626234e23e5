//! Renders a `Reply` as plain text with aligned tables, for terminals and logs.
//!
//! This file writes the blocks; `tables` lays tables out, `row_cells` keeps their cells and
//! `each_core` makes a large table's rows on every core.

use crate::text::{clip, pad};
use crate::{Block, Reply};
use std::io::Write;

mod each_core;
mod row_cells;
mod tables;

pub(crate) use each_core::rows_on_each_core;
#[cfg(test)]
use each_core::PARALLEL_ROWS;
pub use row_cells::{RowAt, RowCells};

/// Widest a table cell or field name is shown in a terminal; longer ones end in `…`.
pub const MAX_PLAIN_CELL: usize = 120;
/// Longest paragraph or field value shown; a longer stored text ends in `…`.
pub const MAX_PLAIN_TEXT: usize = 10_000;

/// Plain text for a terminal: headings underlined, fields as `name: value`, tables aligned.
pub fn render_plain(reply: &Reply) -> String {
    let mut text = PlainText::new(Vec::new());
    for block in &reply.blocks {
        text.block(block);
    }
    let bytes = text.finish().expect("writing to memory does not fail");
    String::from_utf8(bytes).expect("only text was written")
}

/// What a text says after a table that left rows out.
pub(crate) fn left_out_rows(n: usize) -> String {
    format!("…and {n} more {}.", if n == 1 { "row" } else { "rows" })
}

/// A table's rows, made as they are visited, and visitable more than once: plain text
/// reads them twice (the columns' widths, then the lines), so a table of 100,000 rows
/// need never be held.
pub type EachRow<'a> = &'a dyn Fn(&mut dyn FnMut(&[String]));

/// Writes what [`render_plain`] makes, block by block, straight to `out`: a reply too
/// large to hold as text (a whole portfolio's digest) is written as it is made.
pub struct PlainText<W: Write> {
    out: W,
    wrote: bool,
    error: Option<std::io::Error>,
}

impl<W: Write> PlainText<W> {
    pub fn new(out: W) -> Self {
        PlainText {
            out,
            wrote: false,
            error: None,
        }
    }

    /// `out` back, or the first error writing to it (nothing was written after it).
    pub fn finish(mut self) -> std::io::Result<W> {
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        self.out.flush()?;
        Ok(self.out)
    }

    fn put(&mut self, s: &str) {
        if s.is_empty() || self.error.is_some() {
            return;
        }
        self.wrote = true;
        if let Err(e) = self.out.write_all(s.as_bytes()) {
            self.error = Some(e);
        }
    }

    /// Blocks are separated by an empty line.
    fn next_block(&mut self) {
        if self.wrote {
            self.put("\n");
        }
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
            Block::Buttons { buttons } => {
                let labels: Vec<String> =
                    buttons.iter().map(|b| format!("[{}]", b.label)).collect();
                self.next_block();
                self.put(&labels.join(" "));
                self.put("\n");
            }
        }
    }

    pub fn heading(&mut self, text: &str) {
        self.next_block();
        let text = clip(text, MAX_PLAIN_CELL);
        self.put(&text);
        self.put("\n");
        self.put(&"=".repeat(text.chars().count()));
        self.put("\n");
    }

    pub fn paragraph(&mut self, text: &str) {
        self.next_block();
        self.put(&clip(text, MAX_PLAIN_TEXT));
        self.put("\n");
    }

    pub fn fields(&mut self, fields: &[(String, String)]) {
        self.next_block();
        let names: Vec<String> = fields
            .iter()
            .map(|(k, _)| clip(k, MAX_PLAIN_CELL))
            .collect();
        let width = names.iter().map(|k| k.chars().count()).max().unwrap_or(0);
        for (k, (_, v)) in names.iter().zip(fields) {
            self.put(&pad(k, width));
            self.put("  ");
            self.put(&clip(v, MAX_PLAIN_TEXT));
            self.put("\n");
        }
    }
}

#[cfg(test)]
pub(crate) mod tests;
