//! Assessment (MODEL section 9): each branch's assessed change (assessed − base revenue) and
//! HQ's assessed revenue under a credit rule, losers marked ▼ in amber; and the same scenario
//! under `split` and `dual` side by side on one scale, branches in the same order.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use reach_core::result::ScenarioResult;
use reach_core::scenario::CreditRule;
use rust_decimal::Decimal;

use super::draw::{house_mesh, label_step, legend, DrawResult};
use super::rule_name;
use super::theme::*;
use crate::format::{self, to_f64, Lang};

/// The units in drawing order: HQ first, then the branches from the largest loss up (by
/// `order`'s assessed change, so two panels share it); each (name, is HQ, change in `r`).
fn units(order: &ScenarioResult, r: &ScenarioResult, lang: Lang) -> Vec<(String, bool, Decimal)> {
    let mut branches: Vec<usize> = (0..order.branches.len()).collect();
    branches.sort_by(|&a, &b| {
        order.branches[a]
            .assessed_change
            .cmp(&order.branches[b].assessed_change)
            .then_with(|| order.branches[a].branch.cmp(&order.branches[b].branch))
    });
    let mut out = vec![(lang.pick("总部", "HQ").to_string(), true, r.hq.assessed_revenue)];
    out.extend(branches.into_iter().filter_map(|i| {
        let name = &order.branches[i].branch;
        r.branches.iter().find(|b| &b.branch == name).map(|b| (b.branch.clone(), false, b.assessed_change))
    }));
    out
}

fn unit_legend(pen: &Pen) -> Vec<(String, RGBColor, bool)> {
    vec![
        (pen.pick("总部考核收入", "HQ assessed revenue").to_string(), PLUM, false),
        (pen.pick("分支机构考核收入变化", "Branch assessed change").to_string(), NAVY, false),
        (pen.pick("▼ 考核收入下降", "▼ Assessed lower").to_string(), AMBER, false),
    ]
}

pub(super) fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    pen: &Pen,
    top: i32,
    r: &ScenarioResult,
) -> DrawResult
where
    DB::ErrorType: 'static,
{
    let top = legend(root, pen, pen.d(28), top, &unit_legend(pen))?;
    let body = root.margin(top, pen.ds(16), pen.ds(12), pen.ds(36));
    let rows = units(r, r, pen.lang);
    let (lo, hi) = extent(&rows);
    panel(root, &body, pen, &rows, (lo, hi), true, None)
}

pub(super) fn draw_rules<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    pen: &Pen,
    top: i32,
    split: &ScenarioResult,
    dual: &ScenarioResult,
) -> DrawResult
where
    DB::ErrorType: 'static,
{
    let top = legend(root, pen, pen.d(28), top, &unit_legend(pen))?;
    let body = root.margin(top, pen.ds(16), pen.ds(12), pen.ds(36));
    let split_rows = units(split, split, pen.lang);
    let dual_rows = units(split, dual, pen.lang);
    let (a, b) = extent(&split_rows);
    let (c, d) = extent(&dual_rows);
    let range = (a.min(c), b.max(d));
    let w = body.dim_in_pixel().0;
    let (left, right) = body.split_horizontally(w / 2 + w / 10);
    panel(root, &left, pen, &split_rows, range, true, Some(rule_name(CreditRule::Split, pen.lang)))?;
    panel(root, &right, pen, &dual_rows, range, false, Some(rule_name(CreditRule::Dual, pen.lang)))
}

/// The value axis: from the smallest change (or 0) to the largest, with room for labels.
fn extent(rows: &[(String, bool, Decimal)]) -> (f64, f64) {
    let lo = rows.iter().map(|r| to_f64(r.2)).fold(0.0, f64::min);
    let hi = rows.iter().map(|r| to_f64(r.2)).fold(0.0, f64::max);
    let pad = (hi - lo).max(1.0) * 0.25;
    (if lo < 0.0 { lo - pad } else { 0.0 }, hi + pad)
}

#[allow(clippy::too_many_arguments)]
fn panel<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    area: &DrawingArea<DB, Shift>,
    pen: &Pen,
    rows: &[(String, bool, Decimal)],
    (lo, hi): (f64, f64),
    names: bool,
    caption: Option<&str>,
) -> DrawResult
where
    DB::ErrorType: 'static,
{
    let lang = pen.lang;
    let plot = match caption {
        Some(c) => {
            let (head, plot) = area.split_vertically(pen.d(28));
            let x = if names { pen.d(170) } else { pen.d(12) };
            head.draw(&Text::new(
                c.to_string(),
                (x, pen.d(12)),
                pen.at(pen.bold(15.0, INK), HPos::Left, VPos::Center),
            ))?;
            plot
        }
        None => area.clone(),
    };
    let n = rows.len().max(1) as u32;
    // The name column as wide as the longest name, at most 40% of the panel.
    let name_style = pen.text(13.0, INK);
    let mut widest = 0u32;
    for r in rows {
        widest = widest.max(root.estimate_text_size(&r.0, &name_style)?.0);
    }
    let name_w = (widest + pen.ds(14)).min(plot.dim_in_pixel().0 * 2 / 5);
    let mut chart = ChartBuilder::on(&plot)
        .margin_right(pen.d(16))
        .x_label_area_size(pen.d(30))
        .y_label_area_size(if names { name_w } else { 4 })
        .build_cartesian_2d(lo..hi, (0u32..n.saturating_sub(1)).into_segmented())?;
    let row_px = chart.plotting_area().dim_in_pixel().1 as f64 / n as f64;
    let step = label_step(row_px, pen.px(13.0));
    let labels: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
    let yfmt = |y: &SegmentValue<u32>| match y {
        SegmentValue::CenterOf(i) if names => (n - 1)
            .checked_sub(*i)
            .filter(|j| *j == 0 || (*j as usize).is_multiple_of(step))
            .and_then(|j| labels.get(j as usize))
            .map(|s| s.to_string())
            .unwrap_or_default(),
        _ => String::new(),
    };
    let xfmt = |x: &f64| format::money_axis(*x, lang);
    house_mesh(&mut chart.configure_mesh(), pen, 12.0)
        .disable_y_mesh()
        .x_labels(if plot.dim_in_pixel().0 < 500 { 3 } else { 5 })
        .y_labels(n as usize)
        .x_label_formatter(&xfmt)
        .y_label_formatter(&yfmt)
        .y_label_style(pen.text(13.0, INK))
        .draw()?;
    chart.draw_series(LineSeries::new(
        vec![(0.0, SegmentValue::Exact(0)), (0.0, SegmentValue::Exact(n))],
        MARK.stroke_width(1),
    ))?;
    for (i, (_, hq, change)) in rows.iter().enumerate() {
        let row = n - 1 - i as u32;
        let losing = change.is_sign_negative() && !change.is_zero();
        let colour = if *hq {
            PLUM
        } else if losing {
            AMBER
        } else {
            NAVY
        };
        let v = to_f64(*change);
        let mut bar =
            Rectangle::new([(0.0, SegmentValue::Exact(row)), (v, SegmentValue::Exact(row + 1))], colour.filled());
        bar.set_margin(pen.ds(3), pen.ds(3), 0, 0);
        chart.draw_series(std::iter::once(bar))?;
        if i == 0 || i.is_multiple_of(step) {
            // Right of the bar's end, or of the zero line for a loss: never over the names.
            let (px, py) = chart.backend_coord(&(v.max(0.0), SegmentValue::CenterOf(row)));
            let text = format!("{}{}", if losing { "▼ " } else { "" }, format::money(*change, lang));
            let style = pen.at(pen.text(12.0, if losing { AMBER } else { INK }), HPos::Left, VPos::Center);
            root.draw(&Text::new(text, (px + 6, py), style))?;
        }
    }
    Ok(())
}
