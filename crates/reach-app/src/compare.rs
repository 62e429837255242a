//! Scenarios side by side: the headline metrics of each with exact deltas against the base
//! (the first), and each branch's gain or loss (`reach_core::compare`), as the compare view.

use reach_core::compare::{branch_shifts, compare_totals, MetricKind};
use reach_core::ScenarioResult;

use crate::convert::{self, dec2};
use crate::dto::{CompareRow, Comparison, ShiftSet};

/// The comparison of `results`, the first the base. Needs at least one result.
pub fn comparison(results: &[ScenarioResult]) -> Comparison {
    let rows = compare_totals(results)
        .into_iter()
        .map(|r| CompareRow {
            key: r.metric.key.to_string(),
            zh: r.metric.zh.to_string(),
            en: r.metric.en.to_string(),
            kind: match r.metric.kind {
                MetricKind::Count => "count",
                MetricKind::Expected => "expected",
                MetricKind::Money => "money",
            }
            .to_string(),
            more_is_better: r.metric.more_is_better,
            values: r.values.into_iter().map(dec2).collect(),
            deltas: r.deltas.into_iter().map(dec2).collect(),
        })
        .collect();
    let shifts = results
        .iter()
        .skip(1)
        .map(|other| ShiftSet {
            name: other.scenario.clone(),
            branches: branch_shifts(&results[0], other).iter().map(convert::shift_view).collect(),
        })
        .collect();
    Comparison { names: results.iter().map(|r| r.scenario.clone()).collect(), rows, shifts }
}
