//! The workbench: one scenario evaluated on the book in memory — its result, a threshold
//! sweep of one tier and the charts — with the two caches that keep a moving slider fast: the
//! sweep grid of the swept tier and the base scenario's result.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use reach_core::scenario::form::scenario_from_input;
use reach_core::sweep::{chart_points, sweep, SweepPoint};
use reach_core::{Book, Scenario, ScenarioError, ScenarioResult};
use reach_report::SweepInput;
use rust_decimal::Decimal;

use crate::book::Current;
use crate::charts::{self, WorkbenchChart};
use crate::convert::{self, dec2};
use crate::dto::{BaseView, EvaluateRequest, Evaluation, SweepPointView, SweepView};
use crate::error::{AppError, AppResult};

/// Points of the workbench's threshold sweep (log-spaced, plus the current threshold).
pub const SWEEP_STEPS: usize = 41;

/// The caches of the last evaluation.
#[derive(Default)]
pub struct Workbench {
    sweep_cache: Mutex<Option<SweepCache>>,
    base_cache: Mutex<Option<BaseCache>>,
}

/// The sweep of one tier does not depend on that tier's own threshold (it is the variable),
/// so while a slider moves that threshold the grid's results are reused and only the current
/// point — the scenario's own run — is new.
struct SweepCache {
    book: u64,
    /// The scenario with the swept tier's threshold set to zero.
    scenario: Scenario,
    tier: String,
    grid: Vec<Decimal>,
    points: Arc<Vec<SweepPoint>>,
}

/// One scenario computed for the workbench: its run, the sweep of one tier (with the current
/// point), and the base's run.
struct Computed {
    scenario: Scenario,
    result: ScenarioResult,
    sweep: Option<SweepInput>,
    base: Option<Arc<ScenarioResult>>,
}

/// The base scenario's result, unchanged while the base and the book are.
struct BaseCache {
    book: u64,
    scenario: Scenario,
    result: Arc<ScenarioResult>,
}

impl Workbench {
    /// The workbench's answer: the scenario's result, a threshold sweep of one tier, and the
    /// charts. The run, the sweep and the base go in parallel (one pass over the book each).
    pub fn evaluate(&self, current: &Current, req: &EvaluateRequest) -> AppResult<Evaluation> {
        let started = Instant::now();
        let Computed { scenario, result, sweep, base } = self.compute(current, req)?;
        let sweep_view = match &sweep {
            Some(s) => SweepView {
                tier: s.tier.clone(),
                current: dec2(s.current),
                points: s.points.iter().map(sweep_point_view).collect(),
            },
            None => SweepView { tier: String::new(), current: dec2(Decimal::ZERO), points: Vec::new() },
        };
        let charts = charts::workbench(
            &scenario,
            &result,
            sweep.as_ref(),
            base.as_deref(),
            req.lang,
            req.chart.as_deref(),
            req.chart_size,
        );
        let hiring_cost = dec2(scenario.advisor_cost * Decimal::from(result.totals.hires));
        let base = base
            .as_deref()
            .map(|b| BaseView { name: b.scenario.clone(), deltas: convert::deltas(&result.totals, &b.totals) });
        Ok(Evaluation {
            result,
            hiring_cost,
            sweep: sweep_view,
            charts,
            base,
            compute_ms: started.elapsed().as_secs_f64() * 1000.0,
        })
    }

    /// Writes one of the workbench's charts (`sweep`, `tiers`, `branches`, `credit`) for the
    /// request to `path`, as PNG or SVG by its extension; returns the path written.
    pub fn export_chart(
        &self,
        current: &Current,
        req: &EvaluateRequest,
        chart: &str,
        path: &Path,
    ) -> AppResult<PathBuf> {
        let kind = WorkbenchChart::parse(chart)
            .ok_or_else(|| AppError::new("invalid_input", format!("`{chart}` is not a chart of the workbench")))?;
        let Computed { scenario, result, sweep, base } = self.compute(current, req)?;
        let chart = charts::workbench_chart(kind, &scenario, &result, sweep.as_ref(), base.as_deref())
            .ok_or_else(|| AppError::new("invalid_input", "the scenario has no tier whose threshold can be swept"))?;
        charts::write_chart(&chart, path, req.lang)
    }

    fn compute(&self, current: &Current, req: &EvaluateRequest) -> AppResult<Computed> {
        let scenario = scenario_from_input(&req.scenario)?;
        let book = &current.loaded.book;
        let generation = current.generation;
        let swept = sweep_tier(&scenario, req.sweep_tier.as_deref());
        let base = match &req.base {
            Some(b) => Some(scenario_from_input(b).map_err(|e| AppError::new("invalid_base", e.to_string()))?),
            None => None,
        };
        let (result, grid_points, base_result) = std::thread::scope(|scope| {
            let sweep_job = scope.spawn(|| match &swept {
                Some((name, _)) => self.sweep_grid(book, generation, &scenario, name).map(Some),
                None => Ok(None),
            });
            let base_job = scope.spawn(|| base.as_ref().map(|b| self.base_result(book, generation, b)));
            let result = reach_core::run(book, &scenario);
            (
                result,
                sweep_job.join().expect("the sweep does not panic"),
                base_job.join().expect("the base run does not panic"),
            )
        });
        let result = result?;
        let base = base_result.transpose().map_err(|e| AppError::new("invalid_base", e.to_string()))?;
        // The grid's points plus the current threshold, whose result is the run itself.
        let sweep = grid_points?.zip(swept).map(|(grid, (tier, current))| {
            let current = reach_core::money::round2(current);
            let mut points: Vec<SweepPoint> = grid.iter().filter(|p| p.min_assets != current).cloned().collect();
            let at = points.partition_point(|p| p.min_assets < current);
            points.insert(at, SweepPoint { min_assets: current, result: result.clone() });
            SweepInput { tier, current, points }
        });
        Ok(Computed { scenario, result, sweep, base })
    }

    /// The sweep of `tier` over its grid (without the current point), from the cache when only
    /// that tier's threshold changed since the last call.
    fn sweep_grid(
        &self,
        book: &Book,
        generation: u64,
        scenario: &Scenario,
        tier: &str,
    ) -> Result<Arc<Vec<SweepPoint>>, ScenarioError> {
        let t = scenario
            .tier_index(tier)
            .ok_or_else(|| ScenarioError::new("sweep_tier", format!("no tier is named `{tier}`")))?;
        let grid = sweep_grid(scenario, t);
        let mut key = scenario.clone();
        key.tiers[t].min_assets = Decimal::ZERO;
        let mut cache = self.sweep_cache.lock().expect("sweep cache lock");
        if let Some(c) =
            cache.as_ref().filter(|c| c.book == generation && c.tier == tier && c.grid == grid && c.scenario == key)
        {
            return Ok(Arc::clone(&c.points));
        }
        let points = Arc::new(sweep(book, scenario, tier, &grid)?);
        *cache = Some(SweepCache {
            book: generation,
            scenario: key,
            tier: tier.to_string(),
            grid,
            points: Arc::clone(&points),
        });
        Ok(points)
    }

    fn base_result(&self, book: &Book, generation: u64, base: &Scenario) -> Result<Arc<ScenarioResult>, ScenarioError> {
        let mut cache = self.base_cache.lock().expect("base cache lock");
        if let Some(c) = cache.as_ref().filter(|c| c.book == generation && &c.scenario == base) {
            return Ok(Arc::clone(&c.result));
        }
        let result = Arc::new(reach_core::run(book, base)?);
        *cache = Some(BaseCache { book: generation, scenario: base.clone(), result: Arc::clone(&result) });
        Ok(result)
    }
}

fn sweep_point_view(p: &SweepPoint) -> SweepPointView {
    let t = &p.result.totals;
    SweepPointView {
        min_assets: dec2(p.min_assets),
        eligible: t.eligible,
        served: dec2(t.served),
        advisors_needed: t.advisors_needed,
        hires: t.hires,
        incremental_revenue: dec2(t.incremental_revenue),
        cost: dec2(t.cost),
        net: dec2(t.net),
        commission_revenue: dec2(t.lines.commission_revenue),
        wealth_revenue: dec2(t.lines.wealth_revenue),
        asset_revenue: dec2(t.lines.asset_revenue),
        total_net: dec2(t.total_net),
    }
}

/// The tier the sweep varies: the one asked for when the scenario has it, else the chart's
/// tier (`reach_core::sweep::chart_tier`). With its threshold.
pub fn sweep_tier(scenario: &Scenario, asked: Option<&str>) -> Option<(String, Decimal)> {
    let t = asked.and_then(|n| scenario.tier_index(n)).or_else(|| reach_core::sweep::chart_tier(scenario))?;
    Some((scenario.tiers[t].name.clone(), scenario.tiers[t].min_assets))
}

/// The thresholds the workbench's sweep shows for tier `t`: those of the reports' charts
/// (`reach_core::sweep::chart_points`: log-spaced between the neighbouring tiers' thresholds,
/// within 1万..100万, plus the tier's own threshold), at the workbench's density.
pub fn sweep_thresholds(scenario: &Scenario, t: usize) -> Vec<Decimal> {
    chart_points(scenario, t, SWEEP_STEPS)
}

/// The sweep's grid: its thresholds less the current one (which is the run itself). It does
/// not depend on the tier's own threshold while the tier keeps its place among the others, so
/// a slider moving it reuses the cached sweep.
pub fn sweep_grid(scenario: &Scenario, t: usize) -> Vec<Decimal> {
    let current = reach_core::money::round2(scenario.tiers[t].min_assets);
    sweep_thresholds(scenario, t).into_iter().filter(|x| *x != current).collect()
}
