//! Money cut told as a benefit's only result: "fuel card spend is down $6k a month on the
//! DFW trucks", "Agency nurse spend down €38k in November against November last year",
//! "margin leakage on chem down $41K vs last yr". The money is what the benefit is worth
//! (its amount); a reason repeating it adds nothing (convention 15). Something else that
//! went down ("dead stock down $120k since it went live") is a result of its own.

use super::tokens::Token;

/// Words naming money we pay or lose.
fn spend_word(w: &str) -> bool {
    matches!(
        w,
        "spend"
            | "spending"
            | "bill"
            | "bills"
            | "bill's"
            | "spend's"
            | "cost"
            | "costs"
            | "leakage"
            | "fees"
            | "charges"
    )
}

fn fell(w: &str) -> bool {
    matches!(
        w,
        "down" | "lower" | "cut" | "dropped" | "fell" | "reduced" | "less"
    )
}

/// Is `a..b` (a benefit's reason) only money cut: a spend's name, "is" / "'s" perhaps,
/// "down" (or "dropped", "lower"), the money, then no more than a few words of when, where
/// or against what, with no other clause, and no other money in the message? ("late fees
/// down £9k since it went live, and we're paying about £300 a month less …": the benefit's
/// money is the other figure, and the fees down a result of their own.)
pub(super) fn only_money_cut(
    toks: &[Token],
    a: usize,
    b: usize,
    money: &dyn Fn(usize) -> bool,
) -> bool {
    let Some(m) = (a..b).find(|&j| money(j)) else {
        return false;
    };
    let w = |k: usize| toks[k].lower.as_str();
    // Back from the money: hedges ("about", "~", "by"), then the fall, then the verb.
    let mut k = m;
    while k > a
        && matches!(
            w(k - 1),
            "about" | "approx" | "around" | "roughly" | "~" | "by" | "nearly" | "almost"
        )
    {
        k -= 1;
    }
    if k <= a || !fell(w(k - 1)) {
        return false;
    }
    k -= 1;
    while k > a
        && matches!(
            w(k - 1),
            "is" | "are" | "was" | "were" | "has" | "have" | "been"
        )
    {
        k -= 1;
    }
    // The spend's name, of at most six words, one of them the spend ("margin leakage on
    // chem").
    let head = (a..k).any(|j| spend_word(w(j)));
    let named = head && k - a <= 6 && (a..k).all(|j| toks[j].is_word() || toks[j].is_sym("-"));
    let end_money = (m..b).find(|&j| !money(j)).unwrap_or(b);
    let tail_plain = b - end_money <= 8
        && (end_money..b).all(|j| !toks[j].is_break() && !matches!(w(j), "and" | "so" | "which"));
    let no_other_money = (0..toks.len()).all(|j| !money(j) || (a..b).contains(&j));
    named && tail_plain && no_other_money
}
