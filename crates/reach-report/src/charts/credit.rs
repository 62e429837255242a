//! Incremental revenue credited to HQ and to the branches, one stacked column per scenario.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use reach_core::result::ScenarioResult;

use super::draw::{house_mesh, legend, max_or, DrawResult};
use super::short_name;
use super::theme::*;
use crate::format::{self, to_f64};

pub(super) fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    pen: &Pen,
    top: i32,
    scenarios: &[(&str, &ScenarioResult)],
) -> DrawResult
where
    DB::ErrorType: 'static,
{
    let lang = pen.lang;
    let items = vec![
        (pen.pick("分支机构收入归属", "Branch credit").to_string(), TEAL, false),
        (pen.pick("总部收入归属", "HQ credit").to_string(), NAVY, false),
    ];
    let top = legend(root, pen, pen.d(28), top, &items)?;
    let n = scenarios.len().max(1) as u32;
    let ymax = max_or(scenarios.iter().map(|(_, r)| to_f64(r.totals.hq_credit + r.totals.branch_credit)), 1.0) * 1.15;
    let body = root.margin(top, pen.ds(16), pen.ds(12), pen.ds(36));
    let names: Vec<String> = scenarios.iter().map(|(n, _)| short_name(n, lang)).collect();
    let mut chart = ChartBuilder::on(&body)
        .margin_right(pen.d(24))
        .x_label_area_size(pen.d(40))
        .y_label_area_size(pen.d(96))
        .build_cartesian_2d((0u32..n.saturating_sub(1)).into_segmented(), 0f64..ymax)?;
    let xfmt = |x: &SegmentValue<u32>| match x {
        SegmentValue::CenterOf(i) => names.get(*i as usize).cloned().unwrap_or_default(),
        _ => String::new(),
    };
    let yfmt = |y: &f64| format::money_axis(*y, lang);
    house_mesh(&mut chart.configure_mesh(), pen, 13.0)
        .disable_x_mesh()
        .x_labels(n as usize)
        .y_labels(6)
        .x_label_formatter(&xfmt)
        .y_label_formatter(&yfmt)
        .x_label_style(pen.text(14.0, INK))
        .draw()?;
    let side = ((body.dim_in_pixel().0.saturating_sub(120)) / n / 4).min(140);
    for (i, (_, r)) in scenarios.iter().enumerate() {
        let i = i as u32;
        let hq = to_f64(r.totals.hq_credit);
        let br = to_f64(r.totals.branch_credit);
        for (y0, y1, colour, value, fg) in
            [(0.0, hq, NAVY, r.totals.hq_credit, WHITE), (hq, hq + br, TEAL, r.totals.branch_credit, WHITE)]
        {
            let mut bar =
                Rectangle::new([(SegmentValue::Exact(i), y0), (SegmentValue::Exact(i + 1), y1)], colour.filled());
            bar.set_margin(0, 0, side, side);
            chart.draw_series(std::iter::once(bar))?;
            let (left, _) = chart.backend_coord(&(SegmentValue::Exact(i), y0));
            let (right, _) = chart.backend_coord(&(SegmentValue::Exact(i + 1), y0));
            let (_, bottom) = chart.backend_coord(&(SegmentValue::Exact(i), y0));
            let (_, top) = chart.backend_coord(&(SegmentValue::Exact(i), y1));
            let part = if colour == NAVY {
                pen.pick("总部收入归属", "HQ credit")
            } else {
                pen.pick("分支机构收入归属", "Branch credit")
            };
            pen.tip(
                (left + side as i32, bottom),
                (right - side as i32, top),
                format!("{} · {} {}", names[i as usize], part, format::money(value, lang)),
            );
            let (px, p0) = chart.backend_coord(&(SegmentValue::CenterOf(i), y0));
            let (_, p1) = chart.backend_coord(&(SegmentValue::CenterOf(i), y1));
            if p0 - p1 > 22 {
                let label = format::money(value, lang);
                root.draw(&Text::new(
                    label,
                    (px, (p0 + p1) / 2),
                    pen.at(pen.text(13.0, fg), HPos::Center, VPos::Center),
                ))?;
            }
        }
        let (px, py) = chart.backend_coord(&(SegmentValue::CenterOf(i), hq + br));
        let total = format::money(r.totals.hq_credit + r.totals.branch_credit, lang);
        root.draw(&Text::new(total, (px, py - 6), pen.at(pen.bold(14.0, INK), HPos::Center, VPos::Bottom)))?;
    }
    Ok(())
}
