//! A scenario: named service tiers plus global assumptions (docs/spec/MODEL.md section 3), the wealth
//! economics of each tier (section 7), acquisition funnels (section 8), the assessment rule
//! between HQ and branches (section 9), the ranges analyses vary fields over (section 10) and
//! the provenance of estimates applied from pilots. This module owns the model types;
//! `validate` holds every rule and bound (errors name the field), `toml` the file form
//! (section 6), exact decimals as written: `0.65` in a file is 0.65, never the nearest binary
//! float, and `path` the fields an analysis can vary.

pub mod form;
pub mod path;
mod toml;
mod validate;

pub use validate::{
    MAX_ACCOUNTS, MAX_AGE, MAX_CLIENTS_PER_ADVISOR, MAX_DECIMAL_PLACES, MAX_FEE_PERCENT, MAX_GROWTH, MAX_HQ_ADVISORS,
    MAX_MONEY, MAX_PROVENANCE, MAX_TIERS,
};

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::book::{Channel, RiskProfile};

/// How a tier's customers are served.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
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
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
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
    /// Required (1..=10^7) for advisor and hybrid tiers; unused for digital.
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
    /// Net new assets a newly reached customer brings within a year, as a share of their
    /// assets, 0..=10 (MODEL section 7).
    pub asset_growth: Decimal,
    /// Share of a newly reached customer's assets (after growth) placed in wealth products, 0..=1.
    pub wealth_share: Decimal,
    /// Revenue per CNY placed per year, 0..=0.05.
    pub wealth_fee: Decimal,
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
            asset_growth: Decimal::ZERO,
            wealth_share: Decimal::ZERO,
            wealth_fee: Decimal::ZERO,
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
    /// Brokerage and interest revenue per CNY of net new assets per year, 0..=0.05 (section 7).
    pub asset_yield: Decimal,
    /// Share of the base revenue of not-yet-served customers in hq-owned tiers that moves from
    /// their branch's books to HQ's, 0..=1 (section 9).
    pub base_transfer: Decimal,
    pub credit_rule: CreditRule,
    /// Acquisition funnels, at most one per channel, in written order (section 8).
    pub acquisition: Vec<Acquisition>,
    /// Estimates applied from pilots, with their intervals (informational: the engine uses the
    /// fields' values).
    pub provenance: Vec<Provenance>,
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

impl Scenario {
    /// A scenario without tiers whose every optional global has its default.
    pub fn new(name: &str, advisor_cost: Decimal) -> Scenario {
        Scenario {
            name: name.into(),
            advisor_cost,
            hq_share: Decimal::ZERO,
            hq_advisors: 0,
            tiers: Vec::new(),
            asset_yield: Decimal::ZERO,
            base_transfer: Decimal::ZERO,
            credit_rule: CreditRule::Split,
            acquisition: Vec::new(),
            provenance: Vec::new(),
            ranges: Vec::new(),
        }
    }
}

/// How HQ and branches are assessed on the programme's revenue (MODEL section 9).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CreditRule {
    /// Each CNY is credited once: branches lose the transferred base and keep their share.
    #[default]
    Split,
    /// 双计: each branch keeps everything its customers bring, and HQ is credited too.
    Dual,
}

impl CreditRule {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Split => "split",
            Self::Dual => "dual",
        }
    }
}

impl FromStr for CreditRule {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "split" => Ok(Self::Split),
            "dual" => Ok(Self::Dual),
            _ => Err(format!("`{s}` is not `split` or `dual`")),
        }
    }
}

/// One acquisition funnel: accounts opened in the year through one channel (MODEL section 8).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Acquisition {
    pub channel: Channel,
    /// Accounts opened in the year.
    pub accounts: u64,
    /// Share of opened accounts that become funded (有效户), 0..=1.
    pub funded_rate: Decimal,
    /// CNY per opened account.
    pub cost_per_account: Decimal,
    /// First-year assets per funded account, CNY.
    pub assets_per_funded: Decimal,
    /// First-year revenue per funded account, CNY.
    pub revenue_per_funded: Decimal,
    /// Who is credited with the funnel's revenue.
    pub owner: Owner,
}

impl Acquisition {
    /// The owner when a row does not say: HQ for online, the branches for offline.
    pub fn default_owner(channel: Channel) -> Owner {
        match channel {
            Channel::Online => Owner::Hq,
            Channel::Offline => Owner::Branch,
        }
    }
}

/// Where a value of the scenario came from: an estimate applied from a pilot's evaluation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    /// The field's path: `tiers.<tier name>.<field>`, `acquisition.<channel>.<field>` or a
    /// global's name.
    pub field: String,
    /// The pilot's name.
    pub pilot: String,
    /// The value applied (rounded to 4 places).
    pub estimate: Decimal,
    pub low: Decimal,
    pub high: Decimal,
    /// The date it was applied, `YYYY-MM-DD`.
    pub applied: String,
    /// True where the evaluation flagged the estimate (interval includes 0, small groups).
    pub flagged: bool,
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
            tiers: vec![mk("a", 10), mk("b", 50), mk("c", 10), mk("d", 50)],
            ..Scenario::new("x", Decimal::ZERO)
        };
        assert_eq!(s.assignment_order(), vec![1, 3, 0, 2]);
    }
}
