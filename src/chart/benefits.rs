//! `benefits`: one investment's benefit realisation — cumulative forecast and realised
//! benefit over time, with its cost basis as a line, so payback (or its absence) shows.

use super::svg::{money, palette, Anchor, Scale, Svg};
use super::{Chart, ChartKind, WIDTH};
use crate::digest::Total;
use crate::money::Currency;
use chrono::NaiveDate;

/// The investment's line of the digest at one date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BenefitPoint {
    pub date: NaiveDate,
    pub forecast_minor: Total,
    pub realised_minor: Total,
}

/// An investment's digest lines over time, oldest first, in its own currency.
#[derive(Debug, Clone, PartialEq)]
pub struct BenefitSeries {
    pub id: String,
    pub name: String,
    pub currency: String,
    /// `approved` or `estimate`, and its amount.
    pub cost_basis: String,
    pub cost_basis_minor: Total,
    pub points: Vec<BenefitPoint>,
}

pub fn benefits(s: &BenefitSeries) -> Chart {
    let cur = Currency::from_code(&s.currency).unwrap_or(Currency::GBP);
    let as_of = s.points.last().map(|p| p.date);
    let title = match as_of {
        Some(d) => format!("Benefit realisation: {} {}, as of {d}", s.id, s.name),
        None => format!("Benefit realisation: {} {}", s.id, s.name),
    };
    let (left, right, top, bottom) = (170.0, 60.0, 130.0, 120.0);
    let height = 700;
    let (x0, x1) = (left, f64::from(WIDTH) - right);
    let (y_top, y_base) = (top, f64::from(height) - bottom);
    let scale = Scale::covering(
        s.points
            .iter()
            .flat_map(|p| [p.forecast_minor, p.realised_minor])
            .chain([s.cost_basis_minor]),
        cur,
    );
    let (first, last) = match (s.points.first(), s.points.last()) {
        (Some(a), Some(b)) => (a.date, b.date),
        _ => (NaiveDate::MIN, NaiveDate::MIN),
    };
    let days = (last - first).num_days().max(1) as f64;
    let x_at = |d: NaiveDate| x0 + (x1 - x0) * ((d - first).num_days() as f64 / days);
    let y_at = |v: Total| scale.at(v, y_base, y_top);

    let paid_back = s
        .points
        .iter()
        .find(|p| s.cost_basis_minor > 0 && p.realised_minor >= s.cost_basis_minor)
        .map(|p| p.date);
    let last_point = s.points.last().copied();
    let payback = match (paid_back, last_point) {
        (Some(d), _) => format!("Realised benefit passed the cost basis by {d}."),
        (None, Some(p)) => format!(
            "Not paid back yet: {} realised against a cost basis of {}.",
            money(p.realised_minor, cur),
            money(s.cost_basis_minor, cur)
        ),
        (None, None) => "Nothing to show yet.".into(),
    };

    let mut svg = Svg::new(WIDTH, height);
    svg.text(40.0, 50.0, 30, Anchor::Start, palette::INK, &title);
    svg.text(
        40.0,
        85.0,
        18,
        Anchor::Start,
        palette::INK,
        &format!(
            "Amounts in {}, cumulative since the start. {payback}",
            s.currency
        ),
    );
    svg.money_axis(
        &scale,
        cur,
        (x0, x1),
        (y_base, y_top),
        &format!("Cumulative amount ({})", s.currency),
    );
    // About six dates along the axis: the first, the last and evenly between.
    let n = s.points.len();
    let every = n.div_ceil(6).max(1);
    for (i, p) in s.points.iter().enumerate() {
        if i % every == 0 || i + 1 == n {
            let x = x_at(p.date);
            svg.line(x, y_base, x, y_base + 6.0, palette::INK, 1.0);
            if i + 1 == n || x_at(last) - x > 110.0 {
                svg.text(
                    x,
                    y_base + 28.0,
                    16,
                    Anchor::Middle,
                    palette::INK,
                    &p.date.to_string(),
                );
            }
        }
    }
    svg.line(x0, y_at(0), x1, y_at(0), palette::INK, 1.5);
    let cost_y = y_at(s.cost_basis_minor);
    svg.dashed(x0, cost_y, x1, cost_y, palette::BLACK, 2.5);
    let forecast: Vec<(f64, f64)> = s
        .points
        .iter()
        .map(|p| (x_at(p.date), y_at(p.forecast_minor)))
        .collect();
    let realised: Vec<(f64, f64)> = s
        .points
        .iter()
        .map(|p| (x_at(p.date), y_at(p.realised_minor)))
        .collect();
    svg.polyline(&forecast, palette::BLUE, 4.0);
    svg.polyline(&realised, palette::VERMILLION, 4.0);
    for &(x, y) in &realised {
        svg.circle(x, y, 5.0, palette::VERMILLION);
    }
    svg.text(
        (x0 + x1) / 2.0,
        y_base + 60.0,
        18,
        Anchor::Middle,
        palette::INK,
        "Date",
    );
    let legend = [
        ("Forecast benefit to date", palette::BLUE),
        ("Realised benefit to date", palette::VERMILLION),
    ];
    let mut lx = x0;
    for (label, colour) in legend {
        svg.rect(lx, f64::from(height) - 34.0, 30.0, 6.0, colour);
        svg.text(
            lx + 38.0,
            f64::from(height) - 24.0,
            16,
            Anchor::Start,
            palette::INK,
            label,
        );
        lx += 300.0;
    }
    svg.dashed(
        lx,
        f64::from(height) - 31.0,
        lx + 30.0,
        f64::from(height) - 31.0,
        palette::BLACK,
        2.5,
    );
    svg.text(
        lx + 38.0,
        f64::from(height) - 24.0,
        16,
        Anchor::Start,
        palette::INK,
        &format!(
            "Cost basis ({}): {}",
            s.cost_basis,
            money(s.cost_basis_minor, cur)
        ),
    );

    let alt = match last_point {
        Some(p) => format!(
            "Line chart, {title}, amounts in {}: from {first} to {last}, forecast benefit to date rose to {} and realised benefit to date to {}, against a cost basis ({}) of {}. {payback}",
            s.currency,
            money(p.forecast_minor, cur),
            money(p.realised_minor, cur),
            s.cost_basis,
            money(s.cost_basis_minor, cur),
        ),
        None => format!("{title}. {payback}"),
    };
    Chart {
        kind: ChartKind::Benefits,
        svg: svg.finish(&title, &alt),
        title,
        alt,
        stem: format!(
            "benefits-{}-{}",
            s.id,
            as_of.map(|d| d.to_string()).unwrap_or_default()
        ),
    }
}
