//! The app's charts: SVG from reach-report's chart functions (plotters, with the bundled CJK
//! font) — the same drawing code as the reports, so a chart on screen is the chart in a deck.
//! A chart that cannot be drawn becomes a short note in its place rather than failing the
//! whole answer. Any chart can also be written to a PNG or SVG file (`write_chart`).

use reach_core::book::BookStats;
use reach_core::{Scenario, ScenarioResult};
use reach_report::charts::{self as rc, Chart};
use reach_report::SweepInput;

use std::path::{Path, PathBuf};

use crate::dto::{ChartSize, ChartsView, Lang};
use crate::error::{AppError, AppResult};
use crate::file_names::{has_extension, with_extension};

fn svg(chart: Chart<'_>, lang: Lang) -> String {
    let (width, height) = chart.size();
    svg_at(chart, lang, width, height)
}

/// A workbench chart as SVG drawn at `width`×`height` (at least 480×280; text never below
/// 11 px), or a short note in its place.
fn svg_at(chart: Chart<'_>, lang: Lang, width: u32, height: u32) -> String {
    chart.svg_at(lang, rc::Size::new(width, height)).unwrap_or_else(|e| {
        let text = e.to_string().replace('&', "&amp;").replace('<', "&lt;");
        format!("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 600 60\" data-chart-error=\"1\"><text x=\"10\" y=\"35\">{text}</text></svg>")
    })
}

/// The workbench's charts: the sweep of the current scenario; tiers and credit for the base
/// (when given) and the current scenario side by side; the branches' load. Only the one named
/// by `only` (a tab's key; any other key: none) when given — the others stay empty, so a
/// moving slider neither draws nor sends what is not on screen. Drawn at `size` (the box on
/// screen) when given, else at each chart's natural size.
pub fn workbench(
    scenario: &Scenario,
    result: &ScenarioResult,
    sweep: Option<&SweepInput>,
    base: Option<&ScenarioResult>,
    lang: Lang,
    only: Option<&str>,
    size: Option<ChartSize>,
) -> ChartsView {
    let wanted = |kind: WorkbenchChart| only.is_none_or(|key| WorkbenchChart::parse(key) == Some(kind));
    let draw = |kind: WorkbenchChart| {
        if !wanted(kind) {
            return String::new();
        }
        workbench_chart(kind, scenario, result, sweep, base)
            .map(|c| match size {
                Some(s) => svg_at(c, lang, s.width, s.height),
                None => svg(c, lang),
            })
            .unwrap_or_default()
    };
    ChartsView {
        sweep: draw(WorkbenchChart::Sweep),
        tiers: draw(WorkbenchChart::Tiers),
        branches: draw(WorkbenchChart::Branches),
        credit: draw(WorkbenchChart::Credit),
    }
}

/// The charts of the workbench's tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkbenchChart {
    Sweep,
    Tiers,
    Branches,
    Credit,
}

impl WorkbenchChart {
    /// By the tab's key (`sweep`, `tiers`, `branches`, `credit`).
    pub fn parse(key: &str) -> Option<WorkbenchChart> {
        Some(match key {
            "sweep" => Self::Sweep,
            "tiers" => Self::Tiers,
            "branches" => Self::Branches,
            "credit" => Self::Credit,
            _ => return None,
        })
    }
}

/// One chart of the workbench; `None` for the sweep when there is nothing to sweep.
pub fn workbench_chart<'a>(
    kind: WorkbenchChart,
    scenario: &'a Scenario,
    result: &'a ScenarioResult,
    sweep: Option<&'a SweepInput>,
    base: Option<&'a ScenarioResult>,
) -> Option<Chart<'a>> {
    let name = scenario.name.as_str();
    let mut side_by_side: Vec<(&str, &ScenarioResult)> = Vec::new();
    if let Some(b) = base.filter(|b| b.scenario != result.scenario) {
        side_by_side.push((b.scenario.as_str(), b));
    }
    side_by_side.push((name, result));
    Some(match kind {
        WorkbenchChart::Sweep => rc::sweep(sweep?, name),
        WorkbenchChart::Tiers => rc::tiers(side_by_side),
        WorkbenchChart::Branches => rc::load(name, result, rc::branch_capacity(scenario)),
        WorkbenchChart::Credit => rc::credit(side_by_side),
    })
}

/// The book's band distribution.
pub fn bands(label: &str, stats: &BookStats, lang: Lang) -> String {
    svg(rc::bands(label, stats), lang)
}

/// Writes `chart` to `path` as PNG or SVG by its extension (`.png` added when it has
/// no extension) — the same drawing as on screen and in the reports, with the bundled CJK face.
/// Returns the path written.
pub fn write_chart(chart: &Chart<'_>, path: &Path, lang: Lang) -> AppResult<PathBuf> {
    let path = with_extension(path, "png");
    let bytes = if has_extension(&path, "svg") {
        chart.svg(lang).map(String::into_bytes)
    } else if has_extension(&path, "png") {
        chart.png(lang)
    } else {
        return Err(AppError::new(
            "invalid_input",
            format!("{}: choose a name ending in .png or .svg", path.display()),
        ));
    }
    .map_err(|e| AppError::new("chart", e.to_string()))?;
    reach_report::write_atomically(&path, &bytes)
        .map_err(|e| AppError::new("io", format!("{}: {e}", path.display())))?;
    Ok(path)
}
