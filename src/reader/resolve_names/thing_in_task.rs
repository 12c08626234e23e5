//! "Mr. Cartwright need da engine parts list from MAN by Wednesday" against Main Engine
//! Overhaul, "Uncle Baldeo to show the new foreman the dryer controls before he leave"
//! against Paddy Dryer Expansion (round B58): a task that names no registered thing and no
//! unit, one of whose words is the thing exactly one registered name is about, is about
//! that name (guessed, so the draft asks).

use super::head_said_alone::head_said_alone;
use crate::reader::names::NameIndex;
use crate::reader::tokens::Token;

/// The registered investment the task's words `from..to` name by its thing's word, and
/// where that word is said: one name only (two words naming two names name neither).
pub(super) fn thing_in_task(
    ix: &NameIndex,
    toks: &[Token],
    from: usize,
    to: usize,
) -> Option<(usize, usize)> {
    let mut found: Option<(usize, usize)> = None;
    for (k, t) in toks.iter().enumerate().take(to.min(toks.len())).skip(from) {
        if !t.is_word() || t.lower.len() < 4 {
            continue;
        }
        let Some(inv) = head_said_alone(ix, &t.lower) else {
            continue;
        };
        match found {
            Some((f, _)) if f != inv => return None,
            Some(_) => {}
            None => found = Some((inv, k)),
        }
    }
    found
}
