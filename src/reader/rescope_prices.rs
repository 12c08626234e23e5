//! "Boiler house: we've had to scale it back. Full replacement came in at €1.2m, so we're
//! doing the two boilers …": after a rescope, a sentence that tells the price of the whole
//! and then, after ", so", what is done instead, gives the price clause as the reason; what
//! follows "so" is the new scope, not why.

use super::tokens::Token;

/// The price clause before ", so" in the sentence after the rescope's verdict ending at
/// `v_end`, with the token where that sentence starts.
pub fn price_before_so(
    text: &str,
    toks: &[Token],
    v_end: usize,
    limit: usize,
    in_money: &dyn Fn(usize) -> bool,
) -> Option<(usize, String)> {
    let limit = limit.min(toks.len());
    let ends = |j: usize| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n");
    let p = (v_end..limit).find(|&j| ends(j))?;
    let s = p + 1;
    let e = (s..limit).find(|&j| ends(j)).unwrap_or(limit);
    let so = (s + 2..e.saturating_sub(1)).find(|&j| toks[j].is(",") && toks[j + 1].is("so"))?;
    let priced = (s..so).any(in_money);
    // A clause of its own: the price came in, was quoted, is or was.
    let told = (s..so).any(|j| {
        matches!(
            toks[j].lower.as_str(),
            "came" | "come" | "quoted" | "is" | "was" | "were" | "are" | "costs" | "cost"
        )
    });
    (priced && told).then(|| (s, text[toks[s].start..toks[so - 1].end].trim().to_string()))
}
