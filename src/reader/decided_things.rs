//! What a verdict names after its colon: "Approved by the council: ILS migration to
//! Polaris, $148,000." The words after the colon are the thing decided and its price, no
//! reason; the reason, if any, is told in the next sentence.

use super::tokens::Token;

/// Is `a..b` the thing a verdict decided: opened by a colon at most four words after the
/// verdict (which ends at `verdict_end`), closed by a comma with money right after it, and
/// with no clause of its own ("ILS migration to Polaris", not "the old one is out of
/// support")?
pub(super) fn thing_after_colon(
    toks: &[Token],
    a: usize,
    b: usize,
    verdict_end: usize,
    money: &dyn Fn(usize) -> bool,
) -> bool {
    let colon = a.checked_sub(1).filter(|&c| toks[c].is(":"));
    colon.is_some_and(|c| c >= verdict_end && c <= verdict_end + 4)
        && toks.get(b).is_some_and(|t| t.is(","))
        && money(b + 1)
        && b > a
        && b <= a + 8
        && (a..b).all(|j| toks[j].is_word() || toks[j].kind == super::tokens::TokKind::Num)
        && !super::intent::own_clause(toks, a, b)
        && !(a..b).any(|j| {
            let w = toks[j].lower.as_str();
            w.ends_with("n't") || w.ends_with("'s") || w.ends_with("'re")
        })
}
