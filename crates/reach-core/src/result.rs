//! The result of a scenario (docs/spec/MODEL.md sections 5, 7, 8 and 9) and its JSON form: money as decimal strings
//! with exactly two places, expected counts (served, load) as JSON numbers with two places,
//! whole counts as integers. Values here are already rounded, half to even, by the engine.

use rust_decimal::Decimal;
use serde::{Serialize, Serializer};

use crate::book::Channel;
use crate::scenario::{Owner, ServiceModel};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ScenarioResult {
    pub scenario: String,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub customers: u64,
    pub totals: Totals,
    /// In assignment order (highest threshold first).
    pub tiers: Vec<TierResult>,
    /// Every branch of the book, sorted by code point.
    pub branches: Vec<BranchResult>,
    pub hq: HqResult,
    pub acquisition: AcquisitionResult,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Totals {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub eligible: u64,
    #[serde(serialize_with = "number2")]
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub served: Decimal,
    #[serde(serialize_with = "number2")]
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub newly_served: Decimal,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub advisors_needed: u64,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub current_advisors: u64,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub hires: u64,
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub base_revenue: Decimal,
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub incremental_revenue: Decimal,
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub projected_revenue: Decimal,
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub cost: Decimal,
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub net: Decimal,
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub hq_credit: Decimal,
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub branch_credit: Decimal,
    #[serde(flatten)]
    pub lines: RevenueLines,
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub acquisition_cost: Decimal,
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub acquisition_revenue: Decimal,
    /// net + acquisition revenue − acquisition cost.
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub total_net: Decimal,
    /// Σ assessed revenue (branches and HQ) − base revenue − incremental revenue; 0 under split.
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub double_counted: Decimal,
    /// Branches whose assessed change is below zero.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub branches_losing: u64,
}

/// The assets a programme gathers and places, and its incremental revenue by line (MODEL
/// section 7): commission + wealth + asset = incremental revenue, each rounded on its own.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RevenueLines {
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub new_assets: Decimal,
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub placed_assets: Decimal,
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub commission_revenue: Decimal,
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub wealth_revenue: Decimal,
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub asset_revenue: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TierResult {
    pub name: String,
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub min_assets: Decimal,
    pub model: ServiceModel,
    pub owner: Owner,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub eligible: u64,
    #[serde(serialize_with = "number2")]
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub served: Decimal,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub advisors_needed: u64,
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub incremental_revenue: Decimal,
    /// The tier's service cost, Σ σ × cost_per_client (advisor hires are costed per unit, not per tier).
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub cost: Decimal,
    #[serde(flatten)]
    pub lines: RevenueLines,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BranchResult {
    pub branch: String,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub eligible: u64,
    #[serde(serialize_with = "number2")]
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub served: Decimal,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub advisors_needed: u64,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub current_advisors: u64,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub hires: u64,
    /// Reached customers per current advisor in branch-owned advisor/hybrid tiers; None without advisors.
    #[serde(serialize_with = "optional_number2")]
    #[cfg_attr(feature = "ts", ts(type = "number | null"))]
    pub load: Option<Decimal>,
    /// Σ r_i over the branch's customers, whoever owns the tier.
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub incremental_revenue: Decimal,
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub credited_revenue: Decimal,
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub new_assets: Decimal,
    /// Σ revenue_12m of the branch's customers.
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub base_revenue: Decimal,
    /// What the branch is assessed on under the scenario's credit rule (MODEL section 9).
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub assessed_revenue: Decimal,
    /// assessed_revenue − base_revenue.
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub assessed_change: Decimal,
    /// advisor_cost × hires + service cost of its customers in branch-owned tiers.
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub cost: Decimal,
    /// credited_revenue − cost.
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub net: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct HqResult {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub advisors_needed: u64,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub current_advisors: u64,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub hires: u64,
    #[serde(serialize_with = "optional_number2")]
    #[cfg_attr(feature = "ts", ts(type = "number | null"))]
    pub load: Option<Decimal>,
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub credited_revenue: Decimal,
    /// Σ base revenue moved from the branches' books to HQ's.
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub transferred_base: Decimal,
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub assessed_revenue: Decimal,
    /// advisor_cost × HQ's hires + service cost of all customers in hq-owned tiers.
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub cost: Decimal,
    /// credited_revenue − cost.
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub net: Decimal,
}

/// The acquisition funnels of MODEL section 8, per row in written order and in total.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AcquisitionResult {
    pub rows: Vec<AcquisitionRow>,
    #[serde(serialize_with = "number2")]
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub funded: Decimal,
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub cost: Decimal,
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub revenue: Decimal,
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub new_assets: Decimal,
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub net: Decimal,
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub hq_credit: Decimal,
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub branch_credit: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AcquisitionRow {
    pub channel: Channel,
    pub owner: Owner,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub accounts: u64,
    /// Expected funded accounts, accounts × funded_rate.
    #[serde(serialize_with = "number2")]
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub funded: Decimal,
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub cost: Decimal,
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub revenue: Decimal,
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub new_assets: Decimal,
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub net: Decimal,
    /// None where no account is funded.
    #[serde(serialize_with = "optional_money")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub cost_per_funded: Option<Decimal>,
    /// None where the row brings no revenue.
    #[serde(serialize_with = "optional_number2")]
    #[cfg_attr(feature = "ts", ts(type = "number | null"))]
    pub payback_years: Option<Decimal>,
}

impl ScenarioResult {
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).expect("a result always serializes")
    }
}

/// Money: a JSON string with exactly two decimals, `"1234.50"`.
pub fn money<S: Serializer>(v: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&crate::money::round2(*v).to_string())
}

/// An expected count: a JSON number written with exactly two decimals, `1234.50`.
pub fn number2<S: Serializer>(v: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    let text = crate::money::round2(*v).to_string();
    let raw = serde_json::value::RawValue::from_string(text).map_err(serde::ser::Error::custom)?;
    raw.serialize(s)
}

pub fn optional_money<S: Serializer>(v: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(d) => money(d, s),
        None => s.serialize_none(),
    }
}

pub fn optional_number2<S: Serializer>(v: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(d) => number2(d, s),
        None => s.serialize_none(),
    }
}
