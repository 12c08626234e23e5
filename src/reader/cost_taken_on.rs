//! "Anjali rang about the drone survey — she'll wear the £28k as long as it covers both
//! faces", "we'll swallow the £5k", "we'll eat the overrun": someone taking a cost on lets
//! the thing go ahead at it, an approval whose amount is that money (convention 57 (a),
//! round V49). Refused ("the union won't wear it") or said of anything but a cost ("eat
//! their lunch"), nothing is decided.

use super::money_words::find_money;
use super::tokens::Token;
use crate::money::Currency;

/// What is taken on when no figure is said: "the overrun", "the extra".
const COSTS: &[&str] = &[
    "overrun",
    "overspend",
    "cost",
    "costs",
    "extra",
    "difference",
];

/// At `i` ("wear", "swallow", "eat", "absorb"), after "'ll" / "will" / "can", a cost taken
/// on ("the £28k", "the overrun"): where the shape ends.
pub(super) fn cost_taken_on_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i), "wear" | "swallow" | "eat" | "absorb") || i == 0 {
        return None;
    }
    let before = word(i - 1);
    let will = before.ends_with("'ll") || matches!(before, "will" | "can" | "gonna");
    if !will || word(i + 1) != "the" {
        return None;
    }
    let rest = toks.get(i + 2..)?;
    let priced = find_money(rest, Currency::GBP)
        .first()
        .filter(|m| m.start == 0)
        .map(|m| m.end);
    match priced {
        Some(end) => Some(i + 2 + end),
        None => COSTS.contains(&word(i + 2)).then_some(i + 3),
    }
}
