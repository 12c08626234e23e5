//! "We're buying the Layher system scaffold at £145k, because …", "we're buying new after
//! all, $58k": work we say we are buying, priced in its sentence, is approved at the price.
//! Buying with no price ("we're buying coffee for the crew") is no verdict.

use super::money_words::find_money;
use super::tokens::Token;
use crate::money::Currency;

/// At `i` ("buying" after "we're" / "we are", or "buy" after "we'll" / "we will"), a thing
/// and a price before the sentence ends; where the verdict's word ends.
pub(super) fn buying_at_a_price_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let said = match word(i) {
        "buying" => {
            matches!(word(i.wrapping_sub(1)), "we're" | "i'm")
                || word(i.wrapping_sub(1)) == "are" && word(i.wrapping_sub(2)) == "we"
                || word(i.wrapping_sub(1)) == "am" && word(i.wrapping_sub(2)) == "i"
        }
        "buy" => matches!(word(i.wrapping_sub(1)), "we'll" | "will" | "i'll"),
        _ => false,
    };
    if !said
        || !matches!(
            word(i + 1),
            "the" | "a" | "an" | "our" | "new" | "two" | "three"
        )
    {
        return None;
    }
    let end = (i + 2..toks.len())
        .find(|&k| matches!(word(k), "." | "!" | "?" | "\n" | ";"))
        .unwrap_or(toks.len());
    let priced = !find_money(&toks[i + 1..end], Currency::GBP).is_empty();
    priced.then_some(i + 1)
}
