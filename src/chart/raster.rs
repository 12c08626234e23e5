//! SVG to PNG with resvg, in the font shipped in `assets/fonts/` and no other: no system
//! font is looked at, so a chart is the same bytes on every machine.

use resvg::{tiny_skia, usvg};
use std::sync::{Arc, OnceLock};

/// DejaVu Sans (Bitstream Vera licence, in `assets/fonts/DejaVuSans-LICENSE.txt`).
const FONT: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

fn fonts() -> Arc<usvg::fontdb::Database> {
    static FONTS: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = usvg::fontdb::Database::new();
            db.load_font_data(FONT.to_vec());
            db.set_sans_serif_family("DejaVu Sans");
            Arc::new(db)
        })
        .clone()
}

#[derive(Debug, thiserror::Error)]
pub enum RasterError {
    #[error("the chart's SVG could not be read: {0}")]
    Svg(#[from] usvg::Error),
    #[error("the chart is {0}×{1} pixels, which cannot be drawn")]
    Size(u32, u32),
    #[error("the chart could not be encoded as PNG: {0}")]
    Png(String),
}

/// The SVG drawn at its own size (one SVG pixel, one PNG pixel).
pub fn png(svg: &str) -> Result<Vec<u8>, RasterError> {
    let options = usvg::Options {
        font_family: "DejaVu Sans".into(),
        fontdb: fonts(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options)?;
    let size = tree.size().to_int_size();
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or(RasterError::Size(size.width(), size.height()))?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap
        .encode_png()
        .map_err(|e| RasterError::Png(e.to_string()))
}
