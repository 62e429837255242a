//! Every rule a scenario must satisfy (MODEL.md sections 3 and 10); the first broken rule is
//! returned as a `ScenarioError` naming the field (`tiers[2].coverage`, `ranges."hq_share"`)
//! and what is wrong.

use std::collections::BTreeSet;

use rust_decimal::Decimal;

use super::path::FieldPath;
use super::{Scenario, ScenarioError, ServiceModel};

impl Scenario {
    /// Checks every rule: the values (section 3), then the ranges (section 10).
    pub fn validate(&self) -> Result<(), ScenarioError> {
        self.validate_values()?;
        self.validate_ranges()
    }

    /// Checks the rules of MODEL.md section 3 on the scenario's values, its ranges aside.
    pub fn validate_values(&self) -> Result<(), ScenarioError> {
        if self.name.trim().is_empty() {
            return Err(ScenarioError::new("name", "must not be empty"));
        }
        non_negative("advisor_cost", self.advisor_cost)?;
        unit_interval("hq_share", self.hq_share)?;
        let mut names = BTreeSet::new();
        for (i, t) in self.tiers.iter().enumerate() {
            let f = |field: &str| format!("tiers[{i}].{field}");
            if t.name.trim().is_empty() {
                return Err(ScenarioError::new(f("name"), "must not be empty"));
            }
            if !names.insert(t.name.as_str()) {
                return Err(ScenarioError::new(
                    f("name"),
                    format!("`{}` is used by an earlier tier; tier names must be unique", t.name),
                ));
            }
            non_negative(&f("min_assets"), t.min_assets)?;
            match (t.model.needs_advisors(), t.clients_per_advisor) {
                (true, None) => {
                    return Err(ScenarioError::new(
                        f("clients_per_advisor"),
                        format!(
                            "is required for a{} {} tier",
                            if t.model == ServiceModel::Advisor { "n" } else { "" },
                            t.model.as_str()
                        ),
                    ))
                }
                (_, Some(c)) if c <= Decimal::ZERO => {
                    return Err(ScenarioError::new(
                        f("clients_per_advisor"),
                        format!("must be greater than 0 (got {c})"),
                    ))
                }
                _ => {}
            }
            unit_interval(&f("coverage"), t.coverage)?;
            non_negative(&f("uplift"), t.uplift)?;
            unit_interval(&f("activation"), t.activation)?;
            non_negative(&f("cost_per_client"), t.cost_per_client)?;
            if let (Some(lo), Some(hi)) = (t.min_age, t.max_age) {
                if lo > hi {
                    return Err(ScenarioError::new(
                        f("max_age"),
                        format!("{hi} is below min_age {lo}: the tier would match no one"),
                    ));
                }
            }
            if t.risk_profiles.as_ref().is_some_and(BTreeSet::is_empty) {
                return Err(ScenarioError::new(
                    f("risk_profiles"),
                    "must list at least one of C1..C5 (leave it out to allow all)",
                ));
            }
            if t.channels.as_ref().is_some_and(BTreeSet::is_empty) {
                return Err(ScenarioError::new(
                    f("channels"),
                    "must list online and/or offline (leave it out to allow both)",
                ));
            }
        }
        Ok(())
    }

    /// Each range names a field that can be varied, once; low <= high; the scenario's value
    /// lies within; and both ends are valid values of the field by the same rules as the
    /// value itself, so no analysis can take the engine outside the valid inputs.
    fn validate_ranges(&self) -> Result<(), ScenarioError> {
        let mut seen = BTreeSet::new();
        for r in &self.ranges {
            let field = format!("ranges.{}", super::toml::key(&r.path));
            let bad = |message: String| ScenarioError::new(&field, message);
            if !seen.insert(r.path.as_str()) {
                return Err(bad("is given twice".into()));
            }
            let path = FieldPath::parse(self, &r.path).map_err(|e| bad(e.message))?;
            if r.low > r.high {
                return Err(bad(format!("low {} is above high {}", r.low, r.high)));
            }
            let value = path.get(self).map_err(|e| bad(e.message))?;
            if value < r.low || value > r.high {
                return Err(bad(format!("the scenario's value {value} is outside [{}, {}]", r.low, r.high)));
            }
            for (end, v) in [("low", r.low), ("high", r.high)] {
                path.apply(self, v).map_err(|e| bad(format!("{end}: {}", e.message)))?;
            }
        }
        Ok(())
    }
}

fn non_negative(field: &str, v: Decimal) -> Result<(), ScenarioError> {
    if v < Decimal::ZERO {
        return Err(ScenarioError::new(field, format!("must not be negative (got {v})")));
    }
    Ok(())
}

fn unit_interval(field: &str, v: Decimal) -> Result<(), ScenarioError> {
    if v < Decimal::ZERO || v > Decimal::ONE {
        return Err(ScenarioError::new(field, format!("must be between 0 and 1 (got {v})")));
    }
    Ok(())
}
