//! Tables in plain text: the cells kept while the columns' widths are found, then laid out
//! as aligned lines and written, a large table's parts laid out on their own threads.

use super::each_core::rows_on_each_core;
use super::row_cells::{RowAt, RowCells};
use super::{EachRow, PlainText, MAX_PLAIN_CELL};
use crate::text::clip;
use std::io::Write;

impl<W: Write> PlainText<W> {
    /// A table aligned on its widest cells. `rows` is read once: its cells are kept as one
    /// text while the widths are found (making a cell costs far more than keeping it, and
    /// a large digest's table holds a million of them), then written from that text.
    pub fn table(&mut self, headers: &[String], rows: EachRow) {
        self.next_block();
        let mut cells = Cells::new(headers);
        rows(&mut |row| cells.push(row));
        let widths = cells.widths.clone();
        self.lines(headers, &widths, &[cells]);
    }

    /// The same text as [`PlainText::table`] with the rows `0..count` made by `row`: a
    /// large table's rows are made, and laid out, on every core, then written in order.
    /// Each row's cells are written straight into its part's text.
    pub fn table_at(&mut self, headers: &[String], count: usize, row: RowAt) {
        self.next_block();
        let parts = rows_on_each_core(
            count,
            |rows| {
                let mut cells = Cells::new(headers);
                cells.row.ends.reserve(rows * headers.len().max(1));
                cells
            },
            |cells, k| {
                let before = cells.row.ends.len();
                row(k, &mut cells.row);
                cells.close_row(before);
            },
            |cells| &mut cells.row.text,
        );
        let mut widths: Vec<usize> = headers.iter().map(|h| cell_width(h)).collect();
        for part in &parts {
            for (w, p) in widths.iter_mut().zip(&part.widths) {
                *w = (*w).max(*p);
            }
        }
        self.lines(headers, &widths, &parts);
    }

    /// The header, the rule and the rows of `parts`, aligned on `widths`. The first part is
    /// laid out here and written as it is made, a piece at a time; each other part is laid
    /// out meanwhile on its own thread and written once its turn comes. (Holding only the
    /// later parts' text spares the memory, and the page faults, of the first's.)
    fn lines(&mut self, headers: &[String], widths: &[usize], parts: &[Cells]) {
        let mut head = String::new();
        push_line(&mut head, widths, headers.iter().map(String::as_str));
        let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
        push_line(&mut head, widths, rule.iter().map(String::as_str));
        self.put(&head);
        let Some((first, later)) = parts.split_first() else {
            return;
        };
        std::thread::scope(|scope| {
            let handles: Vec<_> = later
                .iter()
                .map(|part| {
                    scope.spawn(move || {
                        let mut text = String::with_capacity(part.row.text.len() * 2);
                        part.each_line(|cells| push_line(&mut text, widths, cells));
                        text
                    })
                })
                .collect();
            let mut piece = String::with_capacity((first.row.text.len() * 2).min(PIECE * 2));
            first.each_line(|cells| {
                push_line(&mut piece, widths, cells);
                if piece.len() >= PIECE {
                    self.put(&piece);
                    piece.clear();
                }
            });
            self.put(&piece);
            for h in handles {
                let text = h.join().expect("laying out a table's rows panicked");
                self.put(&text);
            }
        });
    }
}

/// How much of a table's text is laid out before it is written (a whole line at a time:
/// lines are written whole, so the text is the same whatever this is).
const PIECE: usize = 1 << 16;

fn cell_width(s: &str) -> usize {
    // Most cells are short ASCII (ids, amounts, dates), where characters are bytes.
    match s.is_ascii() {
        true => s.len(),
        false => s.chars().count(),
    }
    .min(MAX_PLAIN_CELL)
}

fn push_spaces(out: &mut String, mut n: usize) {
    const SPACES: &str = "                                                                ";
    while n > 0 {
        let k = n.min(SPACES.len());
        out.push_str(&SPACES[..k]);
        n -= k;
    }
}

fn cell_chars(s: &str) -> usize {
    match s.is_ascii() {
        true => s.len(),
        false => s.chars().count(),
    }
}

/// Rows' cells kept as one text while a table's column widths are found.
struct Cells {
    cols: usize,
    widths: Vec<usize>,
    /// Every row's `cols` cells (one empty one for a table without columns), one after
    /// another.
    row: RowCells,
}

impl Cells {
    fn new(headers: &[String]) -> Cells {
        Cells {
            cols: headers.len(),
            widths: headers.iter().map(|h| cell_width(h)).collect(),
            row: RowCells::default(),
        }
    }

    fn push(&mut self, row: &[String]) {
        let before = self.row.len();
        for cell in row.iter().take(self.cols) {
            self.row.cell(cell);
        }
        self.close_row(before);
    }

    /// Makes the row written from cell `before` on exactly `cols` cells (extra ones left
    /// out, missing ones empty; a table without columns still has a blank line per row),
    /// and widens the columns to hold it.
    fn close_row(&mut self, before: usize) {
        let cells = self.cols.max(1);
        self.row.truncate(before + self.cols);
        if self.cols == 0 {
            self.row.truncate(before);
        }
        while self.row.len() < before + cells {
            self.row.end_cell();
        }
        for (w, cell) in self.widths.iter_mut().zip(self.row.cells_from(before)) {
            *w = (*w).max(cell_width(cell));
        }
    }

    /// Each row's cells, in order.
    fn each_line(&self, mut line: impl FnMut(RowText<'_>)) {
        let per_row = self.cols.max(1);
        let text = self.row.text.as_str();
        let mut start = 0;
        for ends in self.row.ends.chunks_exact(per_row) {
            // A table without columns has one empty cell a row, which `push_line` does
            // not read (it reads one cell a column).
            line(RowText {
                text,
                start,
                ends: ends.iter(),
            });
            start = ends[per_row - 1];
        }
    }
}

/// One row's cells of a [`Cells`] text, in order (a concrete iterator, so laying out a
/// line makes no call through a pointer per cell).
struct RowText<'a> {
    text: &'a str,
    start: usize,
    ends: std::slice::Iter<'a, usize>,
}

impl<'a> Iterator for RowText<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let end = *self.ends.next()?;
        let cell = &self.text[self.start..end];
        self.start = end;
        Some(cell)
    }
}

/// Appends one line of a table (its cells padded to `widths`, two spaces apart, the end
/// trimmed) and a line break.
fn push_line<'a>(out: &mut String, widths: &[usize], mut cells: impl Iterator<Item = &'a str>) {
    let start = out.len();
    let cols = widths.len();
    for (i, w) in widths.iter().enumerate() {
        let cell = cells.next().unwrap_or("");
        // No wider than its column in bytes, so in characters: shown whole.
        let cell = match cell.len() <= *w {
            true => std::borrow::Cow::Borrowed(cell),
            false => std::borrow::Cow::Owned(clip(cell, *w)),
        };
        out.push_str(&cell);
        if i + 1 < cols {
            let fill = w.saturating_sub(cell_chars(&cell)) + 2;
            push_spaces(out, fill);
        }
    }
    let kept = out[start..].trim_end().len();
    out.truncate(start + kept);
    out.push('\n');
}
