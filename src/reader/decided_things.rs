//! What a verdict names after its colon: "Approved by the council: ILS migration to
//! Polaris, $148,000." The words after the colon are the thing decided and its price, no
//! reason; the reason, if any, is told in the next sentence.

use super::tokens::{TokKind, Token};

/// Is `a..b` the thing a verdict decided: opened by a colon (or a dash) at most eight words (what it
/// was on) after the verdict (which ends at `verdict_end`), closed by a comma with money right after it, and
/// with no clause of its own ("ILS migration to Polaris", not "the old one is out of
/// support")?
pub(super) fn thing_after_colon(
    toks: &[Token],
    a: usize,
    b: usize,
    verdict_end: usize,
    money: &dyn Fn(usize) -> bool,
) -> bool {
    // "Approved – moisture meter for QC, Rs. 165,000.": a dash set apart opens it as a
    // colon does (round R60).
    let colon = a.checked_sub(1).filter(|&c| {
        toks[c].is(":") || (toks[c].is_sym("–") || toks[c].is_sym("—")) && !toks[c].attached
    });
    // "took the RFS offer on the Cat 1 tanker:": what the verdict was on may come between.
    let near = |c: usize| {
        c >= verdict_end
            && c <= verdict_end + 8
            && (verdict_end..c).all(|j| toks[j].is_word() || toks[j].kind == TokKind::Num)
    };
    colon.is_some_and(near)
        && toks.get(b).is_some_and(|t| t.is(","))
        && money(b + 1)
        && b > a
        && b <= a + 8
        // "a second-hand one": a hyphen inside a word is part of it.
        && (a..b).all(|j| {
            toks[j].is_word() || toks[j].kind == TokKind::Num || toks[j].is_sym("-") && toks[j].attached
        })
        && !super::intent::own_clause(toks, a, b)
        && !(a..b).any(|j| {
            let w = toks[j].lower.as_str();
            w.ends_with("n't") || w.ends_with("'s") || w.ends_with("'re")
        })
}
