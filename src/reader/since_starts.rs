//! "night flow losses are down 1.1 Ml/d since August, which the regulator values at about
//! £140k a year": a benefit's "since …" is when the counted result started (convention 1).
//! It is the record's date only when the money is what built up since then ("saved £21k
//! since July", convention 5); a sum by the year is no total since the start.

use super::tokens::Token;

/// Does the sentence holding `at` value something by the year or month ("£140k a year",
/// "$2k per annum", "£900/month")?
pub(super) fn sentence_values_by_period(toks: &[Token], at: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let ends = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | ";" | "\n");
    let from = (0..at).rev().find(|&k| ends(&toks[k])).map_or(0, |k| k + 1);
    let to = (at..toks.len())
        .find(|&k| ends(&toks[k]))
        .unwrap_or(toks.len());
    let period = |w: &str| matches!(w, "year" | "yr" | "annum" | "month" | "mo");
    let money = super::money_words::find_money(&toks[from..to], crate::money::Currency::GBP);
    money.iter().any(|m| {
        m.period.is_some()
            || matches!(word(from + m.end), "a" | "per" | "/") && period(word(from + m.end + 1))
    })
}
