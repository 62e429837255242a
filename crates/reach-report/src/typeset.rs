//! Text on PNG charts. plotters' ab_glyph text drawing places each glyph at its pen position
//! without the glyph's side bearing, so digits and Latin text come out unevenly spaced
//! ("31 3.02"). This backend wraps plotters' bitmap backend and typesets text itself with the
//! bundled font — advance widths, kerning and side bearings — delegating everything else.
//! Vertical anchors match the SVG text (see `charts::finish_svg`): the baseline sits 0.88 em
//! below a top anchor, 0.35 em below a centre anchor and 0.12 em above a bottom anchor.

use ab_glyph::{point, Font, FontRef, PxScale, ScaleFont};
use plotters::prelude::DrawingBackend;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontTransform};

use crate::font;

/// Baseline offsets from the anchor, in em, for top, centre and bottom anchors.
pub(crate) const BASELINE_TOP_EM: f64 = 0.88;
pub(crate) const BASELINE_CENTER_EM: f64 = 0.35;
pub(crate) const BASELINE_BOTTOM_EM: f64 = -0.12;

pub(crate) struct Typeset<B> {
    pub inner: B,
    font: FontRef<'static>,
}

impl<B: DrawingBackend> Typeset<B> {
    pub fn new(inner: B) -> Result<Self, crate::ReportError> {
        let font = FontRef::try_from_slice(font::FONT_BYTES).map_err(|e| crate::ReportError::Font(e.to_string()))?;
        Ok(Typeset { inner, font })
    }
}

impl<B: DrawingBackend> DrawingBackend for Typeset<B> {
    type ErrorType = B::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }
    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.ensure_prepared()
    }
    fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.present()
    }
    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_pixel(point, color)
    }
    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_line(from, to, style)
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_path(path, style)
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_circle(center, radius, style, fill)
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.fill_polygon(vert, style)
    }
    fn blit_bitmap(
        &mut self,
        pos: BackendCoord,
        size: (u32, u32),
        src: &[u8],
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.blit_bitmap(pos, size, src)
    }
    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
        self.inner.estimate_text_size(text, style)
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        if !matches!(style.transform(), FontTransform::None) {
            return self.inner.draw_text(text, style, pos);
        }
        let scaled = self.font.as_scaled(PxScale::from(style.size() as f32));
        let em = f64::from(scaled.scale().y) * f64::from(self.font.units_per_em().unwrap_or(1000.0))
            / f64::from(self.font.height_unscaled());
        // Lay out: pen positions with kerning.
        let mut glyphs = Vec::with_capacity(text.len());
        let mut x = 0f32;
        let mut prev = None;
        for c in text.chars() {
            let id = scaled.glyph_id(c);
            if let Some(p) = prev {
                x += scaled.kern(p, id);
            }
            glyphs.push((id, x));
            x += scaled.h_advance(id);
            prev = Some(id);
        }
        let width = f64::from(x);
        let x0 = f64::from(pos.0)
            - match style.anchor().h_pos {
                HPos::Left => 0.0,
                HPos::Center => width / 2.0,
                HPos::Right => width,
            };
        let baseline = f64::from(pos.1)
            + em * match style.anchor().v_pos {
                VPos::Top => BASELINE_TOP_EM,
                VPos::Center => BASELINE_CENTER_EM,
                VPos::Bottom => BASELINE_BOTTOM_EM,
            };
        let (w, h) = self.get_size();
        for (id, gx) in glyphs {
            let glyph = id.with_scale_and_position(scaled.scale(), point(x0 as f32 + gx, baseline as f32));
            let Some(outline) = self.font.outline_glyph(glyph) else { continue };
            let b = outline.px_bounds();
            let mut pixels = Vec::new();
            outline.draw(|px, py, coverage| pixels.push((px, py, coverage)));
            for (px, py, coverage) in pixels {
                let (x, y) = (b.min.x as i32 + px as i32, b.min.y as i32 + py as i32);
                if coverage > 0.0 && x >= 0 && y >= 0 && (x as u32) < w && (y as u32) < h {
                    let c = BackendColor { alpha: color.alpha * f64::from(coverage.min(1.0)), rgb: color.rgb };
                    self.inner.draw_pixel((x, y), c)?;
                }
            }
        }
        Ok(())
    }
}
