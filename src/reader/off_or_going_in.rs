//! Two everyday verdicts said of the thing, its price or its money sunk told right after
//! (round S43): "the stem counting cameras are off, 2.1M spent and they miscount …" stops
//! the work ("the lights are off" tells nothing decided: no money sunk after it), and "The
//! dehumidifier is going in — £64k, …" approves it ("the crane is going in on Tuesday" is
//! only when: no price after it).

use super::money_words::find_money;
use super::tokens::Token;
use crate::money::Currency;

fn word(toks: &[Token], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.lower.as_str())
}

/// The thing's "is" / "are" before `i`.
fn said_of_the_thing(toks: &[Token], i: usize) -> bool {
    i >= 2 && matches!(word(toks, i - 1), "is" | "are" | "'s" | "'re") && toks[i - 2].is_word()
}

/// A comma, a dash or a colon at `k`.
fn mark(toks: &[Token], k: usize) -> bool {
    matches!(word(toks, k), "," | "—" | "–" | ":") || toks.get(k).is_some_and(|t| t.is_sym("-"))
}

/// The amount starting within the two tokens after `from`, and where it ends.
fn money_next(toks: &[Token], from: usize) -> Option<usize> {
    let to = (from + 6).min(toks.len());
    let found = find_money(toks.get(from..to)?, Currency::GBP);
    found.first().filter(|m| m.start <= 1).map(|m| from + m.end)
}

/// At `i` ("off"), the thing said to be off, then the money sunk in it ("2.1M spent",
/// "$9k in and …", "£3k gone"); where the verdict's words end.
pub(super) fn off_with_money_sunk_at(toks: &[Token], i: usize) -> Option<usize> {
    if word(toks, i) != "off" || !said_of_the_thing(toks, i) || !mark(toks, i + 1) {
        return None;
    }
    let end = money_next(toks, i + 2)?;
    let sunk = match word(toks, end) {
        "spent" | "sunk" | "gone" | "wasted" | "down" => true,
        "in" => matches!(word(toks, end + 1), "and" | "," | "." | ""),
        _ => false,
    };
    sunk.then_some(i + 1)
}

/// At `i` ("going"), the thing said to be "going in", then its price after a comma, a dash
/// or a colon; where the verdict's words end.
pub(super) fn going_in_priced_at(toks: &[Token], i: usize) -> Option<usize> {
    if word(toks, i) != "going" || word(toks, i + 1) != "in" || !said_of_the_thing(toks, i) {
        return None;
    }
    if !mark(toks, i + 2) {
        return None;
    }
    money_next(toks, i + 3).map(|_| i + 2)
}
