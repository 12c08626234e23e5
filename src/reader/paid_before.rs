//! "no ice bought in, where last year we paid Peterhead £19,000 for it": money we paid in
//! an earlier period, set against now, is money the work saves: a benefit cue.

use super::tokens::Token;

/// At `i`, "where last year we paid", "whereas last season we spent".
pub fn paid_last_time(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    matches!(word(i), "where" | "whereas")
        && word(i + 1) == "last"
        && matches!(
            word(i + 2),
            "year" | "season" | "winter" | "summer" | "time"
        )
        && word(i + 3) == "we"
        && matches!(word(i + 4), "paid" | "spent")
}
