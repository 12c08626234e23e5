//! A table's cells written one after another into one text, with where each ends, and the
//! rows made by position that fill it.

/// A table's rows by position: `row(k, cells)` writes row `k`'s cells into `cells`. Rows
/// may be made on any thread, in any order; each is made once.
pub type RowAt<'a> = &'a (dyn Fn(usize, &mut RowCells) + Sync);

/// Cells of table rows written one after another into one text, with where each ends: a
/// row's cells are written straight into it (a large digest's tables have millions of
/// cells; a `String` apiece was most of the time spent making them).
#[derive(Debug, Default, Clone)]
pub struct RowCells {
    pub(super) text: String,
    pub(super) ends: Vec<usize>,
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
    pub(super) fn truncate(&mut self, cells: usize) {
        if cells < self.ends.len() {
            self.ends.truncate(cells);
            let end = self.ends.last().copied().unwrap_or(0);
            self.text.truncate(end);
        }
    }
}
