//! Seeded Monte Carlo (docs/spec/MODEL.md section 10): each ranged field drawn independently from a
//! triangular distribution (low, the scenario's value, high), N draws from a ChaCha8 generator
//! seeded with the given seed; each draw rounded half to even to 6 places (whole numbers for
//! integer fields) and used as an exact decimal, so every draw is a scenario one could write,
//! and its figures are exactly a full run's. Fields that move customers between tiers
//! (thresholds, age bounds) are not drawn: they stay at the scenario's value and are listed.
//! Per figure: nearest-rank percentiles of the draws' figures and their exact mean.
//! A long run can be watched (`Watch`: draws done so far) and stopped between chunks of draws.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use rand_distr::{Distribution, Triangular};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

use super::{Aggregate, Figure};
use crate::book::Book;
use crate::result::Totals;
use crate::scenario::path::FieldPath;
use crate::scenario::{Scenario, ScenarioError};

pub const DEFAULT_DRAWS: usize = 1_000;
pub const MAX_DRAWS: usize = 100_000;
/// The seed when none is given.
pub const DEFAULT_SEED: u64 = 1;
/// Decimal places a drawn value keeps.
pub const DRAW_PLACES: u32 = 6;

/// The figures summarised, in output order.
const FIGURES: [&str; 5] = ["net", "incremental_revenue", "cost", "hires", "served"];

/// One figure over the draws (decimal strings in JSON, rounded like the figure).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary {
    #[serde(serialize_with = "super::decimal_string")]
    pub p5: Decimal,
    #[serde(serialize_with = "super::decimal_string")]
    pub p10: Decimal,
    #[serde(serialize_with = "super::decimal_string")]
    pub p50: Decimal,
    #[serde(serialize_with = "super::decimal_string")]
    pub p90: Decimal,
    #[serde(serialize_with = "super::decimal_string")]
    pub p95: Decimal,
    /// The exact mean of the draws' figures, rounded like the figure.
    #[serde(serialize_with = "super::decimal_string")]
    pub mean: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Figures {
    pub net: Summary,
    pub incremental_revenue: Summary,
    pub cost: Summary,
    pub hires: Summary,
    pub served: Summary,
}

/// The answer of `reach montecarlo --json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MonteCarlo {
    pub draws: usize,
    pub seed: u64,
    pub figures: Figures,
    /// The share of draws with net > 0, rounded half to even to 6 places.
    #[serde(serialize_with = "super::decimal_string")]
    pub p_net_positive: Decimal,
    /// Ranged fields held at the scenario's value (thresholds and age bounds).
    pub not_drawn: Vec<String>,
}

/// One drawn field: its path and triangular distribution.
struct Drawn {
    path: FieldPath,
    low: Decimal,
    value: Decimal,
    high: Decimal,
    /// None where low = high: the value itself, nothing to draw.
    distribution: Option<Triangular<f64>>,
}

impl Drawn {
    /// The next value: drawn, rounded to `DRAW_PLACES` (whole for integer fields) half to even,
    /// and kept within [low, high].
    fn draw(&self, rng: &mut ChaCha8Rng) -> Decimal {
        let Some(tri) = &self.distribution else { return self.value };
        let x = Decimal::from_f64_retain(tri.sample(rng)).unwrap_or(self.value);
        let places = if self.path.is_integer() { 0 } else { DRAW_PLACES };
        x.round_dp_with_strategy(places, RoundingStrategy::MidpointNearestEven).clamp(self.low, self.high).normalize()
    }
}

/// The fields each draw sets, the paths not drawn, and every draw's values.
pub struct Draws {
    fields: Vec<Drawn>,
    count: usize,
    /// Ranged fields held at the scenario's value.
    pub not_drawn: Vec<String>,
    /// Draw-major: draw k's values are `values[k * fields .. (k + 1) * fields]`.
    values: Vec<Decimal>,
}

impl Draws {
    /// Draws `n` value sets for the scenario's ranges from `seed` (same seed, same values).
    pub fn new(scenario: &Scenario, n: usize, seed: u64) -> Result<Draws, ScenarioError> {
        if n == 0 || n > MAX_DRAWS {
            return Err(ScenarioError::new("draws", format!("must be from 1 to {MAX_DRAWS} (got {n})")));
        }
        scenario.validate()?;
        let mut fields = Vec::new();
        let mut not_drawn = Vec::new();
        for r in &scenario.ranges {
            let path = FieldPath::parse(scenario, &r.path)?;
            if path.changes_assignment() {
                not_drawn.push(r.path.clone());
                continue;
            }
            let value = path.get(scenario)?;
            let distribution = if r.low < r.high {
                let f = |v: Decimal| v.to_f64().unwrap_or_default();
                let tri = Triangular::new(f(r.low), f(r.high), f(value));
                Some(tri.map_err(|e| ScenarioError::new(&r.path, e.to_string()))?)
            } else {
                None
            };
            fields.push(Drawn { path, low: r.low, value, high: r.high, distribution });
        }
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut values = Vec::with_capacity(n * fields.len());
        for _ in 0..n {
            values.extend(fields.iter().map(|f| f.draw(&mut rng)));
        }
        Ok(Draws { fields, count: n, not_drawn, values })
    }

    /// The number of draws.
    pub fn count(&self) -> usize {
        self.count
    }

    /// Draw `k`'s values, by path, in the order of the ranges.
    pub fn values(&self, k: usize) -> impl Iterator<Item = (&str, Decimal)> {
        let width = self.fields.len();
        self.fields.iter().map(|f| f.path.as_str()).zip(self.values[k * width..(k + 1) * width].iter().copied())
    }

    /// The scenario of draw `k`: `base` with each drawn field at its drawn value.
    pub fn scenario(&self, base: &Scenario, k: usize) -> Result<Scenario, ScenarioError> {
        let mut at = base.clone();
        let width = self.fields.len();
        for (f, &v) in self.fields.iter().zip(&self.values[k * width..(k + 1) * width]) {
            f.path.set(&mut at, v)?;
        }
        Ok(at)
    }
}

/// Draws between two looks at a `Watch` (progress reported, cancellation checked).
const WATCH_EVERY: usize = 16;

/// A Monte Carlo run seen from another thread: how many draws are done, and a flag that stops
/// the run at the next chunk of draws.
#[derive(Debug, Default)]
pub struct Watch {
    done: AtomicUsize,
    cancel: AtomicBool,
}

impl Watch {
    /// Draws finished so far.
    pub fn done(&self) -> usize {
        self.done.load(Ordering::Relaxed)
    }

    /// Asks the run to stop; it returns `None` at its next look.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }
}

/// A watched run's answer: the summary and each draw's net, in draw order (for a histogram).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub summary: MonteCarlo,
    pub net: Vec<Decimal>,
}

/// Runs `n` draws of the scenario's ranges from `seed` and summarises the figures.
pub fn monte_carlo(book: &Book, scenario: &Scenario, n: usize, seed: u64) -> Result<MonteCarlo, ScenarioError> {
    let outcome = monte_carlo_watched(book, scenario, n, seed, &Watch::default())?;
    Ok(outcome.expect("an unwatched run is never cancelled").summary)
}

/// `monte_carlo`, counting the draws done in `watch` and stopping (`Ok(None)`) once it is
/// cancelled. The answer does not depend on being watched.
pub fn monte_carlo_watched(
    book: &Book,
    scenario: &Scenario,
    n: usize,
    seed: u64,
    watch: &Watch,
) -> Result<Option<Outcome>, ScenarioError> {
    let draws = Draws::new(scenario, n, seed)?;
    let aggregate = Aggregate::new(book, scenario)?;
    let figures = FIGURES.map(|key| Figure::parse(key).expect("the summarised figures are totals figures"));
    let of = |t: &Totals| figures.map(|f| f.of(t));
    let parts = crate::parallel::map_chunks(n, 32, |range| -> Result<Option<Vec<[Decimal; 5]>>, ScenarioError> {
        let mut rows = Vec::with_capacity(range.len());
        for k in range {
            if k % WATCH_EVERY == 0 && watch.is_cancelled() {
                return Ok(None);
            }
            rows.push(of(&aggregate.result(&draws.scenario(aggregate.scenario(), k)?)?.totals));
            watch.done.fetch_add(1, Ordering::Relaxed);
        }
        Ok(Some(rows))
    });
    let mut rows = Vec::with_capacity(n);
    for part in parts {
        match part? {
            Some(part) => rows.extend(part),
            None => return Ok(None),
        }
    }
    if watch.is_cancelled() {
        return Ok(None);
    }
    let summary = |i: usize| summarise(&figures[i], rows.iter().map(|r| r[i]).collect());
    let positive = rows.iter().filter(|r| r[0] > Decimal::ZERO).count();
    let share = Decimal::from(positive) / Decimal::from(n);
    let summary = MonteCarlo {
        draws: n,
        seed,
        figures: Figures {
            net: summary(0),
            incremental_revenue: summary(1),
            cost: summary(2),
            hires: summary(3),
            served: summary(4),
        },
        p_net_positive: share.round_dp_with_strategy(DRAW_PLACES, RoundingStrategy::MidpointNearestEven).normalize(),
        not_drawn: draws.not_drawn,
    };
    Ok(Some(Outcome { summary, net: rows.iter().map(|r| r[0]).collect() }))
}

/// The nearest-rank percentile `p` of sorted values: rank ceil(p/100 × N), 1-based.
fn percentile(sorted: &[Decimal], p: usize) -> Decimal {
    let rank = (p * sorted.len()).div_ceil(100).max(1);
    sorted[rank - 1]
}

fn summarise(figure: &Figure, mut values: Vec<Decimal>) -> Summary {
    values.sort();
    let mean = values.iter().sum::<Decimal>() / Decimal::from(values.len());
    Summary {
        p5: percentile(&values, 5),
        p10: percentile(&values, 10),
        p50: percentile(&values, 50),
        p90: percentile(&values, 90),
        p95: percentile(&values, 95),
        mean: figure.round(mean),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let v: Vec<Decimal> = (1..=20).map(Decimal::from).collect();
        assert_eq!(percentile(&v, 5), Decimal::from(1));
        assert_eq!(percentile(&v, 10), Decimal::from(2));
        assert_eq!(percentile(&v, 50), Decimal::from(10));
        assert_eq!(percentile(&v, 95), Decimal::from(19));
        let one = [Decimal::from(7)];
        assert_eq!(percentile(&one, 5), Decimal::from(7));
        assert_eq!(percentile(&one, 95), Decimal::from(7));
        let three: Vec<Decimal> = (1..=3).map(Decimal::from).collect();
        assert_eq!(percentile(&three, 50), Decimal::from(2));
        assert_eq!(percentile(&three, 90), Decimal::from(3));
    }
}
