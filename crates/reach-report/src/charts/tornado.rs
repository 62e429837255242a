//! The tornado (MODEL section 10): for each range, a bar from the figure at the field's low to
//! the figure at its high, around the point value (a line), largest swing on top.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use reach_core::analysis::tornado::TornadoRow;
use reach_core::analysis::Figure;
use reach_core::compare::MetricKind;
use rust_decimal::Decimal;

use super::draw::{house_mesh, label_step, legend, DrawResult};
use super::takeaway::{field_label, figure_value};
use super::theme::*;
use crate::format::{self, to_f64};

pub(super) fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    pen: &Pen,
    top: i32,
    figure: Figure,
    point: Decimal,
    rows: &[TornadoRow],
) -> DrawResult
where
    DB::ErrorType: 'static,
{
    let lang = pen.lang;
    let items = vec![
        (pen.pick("字段取区间低值", "Field at its low").to_string(), SKY, false),
        (pen.pick("字段取区间高值", "Field at its high").to_string(), NAVY, false),
        (format!("{} {}", pen.pick("点值", "Point value"), figure_value(figure, point, lang)), MARK, true),
    ];
    let top = legend(root, pen, pen.d(28), top, &items)?;
    if rows.is_empty() {
        return Ok(());
    }
    let p = to_f64(point);
    let lo = rows.iter().flat_map(|r| [to_f64(r.low), to_f64(r.high)]).fold(p, f64::min);
    let hi = rows.iter().flat_map(|r| [to_f64(r.low), to_f64(r.high)]).fold(p, f64::max);
    let pad = (hi - lo).max(1.0) * 0.3;
    let body = root.margin(top, pen.ds(16), pen.ds(12), pen.ds(36));
    let n = rows.len() as u32;
    let mut chart = ChartBuilder::on(&body)
        .margin_right(pen.d(16))
        .x_label_area_size(pen.d(30))
        .y_label_area_size(pen.d(260))
        .build_cartesian_2d((lo - pad)..(hi + pad), (0u32..n.saturating_sub(1)).into_segmented())?;
    let row_px = chart.plotting_area().dim_in_pixel().1 as f64 / n as f64;
    let step = label_step(row_px, pen.px(13.0));
    let labels: Vec<String> = rows.iter().map(|r| field_label(&r.field, lang)).collect();
    let yfmt = |y: &SegmentValue<u32>| match y {
        SegmentValue::CenterOf(i) => (n - 1)
            .checked_sub(*i)
            .filter(|j| (*j as usize).is_multiple_of(step))
            .and_then(|j| labels.get(j as usize))
            .cloned()
            .unwrap_or_default(),
        _ => String::new(),
    };
    let money = figure.metric().kind == MetricKind::Money;
    let xfmt = |x: &f64| if money { format::money_axis(*x, lang) } else { format::count_axis(*x, lang) };
    house_mesh(&mut chart.configure_mesh(), pen, 12.0)
        .disable_y_mesh()
        .x_labels(if body.dim_in_pixel().0 < 700 { 3 } else { 6 })
        .y_labels(n as usize)
        .x_label_formatter(&xfmt)
        .y_label_formatter(&yfmt)
        .y_label_style(pen.text(13.0, INK))
        .draw()?;
    for (i, r) in rows.iter().enumerate() {
        let row = n - 1 - i as u32;
        for (end, colour) in [(r.low, SKY), (r.high, NAVY)] {
            let mut bar = Rectangle::new(
                [(p, SegmentValue::Exact(row)), (to_f64(end), SegmentValue::Exact(row + 1))],
                colour.filled(),
            );
            bar.set_margin(pen.ds(6), pen.ds(6), 0, 0);
            chart.draw_series(std::iter::once(bar))?;
        }
        if i.is_multiple_of(step) {
            let (left, right) = if r.low <= r.high { (r.low, r.high) } else { (r.high, r.low) };
            for (v, h, dx, x) in
                [(left, HPos::Right, -6, to_f64(left).min(p)), (right, HPos::Left, 6, to_f64(right).max(p))]
            {
                let (px, py) = chart.backend_coord(&(x, SegmentValue::CenterOf(row)));
                let style = pen.at(pen.text(12.0, INK), h, VPos::Center);
                root.draw(&Text::new(figure_value(figure, v, lang), (px + dx, py), style))?;
            }
        }
    }
    chart.draw_series(LineSeries::new(
        vec![(p, SegmentValue::Exact(0)), (p, SegmentValue::Exact(n))],
        MARK.stroke_width(2),
    ))?;
    Ok(())
}
