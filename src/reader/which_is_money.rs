//! "…, colour orders are down about a fifth, which is roughly £900 a month less going down
//! the sink": a benefit's evidence closed by a "which is <money> …" clause ends before it;
//! the money is what the result is worth, its amount (round S38).

use super::tokens::Token;

/// Where the evidence `a..b` ends: before a ", which is / that's (about, roughly …) <money>"
/// clause inside it, or at `b`.
pub(super) fn before_which_is_money(
    toks: &[Token],
    (a, b): (usize, usize),
    in_money: &dyn Fn(usize) -> bool,
) -> usize {
    let word = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    (a + 1..b)
        .find(|&c| {
            toks[c].is_sym(",") && {
                let k = match (word(c + 1), word(c + 2)) {
                    ("which", "is" | "was" | "comes") | ("that", "is") => c + 3,
                    ("that's" | "which's", _) => c + 2,
                    _ => return false,
                };
                // "which was costing us around $2,000 a month", "which was running us about
                // $3,500 a month": what the result used to cost (round R43).
                let k = match (word(k), word(k + 1)) {
                    ("costing" | "running" | "saving", "us") => k + 2,
                    ("costing" | "saving", _) => k + 1,
                    _ => k,
                };
                // "about", "roughly", "around", "call it": up to two words before the money.
                (k..(k + 3).min(b)).any(in_money)
            }
        })
        .unwrap_or(b)
}
