//! A reason sentence that holds money (round R19): "Customer tracking portal - stop. Sunk
//! $160k and only 3 customers log in per month, the rest still call CS.", "… stop here. The
//! SIM costs $8 per box per month, across 2,000 boxes cannot make it.", "… on ice till
//! March. It was £60k on top of the £85k we already spent, and the board want …". The clause
//! before the comma was passed over for its money, and the reason was cut to the clause after
//! it; but the price, the money sunk or spent (convention 30), is part of the case the
//! sentence makes, so the reason is read from the sentence's start.

use super::tokens::Token;

/// Where the reason `a..` should start when it opens after a comma (or ", and") inside a
/// sentence of its own after the verdict's (the verdict ends at `verdict_end`), and that
/// sentence's words before the comma hold money (`money`), decide nothing (`decides`), are
/// no plan or follow-up, and are one clause (no other comma or semicolon).
pub(super) fn sentence_start(
    text: &str,
    toks: &[Token],
    a: usize,
    verdict_end: usize,
    money: &dyn Fn(usize) -> bool,
    decides: &dyn Fn(usize, usize) -> bool,
) -> Option<usize> {
    let c = match a.checked_sub(1).map(|k| toks[k].lower.as_str()) {
        Some(",") => a - 1,
        Some("and") if a >= 2 && toks[a - 2].is(",") => a - 2,
        _ => return None,
    };
    let p = (0..c)
        .rev()
        .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n"))?;
    let s = p + 1;
    let after_verdict = p >= verdict_end;
    let one_clause = !(s..c).any(|j| matches!(toks[j].lower.as_str(), "," | ";" | ":"));
    let plain = !super::clauses::NOT_A_REASON_OPENING.contains(&toks[s].lower.as_str())
        && !super::clauses::assigns_owner(text, toks, s, c)
        && !decides(s, c);
    (after_verdict && c >= s + 3 && one_clause && (s..c).any(money) && plain).then_some(s)
}
