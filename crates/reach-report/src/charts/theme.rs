//! The charts' look: colours (one hue per idea, none of them the red/green of gains and
//! losses), and the pen that sizes text and spacing to the size a chart is drawn at — text is
//! never smaller than [`MIN_TEXT_PX`], whatever the size — and collects the values shown on
//! hover ([`Tip`]).

use std::cell::RefCell;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::font;
use crate::format::Lang;

pub const INK: RGBColor = RGBColor(31, 41, 55);
pub const MUTED: RGBColor = RGBColor(107, 114, 128);
pub const GRID: RGBColor = RGBColor(229, 231, 235);
pub const NAVY: RGBColor = RGBColor(31, 78, 121);
pub const TEAL: RGBColor = RGBColor(42, 157, 143);
pub const SKY: RGBColor = RGBColor(142, 202, 230);
pub const AMBER: RGBColor = RGBColor(217, 119, 6);
pub const SLATE: RGBColor = RGBColor(156, 163, 175);
pub const PALE: RGBColor = RGBColor(203, 213, 225);
pub const MARK: RGBColor = RGBColor(75, 85, 99);
pub const PLUM: RGBColor = RGBColor(124, 58, 237);

/// The smallest text any chart draws, in pixels, at any size.
pub const MIN_TEXT_PX: f64 = 11.0;

/// Text styles in the bundled face, and spacing, scaled to the drawing's size.
pub struct Pen {
    /// plotters' size for a 1 px em.
    k: f64,
    /// The drawing's size against the chart's natural size (1 at the natural size).
    pub scale: f64,
    pub lang: Lang,
    tips: RefCell<Vec<Tip>>,
}

/// A value shown on hover: a rectangle of the drawing (pixels, corners in any order) and the
/// exact figures it stands for. The SVG form carries them as transparent `data-tip` areas.
#[derive(Debug, Clone, PartialEq)]
pub struct Tip {
    pub a: (i32, i32),
    pub b: (i32, i32),
    pub text: String,
}

impl Pen {
    pub fn new(lang: Lang, scale: f64) -> Result<Pen, crate::ReportError> {
        Ok(Pen { k: font::plotters_size(1.0)?, scale, lang, tips: RefCell::new(Vec::new()) })
    }

    /// Records the figures `text` shows on hover over the rectangle from `a` to `b`.
    pub fn tip(&self, a: (i32, i32), b: (i32, i32), text: String) {
        self.tips.borrow_mut().push(Tip { a, b, text });
    }

    /// The tips recorded while drawing.
    pub fn into_tips(self) -> Vec<Tip> {
        self.tips.into_inner()
    }

    /// The em in pixels of text designed at `px` for the natural size.
    pub fn px(&self, px: f64) -> f64 {
        (px * self.scale).max(MIN_TEXT_PX)
    }

    /// A distance designed at `v` pixels for the natural size, scaled like the text so text
    /// placed by it does not overlap (never below the share text keeps at its minimum).
    pub fn d(&self, v: i32) -> i32 {
        (v as f64 * self.scale.max(MIN_TEXT_PX / 15.0)).round() as i32
    }

    /// A distance that shrinks with the drawing (margins, bar gaps).
    pub fn ds(&self, v: u32) -> u32 {
        (v as f64 * self.scale).round().max(1.0) as u32
    }

    pub fn text(&self, px: f64, colour: RGBColor) -> TextStyle<'static> {
        TextStyle {
            font: (font::FAMILY, self.px(px) * self.k).into_font(),
            color: colour.to_backend_color(),
            pos: Pos::default(),
        }
    }

    pub fn bold(&self, px: f64, colour: RGBColor) -> TextStyle<'static> {
        TextStyle {
            font: (font::FAMILY, self.px(px) * self.k, FontStyle::Bold).into_font(),
            color: colour.to_backend_color(),
            pos: Pos::default(),
        }
    }

    pub fn at(&self, style: TextStyle<'static>, h: HPos, v: VPos) -> TextStyle<'static> {
        style.pos(Pos::new(h, v))
    }

    pub fn pick<'a>(&self, zh: &'a str, en: &'a str) -> &'a str {
        self.lang.pick(zh, en)
    }
}
