//! "agency quote 85,000", "budget from 460,000 reduce to 210,000", "save about 15,000 each
//! month": a figure grouped in thousands with no currency written, said as a quote, a
//! price, a budget, a cost or money saved, is money in the message's currency, as writers
//! who leave the currency to the reader give it (round V52). A count said so stays a count
//! (the caller refuses a count word after it).

use super::*;

/// Words that say the figure after them is money.
const PRICE_WORDS: &[&str] = &[
    "quote", "quoted", "price", "priced", "budget", "cost", "costs", "costing", "salary", "save",
    "saves", "saving", "sales", "revenue", "reduce", "reduced", "each",
];

/// Words that may stand between the price word and the figure.
const BETWEEN: &[&str] = &[
    "about", "around", "approx", "roughly", "only", "already", "is", "was", "now", "from", "to",
    "more", "than", "of", "at",
];

/// At `at..end`, a lone number grouped in thousands (`85,000`, `1,250,000`) with a price
/// word before it, at most four words back ("sales already more than 600,000", round V54).
pub(in crate::reader::money_words) fn priced_plain(toks: &[Token], at: usize, end: usize) -> bool {
    if !lone_grouped_number(toks, at, end) {
        return false;
    }
    let mut k = at;
    for _ in 0..4 {
        let Some(prev) = k.checked_sub(1).map(|j| toks[j].lower.as_str()) else {
            return false;
        };
        if PRICE_WORDS.contains(&prev) {
            return true;
        }
        if !BETWEEN.contains(&prev) {
            return false;
        }
        k -= 1;
    }
    false
}
