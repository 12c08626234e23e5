//! `units`: portfolio value by unit — run spend, change spend, PV of benefits and realised
//! to date, side by side, from the digest's one line per unit.

use super::svg::{clip, money, palette, Anchor, Scale, Svg};
use super::{Chart, ChartKind, WIDTH};
use crate::digest::Digest;
use crate::money::Currency;

const SERIES: [(&str, &str); 4] = [
    ("Run spend a year", palette::SKY_BLUE),
    ("Change spend a year", palette::ORANGE),
    ("PV of benefits", palette::BLUE),
    ("Realised to date", palette::BLUISH_GREEN),
];

pub fn units(d: &Digest) -> Chart {
    let cur = Currency::from_code(&d.currency).unwrap_or(Currency::GBP);
    let rows: Vec<(&str, [i128; 4])> = d
        .units
        .iter()
        .map(|u| {
            let f = &u.figures;
            (
                u.unit.as_str(),
                [
                    f.run_minor,
                    f.change_minor,
                    f.pv_benefits_minor,
                    f.realised_to_date_minor,
                ],
            )
        })
        .collect();
    let scope = d.unit.clone().unwrap_or_else(|| "the portfolio".into());
    let title = format!("Value by unit: {scope}, as of {}", d.as_of);

    let (left, right, top, bottom) = (170.0, 40.0, 130.0, 120.0);
    let group = 130.0;
    let width = WIDTH.max((left + right + group * rows.len() as f64).ceil() as u32);
    let height = 700;
    let (x0, x1) = (left, f64::from(width) - right);
    let (y_top, y_base) = (top, f64::from(height) - bottom);
    let scale = Scale::covering(rows.iter().flat_map(|(_, v)| v.iter().copied()), cur);

    let mut svg = Svg::new(width, height);
    svg.text(40.0, 50.0, 30, Anchor::Start, palette::INK, &title);
    svg.text(
        40.0,
        85.0,
        18,
        Anchor::Start,
        palette::INK,
        &format!(
            "Amounts in {}. Spend is a year's; PV of benefits over each investment's horizon.",
            d.currency
        ),
    );
    svg.money_axis(
        &scale,
        cur,
        (x0, x1),
        (y_base, y_top),
        &format!("Amount ({})", d.currency),
    );
    let zero = scale.at(0, y_base, y_top);
    let slot = (x1 - x0) / rows.len().max(1) as f64;
    let bar = (slot * 0.8 / 4.0).min(40.0);
    for (i, (name, values)) in rows.iter().enumerate() {
        let mid = x0 + slot * (i as f64 + 0.5);
        let start = mid - bar * 2.0;
        for (k, v) in values.iter().enumerate() {
            let y = scale.at(*v, y_base, y_top);
            let x = start + bar * k as f64;
            svg.rect(
                x + 1.0,
                y.min(zero),
                bar - 2.0,
                (zero - y).abs(),
                SERIES[k].1,
            );
        }
        svg.text(
            mid,
            y_base + 28.0,
            17,
            Anchor::Middle,
            palette::INK,
            &clip(name, 16),
        );
    }
    if rows.is_empty() {
        svg.text(
            (x0 + x1) / 2.0,
            (y_top + y_base) / 2.0,
            20,
            Anchor::Middle,
            palette::INK,
            "No business units yet.",
        );
    }
    svg.line(x0, zero, x1, zero, palette::INK, 1.5);
    svg.text(
        (x0 + x1) / 2.0,
        y_base + 60.0,
        18,
        Anchor::Middle,
        palette::INK,
        "Business unit",
    );
    svg.square_legend(x0, f64::from(height) - 38.0, 250.0, SERIES);

    let alt = if rows.is_empty() {
        format!("{title}. There are no business units yet.")
    } else {
        let parts: Vec<String> = rows
            .iter()
            .map(|(name, v)| {
                format!(
                    "{name}: run {}, change {}, PV of benefits {}, realised {}",
                    money(v[0], cur),
                    money(v[1], cur),
                    money(v[2], cur),
                    money(v[3], cur)
                )
            })
            .collect();
        format!(
            "Bar chart, {title}, amounts in {}. {}.",
            d.currency,
            parts.join("; ")
        )
    };
    Chart {
        kind: ChartKind::Units,
        svg: svg.finish(&title, &alt),
        title,
        alt,
        stem: format!("units-{}", d.as_of),
    }
}
