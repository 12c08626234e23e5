//! Lines made on several threads straight into their places in one vector: a large
//! portfolio's digest has 100,000 investment lines of 336 bytes; made into a vector per
//! thread and then appended, half of them were copied once more, into memory touched for
//! the first time, on one thread while the other waited.

use std::mem::MaybeUninit;

/// The places of one part's lines, filled in order.
pub(super) struct Slots<'a, T> {
    slots: &'a mut [MaybeUninit<T>],
    filled: usize,
}

impl<T> Slots<'_, T> {
    /// Puts `line` in the next place. Panics when every place is filled.
    pub fn push(&mut self, line: T) {
        self.slots[self.filled].write(line);
        self.filled += 1;
    }
}

/// One line per item of `items`, made in `threads` parts (one when there are fewer items),
/// each part on its own thread (the first on this one): `make(k, part, slots)` makes the
/// lines of the `k`th part's items, in order, into `slots`, and returns what else it found.
/// The lines are in the items' order, as if one thread had made them all. Panics if a part
/// makes more or fewer lines than it has items.
pub(super) fn lines_of<X: Sync, T: Send, R: Send>(
    items: &[X],
    threads: usize,
    make: impl Fn(usize, &[X], &mut Slots<'_, T>) -> R + Sync,
) -> (Vec<T>, Vec<R>) {
    let len = items.len();
    let part = match threads <= 1 || len < threads {
        true => len,
        false => len.div_ceil(threads),
    }
    .max(1);
    let mut lines = Vec::with_capacity(len);
    let make = &make;
    let fill = move |k: usize, slots: &mut [MaybeUninit<T>]| {
        let start = k * part;
        let mut slots = Slots { slots, filled: 0 };
        let found = make(k, &items[start..start + slots.slots.len()], &mut slots);
        assert_eq!(
            slots.filled,
            slots.slots.len(),
            "a part made fewer lines than it has items"
        );
        found
    };
    let found = {
        let places = &mut lines.spare_capacity_mut()[..len];
        if places.is_empty() {
            vec![fill(0, places)]
        } else {
            let mut parts = places.chunks_mut(part).enumerate();
            std::thread::scope(|scope| {
                let (k, first) = parts.next().expect("at least one part");
                let handles: Vec<_> = parts
                    .map(|(k, slots)| scope.spawn(move || fill(k, slots)))
                    .collect();
                let mut found = vec![fill(k, first)];
                found.extend(
                    handles
                        .into_iter()
                        .map(|h| h.join().expect("a digest worker panicked")),
                );
                found
            })
        }
    };
    // SAFETY: the parts cover the first `len` places, and each part filled every one of
    // its places (checked above; a part that did not panicked, and then this point is
    // never reached: the lines made are leaked, never read).
    unsafe { lines.set_len(len) };
    (lines, found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_made_in_parts_are_in_order_whatever_the_parts() {
        for len in [0, 1, 2, 7, 100, 1_001] {
            let items: Vec<usize> = (0..len).collect();
            for threads in [0, 1, 2, 3, 8, 1_000, 5_000] {
                let (lines, found) = lines_of(&items, threads, |k, part, slots| {
                    for n in part {
                        slots.push(format!("line {n}"));
                    }
                    (k, part.len())
                });
                let want: Vec<String> = (0..len).map(|n| format!("line {n}")).collect();
                assert_eq!(lines, want, "{len} lines on {threads} threads");
                assert!(found.len() <= threads.max(1));
                assert!(found.iter().enumerate().all(|(k, f)| f.0 == k));
                assert_eq!(found.iter().map(|f| f.1).sum::<usize>(), len);
            }
        }
    }

    #[test]
    #[should_panic(expected = "fewer lines")]
    fn a_part_that_leaves_a_place_empty_is_a_panic_not_a_line_never_made() {
        lines_of(&[0; 10], 1, |_, part, slots| {
            for n in &part[1..] {
                slots.push(n.to_string());
            }
        });
    }

    #[test]
    #[should_panic]
    fn a_part_that_makes_too_many_lines_is_a_panic() {
        lines_of(&[0; 4], 2, |_, part, slots| {
            for n in part.iter().chain(part) {
                slots.push(n.to_string());
            }
        });
    }
}
