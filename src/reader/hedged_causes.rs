//! "Half our new ushers quit in the first month, mostly because their first shift is a
//! premiere.": in a sentence of its own after the verdict's, a cause hedged with a degree
//! word ("mostly", "mainly", "largely", "partly") explains the fact before it, and the two
//! together are the reason; the fact is not cut off at the comma.

use super::tokens::Token;

/// Is the comma at `i` followed by a degree word and a cause's marker (", mostly because")?
pub(super) fn hedged_cause_at(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    toks[i].is(",")
        && matches!(word(i + 1), "mostly" | "mainly" | "largely" | "partly")
        && matches!(word(i + 2), "because" | "cos" | "bc")
}
