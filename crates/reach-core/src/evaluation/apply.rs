//! Applying a pilot's estimate to a scenario tier (MODEL section 11): the tier field named
//! like the estimate takes the estimate rounded to 4 places, and the scenario records where it
//! came from (`[[provenance]]`: pilot, estimate, interval, date, flagged). A flagged estimate
//! is applied only when confirmed; an estimate that could not be computed never is. A
//! `[ranges]` entry of the field is widened to take in the estimate, if needed. Pure: the
//! warehouse loads the pilot and saves the result.

use super::{rounded_for_scenario, Estimate, EstimateKind, Evaluation};
use crate::scenario::path::FieldPath;
use crate::scenario::{Provenance, Scenario, ScenarioError};

/// What to apply, and to what.
#[derive(Debug, Clone)]
pub struct ApplyRequest<'a> {
    /// The pilot's name, recorded in the provenance.
    pub pilot: &'a str,
    pub kind: EstimateKind,
    /// The tier (by name) whose field takes the estimate.
    pub tier: &'a str,
    /// The new scenario's name.
    pub new_name: &'a str,
    /// Apply a flagged estimate anyway.
    pub confirm: bool,
}

/// Why an estimate was not applied.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ApplyRefusal {
    /// The pilot has no such estimate (wealth share without placed_after).
    #[error("pilot `{pilot}` has no {kind} estimate: its outcome file has no placed_after column")]
    Missing { pilot: String, kind: &'static str },
    /// The estimate could not be computed.
    #[error("pilot `{pilot}`'s {kind} could not be estimated: {reasons}")]
    NoEstimate { pilot: String, kind: &'static str, reasons: String },
    /// The estimate is flagged and the person has not confirmed.
    #[error("pilot `{pilot}`'s {kind} estimate is flagged ({reasons}); confirm to apply it anyway")]
    Flagged { pilot: String, kind: &'static str, reasons: String, codes: Vec<&'static str> },
    /// The tier or the value is not valid in the scenario (names the field).
    #[error(transparent)]
    Invalid(#[from] ScenarioError),
}

/// The scenario with the estimate applied, and the provenance recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct Applied {
    pub scenario: Scenario,
    pub provenance: Provenance,
}

/// A copy of `base` named `req.new_name` whose tier `req.tier` has the estimate of
/// `req.kind` from `evaluation`, rounded to 4 places, with its provenance dated `applied`
/// (`YYYY-MM-DD`; replacing an earlier provenance of the same field). The result is validated like any scenario.
pub fn apply_estimate(
    base: &Scenario,
    evaluation: &Evaluation,
    req: &ApplyRequest<'_>,
    applied: &str,
) -> Result<Applied, ApplyRefusal> {
    let kind = req.kind.as_str();
    let estimate =
        evaluation.get(req.kind).ok_or_else(|| ApplyRefusal::Missing { pilot: req.pilot.to_string(), kind })?;
    let reasons = |e: &Estimate| e.flags.iter().map(|f| f.reason.as_str()).collect::<Vec<_>>().join("; ");
    let value = match estimate.estimate.and_then(rounded_for_scenario) {
        Some(v) => v,
        None => {
            return Err(ApplyRefusal::NoEstimate { pilot: req.pilot.to_string(), kind, reasons: reasons(estimate) })
        }
    };
    if estimate.flagged && !req.confirm {
        return Err(ApplyRefusal::Flagged {
            pilot: req.pilot.to_string(),
            kind,
            reasons: reasons(estimate),
            codes: estimate.flags.iter().map(|f| f.code).collect(),
        });
    }
    let bound = |b: Option<f64>| b.and_then(rounded_for_scenario).unwrap_or(value);
    let provenance = Provenance {
        field: format!("tiers.{}.{kind}", req.tier.trim()),
        pilot: req.pilot.trim().to_string(),
        estimate: value,
        low: bound(estimate.low).min(value),
        high: bound(estimate.high).max(value),
        applied: applied.to_string(),
        flagged: estimate.flagged,
    };
    let mut scenario = base.clone();
    scenario.name = req.new_name.trim().to_string();
    let path = FieldPath::parse(&scenario, &provenance.field)?;
    path.set(&mut scenario, value)?;
    for range in scenario.ranges.iter_mut().filter(|r| r.path == provenance.field) {
        range.low = range.low.min(value);
        range.high = range.high.max(value);
    }
    scenario.provenance.retain(|p| p.field != provenance.field);
    scenario.provenance.push(provenance.clone());
    scenario.validate().map_err(|e| {
        if e.field.starts_with("tiers[") && e.field.ends_with(kind) {
            ScenarioError::new(&provenance.field, format!("the estimate {value} cannot be applied: {}", e.message))
        } else {
            e
        }
    })?;
    Ok(Applied { scenario, provenance })
}
