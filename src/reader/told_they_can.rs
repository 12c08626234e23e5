//! "@Bully da chain hoist for da shop, you can order. $3,900.": telling the one who asked
//! that they can order or buy the thing, with its price in the message, is its go-ahead
//! (round V52). "if you can order …" asks, and "you can order it online" tells how.

use super::money_words::find_money;
use super::tokens::Token;
use crate::money::Currency;

/// At `i` ("can"), "you can order / buy / get" (or "u can"), closing its clause or taking
/// "it", "them" or "one" and closing it there, not said on a condition, in a message that
/// prices the thing: where the shape ends.
pub(super) fn you_can_order_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if word(i) != "can" || i == 0 || !matches!(word(i - 1), "you" | "u" | "ya") {
        return None;
    }
    if !matches!(word(i + 1), "order" | "buy" | "get") {
        return None;
    }
    let mut end = i + 2;
    end += usize::from(matches!(
        word(end),
        "it" | "them" | "one" | "those" | "these"
    ));
    if !toks.get(end).is_none_or(|t| t.is_break()) {
        return None;
    }
    let conditional = (i.saturating_sub(4)..i)
        .any(|k| matches!(word(k), "if" | "when" | "whether" | "unless" | "once" | "?"));
    let priced = !find_money(toks, Currency::GBP).is_empty();
    (!conditional && priced).then_some(end)
}
