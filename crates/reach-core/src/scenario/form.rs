//! The form of a scenario as a person fills it in (the desktop app's workbench): every field as
//! typed, so that a field that is not even a number is refused by name like any other invalid
//! field. [`scenario_from_input`] reads it with the TOML reader's exact decimal parser and then
//! [`Scenario::validate`] has the last word; [`input_from_scenario`] fills the form from a
//! scenario (a preset, a saved one). Empty strings mean "not set" for the optional fields.

use std::collections::BTreeSet;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::toml::parse_decimal;
use super::{
    Acquisition, CreditRule, FieldRange, Owner, Provenance, Scenario, ScenarioError, ServiceModel, Tier, MAX_ACCOUNTS,
};
use crate::book::{Channel, RiskProfile};

/// One tier as edited on the workbench. Empty strings mean "not set" for the optional fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TierInput {
    pub name: String,
    /// CNY.
    pub min_assets: String,
    pub model: ServiceModel,
    pub owner: Owner,
    /// Required for advisor and hybrid tiers; "" when unset.
    pub clients_per_advisor: String,
    /// 0..=1.
    pub coverage: String,
    pub uplift: String,
    pub activation: String,
    /// CNY per reached customer per year.
    pub cost_per_client: String,
    /// "" when unset.
    pub min_age: String,
    pub max_age: String,
    /// `null`: every class; otherwise the classes allowed (an empty list is refused).
    pub risk_profiles: Option<Vec<String>>,
    /// `null`: both channels.
    pub channels: Option<Vec<String>>,
    pub include_dormant: bool,
    /// docs/spec/MODEL.md section 7; "" means 0.
    #[serde(default)]
    pub asset_growth: String,
    #[serde(default)]
    pub wealth_share: String,
    #[serde(default)]
    pub wealth_fee: String,
}

/// One acquisition funnel as edited on the workbench (docs/spec/MODEL.md section 8).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AcquisitionInput {
    /// `online` or `offline`.
    pub channel: String,
    pub accounts: String,
    pub funded_rate: String,
    pub cost_per_account: String,
    pub assets_per_funded: String,
    pub revenue_per_funded: String,
    pub owner: Owner,
}

/// A scenario as edited on the workbench.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ScenarioInput {
    pub name: String,
    pub advisor_cost: String,
    pub hq_share: String,
    pub hq_advisors: String,
    pub tiers: Vec<TierInput>,
    /// docs/spec/MODEL.md sections 7 and 9; "" means the default (0, 0, `split`).
    #[serde(default)]
    pub asset_yield: String,
    #[serde(default)]
    pub base_transfer: String,
    #[serde(default)]
    pub credit_rule: String,
    #[serde(default)]
    pub acquisition: Vec<AcquisitionInput>,
    /// The `[ranges]` of the analyses (docs/spec/MODEL.md section 10), carried as written so that editing
    /// a scenario on the workbench keeps them.
    #[serde(default)]
    pub ranges: Vec<RangeInput>,
    /// Pilot estimates applied to the scenario (docs/spec/MODEL.md section 11), carried unchanged.
    #[serde(default)]
    pub provenance: Vec<ProvenanceInput>,
}

/// One `[ranges]` entry: a field path and its low and high, as exact decimal text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RangeInput {
    pub path: String,
    pub low: String,
    pub high: String,
}

/// One applied pilot estimate: where a field's value came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProvenanceInput {
    pub field: String,
    pub pilot: String,
    pub estimate: String,
    pub low: String,
    pub high: String,
    pub applied: String,
    pub flagged: bool,
}

/// A decimal as the person typed it, read by the TOML reader's exact parser: spaces and
/// thousands separators (`,` `，`) are ignored, `_` and exponents are read as in a file.
pub fn decimal(field: &str, text: &str) -> Result<Decimal, ScenarioError> {
    let t: String = text.chars().filter(|c| !matches!(c, ' ' | ',' | '，')).collect();
    if t.is_empty() {
        return Err(ScenarioError::new(field, "is required"));
    }
    parse_decimal(&t).map_err(|e| ScenarioError::new(field, e))
}

fn optional_decimal(field: &str, text: &str) -> Result<Option<Decimal>, ScenarioError> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        decimal(field, text).map(Some)
    }
}

fn whole<T: TryFrom<u64>>(field: &str, text: &str, max: u64) -> Result<Option<T>, ScenarioError> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let v: u64 = t
        .parse()
        .map_err(|_| ScenarioError::new(field, format!("must be a whole number from 0 to {max} (got {t})")))?;
    if v > max {
        return Err(ScenarioError::new(field, format!("must be a whole number from 0 to {max} (got {t})")));
    }
    Ok(T::try_from(v).ok())
}

fn set<T: FromStr<Err = String> + Ord>(
    field: &str,
    items: &Option<Vec<String>>,
) -> Result<Option<BTreeSet<T>>, ScenarioError> {
    let Some(items) = items else { return Ok(None) };
    let mut out = BTreeSet::new();
    for (j, s) in items.iter().enumerate() {
        out.insert(s.parse().map_err(|e| ScenarioError::new(format!("{field}[{j}]"), e))?);
    }
    Ok(Some(out))
}

/// The scenario the input describes, validated by the engine's rules.
pub fn scenario_from_input(input: &ScenarioInput) -> Result<Scenario, ScenarioError> {
    let mut tiers = Vec::with_capacity(input.tiers.len());
    for (i, t) in input.tiers.iter().enumerate() {
        let f = |name: &str| format!("tiers[{i}].{name}");
        let model = t.model;
        let cpa = optional_decimal(&f("clients_per_advisor"), &t.clients_per_advisor)?;
        tiers.push(Tier {
            name: t.name.trim().to_string(),
            min_assets: decimal(&f("min_assets"), &t.min_assets)?,
            model,
            owner: t.owner,
            // A digital tier has no advisors: a capacity left in its field is not an error.
            clients_per_advisor: if model.needs_advisors() { cpa } else { None },
            coverage: decimal(&f("coverage"), &t.coverage)?,
            uplift: decimal(&f("uplift"), &t.uplift)?,
            activation: decimal(&f("activation"), &t.activation)?,
            cost_per_client: optional_decimal(&f("cost_per_client"), &t.cost_per_client)?.unwrap_or(Decimal::ZERO),
            min_age: whole(&f("min_age"), &t.min_age, 255)?,
            max_age: whole(&f("max_age"), &t.max_age, 255)?,
            risk_profiles: set::<RiskProfile>(&f("risk_profiles"), &t.risk_profiles)?,
            channels: set::<Channel>(&f("channels"), &t.channels)?,
            include_dormant: t.include_dormant,
            asset_growth: optional_decimal(&f("asset_growth"), &t.asset_growth)?.unwrap_or(Decimal::ZERO),
            wealth_share: optional_decimal(&f("wealth_share"), &t.wealth_share)?.unwrap_or(Decimal::ZERO),
            wealth_fee: optional_decimal(&f("wealth_fee"), &t.wealth_fee)?.unwrap_or(Decimal::ZERO),
        });
    }
    let mut acquisition = Vec::with_capacity(input.acquisition.len());
    for (i, a) in input.acquisition.iter().enumerate() {
        let f = |name: &str| format!("acquisition[{i}].{name}");
        acquisition.push(Acquisition {
            channel: a.channel.trim().parse().map_err(|e| ScenarioError::new(f("channel"), e))?,
            accounts: whole(&f("accounts"), &a.accounts, MAX_ACCOUNTS)?.unwrap_or(0),
            funded_rate: decimal(&f("funded_rate"), &a.funded_rate)?,
            cost_per_account: decimal(&f("cost_per_account"), &a.cost_per_account)?,
            assets_per_funded: optional_decimal(&f("assets_per_funded"), &a.assets_per_funded)?
                .unwrap_or(Decimal::ZERO),
            revenue_per_funded: decimal(&f("revenue_per_funded"), &a.revenue_per_funded)?,
            owner: a.owner,
        });
    }
    let mut ranges = Vec::with_capacity(input.ranges.len());
    for r in &input.ranges {
        let f = |end: &str| format!("ranges.\"{}\".{end}", r.path);
        ranges.push(FieldRange {
            path: r.path.clone(),
            low: decimal(&f("low"), &r.low)?,
            high: decimal(&f("high"), &r.high)?,
        });
    }
    let mut provenance = Vec::with_capacity(input.provenance.len());
    for (i, p) in input.provenance.iter().enumerate() {
        let f = |name: &str| format!("provenance[{i}].{name}");
        provenance.push(Provenance {
            field: p.field.clone(),
            pilot: p.pilot.clone(),
            estimate: decimal(&f("estimate"), &p.estimate)?,
            low: decimal(&f("low"), &p.low)?,
            high: decimal(&f("high"), &p.high)?,
            applied: p.applied.clone(),
            flagged: p.flagged,
        });
    }
    let credit_rule = match input.credit_rule.trim() {
        "" => CreditRule::default(),
        rule => rule.parse().map_err(|e| ScenarioError::new("credit_rule", e))?,
    };
    let scenario = Scenario {
        asset_yield: optional_decimal("asset_yield", &input.asset_yield)?.unwrap_or(Decimal::ZERO),
        base_transfer: optional_decimal("base_transfer", &input.base_transfer)?.unwrap_or(Decimal::ZERO),
        credit_rule,
        acquisition,
        ranges,
        provenance,
        hq_share: optional_decimal("hq_share", &input.hq_share)?.unwrap_or(Decimal::ZERO),
        hq_advisors: whole("hq_advisors", &input.hq_advisors, u64::from(u32::MAX))?.unwrap_or(0),
        tiers,
        ..Scenario::new(input.name.trim(), decimal("advisor_cost", &input.advisor_cost)?)
    };
    scenario.validate()?;
    Ok(scenario)
}

/// The input form of a scenario (what a preset or a saved scenario fills the workbench with).
pub fn input_from_scenario(s: &Scenario) -> ScenarioInput {
    let opt = |v: Option<u8>| v.map(|v| v.to_string()).unwrap_or_default();
    ScenarioInput {
        name: s.name.clone(),
        advisor_cost: s.advisor_cost.normalize().to_string(),
        hq_share: s.hq_share.normalize().to_string(),
        hq_advisors: s.hq_advisors.to_string(),
        tiers: s
            .tiers
            .iter()
            .map(|t| TierInput {
                name: t.name.clone(),
                min_assets: t.min_assets.normalize().to_string(),
                model: t.model,
                owner: t.owner,
                clients_per_advisor: t.clients_per_advisor.map(|c| c.normalize().to_string()).unwrap_or_default(),
                coverage: t.coverage.normalize().to_string(),
                uplift: t.uplift.normalize().to_string(),
                activation: t.activation.normalize().to_string(),
                cost_per_client: t.cost_per_client.normalize().to_string(),
                min_age: opt(t.min_age),
                max_age: opt(t.max_age),
                risk_profiles: t.risk_profiles.as_ref().map(|s| s.iter().map(|r| r.to_string()).collect()),
                channels: t.channels.as_ref().map(|s| s.iter().map(|c| c.to_string()).collect()),
                include_dormant: t.include_dormant,
                asset_growth: t.asset_growth.normalize().to_string(),
                wealth_share: t.wealth_share.normalize().to_string(),
                wealth_fee: t.wealth_fee.normalize().to_string(),
            })
            .collect(),
        asset_yield: s.asset_yield.normalize().to_string(),
        base_transfer: s.base_transfer.normalize().to_string(),
        credit_rule: s.credit_rule.as_str().to_string(),
        acquisition: s
            .acquisition
            .iter()
            .map(|a| AcquisitionInput {
                channel: a.channel.to_string(),
                accounts: a.accounts.to_string(),
                funded_rate: a.funded_rate.normalize().to_string(),
                cost_per_account: a.cost_per_account.normalize().to_string(),
                assets_per_funded: a.assets_per_funded.normalize().to_string(),
                revenue_per_funded: a.revenue_per_funded.normalize().to_string(),
                owner: a.owner,
            })
            .collect(),
        ranges: s
            .ranges
            .iter()
            .map(|r| RangeInput {
                path: r.path.clone(),
                low: r.low.normalize().to_string(),
                high: r.high.normalize().to_string(),
            })
            .collect(),
        provenance: s
            .provenance
            .iter()
            .map(|p| ProvenanceInput {
                field: p.field.clone(),
                pilot: p.pilot.clone(),
                estimate: p.estimate.normalize().to_string(),
                low: p.low.normalize().to_string(),
                high: p.high.normalize().to_string(),
                applied: p.applied.clone(),
                flagged: p.flagged,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: [&str; 5] = [
        include_str!("../../../../scenarios/500k.toml"),
        include_str!("../../../../scenarios/100k.toml"),
        include_str!("../../../../scenarios/30k.toml"),
        include_str!("../../../../scenarios/assessment-split.toml"),
        include_str!("../../../../scenarios/assessment-dual.toml"),
    ];

    #[test]
    fn the_input_form_round_trips_every_story_scenario_exactly() {
        for text in STORY {
            let s = Scenario::from_toml(text).unwrap();
            let back = scenario_from_input(&input_from_scenario(&s)).unwrap();
            assert_eq!(back, s);
        }
    }

    #[test]
    fn a_field_that_is_not_a_number_is_refused_by_name() {
        let mut input = input_from_scenario(&Scenario::from_toml(STORY[1]).unwrap());
        input.tiers[1].coverage = "0.7x".into();
        let e = scenario_from_input(&input).unwrap_err();
        assert_eq!(e.field, "tiers[1].coverage");
        assert!(e.message.contains("not a decimal number"), "{e}");
        input.tiers[1].coverage = "1.5".into();
        let e = scenario_from_input(&input).unwrap_err();
        assert_eq!((e.field.as_str(), e.message.as_str()), ("tiers[1].coverage", "must be between 0 and 1 (got 1.5)"));
        input.tiers[1].coverage = "0.7".into();
        input.tiers[0].min_assets = "500,000".into();
        assert_eq!(scenario_from_input(&input).unwrap().tiers[0].min_assets, Decimal::from(500_000));
    }

    #[test]
    fn an_empty_filter_list_is_the_engines_error_and_null_means_all() {
        let mut input = input_from_scenario(&Scenario::from_toml(STORY[2]).unwrap());
        assert_eq!(input.tiers[2].risk_profiles.as_deref().map(<[String]>::len), Some(4));
        assert_eq!(input.tiers[0].risk_profiles, None);
        input.tiers[2].risk_profiles = Some(vec![]);
        assert_eq!(scenario_from_input(&input).unwrap_err().field, "tiers[2].risk_profiles");
        input.tiers[2].risk_profiles = Some(vec!["C9".into()]);
        assert_eq!(scenario_from_input(&input).unwrap_err().field, "tiers[2].risk_profiles[0]");
    }

    #[test]
    fn decimals_stay_exact() {
        assert_eq!(decimal("x", "0.65").unwrap().to_string(), "0.65");
        assert_eq!(decimal("x", " 1e5 ").unwrap(), Decimal::from(100_000));
        assert_eq!(decimal("x", "").unwrap_err().message, "is required");
    }
}
