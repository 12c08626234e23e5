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

/// A chat reply being built; tables keep their first `max_rows` rows and count the rest.
struct ReplySink {
    reply: Reply,
    max_rows: usize,
}

impl Sink for ReplySink {
    fn heading(&mut self, text: &str) {
        self.reply.blocks.push(Block::Heading { text: text.into() });
    }
    fn paragraph(&mut self, text: &str) {
        self.reply
            .blocks
            .push(Block::Paragraph { text: text.into() });
    }
    fn fields(&mut self, fields: Vec<(String, String)>) {
        if !fields.is_empty() {
            self.reply.blocks.push(Block::Fields { fields });
        }
    }
    fn table(&mut self, headers: &[&str], rows: EachRow) {
        let (mut all, mut left_out, mut widths) = (Vec::new(), 0, Vec::new());
        rows(&mut |row| match all.len() < self.max_rows {
            true => all.push(row.to_vec()),
            false => {
                left_out += 1;
                left_out_widths::widen(&mut widths, row);
            }
        });
        self.push_table(headers, all, left_out, widths);
    }
    fn table_at(&mut self, headers: &[&str], count: usize, row: RowAt, widths: WidthsAt) {
        let kept = count.min(self.max_rows);
        let mut all = Vec::with_capacity(kept);
        let mut cells = RowCells::default();
        for k in 0..kept {
            cells.clear();
            row(k, &mut cells);
            all.push(cells.cells_from(0).map(String::from).collect());
        }
        // The rows left out are measured, not made.
        let widths = left_out_widths::of_rows(kept, count, widths);
        self.push_table(headers, all, count - kept, widths);
    }
}

impl ReplySink {
    fn push_table(
        &mut self,
        headers: &[&str],
        rows: Vec<Vec<String>>,
        left_out: usize,
        left_out_widths: Vec<usize>,
    ) {
        self.reply.blocks.push(Block::Table {
            table: Table {
                headers: headers.iter().map(|h| h.to_string()).collect(),
                rows,
                left_out,
                left_out_widths,
            },
        });
    }
}

impl<W: Write> Sink for PlainText<W> {
    fn heading(&mut self, text: &str) {
        PlainText::heading(self, text);
    }
    fn paragraph(&mut self, text: &str) {
        PlainText::paragraph(self, text);
    }
    fn fields(&mut self, fields: Vec<(String, String)>) {
        if !fields.is_empty() {
            PlainText::fields(self, &fields);
        }
    }
    fn table(&mut self, headers: &[&str], rows: EachRow) {
        let headers: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
        PlainText::table(self, &headers, rows);
    }
    fn table_at(&mut self, headers: &[&str], count: usize, row: RowAt, _: WidthsAt) {
        let headers: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
        PlainText::table_at(self, &headers, count, row);
    }
}

impl<W: Write> Sink for MarkdownText<W> {
    fn heading(&mut self, text: &str) {
        MarkdownText::heading(self, text);
    }
    fn paragraph(&mut self, text: &str) {
        MarkdownText::paragraph(self, text);
    }
    fn fields(&mut self, fields: Vec<(String, String)>) {
        if !fields.is_empty() {
            MarkdownText::fields(self, &fields);
        }
    }
    fn table(&mut self, headers: &[&str], rows: EachRow) {
        let headers: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
        MarkdownText::table(self, &headers, rows);
    }
    fn table_at(&mut self, headers: &[&str], count: usize, row: RowAt, _: WidthsAt) {
        let headers: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
        MarkdownText::table_at(self, &headers, count, row);
    }
}

/// The digest as Markdown, written to `out` as it is made: the text of
/// `render_markdown(&to_reply(d))` without holding it.
pub fn write_markdown<W: Write>(d: &Digest, out: W) -> std::io::Result<W> {
    let mut text = MarkdownText::new(out);
    write(d, &mut text);
    text.finish()
}

/// The digest as plain text, written to `out` as it is made: the text of
/// `render_plain(&to_reply(d))` without holding the reply or the text (a whole
/// portfolio's is tens of megabytes).
pub fn write_plain<W: Write>(d: &Digest, out: W) -> std::io::Result<W> {
    let mut text = PlainText::new(out);
    write(d, &mut text);
    text.finish()
}

/// The digest as a reply with every row of every table (a page shows it all).
pub fn to_reply(d: &Digest) -> Reply {
    reply_of(d, usize::MAX)
}

/// Rows of a table a chat digest holds: more than any chat shows of one (Discord shows
/// 20; Slack at most 50 blocks of 3,000 characters, and a digest row is over 40), so what
/// a chat shows is what [`to_reply`] would show, without making the rest of a large
/// portfolio's 100,000 lines. The rest are counted in each table's `left_out`.
pub const CHAT_ROWS: usize = 4_000;

/// The digest as a chat reply, posted to the channel: each table's first [`CHAT_ROWS`]
/// rows, and how many more there are.
pub fn to_chat_reply(d: &Digest) -> Reply {
    reply_of(d, CHAT_ROWS)
}

fn reply_of(d: &Digest, max_rows: usize) -> Reply {
    let mut r = ReplySink {
        reply: Reply::new(ReplyKind::Info, Visibility::Channel),
        max_rows,
    };
    write(d, &mut r);
    r.reply
}

fn write(d: &Digest, r: &mut dyn Sink) {
    let (priced, slipping) = ordered(&d.investments);
    let cur = d.currency.as_str();
    let scope = d
        .unit
        .clone()
        .unwrap_or_else(|| "the whole portfolio".into());
    let h = &d.headline;
    let p = &h.previous;
    let dates = match d.period.kind {
        super::period::PeriodKind::Range => String::new(),
        _ => format!(" ({} to {})", d.period.start, d.period.shown_end(d.as_of)),
    };
    r.heading(&format!(
        "Value for money: {scope}, {}{dates}",
        d.period_name
    ));
    r.paragraph(&format!(
        "As of {}. Amounts in {cur}; changes are against the end of the previous period.",
        d.as_of
    ));
    for l in &d.left_out {
        r.paragraph(&left_out_sentence(l));
    }
    r.heading("1. Headline");
    let change = |now: i128, before: i128| {
        format!("{} ({})", money(now, cur), signed_change(now, before, cur))
    };
    r.fields(vec![
        (
            "Active investments".into(),
            format!(
                "{} ({})",
                h.active,
                match h.active as i64 - p.active as i64 {
                    0 => "no change".to_string(),
                    n if n > 0 => format!("up {n}"),
                    n => format!("down {}", -n),
                }
            ),
        ),
        (
            "Total approved".into(),
            change(h.approved_minor, p.approved_minor),
        ),
        (
            "PV of benefits".into(),
            change(h.pv_benefits_minor, p.pv_benefits_minor),
        ),
        ("NPV".into(), change(h.npv_minor, p.npv_minor)),
        (
            "Realised to date".into(),
            change(h.realised_to_date_minor, p.realised_to_date_minor),
        ),
        (
            "Forecast to date".into(),
            change(h.forecast_to_date_minor, p.forecast_to_date_minor),
        ),
    ]);
    r.heading("2. Decisions");
    const DECISION_HEADERS: [&str; 8] = [
        "Id",
        "Investment",
        "Verdict",
        "Amount",
        "By",
        "On",
        "Review",
        "Rationale",
    ];
    if d.decisions.is_empty() {
        r.paragraph("No decisions were taken in this period.");
    } else {
        r.table_at(
            &DECISION_HEADERS,
            d.decisions.len(),
            &|k, c| decision_cells(c, &d.decisions[k]),
            &|k, w| left_out_widths::decision_row(&d.decisions[k], w),
        );
    }
    if d.reviews_due.is_empty() {
        r.paragraph("No decisions are due for review.");
    } else {
        r.paragraph("Due for review:");
        r.table_at(
            &DECISION_HEADERS,
            d.reviews_due.len(),
            &|k, c| decision_cells(c, &d.reviews_due[k]),
            &|k, w| left_out_widths::decision_row(&d.reviews_due[k], w),
        );
    }
    r.heading("3. Value for money");
    if priced.is_empty() {
        r.paragraph("Economy and effectiveness: no active investments.");
    } else {
        r.table_at(
            &[
                "RAG",
                "Id",
                "Investment",
                "Estimated",
                "Approved",
                "Variance",
                "NPV",
                "BCR",
                "ROI",
                "Payback",
                "Basis",
                "Realised",
                "Forecast",
                "Realisation",
            ],
            priced.len(),
            &|k, c| {
                let i = priced[k];
                let (cur, code) = (Currency::from_code(&i.currency), &*i.currency);
                c.cell(&i.rag);
                c.cell(&i.id);
                c.cell(&i.name);
                cell::money_in(c, i.cost_minor, cur, code);
                cell::money_in(c, i.approved_minor, cur, code);
                cell::percent(c, i.cost_variance);
                cell::money_in(c, i.npv_minor, cur, code);
                cell::ratio(c, i.bcr);
                cell::percent(c, i.roi);
                cell::years(c, i.payback_years);
                if i.cost_basis == "approved" {
                    c.text().push_str("on the approved ");
                    cell::money_in(c, i.approved_minor, cur, code);
                } else {
                    c.cell("on the estimate");
                }
                cell::money_in(c, i.realised_to_date_minor, cur, code);
                cell::money_in(c, i.forecast_to_date_minor, cur, code);
                cell::percent(c, i.realisation_ratio);
            },
            &|k, w| left_out_widths::value_for_money_row(priced[k], w),
        );
    }
    if d.services.is_empty() {
        r.paragraph("Efficiency: no services registered.");
    } else {
        r.table(
            &["Id", "Service", "Unit", "Annual cost", "Users", "Per user"],
            &|row| {
                for v in &d.services {
                    row(&[
                        v.id.clone(),
                        v.name.clone(),
                        v.unit.clone(),
                        money(v.annual_cost_minor, &v.currency),
                        v.users.to_string(),
                        money(v.unit_cost_minor, &v.currency),
                    ])
                }
            },
        );
    }
    r.heading("4. Slipping investments");
    if slipping.is_empty() {
        r.paragraph("No investment is slipping.");
    } else {
        r.table_at(
            &[
                "Id",
                "Investment",
                "Unit",
                "Realised",
                "Forecast",
                "Realisation",
            ],
            slipping.len(),
            &|k, c| {
                let i = slipping[k];
                let (cur, code) = (Currency::from_code(&i.currency), &*i.currency);
                c.cell(&i.id);
                c.cell(&i.name);
                c.cell(&i.unit);
                cell::money_in(c, i.realised_to_date_minor, cur, code);
                cell::money_in(c, i.forecast_to_date_minor, cur, code);
                cell::percent(c, i.realisation_ratio);
            },
            &|k, w| left_out_widths::slipping_row(slipping[k], w),
        );
    }
    let rc = &d.run_change;
    let share = |m: i128, s: Option<f64>| format!("{} ({})", money(m, cur), percent(s));
    r.heading("5. Run versus change");
    r.fields(vec![
        ("Run".into(), share(rc.run_minor, rc.run_share)),
        ("Grow".into(), share(rc.grow_minor, rc.grow_share)),
        (
            "Transform".into(),
            share(rc.transform_minor, rc.transform_share),
        ),
        (
            "Change (grow + transform)".into(),
            share(
                rc.change_minor,
                rc.grow_share.zip(rc.transform_share).map(|(g, t)| g + t),
            ),
        ),
    ]);
    r.paragraph("Run is services' annual costs and run investments; grow and transform investments are change. Each active investment counts its running cost a year, plus its cost in the year it starts.");
    r.heading("6. Engagement coverage");
    if d.coverage.units_without.is_empty() {
        r.paragraph(match d.coverage.ratio {
            Some(_) => "Every unit had an engagement note in the last 30 days.",
            None => "There are no business units yet.",
        });
    } else {
        r.paragraph(&format!(
            "{} covered. Nobody has logged a meeting lately with: {}.",
            percent(d.coverage.ratio),
            d.coverage.units_without.join(", ")
        ));
    }
    r.heading("7. Overdue follow-ups");
    if d.overdue_followups.is_empty() {
        r.paragraph("No follow-up is overdue.");
    } else {
        r.table_at(
            &["Note", "Unit", "Action", "Owner", "Due"],
            d.overdue_followups.len(),
            &|k, c| {
                let f = &d.overdue_followups[k];
                c.cell(&f.note);
                c.cell(&f.unit);
                c.cell(&f.action);
                match &f.owner {
                    Some(o) => {
                        c.text().push('@');
                        c.cell(o);
                    }
                    None => c.cell("—"),
                }
                cell::date(c, Some(f.due));
            },
            &|k, w| left_out_widths::overdue_row(&d.overdue_followups[k], w),
        );
    }
    if d.unit.is_none() && !d.units.is_empty() {
        units_table(r, d);
    }
    for w in &d.warnings {
        r.paragraph(&format!("Warning: {w}"));
    }
}

/// The lines of the value-for-money table (the active ones: reds first, then amber, green
/// and grey, in id order within each) and of the slipping table (by realisation ratio,
/// lowest first). For a large portfolio (100,000 lines, where ordering them took a tenth
/// of the digest's time on one core while the other waited) each is worked out on its
/// own core.
fn ordered(lines: &[InvestmentLine]) -> (Vec<&InvestmentLine>, Vec<&InvestmentLine>) {
    let priced = || {
        // A stable sort by RAG is the lines of each RAG in turn, in one pass.
        let mut by_rag: [Vec<&InvestmentLine>; 4] = Default::default();
        for i in lines.iter().filter(|i| i.status == "active") {
            by_rag[usize::from(super::rag::rank(&i.rag))].push(i);
        }
        by_rag.concat()
    };
    let slipping = || {
        let mut slipping: Vec<_> = lines.iter().filter(|i| i.slipping).collect();
        sort_by_ratio(&mut slipping, |i| i.realisation_ratio);
        slipping
    };
    if lines.len() < super::build::PARALLEL_FROM {
        return (priced(), slipping());
    }
    std::thread::scope(|scope| {
        let slipping = scope.spawn(slipping);
        let priced = priced();
        (
            priced,
            slipping
                .join()
                .expect("ordering the slipping lines panicked"),
        )
    })
}

/// Lines by realisation ratio, lowest first, no ratio before any (a stable sort). The
/// ratios are made into integer keys once, in the same order, so a large portfolio's
/// sort compares small keys in one array instead of following each line's pointer.
fn sort_by_ratio<T>(lines: &mut [T], ratio: impl Fn(&T) -> Option<f64>) {
    if lines.iter().any(|i| ratio(i).is_some_and(f64::is_nan)) {
        // Not a number compares as equal to anything: keep that order exactly.
        lines.sort_by(|a, b| {
            ratio(a)
                .partial_cmp(&ratio(b))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        return;
    }
    lines.sort_by_cached_key(|i| ratio(i).map(ordered_bits));
}

/// An `f64` (not NaN) as an integer in the same order; `-0.0` and `0.0` are one key, as
/// they compare equal.
fn ordered_bits(r: f64) -> u64 {
    let bits = (r + 0.0).to_bits();
    match bits >> 63 {
        1 => !bits,
        _ => bits | (1 << 63),
    }
}

/// The portfolio digest's one line per unit: the figures of its scorecard.
fn units_table(r: &mut dyn Sink, d: &Digest) {
    let cur = d.currency.as_str();
    r.heading("8. Units");
    r.table(
        &[
            "Unit",
            "Run",
            "Change",
            "NPV",
            "Realised",
            "Forecast",
            "Realisation",
            "Decisions",
            "Red",
            "Amber",
            "Per user",
            "Meetings",
            "Last met",
            "Overdue",
            "On time",
            "Late",
        ],
        &|row| {
            for u in &d.units {
                let f = &u.figures;
                row(&[
                    u.unit.clone(),
                    money(f.run_minor, cur),
                    money(f.change_minor, cur),
                    money(f.npv_minor, cur),
                    money(f.realised_to_date_minor, cur),
                    money(f.forecast_to_date_minor, cur),
                    percent(f.realisation_ratio),
                    f.decisions_taken.to_string(),
                    f.red.to_string(),
                    f.amber.to_string(),
                    f.cost_per_user_minor
                        .map(|m| money(m, cur))
                        .unwrap_or_else(|| "—".into()),
                    f.meetings.to_string(),
                    f.days_since_last_meeting
                        .map(|n| match n {
                            1 => "1 day ago".to_string(),
                            n => format!("{n} days ago"),
                        })
                        .unwrap_or_else(|| "never".into()),
                    f.overdue_followups.to_string(),
                    f.follow_ups_on_time.to_string(),
                    f.follow_ups_late.to_string(),
                ])
            }
        },
    );
}

pub fn to_json(d: &Digest) -> serde_json::Value {
    serde_json::to_value(d).expect("a digest serialises")
}

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
