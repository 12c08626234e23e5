//! A small SVG writer for the charts: fixed-precision coordinates and escaped text, so the
//! same figures always give the same bytes.

use crate::money::{format_minor, Currency};
use std::fmt::Write;

/// The Okabe–Ito palette: told apart by people with every common colour-vision deficiency.
pub mod palette {
    pub const ORANGE: &str = "#E69F00";
    pub const SKY_BLUE: &str = "#56B4E9";
    pub const BLUISH_GREEN: &str = "#009E73";
    pub const BLUE: &str = "#0072B2";
    pub const VERMILLION: &str = "#D55E00";
    pub const REDDISH_PURPLE: &str = "#CC79A7";
    pub const BLACK: &str = "#000000";
    pub const GREY: &str = "#999999";
    pub const INK: &str = "#222222";
    pub const RULE: &str = "#DDDDDD";
}

/// The one font the charts are drawn in: shipped with the program, so a PNG is the same on
/// every machine; a browser showing the SVG falls back to its own sans-serif.
pub const FONT_FAMILY: &str = "DejaVu Sans, sans-serif";

pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Cuts a label to `max` characters, marking the cut.
pub fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    fn word(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// An SVG document being written.
pub struct Svg {
    pub width: u32,
    pub height: u32,
    body: String,
}

impl Svg {
    pub fn new(width: u32, height: u32) -> Svg {
        Svg {
            width,
            height,
            body: String::new(),
        }
    }

    pub fn rect(&mut self, x: f64, y: f64, w: f64, h: f64, fill: &str) {
        let _ = writeln!(
            self.body,
            r#"<rect x="{x:.1}" y="{y:.1}" width="{:.1}" height="{:.1}" fill="{fill}"/>"#,
            w.max(0.0),
            h.max(0.0)
        );
    }

    pub fn line(&mut self, x1: f64, y1: f64, x2: f64, y2: f64, stroke: &str, width: f64) {
        let _ = writeln!(
            self.body,
            r#"<line x1="{x1:.1}" y1="{y1:.1}" x2="{x2:.1}" y2="{y2:.1}" stroke="{stroke}" stroke-width="{width:.1}"/>"#
        );
    }

    pub fn dashed(&mut self, x1: f64, y1: f64, x2: f64, y2: f64, stroke: &str, width: f64) {
        let _ = writeln!(
            self.body,
            r#"<line x1="{x1:.1}" y1="{y1:.1}" x2="{x2:.1}" y2="{y2:.1}" stroke="{stroke}" stroke-width="{width:.1}" stroke-dasharray="10 6"/>"#
        );
    }

    pub fn polyline(&mut self, points: &[(f64, f64)], stroke: &str, width: f64) {
        let pts: Vec<String> = points
            .iter()
            .map(|(x, y)| format!("{x:.1},{y:.1}"))
            .collect();
        let _ = writeln!(
            self.body,
            r#"<polyline points="{}" fill="none" stroke="{stroke}" stroke-width="{width:.1}" stroke-linejoin="round"/>"#,
            pts.join(" ")
        );
    }

    pub fn circle(&mut self, x: f64, y: f64, r: f64, fill: &str) {
        let _ = writeln!(
            self.body,
            r#"<circle cx="{x:.1}" cy="{y:.1}" r="{r:.1}" fill="{fill}"/>"#
        );
    }

    pub fn text(&mut self, x: f64, y: f64, size: u32, anchor: Anchor, fill: &str, words: &str) {
        let _ = writeln!(
            self.body,
            r#"<text x="{x:.1}" y="{y:.1}" font-size="{size}" text-anchor="{}" fill="{fill}">{}</text>"#,
            anchor.word(),
            escape(words)
        );
    }

    /// Text turned a quarter left about its anchor point (a vertical axis title).
    pub fn text_up(&mut self, x: f64, y: f64, size: u32, words: &str) {
        let _ = writeln!(
            self.body,
            r#"<text x="0" y="0" font-size="{size}" text-anchor="middle" fill="{}" transform="translate({x:.1} {y:.1}) rotate(-90)">{}</text>"#,
            palette::INK,
            escape(words)
        );
    }

    /// An amount axis: a rule at each of the scale's round amounts between `x0` and `x1`,
    /// labelled on the left, and `title` up the side.
    pub fn money_axis(
        &mut self,
        scale: &Scale,
        currency: Currency,
        (x0, x1): (f64, f64),
        (y_base, y_top): (f64, f64),
        title: &str,
    ) {
        for t in scale.ticks() {
            let y = scale.at(t, y_base, y_top);
            self.line(x0, y, x1, y, palette::RULE, 1.0);
            self.text(
                x0 - 10.0,
                y + 6.0,
                16,
                Anchor::End,
                palette::INK,
                &money(t, currency),
            );
        }
        self.text_up(28.0, (y_top + y_base) / 2.0, 18, title);
    }

    /// A row of square colour keys from `x`, one every `step` pixels, their tops at `y`.
    pub fn square_legend<'a>(
        &mut self,
        x: f64,
        y: f64,
        step: f64,
        keys: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) {
        let mut lx = x;
        for (label, colour) in keys {
            self.rect(lx, y, 18.0, 18.0, colour);
            self.text(lx + 26.0, y + 15.0, 16, Anchor::Start, palette::INK, label);
            lx += step;
        }
    }

    /// The finished document: sized in pixels, described for screen readers by `alt`.
    pub fn finish(self, title: &str, alt: &str) -> String {
        format!(
            concat!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" aria-label="{alt}" font-family="{font}">"#,
                "\n<title>{title}</title>\n<desc>{alt}</desc>\n",
                r##"<rect x="0" y="0" width="{w}" height="{h}" fill="#FFFFFF"/>"##,
                "\n{body}</svg>\n"
            ),
            w = self.width,
            h = self.height,
            alt = escape(alt),
            font = FONT_FAMILY,
            title = escape(title),
            body = self.body
        )
    }
}

/// A value axis from `lo` to `hi` in minor units, in round whole-currency steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scale {
    pub lo: i128,
    pub hi: i128,
    pub step: i128,
}

impl Scale {
    /// About five steps of 1, 2 or 5 × 10ⁿ whole units, covering zero and every value.
    pub fn covering(values: impl IntoIterator<Item = i128>, currency: Currency) -> Scale {
        let (mut lo, mut hi) = (0i128, 0i128);
        for v in values {
            lo = lo.min(v);
            hi = hi.max(v);
        }
        let unit = 10i128.pow(currency.exponent());
        let span = (hi - lo).max(unit);
        let rough = span / 5;
        let mut step = unit;
        'search: loop {
            for m in [1, 2, 5] {
                let s = step.saturating_mul(m);
                if s >= rough {
                    step = s;
                    break 'search;
                }
            }
            step = step.saturating_mul(10);
        }
        let lo = lo.div_euclid(step) * step;
        let hi = -((-hi).div_euclid(step)) * step;
        Scale {
            lo,
            hi: hi.max(lo + step),
            step,
        }
    }

    pub fn ticks(&self) -> Vec<i128> {
        let mut out = Vec::new();
        let mut v = self.lo;
        while v <= self.hi {
            out.push(v);
            v += self.step;
        }
        out
    }

    /// Where `v` falls between `from` (at `lo`) and `to` (at `hi`) on the page.
    pub fn at(&self, v: i128, from: f64, to: f64) -> f64 {
        let t = (v - self.lo) as f64 / (self.hi - self.lo) as f64;
        from + (to - from) * t
    }
}

/// An amount as an axis or bar label: whole units of the base currency, thousands
/// separated (`£1,250,000`).
pub fn money(minor: i128, currency: Currency) -> String {
    format_minor(minor, currency, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_are_round_and_cover_every_value() {
        let gbp = Currency::GBP;
        // Minor units: pence. £123,456 in steps of £50,000 (at least a fifth of the span)
        // tops out at £150,000.
        let s = Scale::covering([0, 12_345_600], gbp);
        assert_eq!((s.lo, s.hi, s.step), (0, 15_000_000, 5_000_000));
        let s = Scale::covering([-3_000, 9_000], gbp);
        assert_eq!((s.lo, s.hi, s.step), (-5_000, 10_000, 5_000));
        let s = Scale::covering([], gbp);
        assert_eq!((s.lo, s.hi, s.step), (0, 100, 100));
        assert_eq!(Scale::covering([50_000], gbp).ticks().len(), 6);
    }

    #[test]
    fn labels_are_escaped_and_clipped() {
        assert_eq!(escape("R&D <x>"), "R&amp;D &lt;x&gt;");
        assert_eq!(clip("abcdef", 4), "abc…");
        assert_eq!(clip("abc", 4), "abc");
    }
}
