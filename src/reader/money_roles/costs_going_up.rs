//! "the hosting is going up from £4,800 to £9,600 a year in April", "the licence fee rises
//! to $12k a year": money by the period that a cost goes up to is what we will pay, a
//! running cost, not a yearly benefit (round V48; no label of a cost gone up gives one).

use super::*;

/// Nouns of what we pay for by the period.
const COSTS: &[&str] = &[
    "hosting",
    "licence",
    "license",
    "licences",
    "licenses",
    "fee",
    "fees",
    "price",
    "cost",
    "costs",
    "rent",
    "subscription",
    "premium",
    "premiums",
    "bill",
    "bills",
    "charge",
    "charges",
    "support",
    "maintenance",
    "lease",
    "renewal",
];

/// Words that say a figure is going up.
fn rising(toks: &[Token], k: usize) -> bool {
    matches!(word(toks, k), "going" | "gone" | "goes" | "went" | "go") && word(toks, k + 1) == "up"
        || matches!(
            word(toks, k),
            "rising" | "risen" | "rises" | "rose" | "increasing" | "increased" | "increases"
        )
}

/// Money `m` said after "to" in a clause where a cost goes up ("the hosting is going up
/// from £4,800 to £9,600 a year"), the cost's noun before the rising verb, within ten
/// tokens back and not across a sentence's end.
pub(in crate::reader) fn cost_going_up_to(toks: &[Token], m: &MoneyMention) -> bool {
    let at = lead(toks, m);
    if at == 0 || word(toks, at - 1) != "to" {
        return false;
    }
    let from = at.saturating_sub(10);
    let Some(rise) = (from..at)
        .rev()
        .take_while(|&k| !matches!(word(toks, k), "." | "!" | "?" | "\n" | ";"))
        .find(|&k| rising(toks, k))
    else {
        return false;
    };
    (from..rise)
        .rev()
        .take_while(|&k| !matches!(word(toks, k), "." | "!" | "?" | "\n" | ";" | ","))
        .any(|k| COSTS.contains(&word(toks, k)))
}
