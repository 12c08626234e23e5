//! `rag`: the investments by realisation ratio (realised against forecast to date), each
//! bar coloured by its RAG status and labelled with it, reds first, against the red line.

use super::svg::{clip, palette, Anchor, Svg};
use super::{Chart, ChartKind, WIDTH};
use crate::digest::{rag::rank, Digest};

/// More bars than this would not read at chat size; the rest are counted in the subtitle.
const SHOWN: usize = 30;
/// Ratios beyond this are drawn to it and labelled with their value.
const CAP: f64 = 2.0;

fn colour(rag: &str) -> &'static str {
    match rag {
        "red" => palette::VERMILLION,
        "amber" => palette::ORANGE,
        "green" => palette::BLUISH_GREEN,
        _ => palette::GREY,
    }
}

fn pc(r: f64) -> String {
    format!("{:.0}%", r * 100.0)
}

/// `red_line`: the realisation ratio under which a slipping investment is red.
pub fn rag(d: &Digest, red_line: f64) -> Chart {
    let mut lines: Vec<_> = d.investments.iter().collect();
    lines.sort_by(|a, b| {
        rank(&a.rag)
            .cmp(&rank(&b.rag))
            .then(
                a.realisation_ratio
                    .unwrap_or(f64::INFINITY)
                    .total_cmp(&b.realisation_ratio.unwrap_or(f64::INFINITY)),
            )
            .then(a.id.as_str().cmp(b.id.as_str()))
    });
    let hidden = lines.len().saturating_sub(SHOWN);
    lines.truncate(SHOWN);
    let scope = d.unit.clone().unwrap_or_else(|| "the portfolio".into());
    let title = format!("Realised against forecast: {scope}, as of {}", d.as_of);

    let (left, right, top, bottom) = (420.0, 170.0, 130.0, 110.0);
    let row = 34.0;
    let height = (top + bottom + row * lines.len().max(6) as f64).ceil() as u32;
    let (x0, x1) = (left, f64::from(WIDTH) - right);
    let y_base = f64::from(height) - bottom;
    let top_ratio = lines
        .iter()
        .filter_map(|l| l.realisation_ratio)
        .fold(1.0f64, f64::max)
        .min(CAP);
    let max = (top_ratio * 4.0).ceil() / 4.0;
    let x_at = |r: f64| x0 + (x1 - x0) * (r.clamp(0.0, max) / max);

    let mut svg = Svg::new(WIDTH, height);
    svg.text(40.0, 50.0, 30, Anchor::Start, palette::INK, &title);
    let more = if hidden > 0 {
        format!(" The {hidden} further investments are not shown.")
    } else {
        String::new()
    };
    svg.text(
        40.0,
        85.0,
        18,
        Anchor::Start,
        palette::INK,
        &format!(
            "Reds first; each bar says its status. The dashed line is the red line at {}.{more}",
            pc(red_line)
        ),
    );
    let mut q = 0.0;
    while q <= max + 1e-9 {
        let x = x_at(q);
        svg.line(x, top - 10.0, x, y_base, palette::RULE, 1.0);
        svg.text(x, y_base + 26.0, 16, Anchor::Middle, palette::INK, &pc(q));
        q += 0.25;
    }
    for (i, l) in lines.iter().enumerate() {
        let y = top + row * i as f64;
        let label = format!("{} {}", l.id, clip(&l.name, 30));
        svg.text(x0 - 12.0, y + 22.0, 16, Anchor::End, palette::INK, &label);
        match l.realisation_ratio {
            Some(r) => {
                let end = x_at(r);
                svg.rect(x0, y + 5.0, end - x0, row - 10.0, colour(&l.rag));
                svg.text(
                    end + 8.0,
                    y + 22.0,
                    16,
                    Anchor::Start,
                    palette::INK,
                    &format!("{} {}", pc(r), l.rag),
                );
            }
            None => svg.text(
                x0 + 8.0,
                y + 22.0,
                16,
                Anchor::Start,
                palette::INK,
                &format!("nothing forecast yet ({})", l.rag),
            ),
        }
    }
    if lines.is_empty() {
        svg.text(
            (x0 + x1) / 2.0,
            top + 50.0,
            20,
            Anchor::Middle,
            palette::INK,
            "No investments yet.",
        );
    }
    svg.line(x0, top - 10.0, x0, y_base, palette::INK, 1.5);
    let red = x_at(red_line);
    svg.dashed(red, top - 10.0, red, y_base, palette::BLACK, 2.0);
    svg.text(
        (x0 + x1) / 2.0,
        y_base + 58.0,
        18,
        Anchor::Middle,
        palette::INK,
        "Realised benefit as a share of the benefit forecast to date",
    );
    svg.square_legend(
        x0,
        f64::from(height) - 36.0,
        120.0,
        ["red", "amber", "green", "grey"].map(|s| (s, colour(s))),
    );

    let alt = if lines.is_empty() {
        format!("{title}. There are no investments yet.")
    } else {
        let parts: Vec<String> = lines
            .iter()
            .map(|l| {
                let r = l
                    .realisation_ratio
                    .map(pc)
                    .unwrap_or_else(|| "nothing forecast yet".into());
                format!("{} {}: {r}, {}", l.id, l.name, l.rag)
            })
            .collect();
        format!(
            "Bar chart, {title}; red line at {}. {}.{more}",
            pc(red_line),
            parts.join("; ")
        )
    };
    Chart {
        kind: ChartKind::Rag,
        svg: svg.finish(&title, &alt),
        title,
        alt,
        stem: format!("rag-{}", d.as_of),
    }
}
