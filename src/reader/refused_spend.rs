//! "…, and we're not paying another $90K to find out if it ever will", "we won't sink
//! another £40k into it": money the writer refuses to spend, told in the sentence after a
//! stop or a refusal, is the case against the work (as money already sunk is, convention
//! 30), not the plan's figures.

use super::tokens::Token;

/// Verbs of spending.
const SPEND: &[&str] = &[
    "paying", "pay", "spending", "spend", "putting", "put", "sinking", "sink", "throwing", "throw",
    // "I'm not buying a $22k setup that's wrong by April" (round R58).
    "buying", "buy",
];

/// Does every amount in `s..e` follow a refused spend ("not paying another", "won't spend
/// a further") within four words, and is there one?
pub(super) fn only_money_refused(
    toks: &[Token],
    s: usize,
    e: usize,
    money: &dyn Fn(usize) -> bool,
) -> bool {
    let e = e.min(toks.len());
    let refused = |m: usize| {
        (m.saturating_sub(4).max(s)..m).any(|v| {
            SPEND.contains(&toks[v].lower.as_str()) && v > s && {
                let n = toks[v - 1].lower.as_str();
                n == "not" || n == "never" || n.ends_with("n't")
            }
        })
    };
    // Where each amount starts: a money token whose previous token is no money.
    let starts: Vec<usize> = (s..e)
        .filter(|&j| money(j) && (j == s || !money(j - 1)))
        .collect();
    !starts.is_empty() && starts.into_iter().all(refused)
}
