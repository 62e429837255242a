//! The calibration of the demo book: the CSDC asset distribution, dormancy, revenue and
//! advisor-coverage figures the generator follows (sources in the module doc of `demo` and in
//! docs/spec/CALIBRATION.md).

/// One CSDC band: lower and upper bound in fen, and the share of holders in percent.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CsdcBand {
    pub lower_fen: i64,
    /// Exclusive; `i64::MAX` for the open top band.
    pub upper_fen: i64,
    pub share_pct: f64,
}

const fn csdc(lower_cny: i64, upper_cny: i64, share_pct: f64) -> CsdcBand {
    CsdcBand { lower_fen: lower_cny * 100, upper_fen: upper_cny.saturating_mul(100), share_pct }
}

/// Share of individual accounts holding shares by market value, CSDC year-end 2016. The
/// shares add up to 99.91%; the generator normalises them.
pub const CSDC_2016_BANDS: [CsdcBand; 8] = [
    csdc(0, 10_000, 24.37),
    csdc(10_000, 100_000, 47.92),
    csdc(100_000, 500_000, 21.32),
    csdc(500_000, 1_000_000, 3.63),
    csdc(1_000_000, 5_000_000, 2.42),
    csdc(5_000_000, 10_000_000, 0.12),
    csdc(10_000_000, 100_000_000, 0.12),
    csdc(100_000_000, i64::MAX / 100, 0.01),
];

/// The CSDC band (0..8) of an amount in fen; lower bounds inclusive.
pub fn csdc_band_of(assets_fen: i64) -> usize {
    CSDC_2016_BANDS.iter().rposition(|b| assets_fen >= b.lower_fen).unwrap_or(0)
}

/// Share of customers with exactly zero assets (休眠).
pub const ZERO_ASSET_SHARE: f64 = 0.005;
/// Share of customers with 0.01..=100 CNY (休眠-like); they are part of the <10k CSDC band.
pub const NEAR_ZERO_SHARE: f64 = 0.015;
/// Largest balance generated: 5亿 CNY.
pub const TOP_CAP_FEN: i64 = 500_000_000 * 100;
/// Pareto exponent of the >1亿 tail.
pub(super) const TOP_PARETO_ALPHA: f64 = 1.2;

/// Probability of being dormant by MODEL asset band (`book::band_of`), for accounts that are
/// not 休眠-like (those are always dormant).
pub const DORMANT_BY_BAND: [f64; 7] = [0.70, 0.45, 0.30, 0.20, 0.12, 0.10, 0.10];

/// Net commission: 万2.2 of turnover.
pub const COMMISSION_RATE: f64 = 0.000_22;
/// Margin and fund-fee revenue on the part of assets above 500k CNY.
pub const WEALTH_FEE_RATE: f64 = 0.000_5;
pub(super) const WEALTH_FEE_FLOOR_FEN: i64 = 500_000 * 100;
/// Sigma of the lognormal activity factor (mean 1).
pub(super) const ACTIVITY_SIGMA: f64 = 0.8;

/// Probability of an existing advisor: 100k–500k, 500k–1M, ≥1M.
pub(super) const SERVED_100K: f64 = 0.03;
pub(super) const SERVED_500K: f64 = 0.83;
pub(super) const SERVED_1M: f64 = 0.88;

/// Today's policy that the headcounts are calibrated against: customers ≥500k, 300 clients
/// per advisor, coverage 0.9; headcount = ceil(0.95 × 0.9 × n_b / 300), so at most the policy's
/// ceil(0.9 × n_b / 300) and a few hires overall; at least 1 where the branch serves anyone, at
/// most the number of customers it serves (so every advisor id has a customer).
pub const POLICY_MIN_ASSETS_FEN: i64 = 500_000 * 100;
pub const POLICY_CLIENTS_PER_ADVISOR: u64 = 300;
/// 0.95 × 0.9, in thousandths.
pub(super) const HEADCOUNT_FILL_PER_MILLE: u64 = 855;

/// Annual turnover as a multiple of assets: 10× up to 100k CNY, 3× from 1M, log-linear between.
pub fn turnover_ratio(assets_cny: f64) -> f64 {
    if assets_cny <= 100_000.0 {
        10.0
    } else if assets_cny >= 1_000_000.0 {
        3.0
    } else {
        let t = (assets_cny / 100_000.0).log10();
        10.0 * (0.3f64).powf(t)
    }
}
