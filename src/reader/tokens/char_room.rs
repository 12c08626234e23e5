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

/// Puts `text`'s characters, each with its byte offset (what `text.char_indices()` gives),
/// into `room`. A text all ASCII (most messages) is filled at a known length, each byte a
/// character; in another, each run of ASCII bytes between the other characters is filled
/// the same way (round P67: pushing every character decoded cost ~1,100 instructions a
/// message with a "£" or a dash). A UTF-8 text's bytes below 0x80 are its ASCII
/// characters, each one byte at its offset, so the answer is `char_indices`'.
pub(super) fn fill(room: &mut Vec<(usize, char)>, text: &str) {
    let bytes = text.as_bytes();
    if text.is_ascii() {
        room.extend(bytes.iter().enumerate().map(|(k, &b)| (k, char::from(b))));
        return;
    }
    let mut k = 0;
    while k < bytes.len() {
        let run_end = bytes[k..]
            .iter()
            .position(|b| !b.is_ascii())
            .map_or(bytes.len(), |p| k + p);
        room.extend(
            bytes[k..run_end]
                .iter()
                .enumerate()
                .map(|(j, &b)| (k + j, char::from(b))),
        );
        // The character after the run: not ASCII, so it starts at `run_end`.
        match text[run_end..].chars().next() {
            Some(c) => {
                room.push((run_end, c));
                k = run_end + c.len_utf8();
            }
            None => break,
        }
    }
}

#[cfg(test)]
mod p67_tests {
    use super::fill;
    use crate::reader::tests::p55_training_texts::training_and_source_texts;

    /// Round P67: the room filled run by run holds what `char_indices` gives, for every
    /// training and source text and for texts of ASCII and other characters mixed at
    /// every place.
    #[test]
    fn filled_as_char_indices_gives() {
        let mut texts = training_and_source_texts();
        let parts = [
            "", "a", "£", "—", "é", "ab", "€5", "日本", "👍🏽", " ", "\n", "x£y",
        ];
        for a in parts {
            for b in parts {
                for c in parts {
                    texts.push(format!("{a}{b}{c}"));
                }
            }
        }
        let mut room = Vec::new();
        for text in &texts {
            room.clear();
            fill(&mut room, text);
            let want: Vec<(usize, char)> = text.char_indices().collect();
            assert_eq!(room, want, "{text:?}");
        }
    }
}
