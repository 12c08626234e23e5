//! Market prices told as the state of things ("oil's at $58 and the operators ain't
//! spending", "diesel is at £1.60"): money a commodity trades at, never the money a
//! decision or a proposal is about.

use super::tokens::Token;
use super::MoneyMention;

/// Goods whose market price a writer quotes as the weather of the business.
const COMMODITIES: &[&str] = &[
    "oil", "crude", "wti", "brent", "gas", "diesel", "petrol", "fuel", "copper", "gold", "steel",
    "lumber", "wheat", "corn", "canola", "milk", "cattle", "iron", "ore",
];

/// Is `m` the price a commodity is said to be at ("oil's at $58", "WTI is at $61", "diesel
/// at £1.60")?
pub(super) fn quoted(toks: &[Token], m: &MoneyMention) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if m.start < 2 || word(m.start - 1) != "at" {
        return false;
    }
    let mut k = m.start - 2;
    // "is at", "'s at", "was at", "is sitting at".
    while k > 0 && matches!(word(k), "is" | "'s" | "was" | "sitting" | "still" | "now") {
        k -= 1;
    }
    let w = word(k);
    let stem = w.strip_suffix("'s").unwrap_or(w);
    COMMODITIES.contains(&stem)
}
