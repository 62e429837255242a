//! One customer's pilot outcome (a row of the outcome file, MODEL section 11), and what the
//! book says about them when they are in it (channel, age) for the segment breakdown.

use serde::{Deserialize, Serialize};

use crate::book::Channel;

/// Which arm of the pilot a customer was in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Group {
    Treated,
    Control,
}

impl Group {
    pub fn as_str(self) -> &'static str {
        match self {
            Group::Treated => "treated",
            Group::Control => "control",
        }
    }
}

impl std::str::FromStr for Group {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "treated" => Ok(Group::Treated),
            "control" => Ok(Group::Control),
            _ => Err(format!("`{s}` is not `treated` or `control`")),
        }
    }
}

/// A pilot customer's outcome over two periods of equal length. Money in fen (>= 0).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PilotCustomer {
    pub customer_id: String,
    pub group: Group,
    pub revenue_before_fen: i64,
    pub revenue_after_fen: i64,
    pub assets_before_fen: i64,
    pub assets_after_fen: i64,
    pub trades_before: u32,
    pub trades_after: u32,
    /// Assets in wealth products after the pilot; `None` when the file has no such column.
    pub placed_after_fen: Option<i64>,
    /// The customer's channel and age from the current book; `None` when not in the book.
    pub profile: Option<BookProfile>,
}

impl PilotCustomer {
    /// Traded in the period before the pilot (the uplift population).
    pub fn was_active(&self) -> bool {
        self.trades_before > 0
    }
}

/// What the book knows of a pilot customer that the outcome file does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookProfile {
    pub channel: Channel,
    pub age: u8,
}

/// The age groups of the segment breakdown, lower bounds inclusive.
pub const AGE_GROUPS: [(u8, &str); 5] = [(18, "18–29"), (30, "30–39"), (40, "40–49"), (50, "50–59"), (60, "60+")];

/// The label of the age group `age` falls in (ages under 18 go with the first group).
pub fn age_group(age: u8) -> &'static str {
    AGE_GROUPS.iter().rev().find(|(lo, _)| age >= *lo).map_or(AGE_GROUPS[0].1, |(_, label)| label)
}
