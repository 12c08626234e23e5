//! Making a large table's rows on every core, in consecutive parts kept in order.

/// Rows made before a table's text is given room for the rest.
const SAMPLE_ROWS: usize = 64;

/// Tables with at least this many rows are made on every core (below it, starting the
/// threads costs more than it saves).
pub(super) const PARALLEL_ROWS: usize = 4096;

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
