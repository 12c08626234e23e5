//! "racking at madison: 3 of 5 bays up", "shopify in nov: 4,100 orders direct": a name's
//! word, then the one place (or month) it is at or in, then a colon and what is told of it.
//! The place is no part of another thing's name ("Heat storage tank: …").

use crate::reader::tokens::Token;

/// Whether `toks[i]` opens "at <place>" or "in <place or month>", one word for the place.
pub(super) fn at_place(toks: &[Token], i: usize) -> bool {
    toks.get(i).is_some_and(|t| t.is("at") || t.is("in"))
        && toks
            .get(i + 1)
            .is_some_and(|t| t.is_word() && t.lower.len() >= 3)
}

/// Whether `toks[i]` opens "at <place>:" or "in <place>:" ("backwashes at jesmond: 4 of 6
/// plumbed in"): the things before it are set as a label, as "backwashes:" alone is.
pub(super) fn label_at_place(toks: &[Token], i: usize) -> bool {
    at_place(toks, i) && toks.get(i + 2).is_some_and(|c| c.is_sym(":"))
}
