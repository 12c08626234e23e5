//! Who does the next part and when, told after a verdict (round R56): "Keep going with the
//! refit on the last boat, Kevin's bringing her up on the slipway next week", "Laptop
//! refresh — keep rolling, Lee's got the last 8 for the Wirral office next week". A name,
//! its "'s", a verb of doing and a day or a week ahead: the plan, not why (no training label
//! takes one: `bayou-teche-crawfish` 16, `crooked-lake-citrus` 18 none).

use super::tokens::Token;

/// Words closing the plan's time: "next week", "this week", "tomorrow", a weekday.
fn ahead(w: &str) -> bool {
    matches!(
        w,
        "week"
            | "tomorrow"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
    )
}

/// Is the clause `toks[s..e]` "<Name>'s <doing|got> … <next week / tomorrow / a weekday>",
/// at most twelve words?
pub fn plan_with_a_day(toks: &[Token], s: usize, e: usize) -> bool {
    let e = e.min(toks.len());
    let w = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    let capital = toks.get(s).is_some_and(|t| t.is_word() && t.capital);
    // The name's "'s" as one token ("kevin's") or two ("kevin", "'s").
    let (named, verb) = if w(s).ends_with("'s") {
        (capital, s + 1)
    } else {
        (capital && w(s + 1) == "'s", s + 2)
    };
    let doing = w(verb).ends_with("ing") || w(verb) == "got";
    let words = (s..e).filter(|&j| toks[j].is_word()).count();
    let last = (s..e).rev().find(|&j| toks[j].is_word());
    named
        && doing
        && words <= 12
        && last
            .is_some_and(|j| ahead(w(j)) && (w(j) != "week" || matches!(w(j - 1), "next" | "this")))
}
