//! Money that is no spending on the thing decided: takings ("£4.1k of orders last week")
//! and money moved out of stock or into it.

use super::*;

/// Words for money a thing has taken in.
const TAKINGS: &[&str] = &[
    "orders", "sales", "bookings", "revenue", "turnover", "takings", "gmv",
];

/// "£4.1k of orders last week", "$3k in sales on the first weekend": money taken in, how a
/// thing is doing, never what a decision spends. "$25k of sales training" is a thing bought:
/// the word of takings ends the phrase.
pub(in crate::reader) fn takings(toks: &[Token], m: &MoneyMention) -> bool {
    if !matches!(word(toks, m.end), "of" | "in") {
        return false;
    }
    (m.end + 1..(m.end + 3).min(toks.len()))
        .take_while(|&k| toks[k].is_word())
        .find(|&k| TAKINGS.contains(&word(toks, k)))
        .is_some_and(|k| {
            toks.get(k + 1).is_none_or(|t| {
                !t.is_word()
                    || matches!(
                        t.lower.as_str(),
                        "last"
                            | "this"
                            | "in"
                            | "on"
                            | "since"
                            | "through"
                            | "so"
                            | "from"
                            | "a"
                            | "per"
                            | "each"
                            | "over"
                            | "at"
                    )
            })
        })
}

/// "we'd free up about $90k of inventory", "releases $60k tied up in stock": money moved
/// out of stock or into it is working capital, never what the thing costs.
pub(in crate::reader) fn stock_moved(toks: &[Token], m: &MoneyMention) -> bool {
    let k = lead(toks, m);
    let prev = |back: usize| k.checked_sub(back).map_or("", |j| word(toks, j));
    let stock = |j: usize| matches!(word(toks, j), "inventory" | "stock" | "stocks");
    let freed = matches!(
        (prev(2), prev(1)),
        ("free" | "frees" | "freed" | "freeing", "up")
    ) || matches!(prev(1), "release" | "releases" | "released" | "releasing");
    // "£15k of stock", "£15k of old stock"; not "8k of system stock" (a kind of stock
    // named: stock bought, what the verdict spends).
    let held = |j: usize| {
        matches!(
            word(toks, j),
            "the" | "our" | "old" | "excess" | "surplus" | "dead" | "slow" | "spare" | "idle"
        )
    };
    let of_stock = matches!(word(toks, m.end), "of" | "in")
        && (stock(m.end + 1) || held(m.end + 1) && stock(m.end + 2));
    let stock_near = (m.end..(m.end + 5).min(toks.len()))
        .take_while(|&j| !toks[j].is_break())
        .any(stock);
    of_stock || (freed || word(toks, m.end) == "tied") && stock_near
}

/// Words of cash carried or handled.
const CARRIED: &[&str] = &[
    "carry", "carries", "carried", "carrying", "handle", "handles", "handled", "handling", "move",
    "moves", "moved", "moving",
];

/// "Ebrima's team was carrying over D3 million cash in the pickup to the buying points",
/// "we handle about $200k cash every payday" (round S65): money said as cash carried or
/// handled, a verb of it at most six tokens back in the clause, is how much money moves,
/// never what a decision spends (the set-up cost said after it is).
pub(in crate::reader) fn cash_carried(toks: &[Token], m: &MoneyMention) -> bool {
    if word(toks, m.end) != "cash" {
        return false;
    }
    (m.start.saturating_sub(6)..m.start)
        .rev()
        .take_while(|&k| !toks[k].is_break())
        .any(|k| CARRIED.contains(&word(toks, k)))
}
