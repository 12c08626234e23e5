//! "we're good to go at $212,500", "We're good to go on the cooler upgrade at $120,000", "the
//! grader is good to go, $64k" (round S52): work said to be good to go, priced in the same
//! clause, may go ahead: an approval. Without a price it tells how ready a thing is ("the
//! new tills are good to go", "we're good to go for Saturday"), no verdict.

use super::money_words::find_money;
use super::tokens::Token;
use crate::money::Currency;

/// At `i` ("good"), "good to go" after "we're", "is", "are" or "'s", with money before the
/// clause ends: where the shape ends (after "go").
pub(in crate::reader) fn good_to_go_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if word(i) != "good" || word(i + 1) != "to" || word(i + 2) != "go" || i == 0 {
        return None;
    }
    let prev = word(i - 1);
    let said_of = matches!(prev, "we're" | "is" | "are" | "it's" | "'s")
        || prev == "are" && i > 1 && word(i - 2) == "we"
        || prev.ends_with("'s");
    if !said_of {
        return None;
    }
    let end = (i + 3..toks.len())
        .find(|&k| matches!(word(k), "." | "!" | "?" | "\n" | ";"))
        .unwrap_or(toks.len());
    let priced = find_money(&toks[i + 3..end], Currency::GBP)
        .iter()
        .any(|m| m.period.is_none());
    priced.then_some(i + 3)
}
