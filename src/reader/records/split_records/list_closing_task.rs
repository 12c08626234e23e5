//! A task told to someone on the line that closes a list of items ("From Trevor, after the
//! bank:\n• … go ahead …\n• … no, …\nGemma to send the bank the signed papers by 11/12."):
//! a note of its own, not the last item's follow-up (convention 47's "an item under a
//! heading"; see `split`).

use super::*;

/// Whether the sentence `(a, b)` is a line of its own, not an item, straight after a line
/// that is an item of a list, and tells someone named a task: one or two words of a name
/// in capitals or a handle, then "to" and the work ("Gemma to send …", "@kelvin to chase
/// …").
pub(super) fn task_closing_a_list(toks: &[Token], (a, b): (usize, usize)) -> bool {
    if a < 2 || !toks[a - 1].is_sym("\n") || list_item(toks, a) {
        return false;
    }
    // The line before: from the line break before it to this one.
    let line_before = toks[..a - 1]
        .iter()
        .rposition(|t| t.is_sym("\n"))
        .map_or(0, |at| at + 1);
    // "2. Blast freezer: …": a numbered line's item opens after its number and dot.
    if !list_item(toks, line_before) && !list_item(toks, (line_before + 2).min(a)) {
        return false;
    }
    let mut k = a;
    if toks[k].is_sym("@") {
        k += 1;
    } else if !toks[k].capital || toks[k].caps {
        return false;
    }
    let owner = toks[k..b]
        .iter()
        .take(2)
        .take_while(|t| t.is_word() && !t.is("to"))
        .count();
    owner > 0 && k + owner + 1 < b && toks[k + owner].is("to") && toks[k + owner + 1].is_word()
}
