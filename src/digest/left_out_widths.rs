//! The column widths of the rows a chat digest leaves out of a long table: the rows it
//! keeps are laid out in the columns every row needs, so a chat shows them exactly as it
//! did when it was given every row.
//!
//! The rows left out (a million in a huge portfolio's table) are measured without making
//! their cells: each cell's width is bounded from its value (the digits of an amount, the
//! bytes of a name), and its text is made only when that bound could widen its column.

use super::model::{DecisionLine, FollowUpLine, InvestmentLine};
use super::render::{basis_words, money, percent, ratio, years};
use crate::money::Currency;
use valuebridge_chat::text::{cell_width, MAX_CELL};

/// Widens the widths (one per column) to hold row `k`'s cells, without making them.
pub type WidthsAt<'a> = &'a (dyn Fn(usize, &mut Vec<usize>) + Sync);

/// Below this many rows one core measures them all (starting threads costs more).
const PARALLEL_ROWS: usize = 4096;

/// Widens `widths` (one per column) to hold `row`'s cells.
pub(super) fn widen(widths: &mut Vec<usize>, row: &[String]) {
    if widths.len() < row.len() {
        widths.resize(row.len(), 0);
    }
    for (w, cell) in widths.iter_mut().zip(row) {
        *w = (*w).max(cell_width(cell));
    }
}

/// The widest cell of each column among rows `from..count`, as `widths_at` measures them,
/// on every core for many rows. Empty when there are none.
pub(super) fn of_rows(from: usize, count: usize, widths_at: WidthsAt) -> Vec<usize> {
    let measure = |range: std::ops::Range<usize>| {
        let mut widths = Vec::new();
        for k in range {
            widths_at(k, &mut widths);
        }
        widths
    };
    let rows = count.saturating_sub(from);
    let threads = match rows >= PARALLEL_ROWS {
        true => std::thread::available_parallelism().map_or(1, |n| n.get().min(8)),
        false => 1,
    };
    if threads == 1 {
        return measure(from..count);
    }
    let part = rows.div_ceil(threads);
    std::thread::scope(|s| {
        let parts: Vec<_> = (0..threads)
            .map(|t| {
                let start = from + t * part;
                let end = (start + part).min(count);
                s.spawn(move || measure(start..end))
            })
            .collect();
        let mut widths = Vec::new();
        for p in parts {
            widen_to(
                &mut widths,
                &p.join().expect("measuring cells does not panic"),
            );
        }
        widths
    })
}

fn widen_to(widths: &mut Vec<usize>, other: &[usize]) {
    if widths.len() < other.len() {
        widths.resize(other.len(), 0);
    }
    for (w, o) in widths.iter_mut().zip(other) {
        *w = (*w).max(*o);
    }
}

/// A row's cells measured in order, each made only when it could widen its column.
struct Cells<'a> {
    widths: &'a mut Vec<usize>,
    column: usize,
}

impl<'a> Cells<'a> {
    fn of(widths: &'a mut Vec<usize>, columns: usize) -> Cells<'a> {
        if widths.len() < columns {
            widths.resize(columns, 0);
        }
        Cells { widths, column: 0 }
    }

    /// The next cell, at most `bound` characters wide, made by `make` only when that could
    /// widen its column.
    fn at_most(&mut self, bound: usize, make: impl FnOnce() -> String) -> &mut Self {
        self.widen_if(bound, || cell_width(&make()))
    }

    /// The next cell, a text at hand (its bytes bound its characters).
    fn text(&mut self, text: &str) -> &mut Self {
        self.widen_if(text.len(), || cell_width(text))
    }

    /// The next cell: `width` is worked out only when `bound` (at least that width) could
    /// widen its column.
    fn widen_if(&mut self, bound: usize, width: impl FnOnce() -> usize) -> &mut Self {
        let w = &mut self.widths[self.column];
        if bound.min(MAX_CELL) > *w {
            *w = (*w).max(width());
        }
        self.column += 1;
        self
    }
}

/// Digits of `n` in decimal.
fn digits(n: u128) -> usize {
    n.checked_ilog10().map_or(1, |l| l as usize + 1)
}

/// At least as many characters as `money(minor, code)` has (exactly as many for a known
/// currency: its sign, symbol, whole units and their thousands separators).
fn money_bound(minor: i128, code: &str) -> usize {
    let Some(currency) = Currency::from_code(code) else {
        return usize::MAX;
    };
    let scale = 10u128.pow(currency.exponent());
    let units = minor.unsigned_abs().saturating_add(scale / 2) / scale;
    let d = digits(units);
    usize::from(minor < 0) + currency.symbol().chars().count() + d + (d - 1) / 3
}

/// At least as many characters as `v` with `places` decimals has: its sign, the digits of
/// the whole part rounded up, and the decimals. Unbounded for what the general formatter
/// writes (not finite, or too large).
fn fixed_bound(v: f64, places: u32) -> usize {
    if !v.is_finite() || v.abs() >= 1e15 {
        return usize::MAX;
    }
    let whole = v.abs().floor() as u128 + 1;
    usize::from(v.is_sign_negative())
        + digits(whole)
        + match places {
            0 => 0,
            p => 1 + p as usize,
        }
}

/// `fixed_bound` of an optional ratio shown with `places` decimals and `suffix`, or "—".
fn shown_bound(r: Option<f64>, scale: f64, places: u32, suffix: &str) -> usize {
    r.map_or(1, |r| {
        fixed_bound(r * scale, places).saturating_add(suffix.len())
    })
}

/// A date's width: ten characters for years 0 to 9999.
fn date_bound(d: chrono::NaiveDate) -> usize {
    use chrono::Datelike;
    match (0..=9999).contains(&d.year()) {
        true => 10,
        false => usize::MAX,
    }
}

/// Widens `widths` to a value-for-money row of `i` (the cells `render` makes for it).
pub(super) fn value_for_money_row(i: &InvestmentLine, widths: &mut Vec<usize>) {
    let cur = i.currency.as_str();
    Cells::of(widths, 14)
        .text(&i.rag)
        .text(&i.id)
        .text(&i.name)
        .at_most(money_bound(i.cost_minor.into(), cur), || {
            money(i.cost_minor, cur)
        })
        .at_most(money_bound(i.approved_minor, cur), || {
            money(i.approved_minor, cur)
        })
        .at_most(shown_bound(i.cost_variance, 100.0, 0, "%"), || {
            percent(i.cost_variance)
        })
        .at_most(money_bound(i.npv_minor, cur), || money(i.npv_minor, cur))
        .at_most(shown_bound(i.bcr, 1.0, 2, ""), || ratio(i.bcr))
        .at_most(shown_bound(i.roi, 100.0, 0, "%"), || percent(i.roi))
        .at_most(shown_bound(i.payback_years, 1.0, 1, " yrs"), || {
            years(i.payback_years)
        })
        .at_most(
            match i.cost_basis == "approved" {
                true => money_bound(i.approved_minor, cur).saturating_add("on the approved ".len()),
                false => "on the estimate".len(),
            },
            || basis_words(i),
        )
        .at_most(money_bound(i.realised_to_date_minor, cur), || {
            money(i.realised_to_date_minor, cur)
        })
        .at_most(money_bound(i.forecast_to_date_minor, cur), || {
            money(i.forecast_to_date_minor, cur)
        })
        .at_most(shown_bound(i.realisation_ratio, 100.0, 0, "%"), || {
            percent(i.realisation_ratio)
        });
}

/// Widens `widths` to a slipping investment's row of `i`.
pub(super) fn slipping_row(i: &InvestmentLine, widths: &mut Vec<usize>) {
    let cur = i.currency.as_str();
    Cells::of(widths, 6)
        .text(&i.id)
        .text(&i.name)
        .text(&i.unit)
        .at_most(money_bound(i.realised_to_date_minor, cur), || {
            money(i.realised_to_date_minor, cur)
        })
        .at_most(money_bound(i.forecast_to_date_minor, cur), || {
            money(i.forecast_to_date_minor, cur)
        })
        .at_most(shown_bound(i.realisation_ratio, 100.0, 0, "%"), || {
            percent(i.realisation_ratio)
        });
}

/// Widens `widths` to a decision's row of `d`.
pub(super) fn decision_row(d: &DecisionLine, widths: &mut Vec<usize>) {
    let amount = match (d.amount_minor, d.currency.as_deref()) {
        (Some(m), Some(c)) => money_bound(m.into(), c),
        _ => 1,
    };
    Cells::of(widths, 8)
        .text(&d.id)
        .text(&d.investment)
        .text(&d.verdict)
        .at_most(amount, || match (d.amount_minor, d.currency.as_deref()) {
            (Some(m), Some(c)) => money(m, c),
            _ => "—".into(),
        })
        .text(&d.decided_by)
        .at_most(date_bound(d.decided_on), || d.decided_on.to_string())
        .at_most(d.review.map_or(1, date_bound), || {
            d.review
                .map(|r| r.to_string())
                .unwrap_or_else(|| "—".into())
        })
        .text(&d.rationale);
}
/// Widens `widths` to an overdue follow-up's row of `f`.
pub(super) fn overdue_row(f: &FollowUpLine, widths: &mut Vec<usize>) {
    Cells::of(widths, 5)
        .text(&f.note)
        .text(&f.unit)
        .text(&f.action)
        .at_most(f.owner.as_ref().map_or(1, |o| 1 + o.len()), || {
            match &f.owner {
                Some(o) => format!("@{o}"),
                None => "—".into(),
            }
        })
        .at_most(date_bound(f.due), || f.due.to_string());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::digest::decimal::fixed;

    #[test]
    fn the_widest_cell_of_each_column_on_one_core_or_several() {
        for count in [0, 3, PARALLEL_ROWS * 2 + 5] {
            let row = |k: usize, widths: &mut Vec<usize>| {
                widen(widths, &["x".repeat(k % 7), "y".repeat(k % 45)]);
            };
            let widths = of_rows(1, count, &row);
            let expected: Vec<usize> = match count {
                0 => vec![],
                3 => vec![2, 2],
                _ => vec![6, 40],
            };
            assert_eq!(widths, expected, "{count} rows");
        }
    }

    #[test]
    fn an_amounts_bound_is_its_width() {
        let mut values: Vec<i128> = vec![0, 1, -1, 49, 50, -50, 99, 949_999, i128::MAX, i128::MIN];
        let mut v: i128 = 7;
        while v < 10i128.pow(30) {
            values.extend([v, -v, v - 1, v + 1, v * 10 - 1, v * 10 - 50, v * 10 - 51]);
            v *= 10;
        }
        for code in ["GBP", "USD", "EUR", "JPY", "ZAR", "gbp"] {
            for &m in &values {
                let made = money(m, code);
                assert_eq!(
                    money_bound(m, code),
                    cell_width(&made).max(made.chars().count()),
                    "{m} {code}: {made}"
                );
            }
        }
        assert_eq!(
            money_bound(5, "XXX"),
            usize::MAX,
            "an unknown currency is made"
        );
    }

    #[test]
    fn a_ratios_bound_is_at_least_its_width() {
        let mut values = vec![
            0.0,
            -0.0,
            0.004,
            -0.004,
            0.005,
            0.5,
            -0.5,
            9.95,
            9.995,
            99.5,
            99.49999,
            999.9999,
            1e14,
            -1e14 + 0.5,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            1e300,
        ];
        let mut x = 1.234_567_f64;
        for _ in 0..20_000 {
            x = (x * 7.321 + 0.137).fract() * 10f64.powi((x * 1e6) as i32 % 12 - 4);
            values.extend([x, -x]);
        }
        for v in values {
            for places in 0..=4 {
                let made = fixed(v, places);
                assert!(
                    fixed_bound(v, places) >= made.chars().count(),
                    "{v:e} to {places}: {made}"
                );
            }
            let shown = |r, scale, places, suffix| shown_bound(Some(r), scale, places, suffix);
            assert!(
                shown(v, 100.0, 0, "%") >= percent(Some(v)).chars().count(),
                "{v:e}"
            );
            assert!(
                shown(v, 1.0, 2, "") >= ratio(Some(v)).chars().count(),
                "{v:e}"
            );
            assert!(
                shown(v, 1.0, 1, " yrs") >= years(Some(v)).chars().count(),
                "{v:e}"
            );
        }
        assert_eq!(shown_bound(None, 1.0, 2, ""), percent(None).chars().count());
    }
}
