//! A benefit's reason keeps its results, never the money they are worth (convention 15,
//! round R54): "We throw away almost no meat now, food waste is down KSh 95,000 a month" →
//! "We throw away almost no meat now"; "State audit took one afternoon instead of two days
//! and no fine this time, that's $2,500 we kept" → "State audit took one afternoon instead of
//! two days" (the fine not paid is what the money measures). A second result that is no
//! money stays (convention 29: "… and first-year attrition is down 6 points, worth about
//! £90k a year"), and so does a result counted with its money beside another (convention 32).

use super::*;

/// Words that may stand between a clause and the money measuring it ("that's $2,500").
const MEASURING: &[&str] = &[
    "that's", "thats", "that", "about", "worth", "call", "so", "=",
];

/// `said` without a closing clause that holds money, or without a closing "and <result>"
/// that the money told straight after the reason measures.
pub(super) fn without_money_clause(
    text: &str,
    toks: &[Token],
    in_money: &dyn Fn(usize) -> bool,
    said: String,
) -> String {
    let Some((a, b)) = reasons::span_of(text, toks, &said) else {
        return said;
    };
    let words = |s: usize, e: usize| (s..e).filter(|&j| toks[j].is_word()).count();
    let cut = |e: usize| text[toks[a].start..toks[e - 1].end].trim().to_string();
    // "…, food waste is down KSh 95,000 a month": the last clause holds the money.
    let last = (a + 1..b)
        .rev()
        .find(|&j| toks[j].is(",") || toks[j].is_sym("—") || toks[j].is_sym("–"));
    // Not a result counted with its money and another ("the average ticket is up $85 and
    // we're closing about 30 more …", convention 32).
    if let Some(k) = last {
        if (k + 1..b).any(in_money)
            && !(a..k).any(in_money)
            && !(k + 1..b).any(|j| toks[j].lower == "and")
            && words(a, k) >= 4
        {
            return cut(k);
        }
    }
    // "… and no fine this time, that's $2,500 we kept": the money measures the last result.
    let measured = toks.get(b).is_some_and(|t| t.is(","))
        && (b + 1..(b + 4).min(toks.len())).any(in_money)
        && (b + 1..(b + 4).min(toks.len()))
            .take_while(|&j| !in_money(j))
            .all(|j| MEASURING.contains(&toks[j].lower.as_str()));
    if measured && !(a..b).any(in_money) {
        let and = (a + 1..b).rev().find(|&j| toks[j].lower == "and");
        // Only a result that is itself money not paid ("no fine this time"): another result
        // stays (convention 29).
        let money_noun = |k: usize| {
            (k + 1..b).any(|j| {
                matches!(
                    toks[j].lower.as_str(),
                    "fine" | "fines" | "penalty" | "penalties" | "fee" | "fees" | "charges"
                )
            })
        };
        if let Some(k) = and.filter(|&k| words(a, k) >= 4 && words(k + 1, b) <= 6 && money_noun(k))
        {
            return cut(k);
        }
    }
    said
}
