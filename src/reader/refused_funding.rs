//! "The board would not fund the managed SOC this year", "Finance won't fund the kiosks",
//! "the trust declined to fund it": money refused for the work, a refusal of it.

use super::tokens::Token;

/// At `i`, "would not fund", "will not fund", "won't fund", "wouldn't fund", "refused to
/// fund", "declined to fund": where the shape ends. "We'll fund it from …", "funded by the
/// grant" say no refusal, and "operators won't pay for it" is a customer's, not a decision.
pub(super) fn refused_funding_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let verb = match (word(i), word(i + 1)) {
        ("would" | "will" | "could", "not") => i + 2,
        ("won't" | "wouldn't" | "couldn't", _) => i + 1,
        ("refused" | "declined", "to") => i + 2,
        _ => return None,
    };
    (word(verb) == "fund").then_some(verb + 1)
}
