//! A chart as a file: SVG or PNG, chosen by the file's extension.

use super::Chart;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Svg,
    Png,
}

impl Format {
    /// The format a path asks for by its extension (`.svg` or `.png`, any case).
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "svg" => Some(Format::Svg),
            "png" => Some(Format::Png),
            _ => None,
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Svg => "svg",
            Format::Png => "png",
        }
    }
}

/// The chart's bytes in `format`.
pub fn encode(chart: &Chart, format: Format) -> Result<Vec<u8>, super::raster::RasterError> {
    match format {
        Format::Svg => Ok(chart.svg.clone().into_bytes()),
        Format::Png => super::png(&chart.svg),
    }
}

/// Writes the chart to `path` whole or not at all: into a file beside it, then renamed, so a
/// reader never sees half a picture.
pub fn write(chart: &Chart, path: &Path, format: Format) -> anyhow::Result<()> {
    let bytes = encode(chart, format)?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let mut partial = path.as_os_str().to_owned();
    partial.push(".partial");
    std::fs::write(&partial, bytes)?;
    std::fs::rename(&partial, path)?;
    Ok(())
}
