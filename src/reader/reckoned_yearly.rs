//! "Ricky priced out a sand screener for the winter sanding, about $42,000. Figures it saves
//! us around $9k a year …, and it should go 12 years", "Ballpark £380k, and they reckon
//! £120k a year extra on the road stone contracts for 15 years" (round V49, labelled so in
//! `weweantic-cranberry` and `black-tor-stone`, as some fifty such proposals are): a price,
//! then a yearly sum someone reckons the thing will bring, is a proposal with its benefit,
//! not a benefit realised. A yearly sum reckoned already saved ("reckons they've saved us
//! £2,000 a year since March") is one.

use super::money_words::MoneyMention;
use super::tokens::Token;

/// How far before the yearly sum the word of a forecast may stand.
const REACH: usize = 6;

/// How far before the yearly sum "thinks … will" may stand (round V55).
const THINKS_REACH: usize = 14;

/// At `k`, "thinks" / "think" with "will" or "would" after it before `sum`: "Hamisi thinks
/// the new farmers will sell us seaweed worth TSh 9m more every year" (round V55).
fn thinks_it_will(toks: &[Token], k: usize, sum: usize) -> bool {
    matches!(toks[k].lower.as_str(), "thinks" | "think")
        && (k + 1..sum).any(|j| matches!(toks[j].lower.as_str(), "will" | "would" | "'ll"))
}

/// Whether `money` holds a one-off price and, after it, a sum by the year or month.
pub(super) fn price_then_yearly(money: &[MoneyMention]) -> bool {
    money.iter().filter(|m| m.period.is_some()).any(|yearly| {
        money
            .iter()
            .any(|m| m.period.is_none() && m.end <= yearly.start)
    })
}

/// Words between the forecast and its sum that tell it as already happened.
const ALREADY: &[&str] = &[
    "saved", "brought", "made", "earned", "cut", "'ve", "have", "has", "had", "already", "since",
    "that's", "was", "were",
];

/// Whether `money` holds a one-off price and, after it, a sum by the year or month that
/// someone reckons, figures or estimates the thing will bring.
pub(super) fn price_then_yearly_reckoned(toks: &[Token], money: &[MoneyMention]) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let stops = |k: usize| matches!(word(k), "." | "!" | "?" | "\n");
    money.iter().filter(|m| m.period.is_some()).any(|yearly| {
        let Some(f) = (yearly.start.saturating_sub(THINKS_REACH)..yearly.start)
            .rev()
            .take_while(|&k| !stops(k))
            .find(|&k| {
                yearly.start - k <= REACH
                    && matches!(
                        word(k),
                        "reckon" | "reckons" | "figures" | "figure" | "estimates" | "estimate"
                    )
                    || thinks_it_will(toks, k, yearly.start)
            })
        else {
            return false;
        };
        let told_done = (f + 1..yearly.start).any(|k| {
            ALREADY.contains(&word(k)) || word(k).ends_with("'ve") || word(k).ends_with("'s")
        });
        let priced_before = money.iter().any(|m| m.period.is_none() && m.end <= f);
        !told_done && priced_before
    })
}
