//! "seawater intake rebuild means no more trucking salt mix in for the big tank, ~$4k a
//! month saved", "The new cabins at the RSE housing mean we kept all 42 Vanuatu workers …
//! instead of losing 8 …, no agency top-up needed, saved roughly $26k" (round R42): a
//! benefit told as the work, "means", and what it brought. The first clause after the verb
//! is the result, the evidence (the money's clause and any after it are the amount told).

use super::tokens::Token;

fn clause_break(t: &Token) -> bool {
    matches!(
        t.lower.as_str(),
        "," | ";" | ":" | "." | "!" | "?" | "\n" | "—" | "–" | "("
    ) || t.is_sym("-") && !t.attached
}

/// The clause after the "means" / "mean" / "meant" of the message's first sentence, when
/// the verb comes before any comma (its subject is the work) and the clause holds four
/// words or more and no money: its span.
pub fn result_after_means(toks: &[Token], money: &dyn Fn(usize) -> bool) -> Option<(usize, usize)> {
    let m = (1..toks.len().min(14))
        .take_while(|&j| !clause_break(&toks[j]))
        .find(|&j| matches!(toks[j].lower.as_str(), "means" | "mean" | "meant"))?;
    let s = m + 1 + usize::from(toks.get(m + 1).is_some_and(|t| t.is("that")));
    let e = (s..toks.len())
        .find(|&j| clause_break(&toks[j]))
        .unwrap_or(toks.len());
    let words = (s..e).filter(|&j| toks[j].is_word()).count();
    // "Pager swap means we've cancelled the old paging network contract, $7,200 a year
    // saved": a payment let go for a saving is the amount's source (convention 23).
    let let_go =
        (s..e).any(|j| super::payments_dropped::payment_let_go_for_a_saving(toks, j, j + 1));
    (words >= 4 && !let_go && !(s..e).any(money) && (0..m).all(|j| !money(j))).then_some((s, e))
}
