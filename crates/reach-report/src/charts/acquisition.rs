//! Acquisition (MODEL section 8): online against offline side by side in four small panels —
//! funded accounts, cost per funded account, first-year revenue, payback in years.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use reach_core::book::Channel;
use reach_core::result::{AcquisitionRow, ScenarioResult};
use rust_decimal::Decimal;

use super::draw::{legend, max_or, DrawResult};
use super::takeaway::channel_name;
use super::theme::*;
use crate::format::{self, to_f64};

/// One panel: its label, the value of a row (None: not defined, e.g. never paid back), and how
/// to write a value.
type Panel<'a> = (String, fn(&AcquisitionRow) -> Option<Decimal>, Box<dyn Fn(Decimal) -> String + 'a>);

fn colour(c: Channel) -> RGBColor {
    match c {
        Channel::Online => TEAL,
        Channel::Offline => NAVY,
    }
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
    let lang = pen.lang;
    let rows = &r.acquisition.rows;
    let items: Vec<_> =
        rows.iter().map(|a| (channel_name(a.channel, lang).to_string(), colour(a.channel), false)).collect();
    let top = legend(root, pen, pen.d(28), top, &items)?;
    if rows.is_empty() {
        return Ok(());
    }
    let years = pen.pick("年", " years");
    let panels: [Panel<'_>; 4] = [
        (
            pen.pick("有效户（期望）", "Funded accounts (expected)").into(),
            |a| Some(a.funded),
            Box::new(format::expected),
        ),
        (
            pen.pick("每个有效户的获客成本", "Cost per funded account").into(),
            |a| a.cost_per_funded,
            Box::new(move |v| format::money(v, lang)),
        ),
        (
            pen.pick("首年收入", "First-year revenue").into(),
            |a| Some(a.revenue),
            Box::new(move |v| format::money(v, lang)),
        ),
        (
            pen.pick("回收期", "Payback").into(),
            |a| a.payback_years,
            Box::new(move |v| format!("{}{years}", format::plain(v.round_dp(1)))),
        ),
    ];
    let body = root.margin(top, pen.ds(16), pen.ds(12), pen.ds(28));
    let (w, _) = body.dim_in_pixel();
    let grid = if w < 900 { (2, 2) } else { (1, 4) };
    let areas = body.split_evenly(grid);
    let n = rows.len() as u32;
    for ((label, value, text), area) in panels.iter().zip(areas.iter()) {
        let (head, plot) = area.split_vertically(pen.d(30));
        head.draw(&Text::new(
            label.clone(),
            (pen.d(8), pen.d(14)),
            pen.at(pen.bold(14.0, INK), HPos::Left, VPos::Center),
        ))?;
        let ymax = max_or(rows.iter().filter_map(|a| value(a).map(to_f64)), 1.0) * 1.25;
        let mut chart = ChartBuilder::on(&plot)
            .margin(pen.d(8))
            .x_label_area_size(pen.d(26))
            .y_label_area_size(0)
            .build_cartesian_2d((0u32..n.saturating_sub(1)).into_segmented(), 0f64..ymax)?;
        let names: Vec<&str> = rows.iter().map(|a| channel_name(a.channel, lang)).collect();
        let xfmt = |x: &SegmentValue<u32>| match x {
            SegmentValue::CenterOf(i) => names.get(*i as usize).map(|s| s.to_string()).unwrap_or_default(),
            _ => String::new(),
        };
        chart
            .configure_mesh()
            .disable_mesh()
            .x_labels(n as usize)
            .x_label_formatter(&xfmt)
            .x_label_style(pen.text(13.0, INK))
            .axis_style(SLATE)
            .draw()?;
        for (i, a) in rows.iter().enumerate() {
            let i = i as u32;
            let (v, note) = match value(a) {
                Some(v) => (to_f64(v), text(v)),
                None => (0.0, pen.pick("无法回收", "never").to_string()),
            };
            let mut bar = Rectangle::new(
                [(SegmentValue::Exact(i), 0.0), (SegmentValue::Exact(i + 1), v)],
                colour(a.channel).filled(),
            );
            let side = (plot.dim_in_pixel().0 / n / 5).max(2);
            bar.set_margin(0, 0, side, side);
            chart.draw_series(std::iter::once(bar))?;
            let (px, py) = chart.backend_coord(&(SegmentValue::CenterOf(i), v));
            root.draw(&Text::new(note, (px, py - 4), pen.at(pen.bold(13.0, INK), HPos::Center, VPos::Bottom)))?;
        }
    }
    Ok(())
}
