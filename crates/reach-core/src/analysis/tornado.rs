//! The tornado (docs/spec/MODEL.md section 10): for each of the scenario's ranges, a figure with that field
//! at its low and at its high, everything else at the scenario's values; rows sorted by the
//! swing |high − low|, largest first, ties in the order the ranges are written. Each end is an
//! exact full run: thresholds through the one-pass sweep, other fields finished from one
//! aggregate of the book.

use rust_decimal::Decimal;
use serde::Serialize;

use super::{Aggregate, Figure};
use crate::book::Book;
use crate::scenario::path::FieldPath;
use crate::scenario::{Scenario, ScenarioError};
use crate::sweep::sweep;

/// One bar: the figure with the field at its low and at its high, and |high − low|.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TornadoRow {
    pub field: String,
    #[serde(serialize_with = "super::decimal_string")]
    pub low: Decimal,
    #[serde(serialize_with = "super::decimal_string")]
    pub high: Decimal,
    #[serde(serialize_with = "super::decimal_string")]
    pub swing: Decimal,
}

/// The tornado of `figure` over the scenario's ranges (none: no rows).
pub fn tornado(book: &Book, scenario: &Scenario, figure: Figure) -> Result<Vec<TornadoRow>, ScenarioError> {
    let aggregate = Aggregate::new(book, scenario)?;
    let base = aggregate.scenario();
    let mut rows = Vec::with_capacity(scenario.ranges.len());
    for range in &scenario.ranges {
        let path = FieldPath::parse(base, &range.path)?;
        let (low, high) = match path.threshold_of() {
            Some(t) => {
                let points = sweep(book, base, &base.tiers[t].name, &[range.low, range.high])?;
                (figure.of(&points[0].result.totals), figure.of(&points[1].result.totals))
            }
            None => {
                let at = |v: Decimal| -> Result<Decimal, ScenarioError> {
                    Ok(figure.of(&aggregate.result(&path.apply(base, v)?)?.totals))
                };
                (at(range.low)?, at(range.high)?)
            }
        };
        rows.push(TornadoRow { field: range.path.clone(), low, high, swing: (high - low).abs() });
    }
    rows.sort_by_key(|r| std::cmp::Reverse(r.swing));
    Ok(rows)
}
