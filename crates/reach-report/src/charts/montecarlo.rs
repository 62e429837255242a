//! Monte Carlo (MODEL section 10): the histogram of net over the draws — draws with net ≤ 0
//! pale, above 0 navy — with P10, P50 and P90 marked.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use reach_core::analysis::montecarlo::MonteCarlo;
use reach_core::money::round2;
use rust_decimal::Decimal;

use super::draw::{house_mesh, legend, DrawResult};
use super::theme::*;
use crate::format::{self, to_f64};

/// The histogram of `values` in `bins` equal bins from the smallest to the largest: each bin's
/// (from, to, count), a value counted in the bin whose range holds it (the last bin closed),
/// edges rounded to the fen. One value (or all equal) is one bin.
pub fn histogram_bins(values: &[Decimal], bins: usize) -> Vec<(Decimal, Decimal, u64)> {
    let (Some(lo), Some(hi)) = (values.iter().min().copied(), values.iter().max().copied()) else {
        return Vec::new();
    };
    let bins = if lo == hi { 1 } else { bins.max(1) };
    let width = (hi - lo) / Decimal::from(bins);
    let edge = |k: usize| if k == bins { hi } else { round2(lo + width * Decimal::from(k)) };
    let mut out: Vec<(Decimal, Decimal, u64)> = (0..bins).map(|k| (edge(k), edge(k + 1), 0)).collect();
    for v in values {
        let k = out.iter().position(|(_, to, _)| v < to).unwrap_or(bins - 1);
        out[k].2 += 1;
    }
    out
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
    let body = root.margin(top, pen.ds(16), pen.ds(12), pen.ds(36));
    let bins = histogram_bins(nets, ((body.dim_in_pixel().0 / 28) as usize).clamp(10, 40));
    let (Some(first), Some(last)) = (bins.first(), bins.last()) else { return Ok(()) };
    let (lo, hi) = (to_f64(first.0), to_f64(last.1));
    let (lo, hi) = if hi > lo { (lo, hi) } else { (lo - 1.0, hi + 1.0) };
    let ymax = bins.iter().map(|b| b.2).max().unwrap_or(1).max(1) as f64 * 1.5;
    let mut chart = ChartBuilder::on(&body)
        .margin_right(pen.d(24))
        .x_label_area_size(pen.d(34))
        .y_label_area_size(pen.d(70))
        .build_cartesian_2d(lo..hi, 0f64..ymax)?;
    let xfmt = |x: &f64| format::money_axis(*x, lang);
    let yfmt = |y: &f64| format::count_axis(*y, lang);
    house_mesh(&mut chart.configure_mesh(), pen, 12.0)
        .disable_x_mesh()
        .x_labels(if body.dim_in_pixel().0 < 700 { 4 } else { 7 })
        .y_labels(5)
        .x_label_formatter(&xfmt)
        .y_label_formatter(&yfmt)
        .draw()?;
    chart.draw_series(bins.iter().map(|&(from, to, c)| {
        let colour = if from + to > Decimal::ZERO { NAVY } else { PALE };
        let mut bar = Rectangle::new([(to_f64(from), 0.0), (to_f64(to), c as f64)], colour.filled());
        bar.set_margin(0, 0, 1, 1);
        bar
    }))?;
    let n = &mc.figures.net;
    // P50's line stops lower so its label sits under P10's and P90's, all inside the plot.
    for (label, v, h, reach) in
        [("P10", n.p10, HPos::Right, 0.95), ("P50", n.p50, HPos::Center, 0.8), ("P90", n.p90, HPos::Left, 0.95)]
    {
        let x = to_f64(v);
        chart.draw_series(DashedLineSeries::new(vec![(x, 0.0), (x, ymax * reach)], 6, 4, MARK.stroke_width(2)))?;
        let (px, py) = chart.backend_coord(&(x, ymax * reach));
        let dx = match h {
            HPos::Right => -4,
            HPos::Left => 4,
            HPos::Center => 0,
        };
        let text = format!("{label} {}", format::money(v, lang));
        root.draw(&Text::new(text, (px + dx, py - 4), pen.at(pen.bold(13.0, INK), h, VPos::Bottom)))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_histogram_holds_every_value_once_the_largest_in_the_last_bin() {
        let values: Vec<Decimal> = (0..=100).map(|v| Decimal::from(v) - Decimal::from(40)).collect();
        let bins = histogram_bins(&values, 10);
        assert_eq!(bins.len(), 10);
        assert_eq!(bins.iter().map(|b| b.2).sum::<u64>(), 101);
        assert_eq!((bins[0].0, bins[9].1), (Decimal::from(-40), Decimal::from(60)));
        assert_eq!(bins[0].2, 10);
        assert_eq!(bins[9].2, 11, "the largest value falls in the last bin");
        assert_eq!(histogram_bins(&[Decimal::ONE; 3], 10), vec![(Decimal::ONE, Decimal::ONE, 3)]);
        assert!(histogram_bins(&[], 10).is_empty());
    }
}
