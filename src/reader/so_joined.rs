//! "… failed its MOT again and the garage reckon it's not worth welding, so the trustees
//! have agreed to replace it. £68,000 for …, most of which the appeal has already raised.":
//! a clause joined to the verdict by "so" is the writer's reason; a remark after the price
//! in a later sentence (or a relative clause, "most of which …") does not beat it.

use super::tokens::Token;

/// Is the verdict starting at `v` joined by "so" to a clause before it: ", so" (or "– so")
/// within the four words before it?
pub fn so_before(toks: &[Token], v: usize) -> bool {
    (v.saturating_sub(4)..v).any(|k| {
        toks[k].is("so")
            && k > 0
            && (toks[k - 1].is(",") || matches!(toks[k - 1].lower.as_str(), "—" | "–" | "-"))
    })
}

/// Is the reason at `a` told after the verdict ending at `v_end` only as a remark: in a
/// later sentence, or opening on a relative ("which", "most of which")?
pub fn remark_after(toks: &[Token], v_end: usize, a: usize) -> bool {
    let later =
        a > v_end && (v_end..a).any(|k| matches!(toks[k].lower.as_str(), "." | "!" | "?" | "\n"));
    let relative = (a..(a + 3).min(toks.len())).any(|k| toks[k].is("which"));
    // "…, £180k, ahead of the main replacement": when the work comes against other work.
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let timed =
        matches!((w(a), w(a + 1)), ("ahead", "of") | ("in", "time")) && !w(a + 2).is_empty();
    a >= v_end && (later || relative || timed)
}
