//! The synthetic demo pilot: outcomes for a sample of demo customers, half treated, with
//! known true effects, so that the evaluation view shows real numbers on first start and the
//! estimators can be checked against a known truth. Everything it makes is synthetic and must
//! be labelled with [`DEMO_PILOT_LABEL`].
//!
//! Each sampled customer's "before" period is half their year (revenue_12m / 2, trades_12m
//! / 2 rounded up for active customers); their "after" period multiplies by noise of mean 1:
//! - revenue of an active customer: lognormal (σ 0.15), × (1 + uplift) when treated;
//! - a dormant customer trades again with probability 4%, + activation when treated, bringing
//!   a small revenue;
//! - assets: lognormal market move (σ 0.1), × (1 + asset_growth) when treated;
//! - placed_after: a share of assets_after with noise uniform in [0, 2) around its mean: 10%
//!   for controls; for the treated, wealth_share + 10% / (1 + asset_growth), so that
//!   (mean placed_T − mean placed_C) ÷ mean assets_after_T estimates wealth_share.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::generator::generate;
use super::DemoParams;
use crate::book::Customer;
use crate::evaluation::{Group, PilotCustomer};

/// The label every view of the demo pilot must carry.
pub const DEMO_PILOT_LABEL: &str = "合成演示试点 Synthetic demo pilot (known effects, not a real campaign)";
/// The demo pilot's name in the warehouse.
pub const DEMO_PILOT_NAME: &str = "演示试点 (synthetic)";

/// Base rate at which a dormant control customer trades again.
const BASE_REACTIVATION: f64 = 0.04;
/// Base share of assets placed in wealth products.
const BASE_PLACED_SHARE: f64 = 0.10;
const REVENUE_SIGMA: f64 = 0.15;
const ASSETS_SIGMA: f64 = 0.1;

/// The true effects the demo pilot is generated with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrueEffects {
    pub uplift: f64,
    pub activation: f64,
    pub asset_growth: f64,
    pub wealth_share: f64,
}

impl Default for TrueEffects {
    fn default() -> Self {
        TrueEffects { uplift: 0.08, activation: 0.03, asset_growth: 0.05, wealth_share: 0.08 }
    }
}

/// Parameters of the demo pilot.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PilotParams {
    /// Customers in the pilot (treated and control together).
    pub customers: usize,
    pub seed: u64,
    pub effects: TrueEffects,
}

impl Default for PilotParams {
    fn default() -> Self {
        PilotParams { customers: 20_000, seed: 20_250_601, effects: TrueEffects::default() }
    }
}

/// Which customers of a book of `book_size` the pilot takes: every `stride`-th from the first
/// (positions 0, stride, 2 × stride, … while fewer than `pilot_size`).
pub fn pilot_stride(book_size: usize, pilot_size: usize) -> usize {
    (book_size / pilot_size.max(1)).max(1)
}

/// The demo pilot on the demo book of `book`: the customers `pilot_stride` picks (streamed
/// from the generator, never the whole book in memory) and their outcomes.
pub fn demo_pilot(book: &DemoParams, params: &PilotParams) -> Vec<PilotCustomer> {
    let stride = pilot_stride(book.customers, params.customers);
    let mut sample = Vec::with_capacity(params.customers.min(book.customers));
    let mut position = 0usize;
    generate(book, |c| {
        if position.is_multiple_of(stride) && sample.len() < params.customers {
            sample.push(c);
        }
        position += 1;
    });
    generate_pilot(&sample, params)
}

/// The pilot's outcomes for `sample` (customers of the demo book, as `pilot_stride` picks
/// them), each assigned to treated or control with probability ½.
pub fn generate_pilot(sample: &[Customer], params: &PilotParams) -> Vec<PilotCustomer> {
    let mut rng = ChaCha8Rng::seed_from_u64(params.seed);
    let e = params.effects;
    sample
        .iter()
        .take(params.customers)
        .map(|c| {
            let treated = rng.random::<bool>();
            let revenue_before = c.revenue_12m_fen / 2;
            let trades_before = c.trades_12m.div_ceil(2);
            let (revenue_after, trades_after) = if trades_before > 0 {
                let lift = if treated { 1.0 + e.uplift } else { 1.0 };
                let after = revenue_before as f64 * lognormal(&mut rng, REVENUE_SIGMA) * lift;
                (after.round() as i64, trades_before.max(1))
            } else {
                let p = BASE_REACTIVATION + if treated { e.activation } else { 0.0 };
                if rng.random::<f64>() < p {
                    (rng.random_range(500..20_000), rng.random_range(1..6))
                } else {
                    (0, 0)
                }
            };
            let growth = if treated { 1.0 + e.asset_growth } else { 1.0 };
            let assets_after = (c.total_assets_fen as f64 * lognormal(&mut rng, ASSETS_SIGMA) * growth).round() as i64;
            let share =
                if treated { e.wealth_share + BASE_PLACED_SHARE / (1.0 + e.asset_growth) } else { BASE_PLACED_SHARE };
            let placed_after = (assets_after as f64 * share * 2.0 * rng.random::<f64>()).round() as i64;
            PilotCustomer {
                customer_id: c.customer_id.clone(),
                group: if treated { Group::Treated } else { Group::Control },
                revenue_before_fen: revenue_before,
                revenue_after_fen: revenue_after.max(0),
                assets_before_fen: c.total_assets_fen,
                assets_after_fen: assets_after.max(0),
                trades_before,
                trades_after,
                placed_after_fen: Some(placed_after.clamp(0, assets_after.max(0))),
                profile: None,
            }
        })
        .collect()
}

/// Lognormal with mean 1: exp(σ Z − σ²/2), Z standard normal by Box–Muller.
fn lognormal(rng: &mut ChaCha8Rng, sigma: f64) -> f64 {
    let u1 = 1.0 - rng.random::<f64>();
    let u2 = rng.random::<f64>();
    let z = (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos();
    (sigma * z - sigma * sigma / 2.0).exp()
}
