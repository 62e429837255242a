//! The four estimates of MODEL section 11 (uplift, activation, asset growth, wealth share),
//! each with its 95% interval, the group sizes it rests on and its flags. Degenerate cases
//! give `None` with the reason as a flag, never NaN or infinity:
//! - a group with no customer in the estimate's population: no estimate;
//! - a zero denominator (the treated's mean base is 0): no estimate;
//! - fewer than 2 customers in a group (no variance): an estimate without an interval;
//! - zero variance in both groups: the interval is the estimate itself.

use serde::Serialize;

use super::intervals::{newcombe, welch, Moments};
use super::outcome::{Group, PilotCustomer};

/// Fewer customers than this in either group flags an estimate.
pub const MIN_GROUP: u64 = 100;

/// One estimate with its 95% interval. `flagged` when the interval includes 0, when a group
/// has fewer than `MIN_GROUP` customers, or when the estimate or its interval is undefined.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Estimate {
    pub estimate: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub n_treated: u64,
    pub n_control: u64,
    pub flagged: bool,
    /// Why it is flagged (empty when it is not).
    pub flags: Vec<Flag>,
}

/// One reason an estimate is flagged: a stable code and the reason in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Flag {
    pub code: &'static str,
    pub reason: String,
}

impl Flag {
    fn new(code: &'static str, reason: impl Into<String>) -> Flag {
        Flag { code, reason: reason.into() }
    }
}

impl std::fmt::Display for Flag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.reason)
    }
}

impl Estimate {
    /// Builds an estimate and derives its flags.
    fn new(
        estimate: Option<f64>,
        interval: Option<(f64, f64)>,
        n_treated: u64,
        n_control: u64,
        mut flags: Vec<Flag>,
    ) -> Estimate {
        let estimate = estimate.filter(|e| e.is_finite());
        let interval = interval.filter(|(l, h)| estimate.is_some() && l.is_finite() && h.is_finite());
        if estimate.is_some() && interval.is_none() && flags.is_empty() {
            flags.push(Flag::new("no_interval", "no interval could be computed"));
        }
        if let Some((low, high)) = interval.filter(|(l, h)| *l <= 0.0 && 0.0 <= *h) {
            flags.push(Flag::new("includes_zero", format!("the 95% interval [{low:.4}, {high:.4}] includes 0")));
        }
        if n_treated < MIN_GROUP || n_control < MIN_GROUP {
            flags.push(Flag::new(
                "small_group",
                format!("fewer than {MIN_GROUP} customers in a group ({n_treated} treated, {n_control} control)"),
            ));
        }
        Estimate {
            estimate,
            low: interval.map(|i| i.0),
            high: interval.map(|i| i.1),
            n_treated,
            n_control,
            flagged: !flags.is_empty(),
            flags,
        }
    }
}

/// (mean outcome_T − mean outcome_C) ÷ mean base_T, with Welch's interval on the difference
/// divided by the same denominator. `what` names the population and `base` the denominator,
/// for the reasons.
fn difference_ratio(treated: &[(i64, i64)], control: &[(i64, i64)], population: &str, base: &str) -> Estimate {
    let (nt, nc) = (treated.len() as u64, control.len() as u64);
    let mut flags = Vec::new();
    for (n, group) in [(nt, "treated"), (nc, "control")] {
        if n == 0 {
            flags.push(Flag::new("no_estimate", format!("no {group} customer {population}")));
        }
    }
    if !flags.is_empty() {
        return Estimate::new(None, None, nt, nc, flags);
    }
    let outcome = |rows: &[(i64, i64)]| Moments::of(&rows.iter().map(|r| r.0).collect::<Vec<_>>());
    let (mt, mc) = (outcome(treated), outcome(control));
    let denominator = Moments::of(&treated.iter().map(|r| r.1).collect::<Vec<_>>()).mean;
    if denominator == 0.0 {
        flags.push(Flag::new("no_estimate", format!("the treated customers' mean {base} is 0: nothing to divide by")));
        return Estimate::new(None, None, nt, nc, flags);
    }
    if nt < 2 || nc < 2 {
        flags.push(Flag::new("no_interval", "fewer than 2 customers in a group: no variance, no interval"));
    }
    let estimate = (mt.mean - mc.mean) / denominator;
    let interval = welch(&mt, &mc).map(|(l, h)| (l / denominator, h / denominator));
    Estimate::new(Some(estimate), interval, nt, nc, flags)
}

/// (outcome, denominator) of each customer of one group.
type Pairs = Vec<(i64, i64)>;

/// Split by group into (outcome, denominator) pairs.
fn pairs(
    customers: &[&PilotCustomer],
    keep: impl Fn(&PilotCustomer) -> bool,
    value: impl Fn(&PilotCustomer) -> (i64, i64),
) -> (Pairs, Pairs) {
    let mut treated = Vec::new();
    let mut control = Vec::new();
    for c in customers.iter().filter(|c| keep(c)) {
        match c.group {
            Group::Treated => treated.push(value(c)),
            Group::Control => control.push(value(c)),
        }
    }
    (treated, control)
}

/// Revenue uplift among customers who traded before the pilot: (mean Δrevenue_T − mean
/// Δrevenue_C) ÷ mean revenue_before_T.
pub fn uplift(customers: &[&PilotCustomer]) -> Estimate {
    let (t, c) = pairs(customers, PilotCustomer::was_active, |c| {
        (c.revenue_after_fen - c.revenue_before_fen, c.revenue_before_fen)
    });
    difference_ratio(&t, &c, "with trades_before > 0", "revenue_before")
}

/// Activation among customers who did not trade before: share with trades_after > 0 among
/// the treated minus the same share among the controls; Newcombe's hybrid score interval.
pub fn activation(customers: &[&PilotCustomer]) -> Estimate {
    let (mut kt, mut nt, mut kc, mut nc) = (0u64, 0u64, 0u64, 0u64);
    for c in customers.iter().filter(|c| !c.was_active()) {
        let active = u64::from(c.trades_after > 0);
        match c.group {
            Group::Treated => (kt, nt) = (kt + active, nt + 1),
            Group::Control => (kc, nc) = (kc + active, nc + 1),
        }
    }
    let mut flags = Vec::new();
    for (n, group) in [(nt, "treated"), (nc, "control")] {
        if n == 0 {
            flags.push(Flag::new("no_estimate", format!("no {group} customer with trades_before = 0")));
        }
    }
    if !flags.is_empty() {
        return Estimate::new(None, None, nt, nc, flags);
    }
    let estimate = kt as f64 / nt as f64 - kc as f64 / nc as f64;
    Estimate::new(Some(estimate), newcombe(kt, nt, kc, nc), nt, nc, flags)
}

/// Asset growth over all customers: (mean Δassets_T − mean Δassets_C) ÷ mean assets_before_T.
pub fn asset_growth(customers: &[&PilotCustomer]) -> Estimate {
    let (t, c) = pairs(customers, |_| true, |c| (c.assets_after_fen - c.assets_before_fen, c.assets_before_fen));
    difference_ratio(&t, &c, "in the pilot", "assets_before")
}

/// Wealth share over all customers: (mean placed_after_T − mean placed_after_C) ÷ mean
/// assets_after_T; `None` when the outcomes carry no placed_after.
pub fn wealth_share(customers: &[&PilotCustomer]) -> Option<Estimate> {
    if customers.iter().any(|c| c.placed_after_fen.is_none()) || customers.is_empty() {
        return None;
    }
    let (t, c) = pairs(customers, |_| true, |c| (c.placed_after_fen.unwrap_or(0), c.assets_after_fen));
    Some(difference_ratio(&t, &c, "in the pilot", "assets_after"))
}
