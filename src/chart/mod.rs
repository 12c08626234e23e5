//! Charts of the digest's figures, drawn by the bot itself: SVG for the web, PNG (the SVG
//! rasterised with the shipped font) for the chats. Each chart reads the digest's model;
//! nothing here works out a figure of its own.

mod benefits;
mod data;
mod file;
mod rag;
mod raster;
pub mod svg;
mod units;

pub use benefits::{benefits, BenefitPoint, BenefitSeries};
pub use data::{make, ChartFailure, ChartRequest};
pub use file::{encode, write, Format};
pub use rag::rag;
pub use raster::{png, RasterError};
pub use units::units;

use std::fmt;
use std::str::FromStr;

/// Every chart is at least this wide, so it reads at chat size.
pub const WIDTH: u32 = 1200;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChartKind {
    /// One investment's cumulative forecast and realised benefit against its cost basis.
    Benefits,
    /// Per unit: run spend, change spend, PV of benefits and realised to date.
    Units,
    /// The investments by realisation ratio, coloured by RAG status.
    Rag,
}

impl ChartKind {
    pub const ALL: [ChartKind; 3] = [ChartKind::Benefits, ChartKind::Units, ChartKind::Rag];

    pub fn name(self) -> &'static str {
        match self {
            ChartKind::Benefits => "benefits",
            ChartKind::Units => "units",
            ChartKind::Rag => "rag",
        }
    }
}

impl fmt::Display for ChartKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not a chart; the charts are benefits (an investment's benefit realisation), units (portfolio value by unit) and rag (investments by realisation, coloured by RAG).")]
pub struct UnknownChart(pub String);

impl FromStr for ChartKind {
    type Err = UnknownChart;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ChartKind::ALL
            .into_iter()
            .find(|k| k.name().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| UnknownChart(s.to_string()))
    }
}

/// A drawn chart: its SVG, and the words that stand for it where a picture cannot.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub kind: ChartKind,
    pub title: String,
    /// What the chart shows, in sentences (alt text; also inside the SVG).
    pub alt: String,
    pub svg: String,
    /// A file name for it: `units-2026-11-27.png` without the extension.
    pub stem: String,
}
