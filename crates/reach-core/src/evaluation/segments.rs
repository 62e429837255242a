//! The segment breakdown of a pilot: the same estimates within each asset band (MODEL
//! section 2, of assets_before), for dormant and active customers (trades_before), and — for
//! the customers found in the book — by channel and by age group.

use serde::Serialize;

use super::estimate::{activation, asset_growth, uplift, wealth_share, Estimate};
use super::outcome::{age_group, Group, PilotCustomer, AGE_GROUPS};
use crate::book::{band_of, BAND_LABELS};

/// A way of cutting the pilot into segments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    AssetBand,
    Activity,
    Channel,
    AgeGroup,
}

impl Dimension {
    pub const ALL: [Dimension; 4] =
        [Dimension::AssetBand, Dimension::Activity, Dimension::Channel, Dimension::AgeGroup];

    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::AssetBand => "asset_band",
            Dimension::Activity => "activity",
            Dimension::Channel => "channel",
            Dimension::AgeGroup => "age_group",
        }
    }

    /// The segment labels in display order.
    fn labels(self) -> Vec<&'static str> {
        match self {
            Dimension::AssetBand => BAND_LABELS.to_vec(),
            Dimension::Activity => vec!["dormant", "active"],
            Dimension::Channel => vec!["online", "offline"],
            Dimension::AgeGroup => AGE_GROUPS.iter().map(|(_, l)| *l).collect(),
        }
    }

    /// The segment a customer falls in; `None` when unknown (channel and age need the book).
    fn label_of(self, c: &PilotCustomer) -> Option<&'static str> {
        match self {
            Dimension::AssetBand => Some(BAND_LABELS[band_of(c.assets_before_fen)]),
            Dimension::Activity => Some(if c.was_active() { "active" } else { "dormant" }),
            Dimension::Channel => c.profile.map(|p| match p.channel {
                crate::book::Channel::Online => "online",
                crate::book::Channel::Offline => "offline",
            }),
            Dimension::AgeGroup => c.profile.map(|p| age_group(p.age)),
        }
    }
}

/// The estimates within one segment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Segment {
    pub dimension: Dimension,
    pub segment: &'static str,
    pub n_treated: u64,
    pub n_control: u64,
    pub uplift: Estimate,
    pub activation: Estimate,
    pub asset_growth: Estimate,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wealth_share: Option<Estimate>,
}

/// Every non-empty segment of every dimension, in display order.
pub fn segments(customers: &[PilotCustomer]) -> Vec<Segment> {
    let mut out = Vec::new();
    for dimension in Dimension::ALL {
        for label in dimension.labels() {
            let members: Vec<&PilotCustomer> =
                customers.iter().filter(|c| dimension.label_of(c) == Some(label)).collect();
            if members.is_empty() {
                continue;
            }
            let n_treated = members.iter().filter(|c| c.group == Group::Treated).count() as u64;
            out.push(Segment {
                dimension,
                segment: label,
                n_treated,
                n_control: members.len() as u64 - n_treated,
                uplift: uplift(&members),
                activation: activation(&members),
                asset_growth: asset_growth(&members),
                wealth_share: wealth_share(&members),
            });
        }
    }
    out
}
