//! Drawing helpers every chart shares: the heading (title and takeaway, wrapped to the width),
//! the legend (wrapped into rows), category labels thinned so they never overlap, a ceiling
//! for value axes, and the house look of an axis mesh.

use std::error::Error;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use plotters::chart::MeshStyle;
use plotters::coord::ranged1d::Ranged;

use super::theme::{Pen, GRID, INK, MUTED, SLATE};

pub type DrawResult = Result<(), Box<dyn Error>>;

/// Splits `text` into lines no wider than `width` pixels in `style`: at spaces where there are
/// any, else between characters (Chinese).
pub fn wrap<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    style: &TextStyle<'_>,
    width: u32,
) -> Result<Vec<String>, Box<dyn Error>>
where
    DB::ErrorType: 'static,
{
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut word = String::new();
    let fits = |s: &str| -> Result<bool, Box<dyn Error>> { Ok(area.estimate_text_size(s, style)?.0 <= width) };
    let push_word = |line: &mut String, word: &str, lines: &mut Vec<String>| -> DrawResult {
        let candidate = format!("{line}{word}");
        // Chinese closing punctuation never starts a line.
        let closing = word.chars().all(|c| "，。；：）、".contains(c));
        if line.is_empty() || closing || fits(candidate.trim_end())? {
            *line = candidate;
        } else {
            lines.push(line.trim_end().to_string());
            *line = word.trim_start().to_string();
        }
        Ok(())
    };
    for c in text.chars() {
        word.push(c);
        // Chinese breaks anywhere; Latin text at spaces.
        if c == ' ' || !c.is_ascii() {
            push_word(&mut line, &word, &mut lines)?;
            word.clear();
        }
    }
    if !word.is_empty() {
        push_word(&mut line, &word, &mut lines)?;
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    Ok(lines)
}

/// Draws the title and the takeaway under it, each wrapped to the area's width; returns the y
/// below them.
pub fn heading<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    pen: &Pen,
    title: &str,
    takeaway: &str,
) -> Result<i32, Box<dyn Error>>
where
    DB::ErrorType: 'static,
{
    let x = pen.d(28);
    let width = root.dim_in_pixel().0.saturating_sub(2 * x as u32);
    let mut y = pen.d(16);
    for (text, style, px, gap) in
        [(title, pen.bold(22.0, INK), 22.0, pen.d(8)), (takeaway, pen.text(15.0, MUTED), 15.0, pen.d(10))]
    {
        let line_h = pen.px(px);
        let style = pen.at(style, HPos::Left, VPos::Top);
        for line in wrap(root, text, &style, width)? {
            root.draw(&Text::new(line, (x, y), style.clone()))?;
            y += (line_h * 1.3).round() as i32;
        }
        y += gap;
    }
    Ok(y)
}

/// A legend item: label, colour, and whether it is a line (else a filled swatch).
pub type LegendItem = (String, RGBColor, bool);

/// Legend items (a swatch and a label) left to right from (x, y), wrapping to new rows at the
/// area's right edge; returns the y below the legend.
pub fn legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    pen: &Pen,
    x: i32,
    y: i32,
    items: &[LegendItem],
) -> Result<i32, Box<dyn Error>>
where
    DB::ErrorType: 'static,
{
    let style = pen.at(pen.text(13.0, INK), HPos::Left, VPos::Center);
    let row_h = (pen.px(13.0) * 1.6).round() as i32;
    let right = area.dim_in_pixel().0 as i32 - x;
    let swatch = pen.d(18);
    let (mut cx, mut cy) = (x, y + row_h / 2);
    for (label, colour, line) in items {
        let (w, _) = area.estimate_text_size(label, &style)?;
        let item_w = swatch + pen.d(6) + w as i32;
        if cx > x && cx + item_w > right {
            cx = x;
            cy += row_h;
        }
        let half = (pen.px(13.0) / 2.0).round() as i32;
        if *line {
            area.draw(&PathElement::new(vec![(cx, cy), (cx + swatch, cy)], colour.stroke_width(3)))?;
        } else {
            area.draw(&Rectangle::new([(cx + 2, cy - half), (cx + swatch - 2, cy + half)], colour.filled()))?;
        }
        area.draw(&Text::new(label.clone(), (cx + swatch + pen.d(6), cy), style.clone()))?;
        cx += item_w + pen.d(22);
    }
    Ok(cy + row_h / 2 + pen.d(6))
}

/// Every how many category labels to show so labels of `text_px` never overlap on slots of
/// `slot_px` (1 = all).
pub fn label_step(slot_px: f64, text_px: f64) -> usize {
    if slot_px <= 0.0 {
        return usize::MAX;
    }
    ((text_px * 1.15) / slot_px).ceil().max(1.0) as usize
}

/// The largest of `values`, or `floor` if larger.
pub fn max_or(values: impl Iterator<Item = f64>, floor: f64) -> f64 {
    values.fold(floor, f64::max)
}

/// The house look of an axis mesh: labels in muted text of `label_px`, white light lines, grey
/// grid lines, slate axes. Callers add what differs (which mesh to hide, label counts and
/// formats, a label style of their own for one axis) and draw.
pub fn house_mesh<'m, 'a, 'b, X: Ranged, Y: Ranged, DB: DrawingBackend>(
    mesh: &'m mut MeshStyle<'a, 'b, X, Y, DB>,
    pen: &Pen,
    label_px: f64,
) -> &'m mut MeshStyle<'a, 'b, X, Y, DB> {
    mesh.label_style(pen.text(label_px, MUTED)).light_line_style(WHITE).bold_line_style(GRID).axis_style(SLATE)
}

#[cfg(test)]
mod tests {
    use super::label_step;

    #[test]
    fn labels_thin_out_when_slots_are_smaller_than_text() {
        assert_eq!(label_step(40.0, 13.0), 1);
        assert_eq!(label_step(10.0, 11.0), 2);
        assert_eq!(label_step(4.0, 11.0), 4);
    }
}
