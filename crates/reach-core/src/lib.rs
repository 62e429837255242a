//! reach-core — the domain of Reach, pure Rust with no I/O:
//! the customer book (`book`), money (`money`), scenarios and their TOML form (`scenario`),
//! the exact engine (`engine`) with its result (`result`) and acquisition funnels
//! (`acquisition`), threshold sweeps (`sweep`), scenario comparison (`compare`), the analyses
//! over a scenario (`analysis`, MODEL section 10), the calibrated demo generator (`demo`),
//! pilot evaluation (`evaluation`, MODEL section 11) and the rule for names users give things
//! (`name`).

pub mod acquisition;
pub mod analysis;
pub mod book;
pub mod compare;
pub mod demo;
pub mod engine;
pub mod evaluation;
pub mod money;
pub mod name;
mod parallel;
pub mod result;
pub mod scenario;
pub mod snapshot;
pub mod sweep;

pub use book::{Book, BranchInfo, Channel, Customer, RiskProfile};
pub use engine::run;
pub use result::ScenarioResult;
pub use scenario::{Acquisition, CreditRule, Owner, Provenance, Scenario, ScenarioError, ServiceModel, Tier};
