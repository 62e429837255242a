//! The generator of the demo book: a seeded random stream of customers (two passes: counts,
//! then records), and the same book built straight into memory.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::branches::{branch_quotas, headcount, BRANCHES};
use super::calibration::*;
use super::DemoParams;
use crate::book::{band_of, Book, BookBuilder, BranchInfo, Channel, Customer, CustomerFacts, RiskProfile};

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

/// `C` and at least 8 digits.
pub(super) fn customer_id(n: usize) -> String {
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
