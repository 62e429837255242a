//! Customers reached and incremental revenue by tier, one row per scenario, tiers stacked.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use reach_core::result::ScenarioResult;
use reach_core::scenario::ServiceModel;

use super::draw::{house_mesh, legend, max_or, DrawResult};
use super::short_name;
use super::theme::*;
use crate::format::{self, to_f64};

fn tier_colour(model: ServiceModel, nth_of_model: usize) -> RGBColor {
    let shades: &[RGBColor] = match model {
        ServiceModel::Advisor => &[NAVY, RGBColor(74, 111, 165)],
        ServiceModel::Hybrid => &[TEAL, RGBColor(110, 190, 175)],
        ServiceModel::Digital => &[SKY, RGBColor(186, 225, 240)],
    };
    shades[nth_of_model % shades.len()]
}

/// Tiers across scenarios, in order of first appearance, each with its colour.
fn tier_legend(scenarios: &[(&str, &ScenarioResult)]) -> Vec<(String, ServiceModel, RGBColor)> {
    let mut out: Vec<(String, ServiceModel, RGBColor)> = Vec::new();
    for (_, r) in scenarios {
        for t in &r.tiers {
            if !out.iter().any(|(n, m, _)| n == &t.name && *m == t.model) {
                let nth = out.iter().filter(|(_, m, _)| *m == t.model).count();
                out.push((t.name.clone(), t.model, tier_colour(t.model, nth)));
            }
        }
    }
    out
}

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
    let colours = tier_legend(scenarios);
    let items: Vec<(String, RGBColor, bool)> = colours
        .iter()
        .map(|(n, m, c)| {
            (
                format!(
                    "{n}{}{}{}",
                    pen.pick("（", " ("),
                    crate::assumptions::model_name(*m, lang),
                    pen.pick("）", ")")
                ),
                *c,
                false,
            )
        })
        .collect();
    let top = legend(root, pen, pen.d(28), top, &items)?;
    let body = root.margin(top, pen.ds(16), pen.ds(12), pen.ds(36));
    let (left, right) = body.split_horizontally(body.dim_in_pixel().0 / 2 + 110);
    let n = scenarios.len().max(1) as u32;
    let names: Vec<String> = scenarios.iter().map(|(n, _)| short_name(n, lang)).collect();
    let panels: [(&DrawingArea<DB, Shift>, &str, bool); 2] = [
        (&left, pen.pick("覆盖客户（期望，人）", "Customers reached (expected)"), false),
        (&right, pen.pick("增量收入（元/年）", "Incremental revenue (CNY a year)"), true),
    ];
    for (k, (area, unit, money)) in panels.into_iter().enumerate() {
        let value = |t: &reach_core::result::TierResult| if money { t.incremental_revenue } else { t.served };
        let xmax =
            max_or(scenarios.iter().map(|(_, r)| r.tiers.iter().map(|t| to_f64(value(t))).sum::<f64>()), 1.0) * 1.08;
        let (head, plot) = area.split_vertically(pen.d(26));
        head.draw(&Text::new(
            unit.to_string(),
            (if k == 0 { pen.d(230) } else { pen.d(20) }, pen.d(12)),
            pen.at(pen.bold(14.0, INK), HPos::Left, VPos::Center),
        ))?;
        let mut chart = ChartBuilder::on(&plot)
            .margin_right(pen.d(24))
            .x_label_area_size(pen.d(30))
            .y_label_area_size(if k == 0 { pen.d(220) } else { 10 })
            .build_cartesian_2d(0f64..xmax, (0u32..n.saturating_sub(1)).into_segmented())?;
        let xfmt = |x: &f64| if money { format::money_axis(*x, lang) } else { format::count_axis(*x, lang) };
        let yfmt = |y: &SegmentValue<u32>| match y {
            SegmentValue::CenterOf(i) if k == 0 => {
                (n - 1).checked_sub(*i).and_then(|j| names.get(j as usize)).cloned().unwrap_or_default()
            }
            _ => String::new(),
        };
        house_mesh(&mut chart.configure_mesh(), pen, 13.0)
            .disable_y_mesh()
            .x_labels(5)
            .y_labels(n as usize)
            .x_label_formatter(&xfmt)
            .y_label_formatter(&yfmt)
            .y_label_style(pen.text(14.0, INK))
            .draw()?;
        for (i, (_, r)) in scenarios.iter().enumerate() {
            let row = n - 1 - i as u32;
            let mut x = 0.0;
            for t in &r.tiers {
                let v = to_f64(value(t));
                let colour = colours.iter().find(|(nm, m, _)| nm == &t.name && *m == t.model).map_or(SLATE, |c| c.2);
                let mut bar = Rectangle::new(
                    [(x, SegmentValue::Exact(row)), (x + v, SegmentValue::Exact(row + 1))],
                    colour.filled(),
                );
                bar.set_margin(pen.ds(10), pen.ds(10), 0, 0);
                chart.draw_series(std::iter::once(bar))?;
                let (x0, y0) = chart.backend_coord(&(x, SegmentValue::CenterOf(row)));
                let (x1, _) = chart.backend_coord(&(x + v, SegmentValue::CenterOf(row)));
                let label = if money { format::money(value(t), lang) } else { format::expected(value(t)) };
                pen.tip(
                    chart.backend_coord(&(x, SegmentValue::Exact(row))),
                    chart.backend_coord(&(x + v, SegmentValue::Exact(row + 1))),
                    format!(
                        "{} · {}\n{} {}\n{} {}",
                        names[i],
                        t.name,
                        pen.pick("覆盖客户（期望）", "Customers reached (expected)"),
                        format::expected(t.served),
                        pen.pick("增量收入", "Incremental revenue"),
                        format::money(t.incremental_revenue, lang)
                    ),
                );
                let style = pen.at(
                    pen.text(12.0, if t.model == ServiceModel::Digital { INK } else { WHITE }),
                    HPos::Center,
                    VPos::Center,
                );
                let (tw, _) = root.estimate_text_size(&label, &style)?;
                if (x1 - x0) as u32 > tw + 10 {
                    root.draw(&Text::new(label, ((x0 + x1) / 2, y0), style))?;
                }
                x += v;
            }
            let total = if money {
                format::money(r.totals.incremental_revenue, lang)
            } else {
                format::expected(r.totals.served)
            };
            let (px, py) = chart.backend_coord(&(x, SegmentValue::CenterOf(row)));
            root.draw(&Text::new(total, (px + 6, py), pen.at(pen.bold(13.0, INK), HPos::Left, VPos::Center)))?;
        }
    }
    Ok(())
}
