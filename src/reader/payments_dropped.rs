//! A benefit's result followed by a payment no longer made: "£11,200 came in online, near
//! enough double what the old page did, and we're not paying their fees either", "took
//! 1,900 calls w/ no dropped lines, and we didn't have to rent the phone bank this yr,
//! $6,500 saved", "hold time went from 4:10 to 1:35 and we let the overflow contract lapse -
//! $2,100 a month we're not paying". Not paying for something is money saved on it, which
//! is the benefit's amount and no part of its reason (conventions 15, 23 and 29); the
//! result before the "and" is the reason. A consequence that is no money ("so we left the
//! desk post unfilled", "redeployed to floor reviews") stays.

use super::tokens::Token;

/// Verbs of paying for something.
const PAYING: &[&str] = &[
    "pay", "paying", "paid", "rent", "renting", "rented", "hire", "hiring", "hired", "buy",
    "buying", "bought", "lease", "leasing",
];

/// Where the reason `a..b` ends when an "and" in it opens a payment we no longer make:
/// the "and" (and a comma before it); `b` when none does.
pub(super) fn before_payment_dropped(toks: &[Token], a: usize, b: usize) -> usize {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let dropped = |s: usize| {
        if !matches!(word(s), "we" | "we're" | "we've" | "we'd") {
            return false;
        }
        let window = s + 1..(s + 5).min(b);
        // "we're not paying", "we didn't have to rent", "we no longer pay".
        let negated = window
            .clone()
            .any(|j| matches!(word(j), "not" | "never" | "longer") || word(j).ends_with("n't"))
            && window.clone().any(|j| PAYING.contains(&word(j)));
        // "we let the overflow call center contract lapse".
        let lapsed = word(s + 1) == "let" && (s + 2..(s + 9).min(b)).any(|j| word(j) == "lapse");
        negated || lapsed
    };
    match (a + 3..b.saturating_sub(2)).find(|&j| word(j) == "and" && dropped(j + 1)) {
        Some(j) if toks[j - 1].is(",") => j - 1,
        Some(j) => j,
        None => b,
    }
}
