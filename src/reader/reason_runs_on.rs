//! "Pulling the plug … — only 9 applications since spring, and the lender still wants $4k a
//! month for the API": a decision's reason that a second clause of its own joins with ",
//! and" runs on to that clause's end; so does a refusal's over the other way told after its
//! comma ("…, we'll patch the old ones").

use super::tokens::Token;

mod so_consequence;

/// Where a decision's reason `a..b` runs on to: over ", and" a clause of its own
/// ([`and_clause_after`]) or, after a refusal, over the other way told after its comma
/// ([`other_way_after`]).
pub(super) fn clause_after(
    text: &str,
    toks: &[Token],
    (a, b): (usize, usize),
    (verdict_end, refused): (usize, bool),
    limit: usize,
    money: &dyn Fn(usize) -> bool,
    decides: &dyn Fn(usize, usize) -> bool,
) -> Option<usize> {
    and_clause_after(
        text,
        toks,
        (a, b),
        (verdict_end, refused),
        limit,
        money,
        decides,
    )
    .or_else(|| {
        refused
            .then(|| other_way_after(text, toks, (a, b), verdict_end, limit, money, decides))
            .flatten()
    })
    .or_else(|| so_consequence::so_consequence_after(toks, (a, b), verdict_end, limit, decides))
}

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

/// "£96k is too much with the lamb price where it is, we'll patch up the old one", "$12k a
/// month and the crews still can't get a call out, going back to cell boosters": after a
/// refusal or a stop, the reason `a..b` (after the verdict, which ends at `verdict_end`)
/// runs on over what we do instead, told after its comma to the sentence's end: "we'll …",
/// "going back to …", "we're sticking with …", naming the old way ("old", "existing",
/// "back", "instead"). Not a look again ("we'll revisit in spring"), a plan of something
/// else ("we'll tell the supplier"), a follow-up, money or another verdict.
pub(super) fn other_way_after(
    text: &str,
    toks: &[Token],
    (a, b): (usize, usize),
    verdict_end: usize,
    limit: usize,
    money: &dyn Fn(usize) -> bool,
    decides: &dyn Fn(usize, usize) -> bool,
) -> Option<usize> {
    let limit = limit.min(toks.len());
    if a < verdict_end || b + 3 >= limit || !toks[b].is(",") {
        return None;
    }
    let s = b + 1;
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let instead = match w(s) {
        "we'll" => true,
        "going" => w(s + 1) == "back",
        "we're" => matches!(w(s + 1), "going" | "sticking"),
        _ => false,
    };
    let e = (s..limit).find(|&j| toks[j].is_break()).unwrap_or(limit);
    let old_way = (s..e).any(|j| {
        matches!(
            w(j),
            "old" | "existing" | "current" | "instead" | "back" | "keep" | "stick" | "sticking"
        )
    });
    let look_again = (s..e).any(|j| super::clauses::opens_look_again(toks, j));
    (instead
        && old_way
        && !look_again
        && e > s + 2
        && e <= s + 15
        && !(s..e).any(money)
        && !super::clauses::assigns_owner(text, toks, s, e)
        && !decides(s, e)
        && !(e < limit && toks[e].is(",")))
    .then_some(e)
}
