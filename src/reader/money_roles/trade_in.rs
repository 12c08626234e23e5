//! "da van trade-in came back $9k, still no go on da new van till april" (round V54): what
//! a trade-in brings is money the old thing fetches, no price the record decides. A price
//! said after it ("£38k after the trade-in") stays the record's.

use super::*;

/// Whether a trade-in or part-exchange is named in `m`'s clause at most five words before
/// it ("trade-in came back $9k", "trade in value of $9k", "part-ex offer £4k").
pub(in crate::reader) fn trade_in_value(toks: &[Token], m: &MoneyMention) -> bool {
    (m.start.saturating_sub(5)..m.start)
        .rev()
        .take_while(|&k| !toks[k].is_break())
        .any(|k| match word(toks, k) {
            "trade-in" | "trade-ins" | "part-ex" | "part-exchange" => true,
            "trade" | "part" => {
                let next = if word(toks, k + 1) == "-" {
                    k + 2
                } else {
                    k + 1
                };
                matches!(word(toks, next), "in" | "ex" | "exchange")
            }
            _ => false,
        })
}
