//! "approved phase 2 at $640K (gold carding for top 200 providers)", "… proceed with the
//! accessibility upgrades at the Community Centre (automatic door operators and a universal
//! washroom) at $64,000": after an approval or a rescope, a bracket of nouns, with no verb
//! and no change told, says what the work holds. It is no reason; no label takes one (a
//! bracket with a verb, "(govt co-funds half)", or a result, "(fewer disputed invoices)",
//! can be).

use super::clauses::CHANGE_WORDS;
use super::intent::FINITE;
use super::tokens::Token;

/// Is the reason `toks[a..b]` the whole of a bracket, with no verb, no change and no
/// negation in it?
pub fn what_it_holds(toks: &[Token], a: usize, b: usize) -> bool {
    let bracketed = a > 0 && toks[a - 1].is("(") && toks.get(b).is_some_and(|t| t.is(")")) && b > a;
    bracketed
        && !toks[a..b].iter().any(|t| {
            let w = t.lower.as_str();
            FINITE.contains(&w)
                || w.ends_with("n't")
                || w.ends_with("ed") && w.len() > 4
                // "(the two satellite clinics keep their old ones)", "(govt co-funds
                // half)": a verb of the present.
                || matches!(
                    w,
                    "keep" | "keeps" | "funds" | "fund" | "pays" | "pay" | "covers" | "cover"
                        | "stay" | "stays" | "goes" | "gets" | "comes" | "means"
                )
                || CHANGE_WORDS.contains(&w)
                || matches!(
                    w,
                    "%" | "no" | "not" | "never" | "fewer" | "less" | "more" | "faster" | "back"
                )
        })
}
