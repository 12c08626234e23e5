//! "the planer's getting a new knife grinder, $12,500", "Quality's getting their metal
//! detector for the packing line, $33,000", "the upweller's getting its second bank of
//! silos, $64,000", "the settlement software gets the extra module for the landing slips,
//! $9,500": a thing someone is getting, its price set off after it, is a purchase
//! said as done, an approval. A quote, a bill or a grant got is news, not a purchase.

use super::money_words::find_money;
use super::tokens::Token;
use crate::money::Currency;

/// What is got that is no thing bought.
const NOT_BOUGHT: &[&str] = &[
    "quote",
    "quotes",
    "price",
    "prices",
    "estimate",
    "estimates",
    "bill",
    "bills",
    "invoice",
    "invoices",
    "grant",
    "grants",
    "rebate",
    "refund",
    "discount",
    "loan",
    "payment",
    "fine",
    "hit",
    "bid",
    "bids",
    "offer",
    "call",
    "calls",
    "complaints",
];

/// The most tokens the thing got may take before the comma before its price.
const REACH: usize = 9;

/// At `i` ("getting"), a thing got ("a new …", "their …", "its …") and, after a comma, its
/// price; where the shape ends (after "getting"). ("gets" is read by the phrase table, which
/// asks [`priced_thing_at`] too.)
pub(super) fn getting_at(toks: &[Token], i: usize) -> Option<usize> {
    let after_a_word = i > 0 && toks[i - 1].is_word();
    (toks[i].is("getting") && after_a_word && priced_thing_at(toks, i + 1)
        || toks[i].is("get") && more_money_got(toks, i))
    .then_some(i + 1)
}

/// At `i` ("get"), after things said in the plural, more money: "the room tablets get
/// another €12k", "get an extra $5k", "get £3k more" ("gets" is read by the phrase table).
/// Not after a pronoun or a helping verb ("we get another £5k back", "to get more money",
/// "can get an extra 10k"): then the words say no decision.
fn more_money_got(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if i == 0
        || !toks[i - 1].is_word()
        || !toks[i - 1].lower.ends_with('s')
        || toks[i - 1].lower.ends_with("'s")
    {
        return false;
    }
    let mut at = i + 1;
    let more_before = match word(at) {
        "another" | "extra" => 1,
        "an" if word(at + 1) == "extra" => 2,
        _ => 0,
    };
    at += more_before;
    let ahead = &toks[at..(at + 5).min(toks.len())];
    let Some(money) = find_money(ahead, Currency::GBP).into_iter().next() else {
        return false;
    };
    money.start == 0
        && money.period.is_none()
        && (more_before > 0 || word(at + money.end) == "more")
}

/// From `at`, a thing ("a new …", "the extra module …", "their …") and, after a comma, its
/// price said once: "… a new knife grinder, $12,500", no quote, bill or grant.
pub(in crate::reader) fn priced_thing_at(toks: &[Token], at: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(
        word(at),
        "a" | "an" | "the" | "their" | "its" | "his" | "her" | "our" | "new"
    ) {
        return false;
    }
    let Some(comma) = (at + 1..(at + 1 + REACH).min(toks.len()))
        .take_while(|&k| !toks[k].is_break() || toks[k].is_sym(","))
        .find(|&k| toks[k].is_sym(","))
    else {
        return false;
    };
    if comma <= at + 1 || (at + 1..comma).any(|k| NOT_BOUGHT.contains(&word(k))) {
        return false;
    }
    let after = &toks[comma + 1..(comma + 6).min(toks.len())];
    find_money(after, Currency::GBP)
        .first()
        .is_some_and(|m| m.start == 0 && m.period.is_none())
}
