//! "mgo testing gear ordered 🎉 88k, no more paying hamilton $140 a sample", "new laptops
//! for the office sorted, $4,800 for three": a thing said ordered, sorted, bought or
//! purchased, its price straight after, is bought, an approval (round V48, labelled so in
//! `kowhai-ridge-honey`). Said with no price ("tills and radios both sorted, good work
//! all"), or of someone who ordered it ("Sam's ordered the chillers, install wk of 11/1"),
//! it is news or thanks, and is left alone.

use super::money_words::find_money;
use super::tokens::Token;
use crate::money::Currency;

/// Words before the verb that make it someone's doing or a state, not the thing's.
const NOT_A_THING: &[&str] = &[
    "i", "we", "you", "he", "she", "they", "who", "whoever", "it", "is", "are", "was", "were",
    "be", "been", "being", "has", "have", "had", "get", "got", "gets", "getting", "not", "never",
    "just", "already", "all",
];

/// Tokens a price may sit after the verb past: a comma, a dash, an emoji or two.
const MAX_GAP: usize = 3;

/// At `i` ("ordered", "sorted", "bought", "purchased"), straight after a thing's word and
/// with its price after a comma, dash or emoji at most: where the verdict's word ends.
pub(super) fn got_at_a_price_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i), "ordered" | "sorted" | "bought" | "purchased")
        || i == 0
        || !toks[i - 1].is_word()
        || NOT_A_THING.contains(&word(i - 1))
        || word(i - 1).ends_with("'s")
    {
        return None;
    }
    let price_at = (i + 1..(i + 1 + MAX_GAP).min(toks.len())).find(|&k| !gap(&toks[k]))?;
    let priced = find_money(&toks[price_at..], Currency::GBP)
        .first()
        .is_some_and(|m| m.start == 0);
    priced.then_some(i + 1)
}

/// A comma, a dash or an emoji between the verb and its price (emoji and pictographs lie
/// past the currency signs, "£", "€", "₱", "₹").
fn gap(t: &Token) -> bool {
    matches!(t.lower.as_str(), "," | "—" | "–" | "-")
        || !t.is_word() && !t.lower.is_empty() && t.lower.chars().all(|c| c >= '\u{2190}')
}
