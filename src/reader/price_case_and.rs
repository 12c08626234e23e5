//! A refusal's price case with a second half joined by ", and" (round R39): "Not doing the
//! oyster vending kiosk. $38k for a machine on the boardwalk that sits dead 8 months of the
//! year, and Worcester County wants a whole separate health permit for it", "would not fund
//! the managed SOC — £85k a year is more than we can justify at our size, and MFA plus the
//! new backups cover the worst of it". The price judged, or set against what it would buy,
//! is the case against; the clause joined after it by ", and" adds to that case whatever its
//! subject (a name, "MFA plus …"), so the reason runs on over it.

use super::clauses;
use super::tokens::Token;

/// Where the price case ending at the comma `end` runs on to: the end of the clause after
/// ", and", when that clause is four words or more with no money or date, and no
/// look-again, owner or question.
pub(super) fn and_more_after_price(
    text: &str,
    toks: &[Token],
    end: usize,
    limit: usize,
    skip: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    if !(toks.get(end)?.is(",") && toks.get(end + 1)?.is("and")) {
        return None;
    }
    let s = end + 2;
    let e = clauses::clause_end(toks, s, limit);
    let worded = e >= s + 4 && (s..s + 4).all(|j| toks[j].is_word());
    (worded
        && !(s..e).any(skip)
        && !clauses::opens_look_again(toks, s)
        && !clauses::assigns_owner(text, toks, s, e)
        && !toks.get(e).is_some_and(|t| t.is("?")))
    .then_some(e)
}
