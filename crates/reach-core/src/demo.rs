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
//!   500k). The turnover ratios are assumptions (CALIBRATION.md), not published figures.
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

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::book::{band_of, Book, BookBuilder, BranchInfo, Channel, Customer, CustomerFacts, RiskProfile};

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
const TOP_PARETO_ALPHA: f64 = 1.2;

/// Probability of being dormant by MODEL asset band (`book::band_of`), for accounts that are
/// not 休眠-like (those are always dormant).
pub const DORMANT_BY_BAND: [f64; 7] = [0.70, 0.45, 0.30, 0.20, 0.12, 0.10, 0.10];

/// Net commission: 万2.2 of turnover.
pub const COMMISSION_RATE: f64 = 0.000_22;
/// Margin and fund-fee revenue on the part of assets above 500k CNY.
pub const WEALTH_FEE_RATE: f64 = 0.000_5;
const WEALTH_FEE_FLOOR_FEN: i64 = 500_000 * 100;
/// Sigma of the lognormal activity factor (mean 1).
const ACTIVITY_SIGMA: f64 = 0.8;

/// Probability of an existing advisor: 100k–500k, 500k–1M, ≥1M.
const SERVED_100K: f64 = 0.03;
const SERVED_500K: f64 = 0.83;
const SERVED_1M: f64 = 0.88;

/// Today's policy that the headcounts are calibrated against: customers ≥500k, 300 clients
/// per advisor, coverage 0.9; headcount = ceil(0.95 × 0.9 × n_b / 300), so at most the policy's
/// ceil(0.9 × n_b / 300) and a few hires overall; at least 1 where the branch serves anyone, at
/// most the number of customers it serves (so every advisor id has a customer).
pub const POLICY_MIN_ASSETS_FEN: i64 = 500_000 * 100;
pub const POLICY_CLIENTS_PER_ADVISOR: u64 = 300;
/// 0.95 × 0.9, in thousandths.
const HEADCOUNT_FILL_PER_MILLE: u64 = 855;

/// Zipf exponent of the branch sizes (branch k of 30 has weight k^-s).
const ZIPF_EXPONENT: f64 = 0.9;

struct DemoBranch {
    name: &'static str,
    region: &'static str,
    /// Short code used in advisor ids.
    code: &'static str,
}

const fn branch(name: &'static str, region: &'static str, code: &'static str) -> DemoBranch {
    DemoBranch { name, region, code }
}

/// The 30 demo branches, largest first.
const BRANCHES: [DemoBranch; 30] = [
    branch("北京金融街营业部", "华北", "BJ01"),
    branch("上海陆家嘴营业部", "华东", "SH01"),
    branch("深圳福田营业部", "华南", "SZ01"),
    branch("广州天河营业部", "华南", "GZ01"),
    branch("上海淮海中路营业部", "华东", "SH02"),
    branch("北京建国路营业部", "华北", "BJ02"),
    branch("杭州庆春路营业部", "华东", "HZ01"),
    branch("深圳深南大道营业部", "华南", "SZ02"),
    branch("南京中山路营业部", "华东", "NJ01"),
    branch("成都人民南路营业部", "西南", "CD01"),
    branch("武汉中南路营业部", "华中", "WH01"),
    branch("苏州工业园区营业部", "华东", "SU01"),
    branch("天津南京路营业部", "华北", "TJ01"),
    branch("重庆解放碑营业部", "西南", "CQ01"),
    branch("西安高新路营业部", "西北", "XA01"),
    branch("宁波中山东路营业部", "华东", "NB01"),
    branch("长沙五一大道营业部", "华中", "CS01"),
    branch("厦门湖滨南路营业部", "华东", "XM01"),
    branch("青岛香港中路营业部", "华东", "QD01"),
    branch("郑州金水路营业部", "华中", "ZZ01"),
    branch("济南泉城路营业部", "华东", "JN01"),
    branch("合肥长江中路营业部", "华东", "HF01"),
    branch("福州五四路营业部", "华东", "FZ01"),
    branch("沈阳青年大街营业部", "东北", "SY01"),
    branch("大连人民路营业部", "东北", "DL01"),
    branch("昆明北京路营业部", "西南", "KM01"),
    branch("南宁民族大道营业部", "华南", "NN01"),
    branch("哈尔滨中山路营业部", "东北", "HB01"),
    branch("兰州庆阳路营业部", "西北", "LZ01"),
    branch("乌鲁木齐新华北路营业部", "西北", "UQ01"),
];

/// The 30 demo branches (name, region, current_advisors), in size order (largest first).
/// Streams the customers to `sink` one by one (a 1M book never needs all records at once)
/// and returns the branches. Each branch's `current_advisors` equals the number of distinct
/// advisor ids among its customers, so the book means the same with or without the branches.
///
/// Two passes over the same random stream: the first only counts each branch's customers at
/// or above 500k and its served customers (to fix the headcounts), the second emits.
pub fn generate(params: &DemoParams, mut sink: impl FnMut(Customer)) -> Vec<BranchInfo> {
    let quotas = branch_quotas(params.customers);

    // Pass 1: counts per branch.
    let mut n500 = [0u64; BRANCHES.len()];
    let mut served = [0u64; BRANCHES.len()];
    {
        let mut gen = Generator::new(params.seed, &quotas);
        for _ in 0..params.customers {
            let d = gen.next_draft();
            if d.assets_fen >= POLICY_MIN_ASSETS_FEN {
                n500[d.branch] += 1;
            }
            if d.served {
                served[d.branch] += 1;
            }
        }
    }
    let headcounts: Vec<u32> = (0..BRANCHES.len()).map(|b| headcount(n500[b], served[b])).collect();

    // Advisor ids and branch names, made once.
    let names: Vec<String> = BRANCHES.iter().map(|b| b.name.to_string()).collect();
    let advisors: Vec<Vec<String>> = BRANCHES
        .iter()
        .zip(&headcounts)
        .map(|(b, &h)| (1..=h).map(|k| format!("{}-A{k:03}", b.code)).collect())
        .collect();

    // Pass 2: the same stream again, now emitting records.
    let mut gen = Generator::new(params.seed, &quotas);
    let mut seen = [0usize; BRANCHES.len()];
    for i in 0..params.customers {
        let d = gen.next_draft();
        let advisor_id = if d.served {
            let list = &advisors[d.branch];
            let id = list[seen[d.branch] % list.len()].clone();
            seen[d.branch] += 1;
            Some(id)
        } else {
            None
        };
        sink(Customer {
            customer_id: customer_id(i + 1),
            branch: names[d.branch].clone(),
            total_assets_fen: d.assets_fen,
            age: d.age,
            risk_profile: d.risk,
            channel: d.channel,
            trades_12m: d.trades,
            revenue_12m_fen: d.revenue_fen,
            advisor_id,
        });
    }

    BRANCHES
        .iter()
        .zip(headcounts)
        .map(|(b, h)| BranchInfo { name: b.name.to_string(), region: Some(b.region.to_string()), current_advisors: h })
        .collect()
}

/// Convenience for tests and benchmarks: everything in memory.
pub fn generate_all(params: &DemoParams) -> (Vec<BranchInfo>, Vec<Customer>) {
    let mut customers = Vec::with_capacity(params.customers);
    let branches = generate(params, |c| customers.push(c));
    (branches, customers)
}

/// Headcount of a branch with `n500` customers at or above 500k, `served` of its customers
/// having an advisor: ceil(0.95 × 0.9 × n500 / 300), between 1 and `served` (0 if none).
fn headcount(n500: u64, served: u64) -> u32 {
    if served == 0 {
        return 0;
    }
    let target = (n500 * HEADCOUNT_FILL_PER_MILLE).div_ceil(1000 * POLICY_CLIENTS_PER_ADVISOR);
    u32::try_from(target.clamp(1, served)).unwrap_or(u32::MAX)
}

/// `C` and at least 8 digits.
fn customer_id(n: usize) -> String {
    if n < 100_000_000 {
        let mut s = String::with_capacity(9);
        s.push('C');
        let mut digits = [b'0'; 8];
        let mut v = n;
        for d in digits.iter_mut().rev() {
            *d = b'0' + (v % 10) as u8;
            v /= 10;
        }
        s.extend(digits.iter().map(|&b| char::from(b)));
        s
    } else {
        format!("C{n:08}")
    }
}

/// Customers per branch: Zipf weights, apportioned by largest remainder (ties to the larger
/// branch), so the split is exact and every branch has customers once N is a few hundred.
fn branch_quotas(n: usize) -> [u64; BRANCHES.len()] {
    let weights: Vec<f64> = (1..=BRANCHES.len()).map(|k| (k as f64).powf(-ZIPF_EXPONENT)).collect();
    let total: f64 = weights.iter().sum();
    let mut quotas = [0u64; BRANCHES.len()];
    let mut fractions: Vec<(f64, usize)> = Vec::with_capacity(BRANCHES.len());
    let mut given = 0u64;
    for (i, w) in weights.iter().enumerate() {
        let exact = n as f64 * w / total;
        let q = exact.floor();
        quotas[i] = q as u64;
        given += q as u64;
        fractions.push((exact - q, i));
    }
    fractions.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut left = (n as u64).saturating_sub(given);
    for &(_, i) in fractions.iter().cycle() {
        if left == 0 {
            break;
        }
        quotas[i] += 1;
        left -= 1;
    }
    quotas
}

/// The numeric facts of one customer, before strings are attached.
#[derive(Debug, Clone, Copy)]
struct Draft {
    branch: usize,
    assets_fen: i64,
    age: u8,
    risk: RiskProfile,
    channel: Channel,
    trades: u32,
    revenue_fen: i64,
    served: bool,
}

struct Generator {
    rng: ChaCha8Rng,
    spare_normal: Option<f64>,
    /// Customers still to place in each branch (sampling without replacement).
    remaining: [u64; BRANCHES.len()],
    remaining_total: u64,
    /// Cumulative normalised CSDC shares.
    band_cdf: [f64; 8],
    /// Probability that a <10k account is 休眠-like (≤100 CNY).
    near_zero_in_band0: f64,
}

impl Generator {
    fn new(seed: u64, quotas: &[u64; BRANCHES.len()]) -> Self {
        let total: f64 = CSDC_2016_BANDS.iter().map(|b| b.share_pct).sum();
        let mut band_cdf = [0.0; 8];
        let mut acc = 0.0;
        for (c, b) in band_cdf.iter_mut().zip(CSDC_2016_BANDS.iter()) {
            acc += b.share_pct / total;
            *c = acc;
        }
        band_cdf[7] = 1.0;
        let band0 = CSDC_2016_BANDS[0].share_pct / total;
        Self {
            rng: ChaCha8Rng::seed_from_u64(seed),
            spare_normal: None,
            remaining: *quotas,
            remaining_total: quotas.iter().sum(),
            band_cdf,
            near_zero_in_band0: NEAR_ZERO_SHARE / ((1.0 - ZERO_ASSET_SHARE) * band0),
        }
    }

    /// Uniform in [0, 1).
    #[inline]
    fn uniform(&mut self) -> f64 {
        self.rng.random::<f64>()
    }

    #[inline]
    fn chance(&mut self, p: f64) -> bool {
        self.uniform() < p
    }

    /// Standard normal by Box–Muller (both variates used).
    fn normal(&mut self) -> f64 {
        if let Some(z) = self.spare_normal.take() {
            return z;
        }
        let u1 = 1.0 - self.uniform(); // (0, 1]
        let u2 = self.uniform();
        let r = (-2.0 * u1.ln()).sqrt();
        let theta = std::f64::consts::TAU * u2;
        self.spare_normal = Some(r * theta.sin());
        r * theta.cos()
    }

    fn next_branch(&mut self) -> usize {
        let mut r = self.rng.random_range(0..self.remaining_total.max(1));
        for (i, c) in self.remaining.iter_mut().enumerate() {
            if r < *c {
                *c -= 1;
                self.remaining_total -= 1;
                return i;
            }
            r -= *c;
        }
        0 // only reached if asked for more customers than the quotas (never)
    }

    /// Assets in fen, and whether the account is 休眠-like (always dormant).
    fn assets(&mut self) -> (i64, bool) {
        if self.chance(ZERO_ASSET_SHARE) {
            return (0, true);
        }
        let u = self.uniform();
        let band = self.band_cdf.iter().position(|&c| u < c).unwrap_or(7);
        let b = CSDC_2016_BANDS[band];
        match band {
            0 => {
                if self.chance(self.near_zero_in_band0) {
                    // 0.01 ..= 100 CNY
                    let fen = 1 + self.rng.random_range(0..10_000i64);
                    (fen, true)
                } else {
                    (self.log_uniform(100 * 100, b.upper_fen), false)
                }
            }
            7 => {
                // Truncated Pareto from 1亿 to the cap.
                let lo = b.lower_fen as f64;
                let ratio = (lo / TOP_CAP_FEN as f64).powf(TOP_PARETO_ALPHA);
                let u = self.uniform();
                let x = lo * (1.0 - u * (1.0 - ratio)).powf(-1.0 / TOP_PARETO_ALPHA);
                ((x as i64).clamp(b.lower_fen, TOP_CAP_FEN), false)
            }
            _ => (self.log_uniform(b.lower_fen, b.upper_fen), false),
        }
    }

    /// Whole fen, log-uniform in [lo, hi).
    fn log_uniform(&mut self, lo: i64, hi: i64) -> i64 {
        let u = self.uniform();
        let x = (lo as f64) * ((hi as f64) / (lo as f64)).powf(u);
        (x as i64).clamp(lo, hi - 1)
    }

    fn next_draft(&mut self) -> Draft {
        let branch = self.next_branch();
        let (assets_fen, sleeping) = self.assets();
        let assets_cny = assets_fen as f64 / 100.0;
        // log10(assets / 10k CNY), bounded: the wealth position used for the shapes below.
        let wealth = (assets_cny.max(1.0) / 1e4).log10();

        // Age: normal around 40 (+3 years per decade of assets above 10k), sd 12, truncated
        // to 18..=85 by redrawing.
        let mean_age = 40.0 + 3.0 * wealth.clamp(-1.0, 3.0);
        let mut age = 42.0;
        for _ in 0..32 {
            let a = (mean_age + 12.0 * self.normal()).round();
            if (18.0..=85.0).contains(&a) {
                age = a;
                break;
            }
        }
        let age_z = (age - 42.0) / 12.0;

        // Risk class: a latent tolerance falling with age, cut into C1..C5 (about 5/20/40/25/10%).
        let latent = -0.6 * age_z + 0.1 * wealth.clamp(-1.0, 3.0) + self.normal();
        let risk = match latent {
            l if l < -1.918 => RiskProfile::C1,
            l if l < -0.786 => RiskProfile::C2,
            l if l < 0.449 => RiskProfile::C3,
            l if l < 1.494 => RiskProfile::C4,
            _ => RiskProfile::C5,
        };

        // Channel: online more likely for the young and the small.
        let logit = 0.4 - 0.7 * age_z - 0.45 * (wealth - 0.7).clamp(-2.0, 3.0);
        let p_online = 1.0 / (1.0 + (-logit).exp());
        let channel = if self.chance(p_online) { Channel::Online } else { Channel::Offline };

        // Activity.
        let band = band_of(assets_fen);
        let dormant = sleeping || self.chance(DORMANT_BY_BAND[band]);
        let (trades, revenue_fen) = if dormant {
            (0, 0)
        } else {
            let activity = (ACTIVITY_SIGMA * self.normal() - ACTIVITY_SIGMA * ACTIVITY_SIGMA / 2.0).exp();
            let turnover_fen = assets_fen as f64 * turnover_ratio(assets_cny) * activity;
            let wealth_fee = WEALTH_FEE_RATE * (assets_fen - WEALTH_FEE_FLOOR_FEN).max(0) as f64;
            let revenue = (COMMISSION_RATE * turnover_fen + wealth_fee).round() as i64;
            let turnover_10k_cny = turnover_fen / 1e6;
            let t = 2.0 * turnover_10k_cny.max(0.0).powf(0.4) * (0.3 * self.normal()).exp();
            let trades = t.round().clamp(1.0, 20_000.0) as u32;
            (trades, revenue.max(0))
        };

        // Existing advisor.
        let served = if assets_fen >= 100_000_000 {
            self.chance(SERVED_1M)
        } else if assets_fen >= POLICY_MIN_ASSETS_FEN {
            self.chance(SERVED_500K)
        } else if assets_fen >= 10_000_000 {
            self.chance(SERVED_100K)
        } else {
            false
        };

        Draft { branch, assets_fen, age: age as u8, risk, channel, trades, revenue_fen, served }
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::book::{Book, BAND_COUNT};
    use std::collections::{BTreeSet, HashMap, HashSet};

    fn book(customers: usize, seed: u64) -> (Vec<BranchInfo>, Vec<Customer>) {
        generate_all(&DemoParams { customers, seed })
    }

    /// Summary figures of a generated book.
    struct Summary {
        csdc_pct: [f64; 8],
        model_pct: [f64; BAND_COUNT],
        dormant_pct: f64,
        dormant_by_band_pct: [f64; BAND_COUNT],
        served_500k_pct: f64,
        served_100k_pct: f64,
        online_pct: f64,
        n500_by_branch: HashMap<String, u64>,
    }

    fn summarise(customers: &[Customer]) -> Summary {
        let mut csdc = [0u64; 8];
        let mut positive = 0u64;
        let mut model = [0u64; BAND_COUNT];
        let mut model_dormant = [0u64; BAND_COUNT];
        let (mut dormant, mut online, mut n500, mut s500, mut n100, mut s100) = (0u64, 0u64, 0u64, 0u64, 0u64, 0u64);
        let mut n500_by_branch: HashMap<String, u64> = HashMap::new();
        for c in customers {
            if c.total_assets_fen > 0 {
                positive += 1;
                csdc[csdc_band_of(c.total_assets_fen)] += 1;
            }
            let band = band_of(c.total_assets_fen);
            model[band] += 1;
            if c.trades_12m == 0 {
                dormant += 1;
                model_dormant[band] += 1;
            }
            if c.channel == Channel::Online {
                online += 1;
            }
            if c.total_assets_fen >= POLICY_MIN_ASSETS_FEN {
                n500 += 1;
                *n500_by_branch.entry(c.branch.clone()).or_default() += 1;
                s500 += u64::from(c.advisor_id.is_some());
            } else if c.total_assets_fen >= 10_000_000 {
                n100 += 1;
                s100 += u64::from(c.advisor_id.is_some());
            }
        }
        let pct = |a: u64, b: u64| if b == 0 { 0.0 } else { 100.0 * a as f64 / b as f64 };
        let n = customers.len() as u64;
        Summary {
            csdc_pct: csdc.map(|k| pct(k, positive)),
            model_pct: model.map(|k| pct(k, n)),
            dormant_pct: pct(dormant, n),
            dormant_by_band_pct: std::array::from_fn(|i| pct(model_dormant[i], model[i])),
            served_500k_pct: pct(s500, n500),
            served_100k_pct: pct(s100, n100),
            online_pct: pct(online, n),
            n500_by_branch,
        }
    }

    fn table_pct() -> [f64; 8] {
        let total: f64 = CSDC_2016_BANDS.iter().map(|b| b.share_pct).sum();
        CSDC_2016_BANDS.map(|b| 100.0 * b.share_pct / total)
    }

    #[test]
    fn same_seed_same_book_and_different_seed_differs() {
        let a = book(5_000, 7);
        let b = book(5_000, 7);
        assert_eq!(a, b);
        let c = book(5_000, 8);
        assert_ne!(a.1, c.1);
    }

    #[test]
    fn streaming_and_in_memory_agree() {
        let params = DemoParams { customers: 2_000, seed: 3 };
        let mut streamed = Vec::new();
        let branches = generate(&params, |c| streamed.push(c));
        assert_eq!((branches, streamed), generate_all(&params));
    }

    #[test]
    fn band_shares_follow_csdc_2016() {
        let (_, customers) = book(200_000, DemoParams::default().seed);
        let s = summarise(&customers);
        let table = table_pct();
        for (i, (&got, &want)) in s.csdc_pct.iter().zip(table.iter()).enumerate() {
            assert!((got - want).abs() <= 1.0, "CSDC band {i}: {got:.2}% vs {want:.2}%");
        }
        // The MODEL bands (over all customers, zeros included) are consistent with the table:
        // 10k–100k splits log-uniformly at 30k.
        let split = 3f64.log10();
        let pos = 100.0 - 100.0 * ZERO_ASSET_SHARE;
        let expected = [
            100.0 * ZERO_ASSET_SHARE + table[0] * pos / 100.0,
            table[1] * split * pos / 100.0,
            table[1] * (1.0 - split) * pos / 100.0,
            table[2] * pos / 100.0,
            table[3] * pos / 100.0,
            table[4] * pos / 100.0,
            (table[5] + table[6] + table[7]) * pos / 100.0,
        ];
        for (i, (&got, &want)) in s.model_pct.iter().zip(expected.iter()).enumerate() {
            assert!((got - want).abs() <= 1.0, "MODEL band {i}: {got:.2}% vs {want:.2}%");
            // and against the plain table where the bands coincide
        }
        assert!((s.model_pct[0] - table[0]).abs() <= 1.0);
        assert!((s.model_pct[3] - table[2]).abs() <= 1.0);
        // Smooth within bands: plenty of distinct, non-round balances.
        let distinct: HashSet<i64> = customers.iter().map(|c| c.total_assets_fen).collect();
        assert!(distinct.len() > customers.len() * 9 / 10);
        let round = customers.iter().filter(|c| c.total_assets_fen > 0 && c.total_assets_fen % 100 == 0).count();
        assert!(round < customers.len() / 20, "{round} balances are whole yuan");
        assert!(customers.iter().all(|c| c.total_assets_fen <= TOP_CAP_FEN));
    }

    #[test]
    fn dormancy_is_calibrated_and_higher_for_small_accounts() {
        let (_, customers) = book(100_000, 11);
        let s = summarise(&customers);
        assert!((35.0..=45.0).contains(&s.dormant_pct), "dormant {:.2}%", s.dormant_pct);
        let over_500k = (s.dormant_by_band_pct[4] + s.dormant_by_band_pct[5]) / 2.0;
        assert!(s.dormant_by_band_pct[0] > 60.0 && over_500k < 20.0, "{:?}", s.dormant_by_band_pct);
        for w in s.dormant_by_band_pct[..5].windows(2) {
            assert!(w[0] > w[1], "dormancy should fall with assets: {:?}", s.dormant_by_band_pct);
        }
        // 休眠-like accounts (≤ 100 CNY) are always dormant, dormant ones earn nothing.
        for c in &customers {
            if c.total_assets_fen <= 10_000 {
                assert_eq!(c.trades_12m, 0, "{c:?}");
            }
            if c.trades_12m == 0 {
                assert_eq!(c.revenue_12m_fen, 0, "{c:?}");
            }
        }
        let sleeping = customers.iter().filter(|c| c.total_assets_fen <= 10_000).count() as f64;
        let share = 100.0 * sleeping / customers.len() as f64;
        assert!((1.5..=2.5).contains(&share), "休眠-like {share:.2}%");
    }

    #[test]
    fn every_field_is_in_range() {
        let (branches, customers) = book(50_000, 5);
        assert_eq!(branches.len(), 30);
        let names: HashSet<&str> = branches.iter().map(|b| b.name.as_str()).collect();
        assert_eq!(names.len(), 30);
        let regions: BTreeSet<&str> = branches.iter().filter_map(|b| b.region.as_deref()).collect();
        assert_eq!(regions, ["东北", "华东", "华中", "华北", "华南", "西北", "西南"].into_iter().collect());
        let mut ids = HashSet::new();
        for (i, c) in customers.iter().enumerate() {
            assert_eq!(c.customer_id, format!("C{:08}", i + 1));
            assert!(ids.insert(c.customer_id.as_str()));
            assert!(names.contains(c.branch.as_str()));
            assert!(c.total_assets_fen >= 0);
            assert!((18..=85).contains(&c.age), "{c:?}");
            assert!(c.revenue_12m_fen >= 0);
            assert!(c.trades_12m <= 20_000);
            if c.trades_12m == 0 {
                assert_eq!(c.revenue_12m_fen, 0);
            }
            if let Some(a) = &c.advisor_id {
                assert!(!a.is_empty());
                assert!(c.total_assets_fen >= 10_000_000, "served below 100k: {c:?}");
            }
        }
        // Age skewed to 30–55; risk falls with age; online share in 55–65%.
        let mid = customers.iter().filter(|c| (30..=55).contains(&c.age)).count() as f64;
        assert!(mid / customers.len() as f64 > 0.6);
        let mean_risk = |lo: u8, hi: u8| {
            let v: Vec<f64> = customers
                .iter()
                .filter(|c| (lo..=hi).contains(&c.age))
                .map(|c| f64::from(c.risk_profile.level()))
                .collect();
            v.iter().sum::<f64>() / v.len() as f64
        };
        assert!(mean_risk(18, 30) > mean_risk(60, 85) + 0.5);
        let s = summarise(&customers);
        assert!((55.0..=65.0).contains(&s.online_pct), "online {:.2}%", s.online_pct);
        let online_share = |f: &dyn Fn(&Customer) -> bool| {
            let v: Vec<&Customer> = customers.iter().filter(|c| f(c)).collect();
            v.iter().filter(|c| c.channel == Channel::Online).count() as f64 / v.len() as f64
        };
        assert!(online_share(&|c| c.age < 35) > online_share(&|c| c.age >= 55));
        assert!(
            online_share(&|c| c.total_assets_fen < 5_000_000) > online_share(&|c| c.total_assets_fen >= 50_000_000)
        );
    }

    #[test]
    fn revenue_follows_commission_and_turnover() {
        let (_, customers) = book(50_000, 9);
        // Active customers under 100k: revenue / assets ≈ 10 × 万2.2 on average (activity mean 1).
        let (mut rev, mut assets) = (0f64, 0f64);
        for c in customers.iter().filter(|c| c.trades_12m > 0 && c.total_assets_fen < 10_000_000) {
            rev += c.revenue_12m_fen as f64;
            assets += c.total_assets_fen as f64;
        }
        let ratio = rev / assets / (10.0 * COMMISSION_RATE);
        assert!((0.85..=1.15).contains(&ratio), "{ratio}");
        // More trades for bigger accounts.
        let mean_trades = |lo: i64, hi: i64| {
            let v: Vec<f64> = customers
                .iter()
                .filter(|c| c.trades_12m > 0 && (lo..hi).contains(&c.total_assets_fen))
                .map(|c| f64::from(c.trades_12m))
                .collect();
            v.iter().sum::<f64>() / v.len() as f64
        };
        assert!(mean_trades(50_000_000, i64::MAX) > mean_trades(0, 1_000_000));
        assert_eq!(turnover_ratio(50_000.0), 10.0);
        assert_eq!(turnover_ratio(2_000_000.0), 3.0);
        assert!((turnover_ratio(316_227.77) - 10.0 * 0.3f64.sqrt()).abs() < 1e-6);
    }

    /// Distinct advisor ids per branch, as `Book::from_customers` derives them.
    fn distinct_advisors(customers: &[Customer]) -> HashMap<&str, BTreeSet<&str>> {
        let mut m: HashMap<&str, BTreeSet<&str>> = HashMap::new();
        for c in customers {
            if let Some(a) = c.advisor_id.as_deref() {
                m.entry(c.branch.as_str()).or_default().insert(a);
            }
        }
        m
    }

    fn check_headcounts(branches: &[BranchInfo], customers: &[Customer]) {
        let distinct = distinct_advisors(customers);
        for b in branches {
            let n = distinct.get(b.name.as_str()).map_or(0, |s| s.len()) as u32;
            assert_eq!(n, b.current_advisors, "{}", b.name);
        }
        let book = Book::from_customers(customers, None).unwrap();
        let by_name: HashMap<&str, u32> = branches.iter().map(|b| (b.name.as_str(), b.current_advisors)).collect();
        for b in book.branches() {
            assert_eq!(Some(&b.current_advisors), by_name.get(b.name.as_str()), "{}", b.name);
        }
        let with_file = Book::from_customers(customers, Some(branches)).unwrap();
        for b in with_file.branches() {
            assert_eq!(by_name[b.name.as_str()], b.current_advisors);
        }
        // Advisor ids belong to one branch only.
        let mut owner: HashMap<&str, &str> = HashMap::new();
        for c in customers {
            if let Some(a) = c.advisor_id.as_deref() {
                assert_eq!(*owner.entry(a).or_insert(c.branch.as_str()), c.branch.as_str());
            }
        }
    }

    #[test]
    fn headcounts_match_distinct_advisor_ids_and_the_book() {
        let (branches, customers) = book(200_000, DemoParams::default().seed);
        check_headcounts(&branches, &customers);
        let s = summarise(&customers);
        assert!((80.0..=90.0).contains(&s.served_500k_pct), "served ≥500k {:.2}%", s.served_500k_pct);
        assert!((1.5..=4.5).contains(&s.served_100k_pct), "served 100k–500k {:.2}%", s.served_100k_pct);
        // Today's 500k policy is nearly full: needed ≥ current in every branch, a few hires overall.
        let (mut needed, mut current) = (0u64, 0u64);
        for b in &branches {
            let n = s.n500_by_branch.get(&b.name).copied().unwrap_or(0);
            let need = (9 * n).div_ceil(10 * POLICY_CLIENTS_PER_ADVISOR);
            assert!(need >= u64::from(b.current_advisors), "{}: need {need}, have {}", b.name, b.current_advisors);
            needed += need;
            current += u64::from(b.current_advisors);
        }
        assert!(current > 0 && needed >= current && needed <= current + current / 5 + 5, "{needed} vs {current}");
    }

    #[test]
    fn small_books_work() {
        for n in [0, 1, 29, 100, 1000] {
            let (branches, customers) = book(n, 42);
            assert_eq!(branches.len(), 30);
            assert_eq!(customers.len(), n);
            check_headcounts(&branches, &customers);
            if n >= 1000 {
                let used: HashSet<&str> = customers.iter().map(|c| c.branch.as_str()).collect();
                assert_eq!(used.len(), 30, "every branch has customers at N = {n}");
            }
        }
    }

    #[test]
    fn branches_are_zipf_like() {
        let q = branch_quotas(1_000_000);
        assert_eq!(q.iter().sum::<u64>(), 1_000_000);
        assert!(q.windows(2).all(|w| w[0] >= w[1]));
        assert!(q[0] > 8 * q[29]);
        assert_eq!(branch_quotas(7).iter().sum::<u64>(), 7);
        assert_eq!(customer_id(1), "C00000001");
        assert_eq!(customer_id(99_999_999), "C99999999");
        assert_eq!(customer_id(123_456_789), "C123456789");
    }

    /// `cargo test --release -p reach-core demo -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn one_million_speed_and_summary() {
        let params = DemoParams::default();
        let start = std::time::Instant::now();
        let mut count = 0usize;
        let mut sum_rev = 0i128;
        let branches = generate(&params, |c| {
            count += 1;
            sum_rev += i128::from(c.revenue_12m_fen);
        });
        let streamed = start.elapsed();
        let start = std::time::Instant::now();
        let (branches2, customers) = generate_all(&params);
        let in_memory = start.elapsed();
        assert_eq!(branches, branches2);
        assert_eq!(count, customers.len());
        println!("{DEMO_LABEL}");
        println!("generate (streaming, sink drops) {streamed:?}; generate_all {in_memory:?}");
        let s = summarise(&customers);
        let table = table_pct();
        for (i, b) in CSDC_2016_BANDS.iter().enumerate() {
            println!(
                "CSDC band {:>11}..{:<11} CNY: {:6.2}% (table {:6.2}%)",
                b.lower_fen / 100,
                if i == 7 { "∞".to_string() } else { (b.upper_fen / 100).to_string() },
                s.csdc_pct[i],
                table[i]
            );
        }
        for i in 0..BAND_COUNT {
            println!(
                "MODEL band {:<13}: {:6.2}% of customers, dormant {:5.1}%",
                crate::book::BAND_LABELS[i],
                s.model_pct[i],
                s.dormant_by_band_pct[i]
            );
        }
        println!("dormant {:.2}%, online {:.2}%", s.dormant_pct, s.online_pct);
        println!("served: ≥500k {:.2}%, 100k–500k {:.2}%", s.served_500k_pct, s.served_100k_pct);
        let (mut needed, mut current, mut served) = (0u64, 0u64, 0u64);
        for b in &branches {
            let n = s.n500_by_branch.get(&b.name).copied().unwrap_or(0);
            let need = (9 * n).div_ceil(10 * POLICY_CLIENTS_PER_ADVISOR);
            let sv = customers.iter().filter(|c| c.branch == b.name && c.advisor_id.is_some()).count() as u64;
            println!(
                "{:<14} {} customers≥500k {:>6} advisors {:>3} needed@500k {:>3} load {:>6.1} served/adv {:>6.1}",
                b.name,
                b.region.as_deref().unwrap_or(""),
                n,
                b.current_advisors,
                need,
                0.9 * n as f64 / f64::from(b.current_advisors.max(1)),
                sv as f64 / f64::from(b.current_advisors.max(1))
            );
            needed += need;
            current += u64::from(b.current_advisors);
            served += sv;
        }
        println!("advisors today {current}, needed at 500k {needed}, hires {}, served {served}", needed - current);
        let ages: Vec<f64> = customers.iter().map(|c| f64::from(c.age)).collect();
        println!("mean age {:.1}", ages.iter().sum::<f64>() / ages.len() as f64);
        let mut risk = [0u64; 5];
        for c in &customers {
            risk[usize::from(c.risk_profile.level() - 1)] += 1;
        }
        println!("risk C1..C5 {:?}", risk.map(|r| format!("{:.1}%", 100.0 * r as f64 / customers.len() as f64)));
        println!("base revenue {:.0} CNY", sum_rev as f64 / 100.0);
        check_headcounts(&branches, &customers);
    }
}

/// The demo book straight into memory (no warehouse): for benchmarks and tests.
pub fn generate_book(params: &DemoParams) -> Book {
    let list: Vec<BranchInfo> = BRANCHES
        .iter()
        .map(|b| BranchInfo { name: b.name.to_string(), region: Some(b.region.to_string()), current_advisors: 0 })
        .collect();
    let index: std::collections::HashMap<String, u16> =
        list.iter().enumerate().map(|(i, b)| (b.name.clone(), i as u16)).collect();
    let mut builder = BookBuilder::new(list).expect("the demo branches are distinct");
    builder.reserve(params.customers);
    let branches = generate(params, |c| {
        builder.push(CustomerFacts::of(&c, index[&c.branch])).expect("demo customers are valid");
    });
    for b in &branches {
        builder.set_current_advisors(&b.name, b.current_advisors);
    }
    builder.finish()
}

#[cfg(test)]
mod in_memory_tests {
    use super::*;

    #[test]
    fn the_in_memory_demo_book_equals_the_one_built_from_records() {
        let params = DemoParams { customers: 5_000, seed: 7 };
        let (branches, customers) = generate_all(&params);
        let from_records = Book::from_customers(&customers, Some(&branches)).unwrap();
        let direct = generate_book(&params);
        assert_eq!(direct.branches(), from_records.branches());
        assert_eq!(direct.stats(), from_records.stats());
        assert!((0..direct.len()).all(|i| direct.customer(i) == from_records.customer(i)));
    }
}
