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

/// Rows made before a table's text is given room for the rest.
const SAMPLE_ROWS: usize = 64;

/// A table's rows by position: `row(k, cells)` writes row `k`'s cells into `cells`. Rows
/// may be made on any thread, in any order; each is made once.
pub type RowAt<'a> = &'a (dyn Fn(usize, &mut RowCells) + Sync);

/// Cells of table rows written one after another into one text, with where each ends: a
/// row's cells are written straight into it (a large digest's tables have millions of
/// cells; a `String` apiece was most of the time spent making them).
#[derive(Debug, Default, Clone)]
pub struct RowCells {
    text: String,
    ends: Vec<usize>,
}

impl RowCells {
    /// Adds a cell of `s`.
    pub fn cell(&mut self, s: &str) {
        self.text.push_str(s);
        self.end_cell();
    }

    /// The text the next cell is written into (appended to it), ended by
    /// [`RowCells::end_cell`].
    pub fn text(&mut self) -> &mut String {
        &mut self.text
    }

    /// Ends a cell written into [`RowCells::text`].
    pub fn end_cell(&mut self) {
        self.ends.push(self.text.len());
    }

    /// The cells from the `from`th, in order.
    pub fn cells_from(&self, from: usize) -> impl Iterator<Item = &str> {
        let mut start = from.checked_sub(1).map_or(0, |k| self.ends[k]);
        self.ends[from..].iter().map(move |&end| {
            let cell = &self.text[start..end];
            start = end;
            cell
        })
    }

    /// How many cells were written.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Forgets every cell, keeping the room they took.
    pub fn clear(&mut self) {
        self.text.clear();
        self.ends.clear();
    }

    /// Keeps the first `cells` cells.
    fn truncate(&mut self, cells: usize) {
        if cells < self.ends.len() {
            self.ends.truncate(cells);
            let end = self.ends.last().copied().unwrap_or(0);
            self.text.truncate(end);
        }
    }
}

/// Tables with at least this many rows are made on every core (below it, starting the
/// threads costs more than it saves).
const PARALLEL_ROWS: usize = 4096;

/// The rows `0..count` made into one text-holding part per core (one part for a small
/// count), in order: `new(rows)` starts a part of that many rows, `push(part, k)` adds row
/// `k`, and `text` is the part's growing text, given room for the rest once a sample of
/// rows shows their length (megabytes in a large table, then never copied as it grows).
pub(crate) fn rows_on_each_core<T: Send>(
    count: usize,
    new: impl Fn(usize) -> T + Sync,
    push: impl Fn(&mut T, usize) + Sync,
    text: impl Fn(&mut T) -> &mut String + Sync,
) -> Vec<T> {
    on_each_core(count, |range| {
        let rows = range.len();
        let mut part = new(rows);
        for (n, k) in range.enumerate() {
            if n == SAMPLE_ROWS {
                let text = text(&mut part);
                text.reserve(text.len() / SAMPLE_ROWS * (rows - n) / 8 * 9);
            }
            push(&mut part, k);
        }
        part
    })
}

/// `make` of consecutive parts of `0..count`, one per core for a large count, in order.
fn on_each_core<T: Send>(
    count: usize,
    make: impl Fn(std::ops::Range<usize>) -> T + Sync,
) -> Vec<T> {
    let threads = match count >= PARALLEL_ROWS {
        true => std::thread::available_parallelism().map_or(1, |n| n.get().min(8)),
        false => 1,
    };
    if threads <= 1 {
        return vec![make(0..count)];
    }
    let step = count.div_ceil(threads);
    let ranges: Vec<_> = (0..count)
        .step_by(step)
        .map(|start| start..(start + step).min(count))
        .collect();
    let make = &make;
    std::thread::scope(|scope| {
        let mut ranges = ranges.into_iter();
        // The first part on this thread: one thread fewer to start.
        let first = ranges.next().unwrap_or(0..0);
        let handles: Vec<_> = ranges.map(|r| scope.spawn(move || make(r))).collect();
        let mut out = vec![make(first)];
        out.extend(
            handles
                .into_iter()
                .map(|h| h.join().expect("making a table's rows panicked")),
        );
        out
    })
}

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

#[cfg(test)]
pub(crate) mod tests;
