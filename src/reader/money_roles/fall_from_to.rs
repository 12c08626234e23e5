//! "the diesel bill has gone down from 9m to 6.5m a month" (round V54): a benefit told as a
//! figure gone from one amount to another is the change between them, by the year; the
//! first figure, said bare, is taken by the second's period ("from 9m to 6.5m a month" is
//! 9m a month to 6.5m a month).

use super::super::money_words::Period;
use super::*;
use crate::money::Money;

/// The fall (or rise) between the only two figures of a benefit, said "from X to Y" in that
/// order, in one currency, by the year: `None` when the message says the money otherwise.
pub(in crate::reader) fn change_from_to(toks: &[Token], money: &[MoneyMention]) -> Option<Money> {
    let [a, b] = money else {
        return None;
    };
    let from = {
        let the = usize::from(before(toks, a, 1) == "the");
        before(toks, a, 1 + the) == "from"
    };
    if !from || word(toks, a.end) != "to" || b.start != a.end + 1 {
        return None;
    }
    if a.money.currency != b.money.currency || a.period.is_some() && a.period != b.period {
        return None;
    }
    let by_the_year = match (a.period, b.period) {
        (None, Some(Period::Month)) => 12,
        (None, Some(Period::Week)) => 52,
        _ => 1,
    };
    let first = a.money.minor.checked_mul(by_the_year)?;
    let change = (first - b.money.minor).abs();
    (change > 0).then_some(Money {
        minor: change,
        currency: b.money.currency,
    })
}
