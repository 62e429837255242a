//! The app's charts: SVG from reach-report's chart functions (plotters, with the bundled CJK
//! font) — the same drawing code as the reports, so a chart on screen is the chart in a deck.
//! A chart that cannot be drawn becomes a short note in its place rather than failing the
//! whole answer.

use reach_core::book::BookStats;
use reach_core::{Scenario, ScenarioResult};
use reach_report::charts::{self as rc, Chart};
use reach_report::SweepInput;

use crate::dto::{ChartsView, Lang};

fn svg(chart: Chart<'_>, lang: Lang) -> String {
    let (width, height) = chart.size();
    svg_at(chart, lang, width, height)
}

/// Any of reach-report's charts (`reach_report::charts::revenue`, `acquisition`, `assessment`,
/// `assessment_rules`, `tornado`, `montecarlo`, …) as SVG drawn at the size of its box
/// (at least 480×280; text never below 11 px), or a short note in its place.
pub fn svg_at(chart: Chart<'_>, lang: Lang, width: u32, height: u32) -> String {
    chart.svg_at(lang, rc::Size::new(width, height)).unwrap_or_else(|e| {
        let text = e.to_string().replace('&', "&amp;").replace('<', "&lt;");
        format!("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 600 60\" data-chart-error=\"1\"><text x=\"10\" y=\"35\">{text}</text></svg>")
    })
}

/// The workbench's charts: the sweep of the current scenario; tiers and credit for the base
/// (when given) and the current scenario side by side; the branches' load.
pub fn workbench(
    scenario: &Scenario,
    result: &ScenarioResult,
    sweep: Option<&SweepInput>,
    base: Option<&ScenarioResult>,
    lang: Lang,
) -> ChartsView {
    let name = scenario.name.as_str();
    let mut side_by_side: Vec<(&str, &ScenarioResult)> = Vec::new();
    if let Some(b) = base.filter(|b| b.scenario != result.scenario) {
        side_by_side.push((b.scenario.as_str(), b));
    }
    side_by_side.push((name, result));
    ChartsView {
        sweep: sweep.map(|s| svg(rc::sweep(s, name), lang)).unwrap_or_default(),
        tiers: svg(rc::tiers(side_by_side.clone()), lang),
        branches: svg(rc::load(name, result, rc::branch_capacity(scenario)), lang),
        credit: svg(rc::credit(side_by_side), lang),
    }
}

/// The book's band distribution.
pub fn bands(label: &str, stats: &BookStats, lang: Lang) -> String {
    svg(rc::bands(label, stats), lang)
}
