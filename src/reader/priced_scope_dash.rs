//! An approval's price and what it covers, then a spaced dash and why (round R40): "We've
//! approved the move from Nookal to Cliniko, $34k for the migration and the first year —
//! reception at Joondalup is double-booking …". The price and its "for …" are the amount
//! told; the reason is the clause after the dash.

use super::tokens::Token;

/// Where the reason `toks[a..b]` starts once an opening price and its "for …" scope, ended by
/// a spaced dash, are left out: the token after the dash. `None` when the reason does not
/// open so, or too little follows the dash.
pub(super) fn after_priced_scope(
    toks: &[Token],
    a: usize,
    b: usize,
    money: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    if a >= b || !money(a) {
        return None;
    }
    let after = (a..b).find(|&j| !money(j))?;
    if !toks[after].is("for") {
        return None;
    }
    let dash = |t: &Token| (t.is_sym("—") || t.is_sym("–") || t.is_sym("-")) && !t.attached;
    let d = (after + 1..b.min(after + 12)).find(|&j| dash(&toks[j]))?;
    // Only the scope between: no other price, no clause break.
    let plain = (after + 1..d).all(|j| !money(j) && !toks[j].is_break() && !toks[j].is(","));
    (plain && d + 5 <= b && (d + 1..b).all(|j| !money(j))).then_some(d + 1)
}

/// "…, not six — the slab won't take more without new piles" (round R40): a reason opening
/// on the count not kept ("not six", "not 12"), then a spaced dash, is the scope said
/// against the one kept; the reason starts after the dash.
pub(super) fn after_count_not_kept(toks: &[Token], a: usize, b: usize) -> Option<usize> {
    let count = |t: &Token| {
        t.lower.chars().all(|c| c.is_ascii_digit())
            || matches!(
                t.lower.as_str(),
                "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "twelve"
                    | "all"
            )
    };
    let dash = |t: &Token| (t.is_sym("—") || t.is_sym("–") || t.is_sym("-")) && !t.attached;
    (a + 7 <= b && toks[a].is("not") && count(&toks[a + 1]) && dash(&toks[a + 2])).then_some(a + 3)
}

/// "crew housing reno approved!! 🎉 $64k, the H-2A guys get real showers this yr", "vans
/// approved!! 🎉 £84k for three, the old Transit's …" (round S48): a reason opening on a
/// cheer and the approval's price (perhaps "for three"), ended by a comma, starts after the
/// comma.
pub(super) fn after_cheered_price(
    toks: &[Token],
    a: usize,
    b: usize,
    money: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let cheer = |t: &Token| {
        t.kind == super::tokens::TokKind::Sym && !t.is_break() && !t.is(",") && !t.is_sym("$")
    };
    let first_money = (a..b.min(a + 4)).find(|&j| !cheer(&toks[j]))?;
    if first_money == a || !money(first_money) {
        return None;
    }
    let after = (first_money..b).find(|&j| !money(j))?;
    // "for three", "for the pair": a short scope, no other price.
    let scope = if toks[after].is("for") {
        (after + 1..b.min(after + 4)).find(|&j| toks[j].is(","))?
    } else {
        after
    };
    let plain = (after..scope).all(|j| !money(j) && !toks[j].is_break());
    (plain && toks[scope].is(",") && scope + 4 <= b).then_some(scope + 1)
}
