//! A scenario: named service tiers plus global assumptions (MODEL.md section 3). This module
//! owns the model types; `validate` holds every rule (errors name the field), `toml` the
//! file form (section 6), exact decimals as written: `0.65` in a file is 0.65, never the
//! nearest binary float, and `path` the fields an analysis can vary (section 10).

pub mod path;
mod toml;
mod validate;

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::book::{Channel, RiskProfile};

/// How a tier's customers are served.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ServiceModel {
    /// 专属投顾 — a dedicated advisor.
    Advisor,
    /// 人机协同 — an AI-assisted advisor serving many more clients.
    Hybrid,
    /// 数字化集约运营 — central digital operations, no advisor headcount.
    Digital,
}

impl ServiceModel {
    pub fn needs_advisors(self) -> bool {
        !matches!(self, Self::Digital)
    }
    /// The owner when a tier does not say: branch for advisor, HQ for hybrid and digital.
    pub fn default_owner(self) -> Owner {
        match self {
            Self::Advisor => Owner::Branch,
            Self::Hybrid | Self::Digital => Owner::Hq,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Advisor => "advisor",
            Self::Hybrid => "hybrid",
            Self::Digital => "digital",
        }
    }
}

impl FromStr for ServiceModel {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "advisor" => Ok(Self::Advisor),
            "hybrid" => Ok(Self::Hybrid),
            "digital" => Ok(Self::Digital),
            _ => Err(format!("`{s}` is not one of advisor, hybrid, digital")),
        }
    }
}

/// Who staffs a tier and is credited with its revenue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Owner {
    Branch,
    Hq,
}

impl Owner {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Branch => "branch",
            Self::Hq => "hq",
        }
    }
}

impl FromStr for Owner {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "branch" => Ok(Self::Branch),
            "hq" => Ok(Self::Hq),
            _ => Err(format!("`{s}` is not `branch` or `hq`")),
        }
    }
}

/// One service tier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tier {
    pub name: String,
    /// CNY; a customer meets the tier when total_assets >= min_assets.
    pub min_assets: Decimal,
    pub model: ServiceModel,
    pub owner: Owner,
    /// Required (> 0) for advisor and hybrid tiers; unused for digital.
    pub clients_per_advisor: Option<Decimal>,
    /// Share of eligible customers actually reached, 0..=1.
    pub coverage: Decimal,
    /// Revenue uplift for a reached active customer, >= 0.
    pub uplift: Decimal,
    /// Share of reached dormant customers reactivated, 0..=1.
    pub activation: Decimal,
    /// CNY a year per reached customer, >= 0.
    pub cost_per_client: Decimal,
    pub min_age: Option<u8>,
    pub max_age: Option<u8>,
    pub risk_profiles: Option<BTreeSet<RiskProfile>>,
    pub channels: Option<BTreeSet<Channel>>,
    pub include_dormant: bool,
}

impl Tier {
    /// A tier with the model's defaults: owner by model, no filters, dormant included.
    pub fn new(name: &str, min_assets: Decimal, model: ServiceModel) -> Tier {
        Tier {
            name: name.into(),
            min_assets,
            model,
            owner: model.default_owner(),
            clients_per_advisor: None,
            coverage: Decimal::ONE,
            uplift: Decimal::ZERO,
            activation: Decimal::ZERO,
            cost_per_client: Decimal::ZERO,
            min_age: None,
            max_age: None,
            risk_profiles: None,
            channels: None,
            include_dormant: true,
        }
    }
}

/// A named set of tiers with the global assumptions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scenario {
    pub name: String,
    /// Fully loaded CNY per advisor per year.
    pub advisor_cost: Decimal,
    /// Share of revenue from HQ-owned tiers credited to HQ, 0..=1.
    pub hq_share: Decimal,
    /// Current HQ advisor headcount.
    pub hq_advisors: u32,
    /// In written order; the engine orders them by min_assets, highest first.
    pub tiers: Vec<Tier>,
    /// The ranges the analyses vary fields over (section 10), in written order.
    pub ranges: Vec<FieldRange>,
}

/// A range `[low, high]` over one field, keyed by its path (`tiers.人机协同.clients_per_advisor`):
/// the tornado runs the scenario at each end, Monte Carlo draws between them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldRange {
    pub path: String,
    pub low: Decimal,
    pub high: Decimal,
}

/// A scenario that is not valid, naming the field (`tiers[2].coverage`) and the reason.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct ScenarioError {
    pub field: String,
    pub message: String,
}

impl ScenarioError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self { field: field.into(), message: message.into() }
    }
}

impl Scenario {
    /// Indices of the tiers in assignment order: min_assets highest first, ties in written order.
    pub fn assignment_order(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.tiers.len()).collect();
        order.sort_by(|&a, &b| self.tiers[b].min_assets.cmp(&self.tiers[a].min_assets));
        order
    }

    pub fn tier_index(&self, name: &str) -> Option<usize> {
        self.tiers.iter().position(|t| t.name == name)
    }
}

impl fmt::Display for Scenario {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assignment_order_is_highest_threshold_first_ties_in_written_order() {
        let mk = |n: &str, m: i64| Tier::new(n, Decimal::from(m), ServiceModel::Digital);
        let s = Scenario {
            name: "x".into(),
            advisor_cost: Decimal::ZERO,
            hq_share: Decimal::ZERO,
            hq_advisors: 0,
            tiers: vec![mk("a", 10), mk("b", 50), mk("c", 10), mk("d", 50)],
            ranges: Vec::new(),
        };
        assert_eq!(s.assignment_order(), vec![1, 3, 0, 2]);
    }
}
