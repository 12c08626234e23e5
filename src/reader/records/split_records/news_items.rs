//! Convention 77 (round B56): in a status list, each item that tells news of a registered
//! thing ("- Boat shed roof — contractor starts Monday", "(1) the grader ships 12/14, …")
//! is a note of its own, before the item that decides; an item that only says nothing
//! changed is none. Items are a list's lines or numbered inline ("Update: (1) … (2) …").

use super::*;
use crate::reader::records::numbered_items;
use crate::reader::tokens::TokKind;

/// Where an item of a list opens in the sentence `(a, b)`: at its start when it opens a
/// list's line ("- Boat shed roof — …", "2) …") or an item numbered inline ("(2) …"), or
/// at the first item numbered inline straight after a heading's colon ("Update before
/// the weekend: (1) the grader …", with a "(2)" later).
pub(super) fn item_start(toks: &[Token], (a, b): (usize, usize)) -> Option<usize> {
    if list_item(toks, a) || numbered_items::item_opens_at(toks, a) {
        return Some(a);
    }
    (a + 1..b).find(|&k| toks[k - 1].is_sym(":") && first_of_numbered(toks, k))
}

/// "(1)" or "1)" at `k`, the first of items numbered inline: a "2)" follows later.
fn first_of_numbered(toks: &[Token], k: usize) -> bool {
    let one = |j: usize| {
        toks.get(j)
            .is_some_and(|t| t.kind == TokKind::Num && t.lower == "1")
            && toks.get(j + 1).is_some_and(|t| t.is_sym(")") && t.attached)
    };
    let at = if toks[k].is_sym("(") { k + 1 } else { k };
    one(at)
        && (at + 2..toks.len())
            .any(|j| toks[j].lower == "2" && numbered_items::numbered_item_at(toks, j))
}

/// Whether the item `(a, b)` says no money: news, not a thing asked for at a price.
pub(super) fn no_price(toks: &[Token], (a, b): (usize, usize), currency: Currency) -> bool {
    find_money(&toks[a..b], currency).is_empty()
}
