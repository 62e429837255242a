//! The app's state and every command's logic, with no window: the open warehouse (the one the
//! CLI uses) and the book loaded from it once, kept in memory behind an `RwLock<Arc<_>>` so a
//! scenario is answered from memory, and reloaded only after an import or a new demo book.
//! Each method takes and returns the IPC types of `dto`; the Tauri commands only forward to
//! them, and the tests drive them directly.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Instant;

use reach_core::book::{BAND_COUNT, BAND_LOWER_FEN};
use reach_core::compare::{branch_shifts, compare_totals, MetricKind};
use reach_core::demo::DemoParams;
use reach_core::money::yuan;
use reach_core::sweep::{chart_points, sweep, SweepPoint};
use reach_core::{Scenario, ScenarioError, ScenarioResult};
use reach_report::SweepInput;
use reach_store::{LoadedBook, SavedScenario, Warehouse};
use rust_decimal::Decimal;

use crate::charts;
use crate::convert::{self, dec2, input_from_scenario, scenario_from_input};
use crate::dto::*;
use crate::error::{AppError, AppResult};
use crate::settings::Settings;

/// The scenarios of the story, shipped with the app (the files in `scenarios/`).
pub const PRESETS: [(&str, &str); 3] = [
    ("500k", include_str!("../../scenarios/500k.toml")),
    ("100k", include_str!("../../scenarios/100k.toml")),
    ("30k", include_str!("../../scenarios/30k.toml")),
];

/// Points of the workbench's threshold sweep (log-spaced, plus the current threshold).
pub const SWEEP_STEPS: usize = 41;

pub struct Session {
    warehouse: Warehouse,
    book: RwLock<Option<Arc<LoadedBook>>>,
    /// Bumped whenever the book in memory is replaced; part of every cache key.
    generation: AtomicU64,
    settings: Mutex<Settings>,
    settings_path: PathBuf,
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

/// The base scenario's result, unchanged while the base and the book are.
struct BaseCache {
    book: u64,
    scenario: Scenario,
    result: Arc<ScenarioResult>,
}

impl Session {
    /// Opens the warehouse at `path` and loads its book (if any) into memory. The settings
    /// (the language) live beside the warehouse; on first start the language follows the
    /// system locale.
    pub async fn open(path: &Path) -> AppResult<Session> {
        let warehouse = Warehouse::open(path).await?;
        let book = warehouse.load_book().await?.map(Arc::new);
        let settings_path = path.parent().unwrap_or(Path::new(".")).join("reach-app-settings.json");
        let settings = Settings::load_or_default(&settings_path);
        Ok(Session {
            warehouse,
            book: RwLock::new(book),
            generation: AtomicU64::new(0),
            settings: Mutex::new(settings),
            settings_path,
            sweep_cache: Mutex::new(None),
            base_cache: Mutex::new(None),
        })
    }

    fn book(&self) -> Option<Arc<LoadedBook>> {
        self.book.read().expect("the book lock is never poisoned").clone()
    }

    fn loaded(&self) -> AppResult<Arc<LoadedBook>> {
        self.book().ok_or_else(|| reach_store::StoreError::NoBook.into())
    }

    async fn reload(&self) -> AppResult<()> {
        let fresh = self.warehouse.load_book().await?.map(Arc::new);
        *self.book.write().expect("the book lock is never poisoned") = fresh;
        self.generation.fetch_add(1, Ordering::SeqCst);
        Ok(())
    }

    pub fn lang(&self) -> Lang {
        self.settings.lock().expect("settings lock").lang
    }

    /// Switches the language and remembers it.
    pub fn set_lang(&self, lang: Lang) -> AppResult<()> {
        let mut s = self.settings.lock().expect("settings lock");
        s.lang = lang;
        s.save(&self.settings_path).map_err(|e| AppError::new("io", format!("{}: {e}", self.settings_path.display())))
    }

    pub fn state(&self) -> AppState {
        let lang = self.lang();
        AppState {
            book: self.book_view(lang),
            lang,
            warehouse: self.warehouse.path().display().to_string(),
            demo_customers: DemoParams::default().customers as u64,
            started_at_ms: None,
        }
    }

    pub fn presets() -> Vec<Preset> {
        PRESETS
            .iter()
            .map(|(key, text)| Preset {
                key: (*key).to_string(),
                scenario: input_from_scenario(&Scenario::from_toml(text).expect("the shipped scenarios are valid")),
            })
            .collect()
    }

    /// The workbench's answer: the scenario's result, a threshold sweep of one tier, and the
    /// charts. The run and the sweep go in parallel (one pass over the book each).
    pub fn evaluate(&self, req: &EvaluateRequest) -> AppResult<Evaluation> {
        let started = Instant::now();
        let scenario = scenario_from_input(&req.scenario)?;
        let loaded = self.loaded()?;
        let book = &loaded.book;
        let swept = sweep_tier(&scenario, req.sweep_tier.as_deref());
        let base = match &req.base {
            Some(b) => Some(scenario_from_input(b).map_err(|e| AppError::new("invalid_base", e.to_string()))?),
            None => None,
        };
        let generation = self.generation.load(Ordering::SeqCst);
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
        let base_result = base_result.transpose().map_err(|e| AppError::new("invalid_base", e.to_string()))?;
        // The grid's points plus the current threshold, whose result is the run itself.
        let sweep_input = grid_points?.zip(swept).map(|(grid, (tier, current))| {
            let current = reach_core::money::round2(current);
            let mut points: Vec<SweepPoint> = grid.iter().filter(|p| p.min_assets != current).cloned().collect();
            let at = points.partition_point(|p| p.min_assets < current);
            points.insert(at, SweepPoint { min_assets: current, result: result.clone() });
            SweepInput { tier, current, points }
        });
        let sweep_view = match &sweep_input {
            Some(s) => SweepView {
                tier: s.tier.clone(),
                current: dec2(s.current),
                points: s.points.iter().map(sweep_point_view).collect(),
            },
            None => SweepView { tier: String::new(), current: dec2(Decimal::ZERO), points: Vec::new() },
        };
        let charts = charts::workbench(&scenario, &result, sweep_input.as_ref(), base_result.as_deref(), req.lang);
        Ok(Evaluation {
            scenario: result.scenario.clone(),
            customers: result.customers,
            totals: convert::totals_view(&result.totals),
            tiers: result.tiers.iter().map(convert::tier_view).collect(),
            branches: result.branches.iter().map(convert::branch_view).collect(),
            hq: convert::hq_view(&result.hq),
            sweep: sweep_view,
            charts,
            base: base_result
                .as_deref()
                .map(|b| BaseView { name: b.scenario.clone(), totals: convert::totals_view(&b.totals) }),
            compute_ms: started.elapsed().as_secs_f64() * 1000.0,
        })
    }

    /// The sweep of `tier` over its grid (without the current point), from the cache when only
    /// that tier's threshold changed since the last call.
    fn sweep_grid(
        &self,
        book: &reach_core::Book,
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

    fn base_result(
        &self,
        book: &reach_core::Book,
        generation: u64,
        base: &Scenario,
    ) -> Result<Arc<ScenarioResult>, ScenarioError> {
        let mut cache = self.base_cache.lock().expect("base cache lock");
        if let Some(c) = cache.as_ref().filter(|c| c.book == generation && &c.scenario == base) {
            return Ok(Arc::clone(&c.result));
        }
        let result = Arc::new(reach_core::run(book, base)?);
        *cache = Some(BaseCache { book: generation, scenario: base.clone(), result: Arc::clone(&result) });
        Ok(result)
    }

    /// What is loaded, with its band distribution chart.
    pub fn book_view(&self, lang: Lang) -> Option<BookView> {
        let loaded = self.book()?;
        let stats = loaded.book.stats();
        let meta = &loaded.meta;
        let bands = (0..BAND_COUNT)
            .map(|b| BandView {
                lower: dec2(yuan(BAND_LOWER_FEN[b])),
                upper: BAND_LOWER_FEN.get(b + 1).map(|&f| dec2(yuan(f))),
                customers: stats.band_customers[b],
                dormant: stats.band_dormant[b],
            })
            .collect();
        Some(BookView {
            source: meta.source.as_str().to_string(),
            label: meta.label.clone(),
            synthetic: meta.synthetic,
            imported_at: meta.imported_at.clone(),
            snapshot_date: meta.snapshot_date.clone(),
            customers_file: meta.customers_file.clone(),
            customers: stats.customers,
            branches: loaded.book.branches().len() as u64,
            active: stats.active,
            dormant: stats.dormant,
            already_served: stats.already_served,
            current_advisors: loaded.book.branches().iter().map(|b| u64::from(b.current_advisors)).sum(),
            base_revenue: dec2(reach_core::money::yuan_i128(stats.base_revenue_fen)),
            bands,
            chart: charts::bands(&meta.label, stats, lang),
        })
    }

    /// Builds the calibrated demo book (synthetic, labelled so) as the warehouse's book.
    pub async fn build_demo(&self, customers: u64, lang: Lang) -> AppResult<BookView> {
        if customers == 0 || customers > 10_000_000 {
            return Err(AppError::new("invalid_input", "the demo book holds from 1 to 10,000,000 customers"));
        }
        let params = DemoParams { customers: customers as usize, ..DemoParams::default() };
        self.warehouse.import_demo(&params).await?;
        self.reload().await?;
        self.book_view(lang).ok_or_else(|| reach_store::StoreError::NoBook.into())
    }

    /// Imports a customers CSV (and optionally a branches file), replacing the book. A file
    /// with any bad row is refused whole: the warehouse and the book in memory are unchanged.
    pub async fn import_csv(&self, customers: &Path, branches: Option<&Path>, lang: Lang) -> AppResult<BookView> {
        self.warehouse.import_csv(customers, branches, true).await?;
        self.reload().await?;
        self.book_view(lang).ok_or_else(|| reach_store::StoreError::NoBook.into())
    }

    pub async fn list_scenarios(&self) -> AppResult<Vec<SavedView>> {
        Ok(self.warehouse.list_scenarios().await?.iter().map(saved_view).collect())
    }

    pub async fn load_scenario(&self, name: &str) -> AppResult<ScenarioInput> {
        Ok(input_from_scenario(&self.saved(name).await?))
    }

    async fn saved(&self, name: &str) -> AppResult<Scenario> {
        let saved = self
            .warehouse
            .get_scenario(name)
            .await?
            .ok_or_else(|| reach_store::StoreError::ScenarioNotFound(name.trim().to_string()))?;
        Ok(Scenario::from_toml(&saved.toml)?)
    }

    /// Saves the scenario under its own name (replacing one so named).
    pub async fn save_scenario(&self, input: &ScenarioInput) -> AppResult<Vec<SavedView>> {
        let scenario = scenario_from_input(input)?;
        self.warehouse.save_scenario(&scenario.name, &scenario.to_toml()).await?;
        self.list_scenarios().await
    }

    /// Renames a saved scenario (and the name written in it).
    pub async fn rename_scenario(&self, old: &str, new: &str) -> AppResult<Vec<SavedView>> {
        let mut scenario = self.saved(old).await?;
        self.warehouse.rename_scenario(old, new).await?;
        scenario.name = new.trim().to_string();
        self.warehouse.save_scenario(&scenario.name, &scenario.to_toml()).await?;
        self.list_scenarios().await
    }

    /// Copies a saved scenario under a new name.
    pub async fn duplicate_scenario(&self, name: &str, new: &str) -> AppResult<Vec<SavedView>> {
        let mut scenario = self.saved(name).await?;
        self.warehouse.duplicate_scenario(name, new).await?;
        scenario.name = new.trim().to_string();
        self.warehouse.save_scenario(&scenario.name, &scenario.to_toml()).await?;
        self.list_scenarios().await
    }

    pub async fn delete_scenario(&self, name: &str) -> AppResult<Vec<SavedView>> {
        self.warehouse.delete_scenario(name).await?;
        self.list_scenarios().await
    }

    /// Saved scenarios side by side, the first the base, with each branch's gain or loss.
    pub async fn compare(&self, names: &[String]) -> AppResult<Comparison> {
        if names.len() < 2 {
            return Err(AppError::new("invalid_input", "pick a base scenario and at least one other to compare"));
        }
        let loaded = self.loaded()?;
        let mut results = Vec::with_capacity(names.len());
        for name in names {
            results.push(reach_core::run(&loaded.book, &self.saved(name).await?)?);
        }
        let rows = compare_totals(&results)
            .into_iter()
            .map(|r| CompareRow {
                key: r.metric.key.to_string(),
                zh: r.metric.zh.to_string(),
                en: r.metric.en.to_string(),
                kind: match r.metric.kind {
                    MetricKind::Count => "count",
                    MetricKind::Expected => "expected",
                    MetricKind::Money => "money",
                }
                .to_string(),
                more_is_better: r.metric.more_is_better,
                values: r.values.into_iter().map(dec2).collect(),
                deltas: r.deltas.into_iter().map(dec2).collect(),
            })
            .collect();
        let shifts = results[1..]
            .iter()
            .map(|other| ShiftSet {
                name: other.scenario.clone(),
                branches: branch_shifts(&results[0], other).iter().map(convert::shift_view).collect(),
            })
            .collect();
        Ok(Comparison { names: results.iter().map(|r| r.scenario.clone()).collect(), rows, shifts })
    }

    /// Writes the scenario as TOML (the format of `scenarios/` and `reach run`) to a path the
    /// person chose in the save dialog.
    /// Writes a report of `scenarios` (the first is the base of the deltas) on the book in
    /// memory to `path` — XLSX, HTML or CSV by its extension — the same report `reach report`
    /// writes, atomically.
    pub fn export_report(&self, scenarios: &[ScenarioInput], path: &Path, lang: Lang) -> AppResult<()> {
        let format = reach_report::ReportFormat::from_path(path).ok_or_else(|| {
            AppError::new("invalid_input", format!("{}: choose a name ending in .xlsx, .html or .csv", path.display()))
        })?;
        if scenarios.is_empty() {
            return Err(AppError::new("invalid_input", "a report needs at least one scenario"));
        }
        let loaded = self.loaded()?;
        let mut inputs = Vec::with_capacity(scenarios.len());
        for input in scenarios {
            let scenario = scenario_from_input(input)?;
            let text = scenario.to_toml();
            let source = format!("{} (Reach app)", scenario.name);
            inputs.push(reach_report::ScenarioInput::compute(&loaded.book, scenario, source, &text)?);
        }
        let meta = &loaded.meta;
        let mut book = reach_report::BookDescription::of(
            &loaded.book,
            &meta.label,
            meta.synthetic,
            meta.provenance(),
            &meta.imported_at,
        );
        book.snapshot_date = meta.snapshot_date.clone();
        let report = reach_report::ReportInput {
            book,
            scenarios: inputs,
            reach_version: env!("CARGO_PKG_VERSION").to_string(),
            generated_at: now_rfc3339(),
        };
        let bytes = reach_report::render(&report, format, charts::report_lang(lang))
            .map_err(|e| AppError::new("report", e.to_string()))?;
        reach_report::write_atomically(path, &bytes)
            .map_err(|e| AppError::new("io", format!("{}: {e}", path.display())))
    }

    pub fn export_scenario(&self, input: &ScenarioInput, path: &Path) -> AppResult<()> {
        let scenario = scenario_from_input(input)?;
        std::fs::write(path, scenario.to_toml()).map_err(|e| AppError::new("io", format!("{}: {e}", path.display())))
    }
}

/// Now, UTC, to the second (RFC 3339): when a report was made.
fn now_rfc3339() -> String {
    use time::format_description::well_known::Rfc3339;
    let now = time::OffsetDateTime::now_utc();
    let now = now.replace_nanosecond(0).unwrap_or(now);
    now.format(&Rfc3339).unwrap_or_else(|_| now.unix_timestamp().to_string())
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
    }
}

fn saved_view(s: &SavedScenario) -> SavedView {
    let parsed = Scenario::from_toml(&s.toml).ok();
    SavedView {
        name: s.name.clone(),
        updated_at: s.updated_at.clone(),
        tiers: parsed.as_ref().map_or(0, |p| p.tiers.len() as u32),
        threshold: parsed.and_then(|p| p.tiers.iter().map(|t| t.min_assets).min()).map(dec2),
    }
}

/// The tier the sweep varies: the one asked for when the scenario has it, else the lowest
/// threshold served by people (advisor or hybrid), else the lowest tier. With its threshold.
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
