//! Goal seek (docs/spec/MODEL.md section 10): one field over a grid `from..=to` by `step`, and the grid
//! value that meets a condition on a totals figure (lowest or highest such value), or that
//! maximises a figure (ties: the first in grid order). Every grid point is an exact full run:
//! thresholds through the one-pass sweep, age bounds by a pass each, every other field finished
//! from one aggregate of the book.

use std::str::FromStr;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::Serialize;

use super::{Aggregate, Figure};
use crate::book::Book;
use crate::result::Totals;
use crate::scenario::path::FieldPath;
use crate::scenario::{Scenario, ScenarioError};
use crate::sweep::{sweep, MAX_POINTS};

/// At most this many grid points in one seek.
pub const MAX_GRID_POINTS: usize = 10_001;

/// The grid `from, from + step, …` up to and including `to` where it falls on the grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grid {
    pub from: Decimal,
    pub to: Decimal,
    pub step: Decimal,
}

impl Grid {
    /// The grid's values, ascending; refused (naming `from`, `to` or `step`) where it is empty,
    /// backwards or longer than `MAX_GRID_POINTS`, before anything is allocated.
    pub fn values(&self) -> Result<Vec<Decimal>, ScenarioError> {
        if self.step <= Decimal::ZERO {
            return Err(ScenarioError::new("step", format!("must be greater than 0 (got {})", self.step)));
        }
        if self.from > self.to {
            return Err(ScenarioError::new("to", format!("{} is below from {}", self.to, self.from)));
        }
        let too_many = || {
            ScenarioError::new(
                "step",
                format!("{}..={} by {} is more than {MAX_GRID_POINTS} points", self.from, self.to, self.step),
            )
        };
        let steps = self.to.checked_sub(self.from).and_then(|span| span.checked_div(self.step)).ok_or_else(too_many)?;
        let count = (steps.floor() + Decimal::ONE).to_usize().filter(|&n| n <= MAX_GRID_POINTS).ok_or_else(too_many)?;
        (0..count)
            .map(|k| {
                Decimal::from(k).checked_mul(self.step).and_then(|x| x.checked_add(self.from)).ok_or_else(too_many)
            })
            .map(|v| v.map(|v| v.normalize()))
            .collect()
    }
}

/// `>=` or `<=`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    AtLeast,
    AtMost,
}

impl FromStr for Op {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            ">=" => Ok(Self::AtLeast),
            "<=" => Ok(Self::AtMost),
            _ => Err(format!("`{s}` is not `>=` or `<=`")),
        }
    }
}

/// Which of the grid values that meet the condition is the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Aim {
    #[default]
    Lowest,
    Highest,
}

impl FromStr for Aim {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "lowest" => Ok(Self::Lowest),
            "highest" => Ok(Self::Highest),
            _ => Err(format!("`{s}` is not `lowest` or `highest`")),
        }
    }
}

/// What the seek looks for.
#[derive(Debug, Clone, Copy)]
pub enum Goal {
    /// The lowest (or highest) grid value where `figure op value` holds.
    Meet { figure: Figure, op: Op, value: Decimal, aim: Aim },
    /// The grid value with the largest figure; ties go to the first in grid order.
    Maximize(Figure),
}

/// The answer: the grid value and the totals there, or none where no grid value meets the goal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SeekAnswer {
    pub field: String,
    #[serde(serialize_with = "super::optional_decimal_string")]
    pub value: Option<Decimal>,
    pub totals: Option<Totals>,
}

/// Seeks `goal` over `field` (a path, MODEL section 10) on `grid`; every grid value must be a
/// valid value of the field (refused naming the path and the value).
pub fn seek(
    book: &Book,
    scenario: &Scenario,
    field: &str,
    grid: &Grid,
    goal: &Goal,
) -> Result<SeekAnswer, ScenarioError> {
    scenario.validate()?;
    let path = FieldPath::parse(scenario, field)?;
    let xs = grid.values()?;
    let totals = grid_totals(book, scenario, &path, &xs)?;
    let figure_at = |k: usize, f: &Figure| f.of(&totals[k]);
    let best = match *goal {
        Goal::Meet { figure, op, value, aim } => {
            let meets = |k: &usize| match op {
                Op::AtLeast => figure_at(*k, &figure) >= value,
                Op::AtMost => figure_at(*k, &figure) <= value,
            };
            match aim {
                Aim::Lowest => (0..xs.len()).find(meets),
                Aim::Highest => (0..xs.len()).rev().find(meets),
            }
        }
        Goal::Maximize(figure) => {
            (0..xs.len()).reduce(|best, k| if figure_at(k, &figure) > figure_at(best, &figure) { k } else { best })
        }
    };
    Ok(SeekAnswer { field: field.to_string(), value: best.map(|k| xs[k]), totals: best.map(|k| totals[k].clone()) })
}

/// The totals at each grid value, in grid order, each equal to a full run there.
fn grid_totals(
    book: &Book,
    scenario: &Scenario,
    path: &FieldPath,
    xs: &[Decimal],
) -> Result<Vec<Totals>, ScenarioError> {
    let at: Vec<Scenario> = xs.iter().map(|&x| path.apply(scenario, x)).collect::<Result<_, _>>()?;
    if let Some(t) = path.threshold_of() {
        let tier = &scenario.tiers[t].name;
        let mut totals = Vec::with_capacity(xs.len());
        for chunk in xs.chunks(MAX_POINTS) {
            totals.extend(sweep(book, scenario, tier, chunk)?.into_iter().map(|p| p.result.totals));
        }
        return Ok(totals);
    }
    let aggregate = Aggregate::new(book, scenario)?;
    crate::parallel::map_chunks(at.len(), 16, |range| {
        at[range].iter().map(|s| aggregate.result(s).map(|r| r.totals)).collect::<Result<Vec<_>, _>>()
    })
    .into_iter()
    .collect::<Result<Vec<Vec<Totals>>, _>>()
    .map(|parts| parts.into_iter().flatten().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn grids_include_to_where_it_falls_on_the_grid() {
        let g = |a: &str, b: &str, s: &str| Grid { from: d(a), to: d(b), step: d(s) }.values();
        assert_eq!(g("0", "1", "0.25").unwrap(), ["0", "0.25", "0.5", "0.75", "1"].map(d));
        assert_eq!(g("10", "20", "3").unwrap(), ["10", "13", "16", "19"].map(d));
        assert_eq!(g("5", "5", "1").unwrap(), [d("5")]);
        assert_eq!(g("0", "10000", "1").unwrap().len(), MAX_GRID_POINTS);
    }

    #[test]
    fn bad_grids_are_refused_before_allocating() {
        let g = |a: &str, b: &str, s: &str| Grid { from: d(a), to: d(b), step: d(s) }.values().unwrap_err().field;
        assert_eq!(g("0", "1", "0"), "step");
        assert_eq!(g("0", "1", "-1"), "step");
        assert_eq!(g("2", "1", "1"), "to");
        assert_eq!(g("0", "10001", "1"), "step");
        assert_eq!(g("-79228162514264337593543950335", "79228162514264337593543950335", "1"), "step");
        assert_eq!(g("0", "79228162514264337593543950335", "0.0000000000000000000000000001"), "step");
    }
}
