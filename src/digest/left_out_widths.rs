//! The column widths of the rows a chat digest leaves out of a long table: the rows it
//! keeps are laid out in the columns every row needs, so a chat shows them exactly as it
//! did when it was given every row.

use valuebridge_chat::text::cell_width;
use valuebridge_chat::{RowAt, RowCells};

/// Below this many rows one core measures them all (starting threads costs more).
const PARALLEL_ROWS: usize = 4096;

/// Widens `widths` (one per column) to hold `row`'s cells.
pub(super) fn widen(widths: &mut Vec<usize>, row: &[String]) {
    widen_cells(widths, row.iter().map(String::as_str));
}

fn widen_cells<'a>(widths: &mut Vec<usize>, row: impl Iterator<Item = &'a str>) {
    for (k, cell) in row.enumerate() {
        if widths.len() <= k {
            widths.push(0);
        }
        widths[k] = widths[k].max(cell_width(cell));
    }
}

/// The widest cell of each column among rows `from..count` that `row` makes, on every
/// core for many rows. Empty when there are none.
pub(super) fn of_rows(from: usize, count: usize, row: RowAt) -> Vec<usize> {
    let measure = |range: std::ops::Range<usize>| {
        let (mut widths, mut cells) = (Vec::new(), RowCells::default());
        for k in range {
            cells.clear();
            row(k, &mut cells);
            widen_cells(&mut widths, cells.cells_from(0));
        }
        widths
    };
    let rows = count.saturating_sub(from);
    let threads = match rows >= PARALLEL_ROWS {
        true => std::thread::available_parallelism().map_or(1, |n| n.get().min(8)),
        false => 1,
    };
    if threads == 1 {
        return measure(from..count);
    }
    let part = rows.div_ceil(threads);
    std::thread::scope(|s| {
        let parts: Vec<_> = (0..threads)
            .map(|t| {
                let start = from + t * part;
                let end = (start + part).min(count);
                s.spawn(move || measure(start..end))
            })
            .collect();
        let mut widths = Vec::new();
        for p in parts {
            widen_to(
                &mut widths,
                &p.join().expect("measuring cells does not panic"),
            );
        }
        widths
    })
}

fn widen_to(widths: &mut Vec<usize>, other: &[usize]) {
    if widths.len() < other.len() {
        widths.resize(other.len(), 0);
    }
    for (w, o) in widths.iter_mut().zip(other) {
        *w = (*w).max(*o);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_widest_cell_of_each_column_on_one_core_or_several() {
        for count in [0, 3, PARALLEL_ROWS * 2 + 5] {
            let row = |k: usize, out: &mut RowCells| {
                out.cell(&"x".repeat(k % 7));
                out.cell(&"y".repeat(k % 45));
            };
            let widths = of_rows(1, count, &row);
            let expected: Vec<usize> = match count {
                0 => vec![],
                3 => vec![2, 2],
                _ => vec![6, 40],
            };
            assert_eq!(widths, expected, "{count} rows");
        }
    }
}
