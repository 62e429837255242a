//! Monte Carlo (MODEL section 10): the histogram of net over the draws — draws with net ≤ 0
//! pale, above 0 navy — with P10, P50 and P90 marked.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use reach_core::analysis::montecarlo::MonteCarlo;
use rust_decimal::Decimal;

use super::draw::{legend, DrawResult};
use super::theme::*;
use crate::format::{self, to_f64};

/// Counts of `values` in `bins` equal bins over [lo, hi] (the last bin closed).
pub(super) fn histogram(values: &[f64], lo: f64, hi: f64, bins: usize) -> Vec<u64> {
    let mut counts = vec![0u64; bins.max(1)];
    let width = (hi - lo) / bins.max(1) as f64;
    for &v in values {
        let k = if width > 0.0 { ((v - lo) / width).floor() as isize } else { 0 };
        counts[k.clamp(0, bins.max(1) as isize - 1) as usize] += 1;
    }
    counts
}

pub(super) fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    pen: &Pen,
    top: i32,
    mc: &MonteCarlo,
    nets: &[Decimal],
) -> DrawResult
where
    DB::ErrorType: 'static,
{
    let lang = pen.lang;
    let items = vec![
        (pen.pick("净收益 ≤ 0 的抽样", "Draws with net ≤ 0").to_string(), PALE, false),
        (pen.pick("净收益 > 0 的抽样", "Draws with net > 0").to_string(), NAVY, false),
        (pen.pick("P10 / P50 / P90", "P10 / P50 / P90").to_string(), MARK, true),
    ];
    let top = legend(root, pen, pen.d(28), top, &items)?;
    let values: Vec<f64> = nets.iter().map(|v| to_f64(*v)).collect();
    if values.is_empty() {
        return Ok(());
    }
    let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let (lo, hi) = if hi > lo { (lo, hi) } else { (lo - 1.0, hi + 1.0) };
    let body = root.margin(top, pen.ds(16), pen.ds(12), pen.ds(36));
    let bins = ((body.dim_in_pixel().0 / 28) as usize).clamp(10, 40);
    let counts = histogram(&values, lo, hi, bins);
    let width = (hi - lo) / bins as f64;
    let ymax = counts.iter().copied().max().unwrap_or(1).max(1) as f64 * 1.25;
    let mut chart = ChartBuilder::on(&body)
        .margin_right(pen.d(24))
        .x_label_area_size(pen.d(34))
        .y_label_area_size(pen.d(70))
        .build_cartesian_2d(lo..hi, 0f64..ymax)?;
    let xfmt = |x: &f64| format::money_axis(*x, lang);
    let yfmt = |y: &f64| format::count_axis(*y, lang);
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(if body.dim_in_pixel().0 < 700 { 4 } else { 7 })
        .y_labels(5)
        .x_label_formatter(&xfmt)
        .y_label_formatter(&yfmt)
        .x_desc(pen.pick("净收益（元/年）", "Net (CNY a year)"))
        .y_desc(pen.pick("抽样次数", "Draws"))
        .label_style(pen.text(12.0, MUTED))
        .axis_desc_style(pen.text(13.0, INK))
        .light_line_style(WHITE)
        .bold_line_style(GRID)
        .axis_style(SLATE)
        .draw()?;
    chart.draw_series(counts.iter().enumerate().map(|(k, &c)| {
        let x0 = lo + width * k as f64;
        let colour = if x0 + width / 2.0 > 0.0 { NAVY } else { PALE };
        let mut bar = Rectangle::new([(x0, 0.0), (x0 + width, c as f64)], colour.filled());
        bar.set_margin(0, 0, 1, 1);
        bar
    }))?;
    let n = &mc.figures.net;
    for (label, v, h, raised) in
        [("P10", n.p10, HPos::Right, false), ("P50", n.p50, HPos::Center, true), ("P90", n.p90, HPos::Left, false)]
    {
        let x = to_f64(v);
        chart.draw_series(DashedLineSeries::new(vec![(x, 0.0), (x, ymax * 0.92)], 6, 4, MARK.stroke_width(2)))?;
        let (px, py) = chart.backend_coord(&(x, ymax * 0.92));
        let dx = match h {
            HPos::Right => -4,
            HPos::Left => 4,
            HPos::Center => 0,
        };
        let text = format!("{label} {}", format::money(v, lang));
        let row = if raised { pen.px(13.0) as i32 + 4 } else { 0 };
        root.draw(&Text::new(text, (px + dx, py - 4 - row), pen.at(pen.bold(13.0, INK), h, VPos::Bottom)))?;
    }
    Ok(())
}
