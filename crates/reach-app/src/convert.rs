//! Between the crates' types and the IPC types: the exact deltas and shifts the views show, and
//! money as two-decimal text. (A workbench `ScenarioInput` becomes a `Scenario` in reach-core's
//! `scenario::form`.)

use std::collections::BTreeMap;

use reach_core::compare::{BranchShift, MetricKind, METRICS};
use reach_core::money::round2;
use reach_core::result::Totals;
use rust_decimal::Decimal;

use crate::dto::*;

/// Two decimals, half to even (the model's only rounding), as a string.
pub fn dec2(v: Decimal) -> String {
    round2(v).to_string()
}

/// Each headline metric's change from `base` to `current`, exact: money and expected counts
/// with two decimals, whole counts as integers.
pub fn deltas(current: &Totals, base: &Totals) -> BTreeMap<String, String> {
    METRICS
        .iter()
        .map(|m| {
            let d = current.value(m.key).unwrap_or_default() - base.value(m.key).unwrap_or_default();
            let text = match m.kind {
                MetricKind::Count => d.trunc().to_string(),
                MetricKind::Expected | MetricKind::Money => dec2(d),
            };
            (m.key.to_owned(), text)
        })
        .collect()
}

pub fn shift_view(s: &BranchShift) -> ShiftView {
    ShiftView {
        branch: s.branch.clone(),
        eligible_delta: s.eligible_delta,
        advisors_needed_delta: s.advisors_needed_delta,
        hires_delta: s.hires_delta,
        credited_revenue_delta: dec2(s.credited_revenue_delta),
    }
}
