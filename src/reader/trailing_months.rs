//! "The office took 340 fewer phone calls in November, that's about £4k …": a month ending
//! a benefit's result ("in / during / over November") is when it was counted, its date
//! (conventions 5 and 37), and is left out of the evidence. A month inside a "since" clause
//! ("since we went live in August") or a comparison ("30% less in November than last
//! November") stays: no label leaves one out.

use super::tokens::Token;

/// Where the evidence `toks[a..b]` ends once a month ending it is left out; `b` when it
/// ends otherwise.
pub fn before_trailing_month(toks: &[Token], a: usize, b: usize) -> usize {
    if b < a + 5 {
        return b;
    }
    let month = crate::reader::dates::month(&toks[b - 1].lower).is_some();
    let lead = matches!(toks[b - 2].lower.as_str(), "in" | "during" | "over");
    let kept = (a..b).any(|k| matches!(toks[k].lower.as_str(), "since" | "than" | "vs"));
    if month && lead && !kept {
        b - 2
    } else {
        b
    }
}
