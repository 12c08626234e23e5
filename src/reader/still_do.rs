//! "Dormitory we still do, but construction start after Spring Festival": the thing put
//! first, then "we still do" closing its clause, keeps it going — a continue (round V53).
//! "we still do the crate counts by hand" (what "do" takes after it) is how work is done.

use super::tokens::Token;

/// At `i` ("still"), "we still do" or "we still doing" closing its clause (a break or the
/// message's end after it), with a word before "we" (the thing put first): where it ends.
pub(super) fn still_do_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if word(i) != "still" || i < 2 || word(i - 1) != "we" {
        return None;
    }
    if !matches!(word(i + 1), "do" | "doing") {
        return None;
    }
    let closed = toks
        .get(i + 2)
        .is_none_or(|t| t.is_break() && !t.is_sym("?"));
    (closed && toks[i - 2].is_word()).then_some(i + 2)
}
