//! The calibrated demo book: a deterministic, synthetic customer book that looks like a real
//! Chinese retail brokerage book, so that the first thing a strategist sees is believable.
//!
//! This module owns the generator only (no I/O): 30 branches with real-sounding city branch
//! names and Zipf-like sizes, and a stream of customers whose fields follow public figures:
//!
//! - **Assets**: the share of individual holders by market value, CSDC (China Securities
//!   Depository and Clearing) year-end 2016 — <10k 24.37%, 10k–100k 47.92%, 100k–500k 21.32%,
//!   500k–1M 3.63%, 1M–5M 2.42%, 5M–10M 0.12%, 10M–100M 0.12%, >100M 0.01% (normalised over
//!   their 99.91% total). Log-uniform within each band, a truncated Pareto tail above 1亿 capped
//!   at 5亿; about 2% of accounts are 休眠-like (zero, or cash of at most 100 CNY), always dormant.
//! - **Activity**: CSDC 2016 (58.1% of investors did not trade in the year) and industry
//!   commentary (active clients under 30% of a book): about 40% dormant overall, far more among
//!   the smallest accounts.
//! - **Revenue**: net commission at the industry average of 万2.2 (0.022%) of annual turnover,
//!   turnover 10× assets under 100k falling log-linearly to 3× over 1M, times a lognormal
//!   activity factor (mean 1); plus a small margin and fund-fee share (0.05% of assets above
//!   500k). The turnover ratios are assumptions (docs/spec/CALIBRATION.md), not published figures.
//! - **Advisors**: SAC registered advisors against CSDC investor accounts put existing advisory
//!   coverage at the top of the book; here about 85% of customers at or above 500k already have
//!   an advisor (and about 3% of 100k–500k), and each branch's headcount is set so that today's
//!   500k policy (300 clients per advisor, coverage 0.9) is nearly full: a few hires, loads
//!   near 300.
//!
//! Ages (18–85, centred near 42), risk profiles (C1–C5, younger → higher) and channels (online
//! more likely for younger and smaller customers) are plausible shapes, not published figures.
//!
//! The same `DemoParams` always give the same book, bit for bit on a given platform (ChaCha8
//! seeded from the seed; normal variates by Box–Muller). Everything it makes is synthetic and
//! must be labelled with [`DEMO_LABEL`].
//!
//! Files: `calibration` (the published shares and the assumptions the generator follows),
//! `branches` (the 30 branches, their sizes and advisor headcounts), `generator` (the random
//! stream of customers and the in-memory book), `pilot` (the synthetic demo pilot with known
//! effects, MODEL section 11).

mod branches;
mod calibration;
mod generator;
mod pilot;
#[cfg(test)]
mod tests;

pub use calibration::{
    csdc_band_of, turnover_ratio, CsdcBand, COMMISSION_RATE, CSDC_2016_BANDS, DORMANT_BY_BAND, NEAR_ZERO_SHARE,
    POLICY_CLIENTS_PER_ADVISOR, POLICY_MIN_ASSETS_FEN, TOP_CAP_FEN, WEALTH_FEE_RATE, ZERO_ASSET_SHARE,
};
pub use generator::{generate, generate_all, generate_book};
pub use pilot::{
    demo_pilot, generate_pilot, pilot_stride, PilotParams, TrueEffects, DEMO_PILOT_LABEL, DEMO_PILOT_NAME,
};

/// The label every view of the demo book must carry.
pub const DEMO_LABEL: &str = "合成演示数据 Synthetic demo book (not real customers)";

/// Parameters of the demo book.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoParams {
    pub customers: usize,
    pub seed: u64,
}

impl Default for DemoParams {
    fn default() -> Self {
        Self { customers: 1_000_000, seed: 20_241_231 }
    }
}

/// The largest demo book Reach builds: 50 times the calibrated one, about 2.5 GB in memory;
/// a larger count is a typo, and would run for minutes before running out of memory.
pub const MAX_CUSTOMERS: usize = 50_000_000;

impl DemoParams {
    /// Checks the customer count before anything is allocated: 1 to [`MAX_CUSTOMERS`]. The
    /// error says what is wrong in words (the caller names the field).
    pub fn check(&self) -> Result<(), String> {
        if self.customers == 0 {
            return Err("must be at least 1".into());
        }
        if self.customers > MAX_CUSTOMERS {
            return Err(format!("is {}; at most {MAX_CUSTOMERS} customers are allowed", self.customers));
        }
        Ok(())
    }
}
