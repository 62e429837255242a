//! The interval arithmetic of MODEL section 11, 95% two-sided: Welch's t interval for a
//! difference of means, Wilson's score interval for a proportion, and Newcombe's hybrid score
//! interval for a difference of proportions. Quantiles come from `statrs` (Student's t through
//! the inverse regularised incomplete beta function, see `t_quantile` for large df; the normal
//! through the inverse error function). Every function returns `None` rather than NaN or infinity.

use statrs::distribution::{ContinuousCDF, Normal, StudentsT};

/// Two-sided confidence of every interval.
pub const CONFIDENCE: f64 = 0.95;

/// The upper quantile used for a two-sided 95% interval: 0.975.
const UPPER: f64 = 1.0 - (1.0 - CONFIDENCE) / 2.0;

/// From this many degrees of freedom on, `t_quantile` uses the Cornish–Fisher expansion.
const EXPANSION_DF: f64 = 1000.0;

/// The `p` quantile of Student's t with `df` > 0 degrees of freedom. Below 1,000 df: statrs
/// (exact to about 1e-12). From 1,000 df on, statrs' inverse beta loses digits (3e-6 relative
/// at 1e5 df, worse above), so there the quantile is the Cornish–Fisher expansion in 1/ν about
/// the normal quantile z (Abramowitz & Stegun 26.7.5, four terms), whose error is O(ν⁻⁵),
/// below 1e-15 at 1,000 df.
pub fn t_quantile(p: f64, df: f64) -> Option<f64> {
    if df.is_nan() || df <= 0.0 {
        return None;
    }
    let q = if df >= EXPANSION_DF {
        let z = z_quantile(p)?;
        let (z2, v) = (z * z, df);
        let g1 = z * (z2 + 1.0) / 4.0;
        let g2 = z * ((5.0 * z2 + 16.0) * z2 + 3.0) / 96.0;
        let g3 = z * (((3.0 * z2 + 19.0) * z2 + 17.0) * z2 - 15.0) / 384.0;
        let g4 = z * ((((79.0 * z2 + 776.0) * z2 + 1482.0) * z2 - 1920.0) * z2 - 945.0) / 92_160.0;
        z + g1 / v + g2 / (v * v) + g3 / (v * v * v) + g4 / (v * v * v * v)
    } else {
        StudentsT::new(0.0, 1.0, df).ok()?.inverse_cdf(p)
    };
    q.is_finite().then_some(q)
}

/// The `p` quantile of the standard normal.
pub fn z_quantile(p: f64) -> Option<f64> {
    let q = Normal::new(0.0, 1.0).ok()?.inverse_cdf(p);
    q.is_finite().then_some(q)
}

/// Count, mean and sample variance (n − 1) of whole-fen values; the sum is exact (i128), the
/// variance is taken about the mean in a second pass.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Moments {
    pub n: u64,
    /// 0 when `n` is 0.
    pub mean: f64,
    /// `None` when `n` < 2.
    pub variance: Option<f64>,
}

impl Moments {
    pub fn of(values: &[i64]) -> Moments {
        let n = values.len() as u64;
        if n == 0 {
            return Moments { n, mean: 0.0, variance: None };
        }
        let sum: i128 = values.iter().map(|&v| i128::from(v)).sum();
        let mean = sum as f64 / n as f64;
        let variance = (n >= 2).then(|| {
            let squares: f64 = values.iter().map(|&v| (v as f64 - mean).powi(2)).sum();
            squares / (n - 1) as f64
        });
        Moments { n, mean, variance }
    }
}

/// Welch's 95% interval for mean(treated) − mean(control): d ± t(0.975, ν) × se with
/// se² = s²_T/n_T + s²_C/n_C and ν = se⁴ / ((s²_T/n_T)²/(n_T−1) + (s²_C/n_C)²/(n_C−1)).
/// `None` when a group has fewer than 2 values. When both groups have zero variance the
/// interval is the point d itself (no sampling variation was observed).
pub fn welch(treated: &Moments, control: &Moments) -> Option<(f64, f64)> {
    let (vt, vc) = (treated.variance?, control.variance?);
    let d = treated.mean - control.mean;
    let (at, ac) = (vt / treated.n as f64, vc / control.n as f64);
    let se2 = at + ac;
    if se2 == 0.0 {
        return Some((d, d));
    }
    let df = se2 * se2 / (at * at / (treated.n - 1) as f64 + ac * ac / (control.n - 1) as f64);
    let half = t_quantile(UPPER, df)? * se2.sqrt();
    let (low, high) = (d - half, d + half);
    (low.is_finite() && high.is_finite()).then_some((low, high))
}

/// Welch's degrees of freedom (exposed for the evaluation report and its tests).
pub fn welch_df(treated: &Moments, control: &Moments) -> Option<f64> {
    let (vt, vc) = (treated.variance?, control.variance?);
    let (at, ac) = (vt / treated.n as f64, vc / control.n as f64);
    let den = at * at / (treated.n - 1) as f64 + ac * ac / (control.n - 1) as f64;
    (den > 0.0).then(|| (at + ac).powi(2) / den)
}

/// Wilson's 95% score interval for `k` successes in `n` trials (`n` > 0), clamped to [0, 1].
pub fn wilson(k: u64, n: u64) -> Option<(f64, f64)> {
    if n == 0 || k > n {
        return None;
    }
    let z = z_quantile(UPPER)?;
    let (n, p) = (n as f64, k as f64 / n as f64);
    let z2 = z * z;
    let centre = p + z2 / (2.0 * n);
    let half = z * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt();
    let denom = 1.0 + z2 / n;
    Some((((centre - half) / denom).clamp(0.0, 1.0), ((centre + half) / denom).clamp(0.0, 1.0)))
}

/// Newcombe's hybrid score 95% interval (his method 10) for p₁ − p₂, from the Wilson
/// intervals (l₁, u₁) and (l₂, u₂): d − √((p₁−l₁)² + (u₂−p₂)²) .. d + √((u₁−p₁)² + (p₂−l₂)²).
pub fn newcombe(k1: u64, n1: u64, k2: u64, n2: u64) -> Option<(f64, f64)> {
    let (l1, u1) = wilson(k1, n1)?;
    let (l2, u2) = wilson(k2, n2)?;
    let (p1, p2) = (k1 as f64 / n1 as f64, k2 as f64 / n2 as f64);
    let d = p1 - p2;
    let low = d - ((p1 - l1).powi(2) + (u2 - p2).powi(2)).sqrt();
    let high = d + ((u1 - p1).powi(2) + (p2 - l2).powi(2)).sqrt();
    Some((low, high))
}
