//! The figure an analysis looks at: any field of a result's totals, by its JSON key (`net`,
//! `hires`, `served`, …), taken from the one list of headline metrics (`compare::METRICS`),
//! with the rounding the result gives it (whole for counts, two places otherwise).

use rust_decimal::{Decimal, RoundingStrategy};

use crate::compare::{Metric, MetricKind, METRICS};
use crate::result::Totals;
use crate::scenario::ScenarioError;

/// One totals figure.
#[derive(Debug, Clone, Copy)]
pub struct Figure(&'static Metric);

impl Figure {
    /// The figure named `key`; an unknown name is refused listing the valid ones.
    pub fn parse(key: &str) -> Result<Figure, ScenarioError> {
        METRICS.iter().find(|m| m.key == key).map(Figure).ok_or_else(|| {
            let names: Vec<&str> = METRICS.iter().map(|m| m.key).collect();
            ScenarioError::new("figure", format!("`{key}` is not a totals figure (one of: {})", names.join(", ")))
        })
    }

    pub fn key(&self) -> &'static str {
        self.0.key
    }

    pub fn metric(&self) -> &'static Metric {
        self.0
    }

    /// The figure's value in `totals`, exactly as the result reports it.
    pub fn of(&self, totals: &Totals) -> Decimal {
        totals.value(self.0.key).expect("every metric is a field of the totals")
    }

    /// `v` rounded as the result rounds this figure: half to even, whole for counts, two
    /// places (scale fixed at 2) for money and expected counts.
    pub fn round(&self, v: Decimal) -> Decimal {
        match self.0.kind {
            MetricKind::Count => {
                let mut r = v.round_dp_with_strategy(0, RoundingStrategy::MidpointNearestEven);
                r.rescale(0);
                r
            }
            MetricKind::Expected | MetricKind::Money => crate::money::round2(v),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn every_metric_is_a_figure_and_unknown_names_are_listed() {
        for m in METRICS.iter() {
            assert_eq!(Figure::parse(m.key).unwrap().key(), m.key);
        }
        let e = Figure::parse("profit").unwrap_err();
        assert_eq!(e.field, "figure");
        assert!(e.message.contains("net") && e.message.contains("hires"), "{e}");
    }

    #[test]
    fn rounds_like_the_result() {
        let d = |s| Decimal::from_str(s).unwrap();
        assert_eq!(Figure::parse("hires").unwrap().round(d("12.5")).to_string(), "12");
        assert_eq!(Figure::parse("hires").unwrap().round(d("13.5")).to_string(), "14");
        assert_eq!(Figure::parse("net").unwrap().round(d("0.125")).to_string(), "0.12");
        assert_eq!(Figure::parse("served").unwrap().round(d("7")).to_string(), "7.00");
    }
}
