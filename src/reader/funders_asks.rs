//! "HSE turned down our ask for the energy monitoring software": a body outside that funds
//! us deciding on our ask for the work itself decides the work (convention 33 of the
//! corpus); its verdict on a grant, a permit or a change ("turned down our grant for the
//! lab", "rejected our change request on …") is news about the work.

use super::tokens::Token;

/// What we ask a funder for the work with.
const ASKS: &[&str] = &["ask", "bid", "request"];

/// At `at` (the word after the verdict): "our ask for", "our bid for", "our funding request
/// for", the work asked for after it.
pub fn our_ask_for_the_work(toks: &[Token], at: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if word(at) != "our" {
        return false;
    }
    let kind = at + 1 + usize::from(matches!(word(at + 1), "funding" | "capital" | "budget"));
    ASKS.contains(&word(kind))
        && word(kind + 1) == "for"
        && toks.get(kind + 2).is_some_and(Token::is_word)
}
