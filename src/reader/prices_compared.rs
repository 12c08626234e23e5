//! A price set against another in a benefit's result: "we sold the lawn at $14 instead of
//! $9", "honeycrisp … at $48 a bushel vs $30 at harvest". The two prices are the evidence
//! (both training labels of the shape keep them), not the benefit's money.

use super::tokens::Token;

/// Words that set one price against another.
fn compares(w: &str) -> bool {
    matches!(w, "instead" | "vs" | "vs." | "versus" | "against")
}

/// Is the money at `j` one of two prices set against each other: another amount (`money`)
/// within a few words after it, past "instead of" / "vs" / "versus" / "against", or before
/// it, the comparing word between them?
pub(super) fn compared_price(toks: &[Token], j: usize, money: &dyn Fn(usize) -> bool) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let plain = |a: usize, b: usize| (a..b).all(|k| !toks[k].is_break());
    let after = (j + 1..(j + 5).min(toks.len())).find(|&k| compares(w(k)));
    let after = after
        .is_some_and(|k| (k + 1..(k + 4).min(toks.len())).any(|m| money(m) && plain(j + 1, m)));
    let before = (j.saturating_sub(4)..j).rev().find(|&k| compares(w(k)));
    let before =
        before.is_some_and(|k| (k.saturating_sub(5)..k).any(|m| money(m) && plain(m + 1, j)));
    after || before
}
