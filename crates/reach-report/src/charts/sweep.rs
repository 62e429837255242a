//! The threshold sweep: customers, advisors and money (net, incremental revenue, cost) in three
//! panels as one tier's threshold moves, on a log axis ticked as brokers name thresholds, the
//! current threshold marked.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use rust_decimal::Decimal;

use super::draw::{house_mesh, legend, DrawResult};
use super::theme::*;
use crate::format::{self, to_f64};
use crate::input::SweepInput;

pub(super) fn draw<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, pen: &Pen, top: i32, s: &SweepInput) -> DrawResult
where
    DB::ErrorType: 'static,
{
    let lang = pen.lang;

    let xs: Vec<f64> = s.points.iter().map(|p| to_f64(p.min_assets).max(1.0)).collect();
    let lo = xs.iter().copied().fold(1e4, f64::min) * 0.97;
    let hi = xs.iter().copied().fold(1e6, f64::max) * 1.03;
    let cx = to_f64(s.current).max(1.0);
    let cur = s.points.iter().find(|p| p.min_assets == s.current);
    let body = root.margin(top, pen.ds(12), pen.ds(12), pen.ds(36));
    let panels = body.split_evenly((3, 1));
    type Series = (String, RGBColor, Vec<(f64, f64)>, bool);
    let series = |f: &dyn Fn(&reach_core::result::Totals) -> Decimal| -> Vec<(f64, f64)> {
        s.points.iter().zip(&xs).map(|(p, &x)| (x, to_f64(f(&p.result.totals)))).collect()
    };
    let specs: [(String, Vec<Series>, bool); 3] = [
        (
            pen.pick("客户（人）", "Customers").to_string(),
            vec![
                (
                    pen.pick("可服务客户", "Eligible customers").into(),
                    NAVY,
                    series(&|t| Decimal::from(t.eligible)),
                    true,
                ),
                (
                    pen.pick("覆盖客户（期望）", "Customers reached (expected)").into(),
                    TEAL,
                    series(&|t| t.served),
                    false,
                ),
            ],
            false,
        ),
        (
            pen.pick("投顾（人）", "Advisors").to_string(),
            vec![
                (
                    pen.pick("所需投顾", "Advisors needed").into(),
                    NAVY,
                    series(&|t| Decimal::from(t.advisors_needed)),
                    true,
                ),
                (
                    pen.pick("现有投顾", "Current advisors").into(),
                    SLATE,
                    series(&|t| Decimal::from(t.current_advisors)),
                    false,
                ),
                (pen.pick("需新增投顾", "Hires").into(), AMBER, series(&|t| Decimal::from(t.hires)), false),
            ],
            false,
        ),
        (
            pen.pick("金额（元/年）", "CNY a year").to_string(),
            vec![
                (pen.pick("净收益", "Net").into(), NAVY, series(&|t| t.net), true),
                (pen.pick("增量收入", "Incremental revenue").into(), TEAL, series(&|t| t.incremental_revenue), false),
                (pen.pick("成本", "Cost").into(), AMBER, series(&|t| t.cost), false),
            ],
            true,
        ),
    ];
    let last = specs.len() - 1;
    for (i, ((unit, lines, money), panel)) in specs.iter().zip(panels.iter()).enumerate() {
        let (head, plot) = panel.split_vertically(30);
        let items: Vec<(String, RGBColor, bool)> = lines.iter().map(|(n, c, _, _)| (n.clone(), *c, true)).collect();
        head.draw(&Text::new(unit.clone(), (0, 14), pen.at(pen.bold(14.0, INK), HPos::Left, VPos::Center)))?;
        let (uw, _) = head.estimate_text_size(unit, &pen.bold(14.0, INK))?;
        legend(&head, pen, uw as i32 + 28, 14, &items)?;
        let ys = lines.iter().flat_map(|l| l.2.iter().map(|p| p.1));
        let (ymin, ymax) = ys.fold((0.0f64, 0.0f64), |(a, b), y| (a.min(y), b.max(y)));
        let pad = (ymax - ymin).max(1.0) * 0.12;
        let y0 = if ymin < 0.0 { ymin - pad } else { 0.0 };
        let y1 = ymax + pad;
        let mut chart = ChartBuilder::on(&plot)
            .margin_right(pen.d(16))
            .x_label_area_size(if i == last { pen.d(34) } else { 6 })
            .y_label_area_size(pen.d(92))
            .build_cartesian_2d((lo..hi).log_scale(), y0..y1)?;
        let xfmt = |_: &f64| String::new();
        let yfmt = |y: &f64| if *money { format::money_axis(*y, lang) } else { format::count_axis(*y, lang) };
        house_mesh(&mut chart.configure_mesh(), pen, 13.0)
            .disable_x_mesh()
            .x_labels(2)
            .y_labels(5)
            .x_label_formatter(&xfmt)
            .y_label_formatter(&yfmt)
            .draw()?;
        // Threshold ticks as brokers name them (1万 2万 3万 5万 10万 …), with light grid lines.
        for tick in SWEEP_TICKS.iter().copied().filter(|t| (lo..=hi).contains(t)) {
            chart.draw_series(LineSeries::new(vec![(tick, y0), (tick, y1)], GRID.stroke_width(1)))?;
            if i == last {
                let (px, py) = chart.backend_coord(&(tick, y0));
                let label = format::threshold(Decimal::from(tick as i64), lang);
                root.draw(&Text::new(label, (px, py + 8), pen.at(pen.text(13.0, MUTED), HPos::Center, VPos::Top)))?;
            }
        }
        if y0 < 0.0 {
            chart.draw_series(LineSeries::new(vec![(lo, 0.0), (hi, 0.0)], SLATE.stroke_width(1)))?;
        }
        chart.draw_series(DashedLineSeries::new(vec![(cx, y0), (cx, y1)], 6, 5, MARK.stroke_width(2)))?;
        for (_, colour, pts, main) in lines.iter().rev() {
            chart.draw_series(LineSeries::new(pts.clone(), colour.stroke_width(if *main { 3 } else { 2 })))?;
            chart.draw_series(pts.iter().map(|&p| Circle::new(p, 2, colour.filled())))?;
        }
        if let Some(c) = cur {
            for (_, colour, pts, main) in lines {
                if let Some(&(x, y)) = pts.iter().find(|p| (p.0 - cx).abs() < 1e-9) {
                    chart.draw_series(std::iter::once(Circle::new((x, y), 6, colour.filled())))?;
                    if *main {
                        let (px, py) = chart.backend_coord(&(x, y));
                        let label =
                            if *money { format::money(c.result.totals.net, lang) } else { format::count_axis(y, lang) };
                        let label = if i == 0 { format::count(c.result.totals.eligible) } else { label };
                        root.draw(&Text::new(
                            label,
                            (px + 10, py - 8),
                            pen.at(pen.bold(14.0, *colour), HPos::Left, VPos::Bottom),
                        ))?;
                    }
                }
            }
        }
        if i == 0 {
            let (px, py) = chart.backend_coord(&(cx, y1));
            let label = format!("{} {}", pen.pick("现行门槛", "current threshold"), format::threshold(s.current, lang));
            root.draw(&Text::new(label, (px + 6, py + 4), pen.at(pen.text(13.0, MARK), HPos::Left, VPos::Top)))?;
        }
    }
    Ok(())
}

pub(super) const SWEEP_TICKS: [f64; 13] = [1e4, 2e4, 3e4, 5e4, 1e5, 2e5, 3e5, 5e5, 1e6, 2e6, 3e6, 5e6, 1e7];
