//! A small report input for the tests: a seeded demo book and the three scenarios of the story.
#![allow(dead_code)]

use reach_core::demo::{generate_book, DemoParams, DEMO_LABEL};
use reach_core::Scenario;
use reach_report::{AnalysisSettings, BookDescription, ReportInput, ReportScenario};

pub const SCENARIOS: [(&str, &str); 4] = [
    ("scenarios/500k.toml", include_str!("../../../../scenarios/500k.toml")),
    ("scenarios/100k.toml", include_str!("../../../../scenarios/100k.toml")),
    ("scenarios/30k.toml", include_str!("../../../../scenarios/30k.toml")),
    ("scenarios/assessment-split.toml", include_str!("../../../../scenarios/assessment-split.toml")),
];

/// The analyses' settings of the tests: few draws, a fixed seed.
pub const ANALYSES: AnalysisSettings = AnalysisSettings { draws: 200, seed: 7 };

pub fn input(customers: usize) -> ReportInput {
    let book = generate_book(&DemoParams { customers, seed: 1 });
    let scenarios = SCENARIOS
        .iter()
        .map(|(name, text)| {
            ReportScenario::compute(&book, Scenario::from_toml(text).unwrap(), *name, text, Some(ANALYSES)).unwrap()
        })
        .collect();
    ReportInput {
        book: BookDescription::of(&book, DEMO_LABEL, true, "demo (seed 1)", "2025-01-02T03:04:05Z"),
        scenarios,
        reach_version: "0.1.0-test".into(),
        generated_at: "2025-01-02T03:05:00Z".into(),
    }
}
