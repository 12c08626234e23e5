//! A reason sentence that holds money (round R19): "Customer tracking portal - stop. Sunk
//! $160k and only 3 customers log in per month, the rest still call CS.", "… stop here. The
//! SIM costs $8 per box per month, across 2,000 boxes cannot make it.", "… on ice till
//! March. It was £60k on top of the £85k we already spent, and the board want …". The clause
//! before the comma was passed over for its money, and the reason was cut to the clause after
//! it; but the price, the money sunk or spent (convention 30), is part of the case the
//! sentence makes, so the reason is read from the sentence's start.

use super::tokens::Token;

/// The sentence after the verdict's in which `a` sits (its first token), when `a` is inside it.
fn later_sentence(toks: &[Token], a: usize, verdict_end: usize) -> Option<usize> {
    let p = (0..a)
        .rev()
        .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n"))?;
    (p >= verdict_end).then_some(p + 1)
}

/// Are tokens `s..c` one plain clause: no other comma, no plan or follow-up, no decision?
fn plain_clause(
    text: &str,
    toks: &[Token],
    s: usize,
    c: usize,
    decides: &dyn Fn(usize, usize) -> bool,
) -> bool {
    !(s..c).any(|j| matches!(toks[j].lower.as_str(), "," | ";" | ":"))
        && !super::clauses::NOT_A_REASON_OPENING.contains(&toks[s].lower.as_str())
        && !super::clauses::assigns_owner(text, toks, s, c)
        && !decides(s, c)
}

/// "The old one can't cope with the damp jobs since the Ombudsman report.", "Disrepair
/// claims are our biggest legal cost after the Ombudsman's report.", "rest of it waits till
/// oil's back over 70.": a reason found at the "since", "after" or "till" inside a sentence
/// after the verdict's starts with that sentence, whose clause it ends.
pub(super) fn sentence_before_time_word(
    text: &str,
    toks: &[Token],
    a: usize,
    verdict_end: usize,
    decides: &dyn Fn(usize, usize) -> bool,
) -> Option<usize> {
    let timed = matches!(
        toks.get(a)?.lower.as_str(),
        "since" | "after" | "till" | "until" | "til"
    );
    // "… since the harbour was dredged" read as a cause, its "since" left out. So is
    // "We keep losing apprentices to the union shops because they never get …" (round
    // R38): the "because" explains its own sentence's claim, which is the case made.
    let (a, timed) = match a.checked_sub(1) {
        Some(k) if !timed && toks[k].is("since") => (k, true),
        Some(k) if !timed && toks[k].is("because") && !toks[a].is("of") => (k, true),
        _ => (a, timed),
    };
    let s = later_sentence(toks, a, verdict_end)?;
    (timed && a >= s + 3 && plain_clause(text, toks, s, a, decides)).then_some(s)
}

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
        Some(",") | Some(";") => a - 1,
        Some("and") if a >= 2 && toks[a - 2].is(",") => a - 2,
        _ => return None,
    };
    let Some(s) = later_sentence(toks, c, verdict_end) else {
        return super::money_sunk::sunk_clause_after_verdict(toks, c, verdict_end, money)
            .filter(|&s| plain_clause(text, toks, s, c, decides));
    };
    // "€24k spent and barely a third have logged in; the area managers …": a semicolon
    // cuts the reason only after money sunk.
    let cut = toks[c].is(",") || super::money_sunk::says_money_sunk(toks, s, c, money);
    (cut && c >= s + 3 && (s..c).any(money) && plain_clause(text, toks, s, c, decides)).then_some(s)
}
