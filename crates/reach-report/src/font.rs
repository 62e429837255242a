//! The bundled CJK font: a GB2312 subset of Noto Sans CJK SC Regular (SIL OFL 1.1, see
//! `fonts/OFL.txt` and `fonts/README.md`), compiled into the binary and registered with
//! plotters' ab_glyph text backend once, so PNG charts render Chinese labels the same on every
//! machine without fontconfig. SVG and HTML name it first in a family list with fallbacks.

use std::sync::OnceLock;

use ab_glyph::Font;
use plotters::style::{register_font, FontStyle};

use crate::ReportError;

/// The family name the font is registered under (its own name).
pub const FAMILY: &str = "Noto Sans CJK SC";

/// The CSS font-family list written into SVG text and HTML: the bundled face first, then the
/// same design under its other names, then the system CJK faces of macOS and Windows.
pub const CSS_FAMILY: &str =
    "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/// The font file (OpenType CFF), about 2.9 MB.
pub static FONT_BYTES: &[u8] = include_bytes!("../fonts/NotoSansSC-Reach-Regular.otf");

struct Registered {
    /// (ascent − descent) ÷ em: ab_glyph scales a font so that this height is the size asked for.
    height_em: f64,
}

static REGISTERED: OnceLock<Result<Registered, String>> = OnceLock::new();

fn registered() -> Result<&'static Registered, ReportError> {
    REGISTERED
        .get_or_init(|| {
            let font = ab_glyph::FontRef::try_from_slice(FONT_BYTES).map_err(|e| e.to_string())?;
            let upm = font.units_per_em().ok_or("the font has no units per em")?;
            let height_em = f64::from(font.height_unscaled()) / f64::from(upm);
            for name in [FAMILY, "sans-serif"] {
                for style in [FontStyle::Normal, FontStyle::Bold] {
                    register_font(name, style, FONT_BYTES)
                        .map_err(|_| format!("plotters refused the font `{name}`"))?;
                }
            }
            Ok(Registered { height_em })
        })
        .as_ref()
        .map_err(|e| ReportError::Font(e.clone()))
}

/// Registers the font with plotters (once per process; later calls are free).
pub fn ensure_registered() -> Result<(), ReportError> {
    registered().map(|_| ())
}

/// The plotters font size that gives glyphs an em of `px` pixels in the PNG backend.
pub fn plotters_size(px: f64) -> Result<f64, ReportError> {
    Ok(px * registered()?.height_em)
}

/// plotters' SVG backend writes `font-size = size ÷ 1.24`; multiply by this to get the em the
/// PNG backend draws (`size ÷ height_em`), so the two look alike and text fits where plotters
/// measured it.
pub(crate) fn svg_size_correction() -> Result<f64, ReportError> {
    Ok(1.24 / registered()?.height_em)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_font_registers_and_covers_branch_names_and_symbols() {
        ensure_registered().unwrap();
        let font = ab_glyph::FontRef::try_from_slice(FONT_BYTES).unwrap();
        for c in "北京金融街营业部上海陆家嘴深圳福田乌鲁木齐呼和浩特哈尔滨投顾门槛万亿元▲▼∞·≈×σ–—…ABCxyz0123,.%".chars()
        {
            assert_ne!(font.glyph_id(c).0, 0, "no glyph for {c:?}");
        }
        let h = registered().unwrap().height_em;
        assert!((1.0..2.0).contains(&h), "height {h}");
    }
}
