//! Campaign (pilot) evaluation, MODEL section 11: from the outcomes of a pilot's treated and
//! control customers, what the campaign really did — uplift, activation, asset growth and
//! wealth share, each with a 95% interval, its group sizes and its flags — overall and per
//! segment. Pure computation: reading the outcome file and finding customers in the book are
//! the warehouse's job. Statistics are `f64` (the only floating point in the model); an
//! estimate applied to a scenario is rounded to 4 decimal places first (`rounded_for_scenario`).
//!
//! Files: `apply` (an estimate written into a scenario tier with its provenance), `outcome` (one customer's outcome), `intervals` (Welch, Wilson, Newcombe and the
//! quantiles), `estimate` (the four estimates and their flags), `segments` (the breakdown).

mod apply;
mod estimate;
mod intervals;
mod outcome;
mod segments;

pub use apply::{apply_estimate, Applied, ApplyRefusal, ApplyRequest};
pub use estimate::{activation, asset_growth, uplift, wealth_share, Estimate, Flag, MIN_GROUP};
pub use intervals::{newcombe, t_quantile, welch, welch_df, wilson, z_quantile, Moments, CONFIDENCE};
pub use outcome::{age_group, BookProfile, Group, PilotCustomer, AGE_GROUPS};
pub use segments::{segments, Dimension, Segment};

use rust_decimal::Decimal;
use serde::Serialize;

/// Everything `reach evaluate` reports on a pilot (MODEL section 11's JSON, plus how many
/// customers were found in the book and the segments).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    pub n_treated: u64,
    pub n_control: u64,
    pub uplift: Estimate,
    pub activation: Estimate,
    pub asset_growth: Estimate,
    /// Absent when the outcomes have no placed_after.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wealth_share: Option<Estimate>,
    /// Pilot customers found in the current book (channel and age segments cover only these).
    pub in_book: u64,
    pub not_in_book: u64,
    pub segments: Vec<Segment>,
}

/// Which estimate (for applying one to a scenario tier).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EstimateKind {
    Uplift,
    Activation,
    AssetGrowth,
    WealthShare,
}

impl EstimateKind {
    pub const ALL: [EstimateKind; 4] =
        [EstimateKind::Uplift, EstimateKind::Activation, EstimateKind::AssetGrowth, EstimateKind::WealthShare];

    /// The name of the estimate, which is also the name of the tier field it feeds.
    pub fn as_str(self) -> &'static str {
        match self {
            EstimateKind::Uplift => "uplift",
            EstimateKind::Activation => "activation",
            EstimateKind::AssetGrowth => "asset_growth",
            EstimateKind::WealthShare => "wealth_share",
        }
    }
}

impl std::str::FromStr for EstimateKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        EstimateKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| format!("`{s}` is not an estimate: use uplift, activation, asset_growth or wealth_share"))
    }
}

impl Evaluation {
    /// Evaluates a pilot: the four estimates over all its customers, and per segment.
    pub fn of(customers: &[PilotCustomer]) -> Evaluation {
        let all: Vec<&PilotCustomer> = customers.iter().collect();
        let n_treated = customers.iter().filter(|c| c.group == Group::Treated).count() as u64;
        let in_book = customers.iter().filter(|c| c.profile.is_some()).count() as u64;
        Evaluation {
            n_treated,
            n_control: customers.len() as u64 - n_treated,
            uplift: uplift(&all),
            activation: activation(&all),
            asset_growth: asset_growth(&all),
            wealth_share: wealth_share(&all),
            in_book,
            not_in_book: customers.len() as u64 - in_book,
            segments: segments(customers),
        }
    }

    /// The overall estimate of one kind (`None` for wealth share without placed_after).
    pub fn get(&self, kind: EstimateKind) -> Option<&Estimate> {
        match kind {
            EstimateKind::Uplift => Some(&self.uplift),
            EstimateKind::Activation => Some(&self.activation),
            EstimateKind::AssetGrowth => Some(&self.asset_growth),
            EstimateKind::WealthShare => self.wealth_share.as_ref(),
        }
    }
}

/// A statistic as the exact decimal a scenario uses: rounded half away from zero to 4 decimal
/// places (MODEL section 11). `None` for a value a decimal cannot hold.
pub fn rounded_for_scenario(value: f64) -> Option<Decimal> {
    Decimal::from_f64_retain(value)
        .map(|d| d.round_dp_with_strategy(4, rust_decimal::RoundingStrategy::MidpointAwayFromZero))
}

#[cfg(test)]
mod tests;
