//! Threshold sweeps: vary one tier's `min_assets` over many points, every other input held.
//!
//! One pass over the book serves all points. For each customer we find the tier it would get
//! without the swept tier T (`other`), and whether it passes T's filters. It then belongs to T
//! exactly for the points where T's threshold is at or below its assets *and* T sorts before
//! `other` — a contiguous run of the sorted points, found with one binary search. Difference
//! arrays over the points turn those runs into per-point cells, and each point is finished by
//! the same `engine::finish` a single run uses: O(n log K + K × tiers × branches).

use rust_decimal::Decimal;
use serde::Serialize;

use crate::book::Book;
use crate::engine::{finish, Cell, Cells, TierRules};
use crate::money::{round2, threshold_fen};
use crate::result::{ScenarioResult, Totals};
use crate::scenario::{Scenario, ScenarioError};

/// At most this many points in one sweep.
pub const MAX_POINTS: usize = 1001;

/// One point of a sweep: the swept tier's threshold and the full result there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SweepPoint {
    #[serde(serialize_with = "crate::result::money")]
    pub min_assets: Decimal,
    pub result: ScenarioResult,
}

/// The compact row `reach sweep --json` prints: the threshold and the totals there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SweepRow {
    pub tier: String,
    #[serde(serialize_with = "crate::result::money")]
    pub min_assets: Decimal,
    pub totals: Totals,
}

/// The thresholds of a sweep from `from` to `to` inclusive in `steps` points, evenly spaced
/// (or on a log scale), each rounded to the fen. The number of points and the bounds are
/// checked before anything is built: at most `MAX_POINTS` points, each bound from 0 to 10^13
/// CNY (above 0 on a log scale).
pub fn grid(from: Decimal, to: Decimal, steps: usize, log: bool) -> Result<Vec<Decimal>, ScenarioError> {
    if steps == 0 || steps > MAX_POINTS {
        return Err(ScenarioError::new("steps", format!("must be from 1 to {MAX_POINTS} (got {steps})")));
    }
    let max = Decimal::from(crate::scenario::MAX_MONEY);
    for (field, v) in [("from", from), ("to", to)] {
        if v < Decimal::ZERO || v > max {
            return Err(ScenarioError::new(field, format!("must be between 0 and {max} (got {v})")));
        }
        if log && v.is_zero() {
            return Err(ScenarioError::new(field, "must be above 0 on a log scale"));
        }
    }
    Ok(if log { log_points(from, to, steps) } else { linear_points(from, to, steps) })
}

/// `steps` evenly spaced thresholds from `from` to `to` inclusive, each rounded to the fen.
fn linear_points(from: Decimal, to: Decimal, steps: usize) -> Vec<Decimal> {
    match steps {
        0 => Vec::new(),
        1 => vec![round2(from)],
        _ => (0..steps).map(|k| round2(from + (to - from) * Decimal::from(k) / Decimal::from(steps - 1))).collect(),
    }
}

/// `steps` thresholds from `from` to `to` (both > 0) evenly spaced on a log scale, each rounded
/// to the fen — the natural spacing for thresholds from 1万 to 100万.
fn log_points(from: Decimal, to: Decimal, steps: usize) -> Vec<Decimal> {
    use rust_decimal::prelude::ToPrimitive;
    let (a, b) = (from.to_f64().unwrap_or(0.0), to.to_f64().unwrap_or(0.0));
    if steps < 2 || a <= 0.0 || b <= 0.0 {
        return linear_points(from, to, steps);
    }
    (0..steps)
        .map(|k| {
            if k == 0 {
                return round2(from);
            }
            if k == steps - 1 {
                return round2(to);
            }
            let x = a * (b / a).powf(k as f64 / (steps - 1) as f64);
            round2(Decimal::try_from(x).unwrap_or(from))
        })
        .collect()
}

/// The tier a chart sweeps when none is chosen: the lowest threshold served by people (advisor
/// or hybrid), else the lowest tier; the first written among equals.
pub fn chart_tier(scenario: &Scenario) -> Option<usize> {
    let lowest =
        |people: bool| {
            (0..scenario.tiers.len())
                .filter(|&i| !people || scenario.tiers[i].model.needs_advisors())
                .reduce(|best, i| if scenario.tiers[i].min_assets < scenario.tiers[best].min_assets { i } else { best })
        };
    lowest(true).or_else(|| lowest(false))
}

/// The widest range a chart sweeps over: 1万 to 100万.
pub const CHART_RANGE: (i64, i64) = (10_000, 1_000_000);

/// The thresholds a chart of tier `t` shows: `steps` log-spaced points over the range where the
/// tier keeps its place among the others (between the next lower and the next higher tier's
/// threshold, within `CHART_RANGE`), plus the tier's own threshold so the current point is
/// exact; ascending, without duplicates. Beyond a neighbour's threshold the tiers would swap
/// order, and the curve would describe a different policy.
pub fn chart_points(scenario: &Scenario, t: usize, steps: usize) -> Vec<Decimal> {
    let current = scenario.tiers[t].min_assets;
    let (mut lo, mut hi) = (Decimal::from(CHART_RANGE.0), Decimal::from(CHART_RANGE.1));
    for (i, other) in scenario.tiers.iter().enumerate() {
        if i != t && other.min_assets < current {
            lo = lo.max(other.min_assets);
        }
        if i != t && other.min_assets > current {
            hi = hi.min(other.min_assets);
        }
    }
    lo = lo.min(current).max(Decimal::ONE);
    hi = hi.max(current);
    let mut xs = if lo < hi { log_points(lo, hi, steps) } else { vec![round2(current)] };
    xs.push(round2(current));
    xs.sort();
    xs.dedup();
    xs
}

/// Runs `scenario` with tier `tier`'s min_assets set to each of `thresholds` (in the order
/// given; duplicates allowed). Each point equals `engine::run` on the modified scenario.
pub fn sweep(
    book: &Book,
    scenario: &Scenario,
    tier: &str,
    thresholds: &[Decimal],
) -> Result<Vec<SweepPoint>, ScenarioError> {
    scenario.validate()?;
    let t = scenario.tier_index(tier).ok_or_else(|| {
        ScenarioError::new("tier", format!("no tier is named `{tier}` in scenario `{}`", scenario.name))
    })?;
    if thresholds.len() > MAX_POINTS {
        return Err(ScenarioError::new(
            "steps",
            format!("at most {MAX_POINTS} points in one sweep (got {})", thresholds.len()),
        ));
    }
    if let Some(bad) = thresholds.iter().find(|x| x.is_sign_negative() && !x.is_zero()) {
        return Err(ScenarioError::new("from", format!("thresholds must not be negative (got {bad})")));
    }
    if thresholds.is_empty() {
        return Ok(Vec::new());
    }
    // Distinct thresholds in ascending order; results map back to the caller's order.
    let mut xs: Vec<Decimal> = thresholds.to_vec();
    xs.sort();
    xs.dedup();
    let k_count = xs.len();
    let x_fen: Vec<i64> = xs.iter().map(|&x| threshold_fen(x)).collect();

    let rules = TierRules::new(scenario);
    let swept = &rules.rules[t];
    // The assignment order without T.
    let others: Vec<usize> = rules.order.iter().copied().filter(|&o| o != t).collect();
    // For each other tier o: the first point from which T sorts before o (ties keep written order).
    let first_before: Vec<usize> = (0..scenario.tiers.len())
        .map(|o| {
            let m = scenario.tiers[o].min_assets;
            xs.partition_point(|&x| if t < o { x < m } else { x <= m })
        })
        .collect();

    let nb = book.branches().len();
    let n_tiers = scenario.tiers.len();
    let stride = n_tiers * nb;
    let c = book.columns();
    let min_x_fen = x_fen[0];
    // One pass, split over the cores: each part holds the cells that hold for every point
    // (`base`) and the changes at each point (`diff[k * stride + cell]`, from point k on).
    let parts = crate::parallel::over_customers(book.len(), |range| {
        let mut base = Cells::new(n_tiers, nb);
        let mut diff = vec![Cell::default(); (k_count + 1) * stride];
        for i in range {
            let other = others.iter().copied().find(|&o| rules.rules[o].qualifies(&c, i));
            let branch = usize::from(c.branch[i]);
            if let Some(o) = other {
                base.at(o, branch).add_customer(&c, i, 1);
            }
            let assets = c.assets_fen[i];
            if assets < min_x_fen || !swept.passes_filters(&c, i) {
                continue;
            }
            // Points where T's threshold is met: 0..=last.
            let last = x_fen.partition_point(|&f| f <= assets) - 1;
            let first = other.map_or(0, |o| first_before[o]);
            if first > last {
                continue;
            }
            let mut move_in =
                |k: usize, tier: usize, sign: i64| diff[k * stride + tier * nb + branch].add_customer(&c, i, sign);
            move_in(first, t, 1);
            move_in(last + 1, t, -1);
            if let Some(o) = other {
                move_in(first, o, -1);
                move_in(last + 1, o, 1);
            }
        }
        (base, diff)
    });
    let mut parts = parts.into_iter();
    let (mut running, mut diff) = parts.next().expect("at least one chunk");
    for (base, d) in parts {
        running.add(&base);
        for (a, b) in diff.iter_mut().zip(&d) {
            a.add(b);
        }
    }

    // The cells at each point, then each point finished (in parallel: points are independent).
    let mut at_points = Vec::with_capacity(k_count);
    for k in 0..k_count {
        for (cell, d) in running.cells.iter_mut().zip(&diff[k * stride..(k + 1) * stride]) {
            cell.add(d);
        }
        at_points.push(running.clone());
    }
    let results: Vec<ScenarioResult> = crate::parallel::map_chunks(k_count, 8, |range| {
        let mut at = scenario.clone();
        range
            .map(|k| {
                at.tiers[t].min_assets = xs[k];
                finish(book, &at, &at_points[k])
            })
            .collect::<Vec<_>>()
    })
    .into_iter()
    .flatten()
    .collect();
    Ok(thresholds
        .iter()
        .map(|x| {
            let k = xs.binary_search(x).expect("every threshold is among the sorted points");
            SweepPoint { min_assets: *x, result: results[k].clone() }
        })
        .collect())
}

impl SweepPoint {
    pub fn row(&self, tier: &str) -> SweepRow {
        SweepRow { tier: tier.to_string(), min_assets: self.min_assets, totals: self.result.totals.clone() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{ServiceModel, Tier};

    fn scenario(thresholds: &[i64]) -> Scenario {
        let tiers = thresholds
            .iter()
            .enumerate()
            .map(|(i, &m)| Tier::new(&format!("t{i}"), Decimal::from(m), ServiceModel::Digital))
            .collect();
        Scenario { tiers, ..Scenario::new("s", Decimal::ZERO) }
    }

    #[test]
    fn chart_points_stay_between_the_neighbouring_thresholds() {
        let s = scenario(&[500_000, 100_000, 30_000]);
        let xs = chart_points(&s, 1, 25);
        assert_eq!(xs.first(), Some(&Decimal::from(30_000)));
        assert_eq!(xs.last(), Some(&Decimal::from(500_000)));
        assert!(xs.contains(&Decimal::from(100_000)));
        assert!(xs.windows(2).all(|w| w[0] < w[1]));
        let top = chart_points(&s, 0, 25);
        assert_eq!((top[0], *top.last().unwrap()), (Decimal::from(100_000), Decimal::from(1_000_000)));
        let bottom = chart_points(&s, 2, 25);
        assert_eq!((bottom[0], *bottom.last().unwrap()), (Decimal::from(10_000), Decimal::from(100_000)));
    }

    #[test]
    fn a_threshold_outside_the_chart_range_is_still_a_point() {
        let s = scenario(&[2_000_000]);
        let xs = chart_points(&s, 0, 10);
        assert_eq!(xs.last(), Some(&Decimal::from(2_000_000)));
        assert_eq!(xs[0], Decimal::from(10_000));
    }
}
