//! "About time, the old one was dropping 30 degrees …", "Tay before time neither, the
//! linin' was down to 40 mil …" (round R42): a short remark that the work is overdue,
//! opening the sentence of the reason, is the writer's comment; the reason is the clause
//! after its comma.

use super::tokens::Token;

/// Where the reason at `a..b` starts once an opening "about time," / "not before time
/// (either)," / "high time," is left out: `a` when it has none.
pub fn after_overdue_remark(toks: &[Token], a: usize, b: usize) -> usize {
    let Some(c) = (a..b.min(a + 5)).find(|&j| toks[j].is(",")) else {
        return a;
    };
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let time = (a..c).position(|j| w(j) == "time").map(|p| a + p);
    let remark = match time {
        Some(t) if t + 2 >= c => match t - a {
            1 => matches!(w(a), "about" | "high"),
            2 => w(t - 1) == "before",
            _ => false,
        },
        _ => false,
    };
    if remark && c + 4 < b {
        c + 1
    } else {
        a
    }
}
