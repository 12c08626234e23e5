//! A figure read beside another: money added to what was given before, the figure a cost
//! moved from, the budget or old price set beside a new one.

use super::*;

/// "the extra $200k", "another £20k", "£60k more": money added to what was given before.
pub(in crate::reader) fn added(toks: &[Token], m: &MoneyMention) -> bool {
    let k = lead(toks, m);
    let prev = |back: usize| k.checked_sub(back).map_or("", |j| word(toks, j));
    let more = |w: &str| matches!(w, "extra" | "another" | "additional" | "further");
    // "£60k more for the motion platform", not "Rp 1,2 miliar more margin": "more" after
    // the money ends its phrase.
    let more_after = matches!(word(toks, m.end), "more" | "extra")
        && toks.get(m.end + 1).is_none_or(|t| {
            t.is_break()
                || matches!(
                    t.lower.as_str(),
                    "for" | "to" | "on" | "in" | "and" | "from"
                )
        });
    more(prev(1)) || more(prev(2)) && prev(1) == "of" || more_after && m.period.is_none()
}

/// "from £900k to £1.4m", "up from £19k", "down from the $1.45mm the vendor quoted": the
/// figure a cost or budget moved from.
pub(in crate::reader) fn moved_from(
    toks: &[Token],
    m: &MoneyMention,
    money: &[MoneyMention],
) -> bool {
    let the = usize::from(before(toks, m, 1) == "the");
    if before(toks, m, 1 + the) != "from" {
        return false;
    }
    let to_follows = word(toks, m.end) == "to" && money.iter().any(|n| n.start == m.end + 1);
    to_follows || matches!(before(toks, m, 2 + the), "up" | "down")
}

/// "came back at $412,000 against a budget of $250,000", "$220k (was $780k)", "wants
/// $210K now, was $140K": a figure set beside the price said before it in its sentence —
/// the budget it is held against, or what it was — is not the record's money.
pub(in crate::reader) fn set_beside(
    toks: &[Token],
    m: &MoneyMention,
    money: &[MoneyMention],
) -> bool {
    let k = lead(toks, m);
    let prev = |back: usize| k.checked_sub(back).map_or("", |j| word(toks, j));
    let price_before = money
        .iter()
        .any(|n| n.end <= k && !sentence_between(toks, n.end, k));
    let was = prev(1) == "was" && matches!(prev(2), "(" | ",");
    let budget = (prev(2), prev(1)) == ("budget", "of")
        && (prev(3) == "against" || prev(4) == "against" && matches!(prev(3), "a" | "the" | "our"));
    price_before && (was || budget)
}
