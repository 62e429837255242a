//! The decision analyses on the workbench's scenario (MODEL section 10), over the book in
//! memory: goal seek, the tornado of the scenario's ranges, and seeded Monte Carlo — the same
//! reach-core functions as `reach seek`, `reach tornado` and `reach montecarlo`, so the app's
//! answers are the CLI's. The Monte Carlo run is watched: its progress can be polled and it can
//! be cancelled from another command while it runs (one run at a time; a new one cancels the
//! previous).

use std::sync::{Arc, Mutex};

use reach_core::analysis::montecarlo::{monte_carlo_watched, Summary, Watch};
use reach_core::analysis::seek::{self, Aim, Goal, Grid, Op};
use reach_core::analysis::tornado::tornado;
use reach_core::analysis::Figure;
use reach_core::book::Book;
use reach_core::scenario::form::{decimal, input_from_scenario, scenario_from_input};
use reach_core::scenario::path::{paths, FieldPath};
use reach_core::ScenarioError;
use reach_report::charts::histogram_bins;
use reach_report::xlsx::HISTOGRAM_BINS;
use rust_decimal::Decimal;

use crate::convert::dec2;
use crate::dto::*;
use crate::error::{AppError, AppResult};

/// The Monte Carlo run in progress, if any: its watch and its number of draws.
#[derive(Default)]
pub struct Analyses {
    running: Mutex<Option<(Arc<Watch>, u64)>>,
}

/// Every field path of the scenario an analysis can vary (globals first, then each tier's).
pub fn field_paths(input: &ScenarioInput) -> AppResult<Vec<String>> {
    Ok(paths(&scenario_from_input(input)?))
}

/// Goal seek: the answer of `reach seek` on the same scenario and book, with the scenario at
/// the answer. Bad input is refused naming `field`, `from`, `to`, `step`, `figure` or `value`.
pub fn seek(book: &Book, req: &SeekRequest) -> AppResult<SeekView> {
    let scenario = scenario_from_input(&req.scenario)?;
    let figure = Figure::parse(req.figure.trim())?;
    let goal = match &req.condition {
        None => Goal::Maximize(figure),
        Some(c) => Goal::Meet {
            figure,
            op: c.op.parse::<Op>().map_err(|e| ScenarioError::new("op", e))?,
            value: decimal("value", &c.value)?,
            aim: c.aim.parse::<Aim>().map_err(|e| ScenarioError::new("aim", e))?,
        },
    };
    let grid =
        Grid { from: decimal("from", &req.from)?, to: decimal("to", &req.to)?, step: decimal("step", &req.step)? };
    let points = grid.values()?.len() as u64;
    let field = req.field.trim();
    let path_error = |e: ScenarioError| -> AppError {
        if e.field == field {
            ScenarioError::new("field", format!("{field}: {}", e.message)).into()
        } else {
            e.into()
        }
    };
    let path = FieldPath::parse(&scenario, field).map_err(path_error)?;
    let answer = seek::seek(book, &scenario, field, &grid, &goal).map_err(path_error)?;
    let at = answer.value.map(|v| path.apply(&scenario, v)).transpose().map_err(path_error)?;
    Ok(SeekView {
        field: answer.field,
        value: answer.value.map(|v| v.normalize().to_string()),
        totals: answer.totals,
        scenario: at.as_ref().map(input_from_scenario),
        points,
    })
}

/// The tornado of `figure` over the scenario's ranges, as `reach tornado`, with each range's
/// ends and the figure at the scenario's own values.
pub fn tornado_view(book: &Book, req: &TornadoRequest) -> AppResult<TornadoView> {
    let scenario = scenario_from_input(&req.scenario)?;
    let figure = Figure::parse(req.figure.trim())?;
    let rows = tornado(book, &scenario, figure)?;
    let value = figure.of(&reach_core::run(book, &scenario)?.totals);
    let bars = rows
        .into_iter()
        .map(|row| {
            let range = scenario.ranges.iter().find(|r| r.path == row.field);
            let end = |f: fn(&reach_core::scenario::FieldRange) -> Decimal| {
                range.map(|r| f(r).normalize().to_string()).unwrap_or_default()
            };
            TornadoBar {
                range_low: end(|r| r.low),
                range_high: end(|r| r.high),
                field: row.field,
                low: row.low.to_string(),
                high: row.high.to_string(),
                swing: row.swing.to_string(),
            }
        })
        .collect();
    Ok(TornadoView { figure: figure.key().to_string(), value: value.to_string(), bars })
}

impl Analyses {
    /// Runs the Monte Carlo of the request (cancelling one still running), as `reach
    /// montecarlo`, with the histogram of net. A cancelled run answers the `cancelled` error.
    pub fn monte_carlo(&self, book: &Book, req: &MonteCarloRequest) -> AppResult<MonteCarloView> {
        let scenario = scenario_from_input(&req.scenario)?;
        let draws = usize::try_from(req.draws).map_err(|_| ScenarioError::new("draws", "is too large"))?;
        let watch = Arc::new(Watch::default());
        if let Some((previous, _)) =
            self.running.lock().expect("analyses lock").replace((Arc::clone(&watch), req.draws))
        {
            previous.cancel();
        }
        let outcome = monte_carlo_watched(book, &scenario, draws, req.seed, &watch);
        let mut running = self.running.lock().expect("analyses lock");
        if running.as_ref().is_some_and(|(w, _)| Arc::ptr_eq(w, &watch)) {
            *running = None;
        }
        drop(running);
        let Some(outcome) = outcome? else {
            return Err(AppError::new("cancelled", "the Monte Carlo run was cancelled"));
        };
        let mc = outcome.summary;
        Ok(MonteCarloView {
            draws: mc.draws as u64,
            seed: mc.seed,
            net: summary_view(&mc.figures.net),
            incremental_revenue: summary_view(&mc.figures.incremental_revenue),
            cost: summary_view(&mc.figures.cost),
            hires: summary_view(&mc.figures.hires),
            served: summary_view(&mc.figures.served),
            p_net_positive: mc.p_net_positive.to_string(),
            not_drawn: mc.not_drawn,
            // The same bins as the report's Monte Carlo sheet and chart.
            histogram: histogram_bins(&outcome.net, HISTOGRAM_BINS)
                .into_iter()
                .map(|(lower, upper, count)| BinView { lower: dec2(lower), upper: dec2(upper), count })
                .collect(),
        })
    }

    /// How far the running Monte Carlo is (`running: false` when none runs).
    pub fn progress(&self) -> AnalysisProgress {
        match self.running.lock().expect("analyses lock").as_ref() {
            Some((watch, total)) => AnalysisProgress { running: true, done: watch.done() as u64, total: *total },
            None => AnalysisProgress { running: false, done: 0, total: 0 },
        }
    }

    /// Stops the running Monte Carlo, if any.
    pub fn cancel(&self) {
        if let Some((watch, _)) = self.running.lock().expect("analyses lock").as_ref() {
            watch.cancel();
        }
    }
}

fn summary_view(s: &Summary) -> SummaryView {
    SummaryView {
        p5: s.p5.to_string(),
        p10: s.p10.to_string(),
        p50: s.p50.to_string(),
        p90: s.p90.to_string(),
        p95: s.p95.to_string(),
        mean: s.mean.to_string(),
    }
}
