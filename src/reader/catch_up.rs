//! "after the owners' catch-up yesterday": a catch-up is a meeting, but its hyphen cuts it
//! into three tokens ("catch", "-", "up"), so the lists of meeting words, read a token at a
//! time, never met it (round S38).

use super::tokens::Token;

/// At `k`, "catch-up" written with its hyphen (or "catchup" as one word).
pub(crate) fn catch_up_at(toks: &[Token], k: usize) -> bool {
    let word = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    match word(k) {
        "catchup" => true,
        "catch" => word(k + 1) == "-" && word(k + 2) == "up",
        _ => false,
    }
}
