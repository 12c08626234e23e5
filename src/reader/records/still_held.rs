//! "… pallet racking also ok 9.5L. wms still parked": after a record, a sentence that only
//! says a thing is still parked, paused, shelved or on hold tells the hold standing, as an
//! item of minutes does after its label's colon ("- barrel room: still parked"): no record
//! of its own (convention 54, round B48). "The payroll switch stays parked" keeps it as a
//! call, a deferral; so does a time to look again ("3rd truck still parked, revisit
//! march").

use super::*;

/// Whether the sentence `(a, b)`, after a full stop or a line's end, is one to four words of
/// a thing, then "still" and "parked" / "paused" / "shelved" / "on hold", and nothing more.
pub(super) fn only_still_held(toks: &[Token], (a, b): (usize, usize)) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if a == 0 || !matches!(word(a - 1), "." | "!" | "\n") {
        return false;
    }
    let b = (a..b)
        .rev()
        .find(|&k| toks[k].is_word())
        .map_or(a, |k| k + 1);
    let held = match (word(b.wrapping_sub(2)), word(b.wrapping_sub(1))) {
        ("on", "hold") => b - 2,
        (_, "parked" | "paused" | "shelved") => b - 1,
        _ => return false,
    };
    held >= a + 2
        && word(held - 1) == "still"
        && held - 1 - a <= 4
        && toks[a..held - 1].iter().all(Token::is_word)
}
