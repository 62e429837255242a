//! Incremental revenue by line — commission, wealth, asset (MODEL section 7) — stacked per tier
//! of each scenario, and stacked along a threshold sweep.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use reach_core::result::{RevenueLines, ScenarioResult};
use rust_decimal::Decimal;

use super::draw::{house_mesh, label_step, legend, max_or, DrawResult, LegendItem};
use super::short_name;
use super::sweep::SWEEP_TICKS;
use super::theme::*;
use crate::format::{self, to_f64};
use crate::input::SweepInput;

/// A revenue line: its label, colour, and its value in a result's lines.
type Line = (String, RGBColor, fn(&RevenueLines) -> Decimal);

/// The three lines, in stacking order, with their colours.
fn lines(pen: &Pen) -> [Line; 3] {
    [
        (pen.pick("交易佣金", "Commission").to_string(), NAVY, |l| l.commission_revenue),
        (pen.pick("财富管理", "Wealth").to_string(), TEAL, |l| l.wealth_revenue),
        (pen.pick("资产收益", "Asset").to_string(), SKY, |l| l.asset_revenue),
    ]
}

fn line_legend(pen: &Pen) -> Vec<LegendItem> {
    lines(pen).into_iter().map(|(n, c, _)| (n, c, false)).collect()
}

/// One row per tier of each scenario, its three lines stacked left to right.
pub(super) fn draw_tiers<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    pen: &Pen,
    top: i32,
    scenarios: &[(&str, &ScenarioResult)],
) -> DrawResult
where
    DB::ErrorType: 'static,
{
    let lang = pen.lang;
    let top = legend(root, pen, pen.d(28), top, &line_legend(pen))?;
    let rows: Vec<(String, &RevenueLines, Decimal)> = scenarios
        .iter()
        .flat_map(|(name, r)| {
            r.tiers
                .iter()
                .map(move |t| (format!("{} · {}", short_name(name, lang), t.name), &t.lines, t.incremental_revenue))
        })
        .collect();
    let n = rows.len().max(1) as u32;
    let xmax = max_or(rows.iter().map(|r| to_f64(r.2)), 1.0) * 1.2;
    let body = root.margin(top, pen.ds(16), pen.ds(12), pen.ds(36));
    let mut chart = ChartBuilder::on(&body)
        .margin_right(pen.d(24))
        .x_label_area_size(pen.d(30))
        .y_label_area_size(pen.d(300))
        .build_cartesian_2d(0f64..xmax, (0u32..n.saturating_sub(1)).into_segmented())?;
    let row_px = chart.plotting_area().dim_in_pixel().1 as f64 / n as f64;
    let step = label_step(row_px, pen.px(13.0));
    let names: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
    let yfmt = |y: &SegmentValue<u32>| match y {
        SegmentValue::CenterOf(i) => (n - 1)
            .checked_sub(*i)
            .filter(|j| (*j as usize).is_multiple_of(step))
            .and_then(|j| names.get(j as usize))
            .map(|s| s.to_string())
            .unwrap_or_default(),
        _ => String::new(),
    };
    let xfmt = |x: &f64| format::money_axis(*x, lang);
    house_mesh(&mut chart.configure_mesh(), pen, 13.0)
        .disable_y_mesh()
        .x_labels(5)
        .y_labels(n as usize)
        .x_label_formatter(&xfmt)
        .y_label_formatter(&yfmt)
        .y_label_style(pen.text(13.0, INK))
        .draw()?;
    for (i, (_, l, total)) in rows.iter().enumerate() {
        let row = n - 1 - i as u32;
        let mut x = 0.0;
        for (_, colour, value) in lines(pen) {
            let v = to_f64(value(l)).max(0.0);
            let mut bar =
                Rectangle::new([(x, SegmentValue::Exact(row)), (x + v, SegmentValue::Exact(row + 1))], colour.filled());
            bar.set_margin(pen.ds(6), pen.ds(6), 0, 0);
            chart.draw_series(std::iter::once(bar))?;
            x += v;
        }
        if i.is_multiple_of(step) {
            let (px, py) = chart.backend_coord(&(x, SegmentValue::CenterOf(row)));
            let style = pen.at(pen.bold(13.0, INK), HPos::Left, VPos::Center);
            root.draw(&Text::new(format::money(*total, lang), (px + 6, py), style))?;
        }
    }
    Ok(())
}

/// The three lines stacked as areas along the swept threshold (log axis), the current marked.
pub(super) fn draw_sweep<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    pen: &Pen,
    top: i32,
    s: &SweepInput,
) -> DrawResult
where
    DB::ErrorType: 'static,
{
    let lang = pen.lang;
    let top = legend(root, pen, pen.d(28), top, &line_legend(pen))?;
    let xs: Vec<f64> = s.points.iter().map(|p| to_f64(p.min_assets).max(1.0)).collect();
    let lo = xs.iter().copied().fold(1e4, f64::min) * 0.97;
    let hi = xs.iter().copied().fold(1e6, f64::max) * 1.03;
    let ymax = max_or(s.points.iter().map(|p| to_f64(p.result.totals.incremental_revenue)), 1.0) * 1.15;
    let body = root.margin(top, pen.ds(16), pen.ds(12), pen.ds(36));
    let mut chart = ChartBuilder::on(&body)
        .margin_right(pen.d(24))
        .x_label_area_size(pen.d(34))
        .y_label_area_size(pen.d(92))
        .build_cartesian_2d((lo..hi).log_scale(), 0f64..ymax)?;
    let xfmt = |_: &f64| String::new();
    let yfmt = |y: &f64| format::money_axis(*y, lang);
    house_mesh(&mut chart.configure_mesh(), pen, 13.0)
        .disable_x_mesh()
        .x_labels(2)
        .y_labels(5)
        .x_label_formatter(&xfmt)
        .y_label_formatter(&yfmt)
        .draw()?;
    // Cumulative tops, drawn from the highest down so each band shows its own line.
    let specs = lines(pen);
    let mut tops: Vec<Vec<(f64, f64)>> = Vec::new();
    for k in 0..specs.len() {
        tops.push(
            s.points
                .iter()
                .zip(&xs)
                .map(|(p, &x)| {
                    (x, specs[..=k].iter().map(|(_, _, f)| to_f64(f(&p.result.totals.lines)).max(0.0)).sum())
                })
                .collect(),
        );
    }
    for (k, (_, colour, _)) in specs.iter().enumerate().rev() {
        chart.draw_series(AreaSeries::new(tops[k].clone(), 0.0, colour.filled()))?;
    }
    let plot_w = chart.plotting_area().dim_in_pixel().0 as f64;
    let ticks: Vec<f64> = SWEEP_TICKS.iter().copied().filter(|t| (lo..=hi).contains(t)).collect();
    let every = super::draw::label_step(plot_w / ticks.len().max(1) as f64, pen.px(13.0) * 3.0);
    for (j, tick) in ticks.iter().enumerate() {
        let (px, py) = chart.backend_coord(&(*tick, 0.0));
        if j.is_multiple_of(every) {
            let label = format::threshold(Decimal::from(*tick as i64), lang);
            root.draw(&Text::new(label, (px, py + 8), pen.at(pen.text(13.0, MUTED), HPos::Center, VPos::Top)))?;
        }
    }
    let cx = to_f64(s.current).max(1.0);
    chart.draw_series(DashedLineSeries::new(vec![(cx, 0.0), (cx, ymax)], 6, 5, MARK.stroke_width(2)))?;
    let (px, py) = chart.backend_coord(&(cx, ymax));
    let label = format!("{} {}", pen.pick("现行门槛", "current threshold"), format::threshold(s.current, lang));
    root.draw(&Text::new(label, (px + 6, py + 4), pen.at(pen.text(13.0, MARK), HPos::Left, VPos::Top)))?;
    Ok(())
}
