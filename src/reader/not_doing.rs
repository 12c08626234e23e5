//! "not doing fireworks night at looe this year, £6k for one evening and …": "not doing" a
//! thing said without an article, priced in its clause or said of this year, refuses it, as
//! "not doing the …" does. Without a price or a year ("not doing well", "not doing overtime
//! till the new rota") it is no verdict.

use super::money_words::find_money;
use super::tokens::Token;
use crate::money::Currency;

/// At `i` ("not"), "not doing <thing>" with its price in the clause or "this year / season"
/// after it; where the verdict's words end (before the thing).
pub(super) fn not_doing_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if word(i) != "not" || word(i + 1) != "doing" {
        return None;
    }
    let thing = toks.get(i + 2)?;
    if !thing.is_word()
        || matches!(
            thing.lower.as_str(),
            "the"
                | "it"
                | "that"
                | "this"
                | "well"
                | "much"
                | "anything"
                | "so"
                | "great"
                | "too"
                | "enough"
                | "a"
                | "an"
                | "any"
                | "anymore"
                | "badly"
                | "bad"
                | "ok"
                | "okay"
                | "fine"
                | "good"
                | "nothing"
                | "what"
                | "that's"
        )
    {
        return None;
    }
    let end = (i + 2..toks.len())
        .find(|&k| toks[k].is_break() && !toks[k].is_sym(","))
        .unwrap_or(toks.len());
    let clause = &toks[i + 2..end];
    let this_year = clause
        .windows(2)
        .any(|w| w[0].is("this") && matches!(w[1].lower.as_str(), "year" | "season" | "summer"));
    let priced = !find_money(clause, Currency::GBP).is_empty();
    (this_year || priced).then_some(i + 2)
}
