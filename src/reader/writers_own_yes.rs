//! "Isla's getting a new label printer for the mill shop, ~£2,400 …. I've said aye, it's
//! within my limit.", "Abigail is buying a new weighing scale for the lab, about GHS 6,500.
//! … I said ok" (round S52): the writer's own yes to a priced ask approves it. With no
//! price in the message the yes may be to anything ("the clock folk can do a demo the week
//! of the 14th, I've said aye"), no verdict.

use super::money_words::find_money;
use super::tokens::Token;
use crate::money::Currency;

/// At `i` ("i", "i've"), "(I've / I) said aye / ok / okay / yes" in a message with a
/// one-off price: where the shape ends (after the yes).
pub(in crate::reader) fn writers_own_yes_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i), "i" | "i've") || word(i + 1) != "said" {
        return None;
    }
    if !matches!(word(i + 2), "aye" | "ok" | "okay" | "yes") {
        return None;
    }
    // "I said ok to the vendor's call": a yes to something else named after it.
    if matches!(word(i + 3), "to" | "for" | "when" | "that" | "if") {
        return None;
    }
    let priced = find_money(toks, Currency::GBP)
        .iter()
        .any(|m| m.period.is_none());
    priced.then_some(i + 3)
}
