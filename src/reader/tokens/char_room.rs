//! The room the tokeniser reads a message's characters into, kept from one message to the
//! next on each thread rather than made and freed for every message.

use std::cell::Cell;

/// Room kept no larger than this many characters: a message near the size limit does not
/// leave its room held.
const KEPT: usize = 4096;

thread_local! {
    static ROOM: Cell<Vec<(usize, char)>> = const { Cell::new(Vec::new()) };
}

/// Empty room for `len` characters: the kept room if there is one (a tokenising inside
/// another finds none, and makes its own).
pub(super) fn take(len: usize) -> Vec<(usize, char)> {
    let mut room = ROOM.with(Cell::take);
    room.clear();
    room.reserve(len);
    room
}

/// Keeps `room` for the next message, unless it is larger than [`KEPT`].
pub(super) fn give_back(room: Vec<(usize, char)>) {
    if room.capacity() <= KEPT {
        ROOM.with(|r| r.set(room));
    }
}
