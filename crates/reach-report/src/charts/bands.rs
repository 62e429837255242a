//! The book's customers by asset band, active and dormant stacked.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use reach_core::book::{BookStats, BAND_COUNT};

use super::band_labels;
use super::draw::{house_mesh, legend, max_or, DrawResult};
use super::theme::*;
use crate::format::{self};

pub(super) fn draw<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, pen: &Pen, top: i32, s: &BookStats) -> DrawResult
where
    DB::ErrorType: 'static,
{
    let lang = pen.lang;
    let items = vec![
        (pen.pick("有效交易客户", "Active customers").to_string(), NAVY, false),
        (pen.pick("沉睡客户（12个月无交易）", "Dormant (no trade in 12 months)").to_string(), PALE, false),
    ];
    let top = legend(root, pen, pen.d(28), top, &items)?;
    let total = s.customers.max(1) as f64;
    let labels = band_labels(lang);
    let n = BAND_COUNT as u32;
    let ymax = max_or(s.band_customers.iter().map(|&c| c as f64), 1.0) * 1.18;
    let body = root.margin(top, pen.ds(16), pen.ds(12), pen.ds(36));
    let mut chart = ChartBuilder::on(&body)
        .margin_right(pen.d(24))
        .x_label_area_size(pen.d(40))
        .y_label_area_size(pen.d(80))
        .build_cartesian_2d((0u32..n.saturating_sub(1)).into_segmented(), 0f64..ymax)?;
    let xfmt = |x: &SegmentValue<u32>| match x {
        SegmentValue::CenterOf(i) => labels.get(*i as usize).map(|s| s.to_string()).unwrap_or_default(),
        _ => String::new(),
    };
    let yfmt = |y: &f64| format::count_axis(*y, lang);
    house_mesh(&mut chart.configure_mesh(), pen, 13.0)
        .disable_x_mesh()
        .x_labels(n as usize)
        .y_labels(6)
        .x_label_formatter(&xfmt)
        .y_label_formatter(&yfmt)
        .x_label_style(pen.text(14.0, INK))
        .draw()?;
    for i in 0..BAND_COUNT {
        let active = (s.band_customers[i] - s.band_dormant[i]) as f64;
        let all = s.band_customers[i] as f64;
        let x = i as u32;
        for (y0, y1, colour) in [(0.0, active, NAVY), (active, all, PALE)] {
            let mut bar =
                Rectangle::new([(SegmentValue::Exact(x), y0), (SegmentValue::Exact(x + 1), y1)], colour.filled());
            bar.set_margin(0, 0, pen.ds(18), pen.ds(18));
            chart.draw_series(std::iter::once(bar))?;
        }
        let (px, py) = chart.backend_coord(&(SegmentValue::CenterOf(x), all));
        let label = format!("{} · {}", format::count(s.band_customers[i]), format::percent(all / total));
        root.draw(&Text::new(label, (px, py - 6), pen.at(pen.text(13.0, INK), HPos::Center, VPos::Bottom)))?;
    }
    Ok(())
}
