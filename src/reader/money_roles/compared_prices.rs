//! Prices set against each other ("we sold the lawn at $14 instead of $9", "at £22 rather
//! than £15"): a rate changed, which a benefit tells as its evidence, never the money it
//! brought.

use super::*;

/// Words setting one figure against another just after it.
fn instead_at(toks: &[Token], k: usize) -> Option<usize> {
    match (word(toks, k), word(toks, k + 1)) {
        ("instead" | "rather", "of" | "than") => Some(k + 2),
        _ => None,
    }
}

/// `m` is a price set against another: money right after "at" with "instead of" / "rather
/// than" and money after it, or that other money.
pub(in crate::reader) fn compared_price(
    toks: &[Token],
    m: &MoneyMention,
    money: &[MoneyMention],
) -> bool {
    let priced = |p: &MoneyMention| {
        before(toks, p, 1) == "at"
            && instead_at(toks, p.end)
                .is_some_and(|k| money.iter().any(|n| n.start == k || n.start == k + 1))
    };
    priced(m)
        || money.iter().any(|p| {
            priced(p) && instead_at(toks, p.end).is_some_and(|k| m.start == k || m.start == k + 1)
        })
}
