//! "we take the LED lights for tomato house 2, ISK 48 million" (round V55): in Nordic and
//! other second-language English, "we take" a thing with its price after a comma is the
//! yes to buy it, an approval ("we take the boat hoist down for the rains" names no price
//! and is not this shape).

use super::tokens::{TokKind, Token};

/// At `i` ("take"), after an opening "we", "the" / "it" / "both" and a thing, then a comma
/// in the same clause and money straight after it: where the shape ends (after "take").
pub(in crate::reader) fn we_take_at(toks: &[Token], i: usize) -> Option<usize> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if w(i) != "take" || i == 0 || w(i - 1) != "we" {
        return None;
    }
    let opens = i == 1 || toks[i - 2].is_break() || matches!(w(i - 2), "ok" | "so" | "then");
    if !opens || !matches!(w(i + 1), "the" | "it" | "both" | "all") {
        return None;
    }
    let comma = (i + 2..toks.len().min(i + 12))
        .take_while(|&k| toks[k].kind != TokKind::Sym || toks[k].is_sym(","))
        .find(|&k| toks[k].is_sym(","))?;
    let next = &toks[comma + 1..toks.len().min(comma + 6)];
    let priced = crate::reader::money_words::find_money(next, crate::money::Currency::GBP)
        .first()
        .is_some_and(|m| m.start == 0);
    priced.then_some(i + 1)
}
