//! [`amount_at`], answered once per place of a message's tokens: the message's currency
//! (`written_currency`) and its amounts (`money_in`) ask the same places of the same tokens
//! (see [`crate::reader::read_memo`] for why a remembered answer is the answer).

use super::*;

/// The amount that starts at `at` in `toks`, if any: its currency (`bare` for a figure
/// written without one; `default` decides which dollar a bare "$" is), number, multiplier
/// and range.
pub(in crate::reader) fn amount_at(
    toks: &[Token],
    at: usize,
    default: Currency,
    bare: Currency,
) -> Option<MoneyMention> {
    crate::reader::read_memo::amount_at(toks, at, default, bare, || {
        amount_at_worked_out(toks, at, default, bare)
    })
}
