//! Finding every amount in a message, with its period (a month, a year), and the currency a
//! message is written in. Here, the run over the message and its currency; periods, how a
//! number was written and bare numbers that are money are read in files of their own.

use super::*;

mod bare_numbers;
mod millimetres;
mod number_forms;
mod periods;
mod priced_plain;
mod stretch_metres;
mod times_a_price;

pub(super) use self::bare_numbers::*;
pub(super) use self::number_forms::*;
use self::periods::*;
pub(super) use self::priced_plain::*;

/// Words that say an amount is what a thing costs to keep ("running cost", "licence",
/// "support"): the record's own money, not a figure that explains it, and no benefit.
pub const RUNNING_COST_WORDS: &[&str] = &[
    "running",
    "run",
    "licence",
    "license",
    "licences",
    "licenses",
    "subscription",
    "maintenance",
    "support",
    "opex",
];

/// Words that say an amount is a saving or a benefit, got or expected.
pub const SAVING_WORDS: &[&str] = &[
    "saving",
    "savings",
    "save",
    "saves",
    "benefit",
    "benefits",
    "expected",
    "expecting",
    "forecast",
];

/// Every amount in the message, in order.
pub fn find_money(toks: &[Token], default: Currency) -> Vec<MoneyMention> {
    find_money_in(toks, default, default)
}

/// Every amount, in order, an amount written without a currency ("30k") taken in `bare`:
/// the currency the message itself is written in, which may not be the tenant's.
/// `default` still decides which dollar a bare "$" is.
pub fn find_money_in(toks: &[Token], default: Currency, bare: Currency) -> Vec<MoneyMention> {
    // Asked of the same spans by several passes: answered once a message.
    crate::reader::read_memo::money_in(toks, default, bare, || money_in(toks, default, bare))
}

/// [`find_money_in`]'s answer, worked out.
fn money_in(toks: &[Token], default: Currency, bare: Currency) -> Vec<MoneyMention> {
    let mut out = Vec::new();
    let mut i = 0;
    // The next number at or after `i`: places more than two tokens before it start no
    // amount (see `next_number`), so they are skipped rather than each asked.
    let mut number = next_number(toks, 0);
    while i < toks.len() {
        if number < i {
            number = next_number(toks, i);
        }
        if number == toks.len() {
            break;
        }
        i = i.max(number.saturating_sub(2));
        match amount_at(toks, i, default, bare) {
            Some(mut m) => {
                m.end += closing_dash_mark(toks, m.end);
                // Period straight after, or an `annual` / `monthly` just before.
                if let Some((p, n)) = period_at(toks, m.end) {
                    m.period = Some(p);
                    m.end += n;
                } else if let Some(p) = period_after_comparative(toks, m.end) {
                    m.period = Some(p);
                } else if let Some(p) = one_a_period_each(toks, &m) {
                    m.period = Some(p);
                } else if let Some(p) = period_closing_what_we_pay(toks, m.end) {
                    m.period = Some(p);
                } else if let Some(p) = period_after_money_kind(toks, m.end) {
                    m.period = Some(p);
                } else {
                    let from = m.start.saturating_sub(4);
                    if let Some(p) = (from..m.start).rev().find_map(|j| {
                        let w = toks[j].lower.as_str();
                        match w {
                            "annual" | "annually" | "yearly" => Some(Period::Year),
                            "monthly" => Some(Period::Month),
                            _ => None,
                        }
                    }) {
                        m.period = Some(p);
                    }
                }
                let per_year = match m.period {
                    Some(Period::Month) => Some(12),
                    Some(Period::Week) => Some(52),
                    _ => None,
                };
                // "3 x $2.4k": the count times the price of one.
                if let Some((n, start)) = times_a_price::count_before(toks, &m) {
                    if let Some(v) = m
                        .money
                        .minor
                        .checked_mul(n)
                        .filter(|v| *v <= crate::money::MAX_MINOR)
                    {
                        m.money.minor = v;
                        m.start = start;
                    }
                }
                if let Some(times) = per_year {
                    // Made yearly, a monthly or weekly amount must still fit one record's cap.
                    match m
                        .money
                        .minor
                        .checked_mul(times)
                        .filter(|v| *v <= crate::money::MAX_MINOR)
                    {
                        Some(v) => m.money.minor = v,
                        None => {
                            i = m.end;
                            continue;
                        }
                    }
                }
                i = m.end;
                out.push(m);
            }
            None => i += 1,
        }
    }
    // A bare figure priced "at" a written amount ("a reader by 3M at €12k") names the
    // thing priced (its maker); the price is the money.
    let priced: Vec<bool> = out
        .iter()
        .enumerate()
        .map(|(k, m)| {
            !m.written
                && toks.get(m.end).is_some_and(|t| t.lower == "at")
                && out
                    .get(k + 1)
                    .is_some_and(|next| next.written && next.start == m.end + 1)
        })
        .collect();
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !priced[k - 1]
    });
    millimetres::drop_millimetres(toks, &mut out);
    stretch_metres::drop_stretches(toks, &mut out);
    out
}

/// The currency of the first amount written with one ("€250k", "250k EUR"), if any, or
/// the one said once for the bare figures ("webshop 40k, diagnostics 12k, both GBP").
pub fn written_currency(toks: &[Token], default: Currency) -> Option<Currency> {
    let mut i = 0;
    let mut bare = false;
    // Places more than two tokens before the next number are skipped, as in `money_in`.
    let mut number = next_number(toks, 0);
    while i < toks.len() {
        if number < i {
            number = next_number(toks, i);
        }
        if number == toks.len() {
            break;
        }
        i = i.max(number.saturating_sub(2));
        match amount_at(toks, i, default, default) {
            Some(m) if m.written => return Some(m.money.currency),
            Some(m) => {
                bare = true;
                i = m.end.max(i + 1);
            }
            None => i += 1,
        }
    }
    if bare {
        currency_said_for_all(toks, default)
    } else {
        None
    }
}

/// "…, both GBP", "all in sterling", "(figures in GBP)": a currency named with no figure
/// of its own, after "both", "all" or "in", is the one the message's bare figures are in.
/// A code must be written in capitals ("in all" is no Albanian lek).
pub(super) fn currency_said_for_all(toks: &[Token], default: Currency) -> Option<Currency> {
    toks.windows(2).find_map(|w| {
        let covers = matches!(w[0].lower.as_str(), "both" | "all" | "in");
        let named = w[1].lower.len() != 3 || w[1].caps;
        (covers && named)
            .then(|| code_currency(&w[1], default))
            .flatten()
    })
}

/// "Tk 62,50,000/-", "Tk 3,20,000/- per month" (round S62): the "/-" South Asian writers close
/// a figure with says no paise follow; it is the amount's own, so a period after it is the
/// amount's. The tokens it takes (none when it is not there).
fn closing_dash_mark(toks: &[Token], end: usize) -> usize {
    let closes = toks.get(end).is_some_and(|t| t.is_sym("/"))
        && toks
            .get(end + 1)
            .is_some_and(|t| t.is_sym("-") && t.attached);
    if closes {
        2
    } else {
        0
    }
}
