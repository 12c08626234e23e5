//! Renders a `Reply` as plain text with aligned tables, for terminals and logs.

use crate::text::{clip, pad};
use crate::{Block, Reply};
use std::io::Write;

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
            Block::Table { table } => self.table(&table.headers, &|row| {
                for r in &table.rows {
                    row(r);
                }
            }),
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

    /// A table aligned on its widest cells. `rows` is read once: its cells are kept as one
    /// text while the widths are found (making a cell costs far more than keeping it, and
    /// a large digest's table holds a million of them), then written from that text.
    pub fn table(&mut self, headers: &[String], rows: EachRow) {
        self.next_block();
        let cols = headers.len();
        let width = |s: &str| s.chars().count().min(MAX_PLAIN_CELL);
        let mut widths: Vec<usize> = headers.iter().map(|h| width(h)).collect();
        // Every row's `cols` cells, one after another; `ends` has where each cell ends.
        let mut text = String::new();
        let mut ends: Vec<usize> = Vec::new();
        let mut count = 0usize;
        rows(&mut |row| {
            count += 1;
            for (i, w) in widths.iter_mut().enumerate() {
                let cell = row.get(i).map(String::as_str).unwrap_or("");
                *w = (*w).max(width(cell));
                text.push_str(cell);
                ends.push(text.len());
            }
        });
        let mut line = String::new();
        let mut put_line = |this: &mut Self, cells: &mut dyn Iterator<Item = &str>| {
            line.clear();
            for (i, w) in widths.iter().enumerate() {
                let cell = cells.next().unwrap_or("");
                // No wider than its column in bytes, so in characters: shown whole.
                let cell = match cell.len() <= *w {
                    true => std::borrow::Cow::Borrowed(cell),
                    false => std::borrow::Cow::Owned(clip(cell, *w)),
                };
                line.push_str(&cell);
                if i + 1 < cols {
                    let fill = w.saturating_sub(cell.chars().count()) + 2;
                    (0..fill).for_each(|_| line.push(' '));
                }
            }
            this.put(line.trim_end());
            this.put("\n");
        };
        put_line(self, &mut headers.iter().map(String::as_str));
        let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
        put_line(self, &mut rule.iter().map(String::as_str));
        let mut start = 0;
        let mut ends = ends.iter();
        for _ in 0..count {
            put_line(
                self,
                &mut ends.by_ref().take(cols).map(|&end| {
                    let cell = &text[start..end];
                    start = end;
                    cell
                }),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_aligned_on_the_widest_cell() {
        let reply = Reply::info().table(
            &["Id", "Name"],
            vec![
                vec!["INV-1".into(), "CRM".into()],
                vec!["INV-10".into(), "Data lake".into()],
            ],
        );
        assert_eq!(
            render_plain(&reply),
            "Id      Name\n------  ---------\nINV-1   CRM\nINV-10  Data lake\n"
        );
    }

    #[test]
    fn a_reply_written_as_it_is_made_is_its_text() {
        let rows = || {
            vec![
                vec!["INV-1".to_string(), "CRM".into()],
                vec!["INV-10".into()],
            ]
        };
        let reply = Reply::info()
            .fields([("Name", "value")])
            .table(&["Id", "Name"], rows())
            .paragraph("Done.");
        let mut text = PlainText::new(Vec::new());
        text.fields(&[("Name".into(), "value".into())]);
        text.table(&["Id".into(), "Name".into()], &|row| {
            rows().iter().for_each(|r| row(r))
        });
        text.paragraph("Done.");
        let written = String::from_utf8(text.finish().unwrap()).unwrap();
        assert_eq!(written, render_plain(&reply));
        assert_eq!(
            written,
            "Name  value\n\nId      Name\n------  ----\nINV-1   CRM\nINV-10\n\nDone.\n"
        );
    }

    #[test]
    fn extra_cells_are_left_out_and_a_table_without_columns_is_empty_lines() {
        let reply = Reply::info().table(
            &["Id"],
            vec![vec!["INV-1".into(), "ignored".into()], vec![]],
        );
        assert_eq!(render_plain(&reply), "Id\n-----\nINV-1\n\n");
        let mut text = PlainText::new(Vec::new());
        text.table(&[], &|row| {
            row(&["x".into()]);
            row(&[]);
        });
        let written = String::from_utf8(text.finish().unwrap()).unwrap();
        assert_eq!(written, "\n\n\n\n");
    }

    #[test]
    fn unicode_cells_align_by_characters() {
        let reply = Reply::info().table(&["Unit", "N"], vec![vec!["Café".into(), "1".into()]]);
        assert_eq!(render_plain(&reply), "Unit  N\n----  -\nCafé  1\n");
    }

    #[test]
    fn a_cell_longer_than_any_format_width_is_clipped_not_a_panic() {
        let huge = "x".repeat(70_000);
        let reply = Reply::info()
            .heading(&huge)
            .fields([(huge.as_str(), huge.as_str())])
            .table(
                &["Id", "Name", "N"],
                vec![vec!["UNIT-1".into(), huge.clone(), "1".into()]],
            );
        let out = render_plain(&reply);
        let row = out.lines().find(|l| l.starts_with("UNIT-1")).unwrap();
        let expected = format!("UNIT-1  {}…  1", "x".repeat(MAX_PLAIN_CELL - 1));
        assert_eq!(row, expected);
        assert!(out
            .lines()
            .all(|l| l.chars().count() <= MAX_PLAIN_TEXT + MAX_PLAIN_CELL + 2));
    }
}
