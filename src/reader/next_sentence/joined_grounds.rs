//! A sentence after the verdict's that gives several grounds, a price among them, joined by
//! "+" or "and" to a clause of ours: "no to the food hall stall. 5k/mo rent + we'd need a
//! 4th crew", "SXSW popup — rej. city wants 12k for the lot + permits and we'd be pulling
//! the crew off the trucks". The price is one ground of the case (convention 30), not the
//! record's figures, so the sentence is the reason whole.

use super::Token;

/// Whether `s..e` holds money (`money`) before a "+" or "and" whose clause after it opens
/// on what we would have to do or be ("we'd need …", "we'd be …", "we need …"), with no
/// comma between: one run of grounds ("£11,200 came in …, and we're not paying their fees"
/// is a result told on).
pub(super) fn grounds_joined_to_a_price(
    toks: &[Token],
    s: usize,
    e: usize,
    money: &dyn Fn(usize) -> bool,
) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let would = |k: usize| match word(k) {
        "we'd" => true,
        "we" => matches!(word(k + 1), "would" | "need" | "needs"),
        _ => false,
    };
    (s + 1..e.saturating_sub(2))
        .take_while(|&j| !toks[j].is(","))
        .any(|j| matches!(word(j), "+" | "and" | "&") && would(j + 1) && (s..j).any(money))
}
