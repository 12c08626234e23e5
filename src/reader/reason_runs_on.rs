//! "Pulling the plug … — only 9 applications since spring, and the lender still wants $4k a
//! month for the API": a decision's reason that a second clause of its own joins with ",
//! and" runs on to that clause's end.

use super::tokens::Token;

/// Where the reason `a..b` (after the verdict, which ends at `verdict_end`) runs on to,
/// when ", and" then a clause of its own follow it to the sentence's end: not a plan ("and
/// we'll …", "and Sam will …"), a follow-up, a verdict or a look again. A clause holding
/// money runs on only after a refusal or a stop (`refused`), where what it costs is part of
/// the case against it ("the vendor wants £5k more" after an approval is its price).
pub(super) fn and_clause_after(
    text: &str,
    toks: &[Token],
    (a, b): (usize, usize),
    (verdict_end, refused): (usize, bool),
    limit: usize,
    money: &dyn Fn(usize) -> bool,
    decides: &dyn Fn(usize, usize) -> bool,
) -> Option<usize> {
    let limit = limit.min(toks.len());
    let joined = a >= verdict_end
        && b + 2 < limit
        && toks[b].is(",")
        && toks[b + 1].is("and")
        && !(a..b).any(|j| toks[j].is_break());
    if !joined {
        return None;
    }
    let s = b + 2;
    let e = (s..limit)
        .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n" | ";"))
        .unwrap_or(limit);
    let plan = (s..e).any(|j| {
        matches!(
            toks[j].lower.as_str(),
            "will" | "i'll" | "we'll" | "they'll" | "shall" | "gonna"
        )
    });
    let own = super::intent::own_clause(toks, s, e);
    let priced = (s..e).any(money);
    (own && !plan
        && (refused || !priced)
        && e > s + 2
        && e <= s + 25
        && !super::clauses::NOT_A_REASON_OPENING.contains(&toks[s].lower.as_str())
        && !super::clauses::opens_look_again(toks, s)
        && !super::clauses::assigns_owner(text, toks, s, e)
        && !decides(s, e))
    .then_some(e)
}
