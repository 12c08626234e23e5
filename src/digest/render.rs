//! The digest as a chat reply (the sections in order, an empty one said in one line) and
//! as JSON.

use super::decimal::{fixed, push_fixed};
use super::left_out_widths::{self, WidthsAt};
use super::model::{DecisionLine, Digest, InvestmentLine, LeftOut};
use crate::money::{format_minor, push_minor, Currency};
use std::io::Write;
use valuebridge_chat::{
    Block, EachRow, MarkdownText, PlainText, Reply, ReplyKind, RowAt, RowCells, Table, Visibility,
};

pub(super) fn money(minor: impl Into<i128>, code: &str) -> String {
    let minor: i128 = minor.into();
    match Currency::from_code(code) {
        Some(c) => format_minor(minor, c, true),
        None => format!("{minor} {code} (minor units)"),
    }
}

fn signed_change(now: i128, before: i128, code: &str) -> String {
    let d = now - before;
    match d.signum() {
        0 => "no change".into(),
        1 => format!("up {}", money(d, code)),
        _ => format!("down {}", money(-d, code)),
    }
}

pub(super) fn ratio(r: Option<f64>) -> String {
    r.map(|r| fixed(r, 2)).unwrap_or_else(|| "—".into())
}

pub(super) fn years(r: Option<f64>) -> String {
    r.map(|r| {
        let mut s = fixed(r, 1);
        s.push_str(" yrs");
        s
    })
    .unwrap_or_else(|| "—".into())
}

fn plural(n: u64, one: &str) -> String {
    format!("{n} {one}{}", if n == 1 { "" } else { "s" })
}

/// "Not in these totals: $500,000 across 1 investment (no USD rate; set fx.USD)".
pub fn left_out_sentence(l: &LeftOut) -> String {
    let mut what = Vec::new();
    if l.investments > 0 {
        what.push(plural(l.investments, "investment"));
    }
    if l.services > 0 {
        what.push(plural(l.services, "service"));
    }
    format!(
        "Not in these totals: {} across {} (no {c} rate; set fx.{c}).",
        money(l.amount_minor, &l.currency),
        what.join(" and "),
        c = l.currency
    )
}

/// What an investment's figures are worked out on: "on the approved £270,000" or "on the
/// estimate".
pub fn basis_words(i: &InvestmentLine) -> String {
    if i.cost_basis == "approved" {
        format!("on the approved {}", money(i.approved_minor, &i.currency))
    } else {
        "on the estimate".to_string()
    }
}

pub(super) fn percent(r: Option<f64>) -> String {
    r.map(|r| {
        let mut s = fixed(r * 100.0, 0);
        s.push('%');
        s
    })
    .unwrap_or_else(|| "—".into())
}

/// Table cells written straight into the table's text: the same texts as [`money`],
/// [`ratio`], [`percent`], [`years`] and a date's `to_string`, without a `String` apiece.
mod cell {
    use super::*;
    use chrono::{Datelike, NaiveDate};
    use std::fmt::Write as _;

    pub fn money(c: &mut RowCells, minor: impl Into<i128>, code: &str) {
        money_in(c, minor, Currency::from_code(code), code);
    }

    /// [`money`] with the currency of `code` already looked up (a row of many amounts in
    /// one currency looks it up once).
    pub fn money_in(c: &mut RowCells, minor: impl Into<i128>, cur: Option<Currency>, code: &str) {
        let minor: i128 = minor.into();
        match cur {
            Some(cur) => push_minor(c.text(), minor, cur, true),
            None => write!(c.text(), "{minor} {code} (minor units)").expect("writing to a String"),
        }
        c.end_cell();
    }

    pub fn ratio(c: &mut RowCells, r: Option<f64>) {
        match r {
            Some(r) => push_fixed(c.text(), r, 2),
            None => c.text().push('—'),
        }
        c.end_cell();
    }

    pub fn percent(c: &mut RowCells, r: Option<f64>) {
        match r {
            Some(r) => {
                push_fixed(c.text(), r * 100.0, 0);
                c.text().push('%');
            }
            None => c.text().push('—'),
        }
        c.end_cell();
    }

    pub fn years(c: &mut RowCells, r: Option<f64>) {
        match r {
            Some(r) => {
                push_fixed(c.text(), r, 1);
                c.text().push_str(" yrs");
            }
            None => c.text().push('—'),
        }
        c.end_cell();
    }

    pub fn date(c: &mut RowCells, d: Option<NaiveDate>) {
        match d {
            Some(d) => push_date(c.text(), d),
            None => c.text().push('—'),
        }
        c.end_cell();
    }

    /// `d.to_string()` appended: `YYYY-MM-DD` written digit by digit for the years
    /// 0–9999 (every date a digest shows), chrono's own text for any other.
    pub fn push_date(out: &mut String, d: NaiveDate) {
        let y = d.year();
        if !(0..=9999).contains(&y) {
            write!(out, "{d}").expect("writing to a String");
            return;
        }
        let (y, m, day) = (y as u32, d.month(), d.day());
        let digit = |n: u32| b'0' + (n % 10) as u8;
        let text = [
            digit(y / 1000),
            digit(y / 100),
            digit(y / 10),
            digit(y),
            b'-',
            digit(m / 10),
            digit(m),
            b'-',
            digit(day / 10),
            digit(day),
        ];
        out.push_str(std::str::from_utf8(&text).expect("ASCII digits"));
    }
}

fn decision_cells(c: &mut RowCells, d: &DecisionLine) {
    c.cell(&d.id);
    c.cell(&d.investment);
    c.cell(&d.verdict);
    match (d.amount_minor, d.currency.as_deref()) {
        (Some(m), Some(code)) => cell::money(c, m, code),
        _ => c.cell("—"),
    }
    c.cell(&d.decided_by);
    cell::date(c, Some(d.decided_on));
    cell::date(c, d.review);
    c.cell(&d.rationale);
}

/// Where a digest is written, section by section: a chat reply being built, or plain
/// text written out as it is made. A table's rows are made as they are read.
trait Sink {
    fn heading(&mut self, text: &str);
    fn paragraph(&mut self, text: &str);
    fn fields(&mut self, fields: Vec<(String, String)>);
    fn table(&mut self, headers: &[&str], rows: EachRow);
    /// A table of `count` rows made by position (on every core where the text is made);
    /// `widths` measures a row without making it (for the rows a chat leaves out).
    fn table_at(&mut self, headers: &[&str], count: usize, row: RowAt, widths: WidthsAt);
}

mod body;
mod in_a_line;
mod ordering;
mod sinks;

use self::body::*;
pub use self::ordering::*;
pub use self::sinks::*;

#[cfg(test)]
mod tests {
    use super::*;

    /// The order of the comparison it replaces, `partial_cmp` of the ratios.
    fn compared(mut v: Vec<(Option<f64>, usize)>) -> Vec<(Option<f64>, usize)> {
        v.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap_or(std::cmp::Ordering::Equal));
        v
    }

    #[test]
    fn cells_written_into_a_table_are_the_texts_they_replace() {
        let mut c = RowCells::default();
        let mut want: Vec<String> = Vec::new();
        let amounts = [
            0i128,
            1,
            -1,
            49,
            50,
            99_999,
            -1_234_567_890,
            i128::from(i64::MAX),
        ];
        for m in amounts {
            for code in ["GBP", "USD", "JPY", "CHF", "BHD", "XXQ", ""] {
                cell::money(&mut c, m, code);
                want.push(money(m, code));
            }
        }
        let ratios = [
            None,
            Some(0.0),
            Some(-0.004),
            Some(0.125),
            Some(2.5),
            Some(-7.25),
        ];
        for r in ratios.into_iter().chain([Some(f64::NAN), Some(1e300)]) {
            cell::ratio(&mut c, r);
            cell::percent(&mut c, r);
            cell::years(&mut c, r);
            want.extend([ratio(r), percent(r), years(r)]);
        }
        let mut day = chrono::NaiveDate::MIN;
        let mut days = vec![None];
        while let Some(next) = day.checked_add_days(chrono::Days::new(997)) {
            days.push(Some(day));
            day = next;
        }
        days.extend([chrono::NaiveDate::MAX, "0000-01-01".parse().unwrap()].map(Some));
        days.extend(["9999-12-31", "10000-01-01", "-0001-12-31"].map(|d| d.parse().ok()));
        for d in days {
            cell::date(&mut c, d);
            want.push(d.map_or("—".into(), |d| d.to_string()));
        }
        let written: Vec<&str> = c.cells_from(0).collect();
        assert!(want.len() > 700_000 / 997);
        assert_eq!(written, want);
    }

    /// A line of each status, RAG, slipping or not and ratio in turn, scrambled.
    fn varied_line(k: usize) -> InvestmentLine {
        let x = (k as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 40;
        let pick = |n: u64, by: u64| ((x / by) % n) as usize;
        let ratios = [
            None,
            Some(0.0),
            Some(-0.0),
            Some(0.5),
            Some(0.25),
            Some(1.5),
        ];
        InvestmentLine {
            id: format!("INV-{k}").into(),
            name: format!("Investment {k}").into(),
            unit: "Unit 00".into(),
            category: "run".into(),
            status: ["active", "proposed", "stopped"][pick(3, 1)].into(),
            currency: "GBP".into(),
            cost_minor: k as i64,
            cost_basis: "estimate".into(),
            approved_minor: 0,
            npv_minor: 0,
            bcr: None,
            roi: None,
            payback_years: None,
            forecast_to_date_minor: 0,
            realised_to_date_minor: 0,
            realisation_ratio: ratios[pick(ratios.len() as u64, 3)],
            slipping: pick(2, 17) == 0,
            cost_variance: None,
            rag: ["red", "amber", "green", "grey", "other"][pick(5, 34)].into(),
        }
    }

    #[test]
    fn lines_are_ordered_as_sorting_them_ordered_them_on_one_core_or_two() {
        for count in [0, 1, 50, super::super::build::PARALLEL_FROM + 7] {
            let lines: Vec<InvestmentLine> = (0..count).map(varied_line).collect();
            let mut priced: Vec<_> = lines.iter().filter(|i| i.status == "active").collect();
            priced.sort_by_cached_key(|i| super::super::rag::rank(&i.rag));
            let mut slipping: Vec<_> = lines.iter().filter(|i| i.slipping).collect();
            slipping.sort_by(|a, b| {
                a.realisation_ratio
                    .partial_cmp(&b.realisation_ratio)
                    .unwrap_or(std::cmp::Ordering::Equal)
            });
            let ids =
                |v: &[&InvestmentLine]| v.iter().map(|i| i.id.to_string()).collect::<Vec<_>>();
            let (p, s) = ordered(&lines);
            assert_eq!(ids(&p), ids(&priced), "{count} lines");
            assert_eq!(ids(&s), ids(&slipping), "{count} lines");
            if count > 50 {
                assert!(priced.len() > count / 4 && slipping.len() > count / 4);
            }
        }
    }

    #[test]
    fn lines_sorted_by_ratio_keys_come_in_the_order_the_ratios_compare() {
        let values = [
            None,
            Some(0.0),
            Some(-0.0),
            Some(1.0),
            Some(0.5),
            Some(-3.25),
            Some(f64::INFINITY),
            Some(f64::NEG_INFINITY),
            Some(f64::MIN_POSITIVE),
            Some(-f64::MIN_POSITIVE),
            Some(1e300),
            Some(0.1 + 0.2),
            Some(0.3),
        ];
        // Every value many times, in a scrambled order, each tagged with its position so
        // the sort's stability shows.
        let mut x: u64 = 7;
        let lines: Vec<(Option<f64>, usize)> = (0..5_000)
            .map(|k| {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (values[(x >> 33) as usize % values.len()], k)
            })
            .collect();
        let mut keyed = lines.clone();
        sort_by_ratio(&mut keyed, |l| l.0);
        let want = compared(lines.clone());
        let bits = |v: &[(Option<f64>, usize)]| -> Vec<(Option<u64>, usize)> {
            v.iter().map(|(r, k)| (r.map(f64::to_bits), *k)).collect()
        };
        assert_eq!(bits(&keyed), bits(&want));

        // With a NaN among them, the order is still exactly the comparison's.
        let mut with_nan = lines;
        with_nan[17].0 = Some(f64::NAN);
        let want = compared(with_nan.clone());
        sort_by_ratio(&mut with_nan, |l| l.0);
        assert_eq!(bits(&with_nan), bits(&want));
    }
}
