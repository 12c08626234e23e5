//! "We lost six projectionists because they couldn't find a room for under £900 a month":
//! money after "for under", "for over", "for less than" or "for more than" is a price
//! compared with a bound, what something costs or was looked for at, no yearly benefit of
//! the work.

use super::tokens::Token;

/// Is the money starting at `start` said after "for under / below / over" or "for less /
/// more than"?
pub(super) fn price_bound(toks: &[Token], start: usize) -> bool {
    let before = |n: usize| {
        start
            .checked_sub(n)
            .and_then(|k| toks.get(k))
            .map_or("", |t| t.lower.as_str())
    };
    match before(1) {
        "under" | "below" | "over" => before(2) == "for",
        "than" => matches!(before(2), "less" | "more") && before(3) == "for",
        _ => false,
    }
}
