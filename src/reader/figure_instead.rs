//! "Hospitality booking system approved — going with the SaaS option at $65K up front +
//! $1,200/mo rather than the $140K custom build", "Live shopping studio small version
//! approved, only Rp 500 juta instead of 1,2 miliar": a registered thing approved at a
//! figure said against its old, bigger one is cut back to it, a rescope (convention 57 (b),
//! round V49; 62 labels read it so). The caller asks only of a registered investment: a new
//! thing approved below its ask ("HPC cluster: approved but only 250 k€ instead of 350") had
//! no scope to cut and stays approved.

use super::money_words::MoneyMention;
use super::tokens::Token;
use crate::money::Money;

/// Tokens from the amount's figure to "instead of" / "rather than" (past "up front + $1,200/mo").
const REACH: usize = 10;

/// Words between "of" / "than" and the old figure: "the", "full", "original" ….
const LEAD_INS: &[&str] = &[
    "the", "a", "our", "full", "whole", "original", "entire", "old",
];

/// Whether the record's `amount`, said in `money`, is followed in its sentence by
/// "instead of" or "rather than" and a bigger figure in the same currency.
pub(super) fn cut_to_a_new_figure(toks: &[Token], money: &[MoneyMention], amount: &Money) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let Some(now) = money.iter().find(|m| m.money == *amount) else {
        return false;
    };
    let stops = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n");
    let Some(k) = (now.end..(now.end + REACH).min(toks.len()))
        .take_while(|&k| !stops(&toks[k]))
        .find(|&k| {
            matches!(
                (word(k), word(k + 1)),
                ("instead", "of") | ("rather", "than")
            )
        })
    else {
        return false;
    };
    let mut at = k + 2;
    while at < k + 5 && LEAD_INS.contains(&word(at)) {
        at += 1;
    }
    money.iter().any(|m| {
        m.start == at
            && m.money.currency == amount.currency
            && m.money.minor > amount.minor
            && m.period.is_none()
    })
}
