//! How far the work has got, told beside a verdict that it goes on: "8 done of 20", "6 of
//! the 11 swapped so far", "12 of 30 fitted". Why the work goes on (convention 79, round
//! R57; before it, read as no reason), found here when told as a sentence of its own.

use super::tokens::{TokKind, Token};

/// Words that say how many are done.
const DONE: &[&str] = &[
    "done",
    "swapped",
    "fitted",
    "installed",
    "replaced",
    "finished",
    "complete",
    "completed",
    "delivered",
    "converted",
    "migrated",
];

/// Is tokens `a..b` a count of progress: it opens on a number, says "of" another number
/// (maybe "of the 11"), says how many are done, and holds nothing else but the thing
/// counted and "so far"?
pub(crate) fn progress_count(toks: &[Token], a: usize, b: usize) -> bool {
    let b = b.min(toks.len());
    if a >= b || b - a > 8 || toks[a].kind != TokKind::Num {
        return false;
    }
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let of_a_number = (a + 1..b).any(|k| {
        word(k) == "of"
            && (toks.get(k + 1).is_some_and(|t| t.kind == TokKind::Num)
                || word(k + 1) == "the" && toks.get(k + 2).is_some_and(|t| t.kind == TokKind::Num))
    });
    of_a_number && (a + 1..b).any(|k| DONE.contains(&word(k)))
}
