//! Every rule a scenario must satisfy (MODEL.md section 3); the first broken rule is
//! returned as a `ScenarioError` naming the field (`tiers[2].coverage`) and what is wrong.

use std::collections::BTreeSet;

use rust_decimal::Decimal;

use super::{Scenario, ScenarioError, ServiceModel};

impl Scenario {
    /// Checks every rule of MODEL.md section 3; the first broken rule is returned.
    pub fn validate(&self) -> Result<(), ScenarioError> {
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
