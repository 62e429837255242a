//! Each branch's advisor load against capacity, overloaded branches first and marked ▲.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use reach_core::result::ScenarioResult;
use rust_decimal::Decimal;

use super::draw::{house_mesh, label_step, legend, max_or, DrawResult};
use super::theme::*;
use crate::format::{self, to_f64};

pub(super) fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    pen: &Pen,
    top: i32,
    r: &ScenarioResult,
    capacity: Option<Decimal>,
) -> DrawResult
where
    DB::ErrorType: 'static,
{
    let lang = pen.lang;
    // Overloaded first (no advisors at all, then by load), the rest by load.
    let mut rows: Vec<&reach_core::result::BranchResult> = r.branches.iter().collect();
    let key = |b: &&reach_core::result::BranchResult| {
        (b.hires > 0, b.load.is_none() && b.advisors_needed > 0, b.load.unwrap_or_default())
    };
    rows.sort_by(|a, b| key(b).cmp(&key(a)).then_with(|| a.branch.cmp(&b.branch)));
    let cap = capacity.map(to_f64);
    let mut items = vec![
        (pen.pick("投顾负荷（人均服务客户，期望）", "Load (reached customers per advisor)").to_string(), NAVY, false),
        (pen.pick("▲ 超负荷：需新增投顾", "▲ Overloaded: hires needed").to_string(), AMBER, false),
    ];
    if let Some(c) = capacity {
        items.push((format!("{} {}", pen.pick("人均容量", "Capacity"), format::plain(c)), MARK, true));
    }
    let top = legend(root, pen, pen.d(28), top, &items)?;
    let n = rows.len().max(1) as u32;
    let loads = rows.iter().filter_map(|b| b.load.map(to_f64));
    let xmax = max_or(loads.chain(cap), 1.0) * 1.22;
    let body = root.margin(top, pen.ds(16), pen.ds(12), pen.ds(36));
    let mut chart = ChartBuilder::on(&body)
        .margin_right(pen.d(24))
        .x_label_area_size(pen.d(30))
        .y_label_area_size(pen.d(210))
        .build_cartesian_2d(0f64..xmax, (0u32..n.saturating_sub(1)).into_segmented())?;
    let names: Vec<String> = rows.iter().map(|b| b.branch.clone()).collect();
    let row_px = chart.plotting_area().dim_in_pixel().1 as f64 / n as f64;
    let step = label_step(row_px, pen.px(13.0));
    let yfmt = |y: &SegmentValue<u32>| match y {
        SegmentValue::CenterOf(i) => (n - 1)
            .checked_sub(*i)
            .filter(|j| (*j as usize).is_multiple_of(step))
            .and_then(|j| names.get(j as usize))
            .cloned()
            .unwrap_or_default(),
        _ => String::new(),
    };
    let xfmt = |x: &f64| format::count_axis(*x, lang);
    house_mesh(&mut chart.configure_mesh(), pen, 13.0)
        .disable_y_mesh()
        .x_labels(8)
        .y_labels(n as usize)
        .x_label_formatter(&xfmt)
        .y_label_formatter(&yfmt)
        .y_label_style(pen.text(13.0, INK))
        .draw()?;
    if let Some(c) = cap {
        chart.draw_series(DashedLineSeries::new(
            vec![(c, SegmentValue::Exact(0)), (c, SegmentValue::Exact(n))],
            6,
            5,
            MARK.stroke_width(2),
        ))?;
    }
    for (i, b) in rows.iter().enumerate() {
        let row = n - 1 - i as u32;
        let overloaded = b.hires > 0;
        let colour = if overloaded { AMBER } else { NAVY };
        let (end, note) = match b.load {
            Some(l) => {
                let v = to_f64(l);
                let note = if overloaded {
                    format!(
                        "{}  ▲ {} {}",
                        format::expected_exact(l),
                        pen.pick("需新增", "hire"),
                        format::count(b.hires)
                    )
                } else {
                    format::expected_exact(l)
                };
                (v, note)
            }
            None if b.advisors_needed > 0 => (
                xmax / 1.22,
                format!(
                    "{}  ▲ {} {}",
                    pen.pick("无现有投顾", "no advisors"),
                    pen.pick("需新增", "hire"),
                    format::count(b.hires)
                ),
            ),
            None => (0.0, pen.pick("无投顾服务层级客户", "no advisor-tier customers").to_string()),
        };
        let mut bar =
            Rectangle::new([(0.0, SegmentValue::Exact(row)), (end, SegmentValue::Exact(row + 1))], colour.filled());
        bar.set_margin(pen.ds(4), pen.ds(4), 0, 0);
        chart.draw_series(std::iter::once(bar))?;
        let load = match b.load {
            Some(l) => format::expected_exact(l),
            None => pen.pick("无现有投顾", "no advisors").to_string(),
        };
        pen.tip(
            chart.backend_coord(&(0.0, SegmentValue::Exact(row))),
            chart.backend_coord(&(xmax, SegmentValue::Exact(row + 1))),
            format!(
                "{}\n{} {} · {} {} · {} {} · {} {}",
                b.branch,
                pen.pick("人均服务客户", "Load"),
                load,
                pen.pick("所需投顾", "advisors needed"),
                format::count(b.advisors_needed),
                pen.pick("现有", "current"),
                format::count(b.current_advisors),
                pen.pick("需新增", "hires"),
                format::count(b.hires)
            ),
        );
        if !i.is_multiple_of(step) {
            continue;
        }
        let (px, py) = chart.backend_coord(&(end, SegmentValue::CenterOf(row)));
        root.draw(&Text::new(
            note,
            (px + 6, py),
            pen.at(pen.text(12.0, if overloaded { AMBER } else { INK }), HPos::Left, VPos::Center),
        ))?;
    }
    Ok(())
}
