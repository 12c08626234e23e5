//! A minutes' item that only reports a confirmation of something done: "- Item 3.1 of the
//! last minutes (discovery layer migration): the Systems Librarian confirmed that the old
//! catalogue was switched off." It tells no news of its own for a record; the reader reads
//! it with the item after it (see `read_message`), whatever the intent model leans to.

use super::list_items;
use super::tokens::Token;

/// Whether `toks` hold an item of a list whose words report that someone confirmed (or
/// reported, noted) something already done: "confirmed that the old handsets were handed
/// back", "confirmed the old heaters went back to the supplier".
pub(super) fn item_reports_a_confirmation(toks: &[Token]) -> bool {
    (0..toks.len()).any(|k| list_items::list_item(toks, k))
        && (0..toks.len()).any(|i| confirmed_done_at(toks, i))
}

/// "confirmed (that) … was switched off": the reporting verb, then within its clause a
/// verb in the past.
fn confirmed_done_at(toks: &[Token], i: usize) -> bool {
    if !matches!(
        toks[i].lower.as_str(),
        "confirmed" | "reported" | "noted" | "advised"
    ) {
        return false;
    }
    toks[i + 1..]
        .iter()
        .skip(1)
        .take(10)
        .take_while(|t| !t.is_break())
        .any(|t| {
            let w = t.lower.as_str();
            matches!(w, "was" | "were" | "had" | "went" | "came" | "got")
                || w.len() > 4 && w.ends_with("ed")
        })
}
