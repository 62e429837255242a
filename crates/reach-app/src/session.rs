//! The app's state, one object per open warehouse, and the entry point of every command: the
//! book in memory ([`BookKeeper`]), the workbench with its caches ([`Workbench`]), the library
//! of saved scenarios ([`Library`]), the pilots ([`crate::pilots`]), report building
//! ([`crate::reports`]), the remembered language, and the warehouse's safekeeping (undo of an
//! import, backup, restore). Each method takes and returns the IPC types of `dto`; the desktop shell's
//! commands only forward to them, and the tests drive them directly.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use reach_core::demo::DemoParams;
use reach_core::Scenario;
use reach_store::Warehouse;

use crate::analyses::{self, Analyses};
use crate::assessment;
use crate::book::BookKeeper;
use crate::charts;
use crate::compare::comparison;
use crate::decision;
use crate::dto::*;
use crate::error::{AppError, AppResult};
use crate::file_names::with_extension;
use crate::library::{self, Library};
use crate::pilots;
use crate::reports::{self, ReportSource};
use crate::settings::Settings;
use crate::workbench::Workbench;
use reach_core::scenario::form::{input_from_scenario, scenario_from_input};

/// The scenarios of the story, shipped with the app (the files in `scenarios/`).
pub const PRESETS: [(&str, &str); 3] = [
    ("500k", include_str!("../../../scenarios/500k.toml")),
    ("100k", include_str!("../../../scenarios/100k.toml")),
    ("30k", include_str!("../../../scenarios/30k.toml")),
];

pub struct Session {
    book: BookKeeper,
    workbench: Workbench,
    analyses: Analyses,
    library: Library,
    settings: Mutex<Settings>,
    settings_path: PathBuf,
}

impl Session {
    /// Opens the warehouse at `path` and loads its book (if any) into memory. The settings
    /// (the language) live beside the warehouse; on first start the language follows the
    /// system locale.
    pub async fn open(path: &Path) -> AppResult<Session> {
        let warehouse = Warehouse::open(path).await?;
        let settings_path = path.parent().unwrap_or(Path::new(".")).join("reach-app-settings.json");
        Ok(Session {
            library: Library::new(warehouse.clone()),
            book: BookKeeper::open(warehouse).await?,
            workbench: Workbench::default(),
            analyses: Analyses::default(),
            settings: Mutex::new(Settings::load_or_default(&settings_path)),
            settings_path,
        })
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
            book: self.book.view(lang),
            lang,
            warehouse: self.book.warehouse().path().display().to_string(),
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

    /// The workbench's answer for one scenario on the book in memory.
    pub fn evaluate(&self, req: &EvaluateRequest) -> AppResult<Evaluation> {
        self.workbench.evaluate(&self.book.loaded()?, req)
    }

    /// The scenario under both credit rules, for the assessment view.
    pub fn assess(&self, input: &ScenarioInput) -> AppResult<Assessment> {
        let scenario = scenario_from_input(input)?;
        Ok(assessment::assess(&self.book.loaded()?.loaded.book, &scenario)?)
    }

    /// Policies side by side for the executive view, the first the base of the deltas.
    pub fn decide(&self, inputs: &[ScenarioInput]) -> AppResult<Decision> {
        if inputs.is_empty() {
            return Err(AppError::new("invalid_input", "a decision needs at least one scenario"));
        }
        let scenarios = inputs.iter().map(scenario_from_input).collect::<Result<Vec<_>, _>>()?;
        Ok(decision::decide(&self.book.loaded()?.loaded.book, &scenarios)?)
    }

    /// Writes a chart of the workbench (`sweep`, `tiers`, `branches`, `credit`) or the book's
    /// band distribution (`bands`) to `path` as PNG or SVG; returns the path written.
    pub fn export_chart(&self, req: &EvaluateRequest, chart: &str, path: &Path) -> AppResult<PathBuf> {
        let current = self.book.loaded()?;
        if chart == "bands" {
            let loaded = &current.loaded;
            let bands = reach_report::charts::bands(&loaded.meta.label, loaded.book.stats());
            return charts::write_chart(&bands, path, req.lang);
        }
        self.workbench.export_chart(&current, req, chart, path)
    }

    /// The field paths the analyses can vary in this scenario.
    pub fn field_paths(&self, scenario: &ScenarioInput) -> AppResult<Vec<String>> {
        analyses::field_paths(scenario)
    }

    /// Goal seek on the workbench's scenario over the book in memory.
    pub fn seek(&self, req: &SeekRequest) -> AppResult<SeekView> {
        analyses::seek(&self.book.loaded()?.loaded.book, req)
    }

    /// The tornado of the workbench's scenario's ranges.
    pub fn tornado(&self, req: &TornadoRequest) -> AppResult<TornadoView> {
        analyses::tornado_view(&self.book.loaded()?.loaded.book, req)
    }

    /// Monte Carlo over the scenario's ranges; watched by `analysis_progress`, stopped by
    /// `cancel_analysis`.
    pub fn monte_carlo(&self, req: &MonteCarloRequest) -> AppResult<MonteCarloView> {
        self.analyses.monte_carlo(&self.book.loaded()?.loaded.book, req)
    }

    pub fn analysis_progress(&self) -> AnalysisProgress {
        self.analyses.progress()
    }

    pub fn cancel_analysis(&self) {
        self.analyses.cancel()
    }

    /// What is loaded, with its band distribution chart.
    pub fn book_view(&self, lang: Lang) -> Option<BookView> {
        self.book.view(lang)
    }

    /// Builds the calibrated demo book (synthetic, labelled so) as the warehouse's book; the
    /// book it replaces is kept as the previous one.
    pub async fn build_demo(&self, customers: u64, lang: Lang) -> AppResult<BookView> {
        self.book.build_demo(customers, lang).await
    }

    /// Imports a customers file (CSV in UTF-8 or GBK, or XLSX) and optionally a branches file.
    /// Over a loaded book only with `replace` (ask first with `replace_preview`); a refused or
    /// cancelled import changes nothing, its reasons worded in `lang`.
    pub async fn import_book(
        &self,
        customers: &Path,
        branches: Option<&Path>,
        replace: bool,
        lang: Lang,
    ) -> AppResult<ImportView> {
        self.book.import_file(customers, branches, replace, lang).await
    }

    /// The import or demo build under way, `None` when none runs.
    pub fn import_progress(&self) -> Option<ImportProgressView> {
        self.book.job().progress()
    }

    /// Stops the import or demo build under way; it changes nothing.
    pub fn cancel_import(&self) {
        self.book.job().cancel();
    }

    /// What an import would set aside and drop; `None` when no book is loaded.
    pub async fn replace_preview(&self) -> AppResult<Option<ReplaceView>> {
        self.book.replace_preview().await
    }

    /// Brings back the book the last import replaced.
    pub async fn undo_import(&self, lang: Lang) -> AppResult<BookView> {
        self.book.undo_import(lang).await
    }

    /// Drops the previous book for good.
    pub async fn drop_previous(&self, lang: Lang) -> AppResult<BookView> {
        self.book.drop_previous(lang).await
    }

    /// A consistent copy of the warehouse to `path` (a new file; `.sqlite` added when the
    /// name has no extension), safe while the app and the CLI use it.
    pub async fn backup(&self, path: &Path, lang: Lang) -> AppResult<BackupView> {
        let path = with_extension(path, "sqlite");
        let bytes = self.book.warehouse().backup(&path).await.map_err(|e| AppError::store(e, lang))?;
        Ok(BackupView { path: path.display().to_string(), bytes })
    }

    /// Replaces the warehouse with a backup (checked first; the current one kept beside it),
    /// and loads its book. Saved scenarios of both are kept.
    pub async fn restore(&self, path: &Path, lang: Lang) -> AppResult<RestoreView> {
        self.book.restore(path, lang).await
    }

    /// Every import attempt, newest first.
    pub async fn import_history(&self) -> AppResult<Vec<HistoryView>> {
        self.book.history().await
    }

    /// Writes the empty customers file to fill in (CSV or XLSX, headers in `lang`) to `path`
    /// (the format's extension added when missing); returns the path written.
    pub fn write_template(&self, path: &Path, kind: TemplateKind, lang: Lang) -> AppResult<PathBuf> {
        let path = match kind {
            TemplateKind::Csv => with_extension(path, "csv"),
            TemplateKind::Xlsx => with_extension(path, "xlsx"),
        };
        reach_store::write_template(&path, lang == Lang::Zh).map_err(|e| AppError::store(e, lang))?;
        Ok(path)
    }

    pub async fn list_scenarios(&self) -> AppResult<Vec<SavedView>> {
        self.library.list().await
    }

    pub async fn load_scenario(&self, name: &str) -> AppResult<ScenarioInput> {
        self.library.load(name).await
    }

    /// Saves the scenario under its name; an existing one so named is replaced only with
    /// `overwrite` (else `scenario_exists`, and the UI asks).
    pub async fn save_scenario(&self, input: &ScenarioInput, overwrite: bool) -> AppResult<Vec<SavedView>> {
        self.library.save(input, overwrite).await
    }

    pub async fn rename_scenario(&self, old: &str, new: &str) -> AppResult<Vec<SavedView>> {
        self.library.rename(old, new).await
    }

    pub async fn duplicate_scenario(&self, name: &str, new: &str) -> AppResult<Vec<SavedView>> {
        self.library.duplicate(name, new).await
    }

    pub async fn delete_scenario(&self, name: &str) -> AppResult<Vec<SavedView>> {
        self.library.delete(name).await
    }

    /// Saved scenarios side by side, the first the base, with each branch's gain or loss.
    pub async fn compare(&self, names: &[String]) -> AppResult<Comparison> {
        if names.len() < 2 {
            return Err(AppError::new("invalid_input", "pick a base scenario and at least one other to compare"));
        }
        let current = self.book.loaded()?;
        let mut results = Vec::with_capacity(names.len());
        for name in names {
            results.push(reach_core::run(&current.loaded.book, &self.library.scenario(name).await?)?);
        }
        Ok(comparison(&results))
    }

    /// Writes a report of `scenarios` (the first is the base of the deltas) on the book in
    /// memory to `path` — XLSX, HTML or CSV by its extension — the same report `reach report`
    /// writes, atomically.
    pub fn export_report(&self, scenarios: &[ScenarioInput], path: &Path, lang: Lang) -> AppResult<PathBuf> {
        let path = &with_extension(path, "xlsx");
        let format = reach_report::ReportFormat::from_path(path).ok_or_else(|| {
            AppError::new("invalid_input", format!("{}: choose a name ending in .xlsx, .html or .csv", path.display()))
        })?;
        if scenarios.is_empty() {
            return Err(AppError::new("invalid_input", "a report needs at least one scenario"));
        }
        let current = self.book.loaded()?;
        let mut sources = Vec::with_capacity(scenarios.len());
        for input in scenarios {
            let scenario = scenario_from_input(input)?;
            let text = scenario.to_toml();
            sources.push(ReportSource { name: format!("{} (Reach app)", scenario.name), scenario, text });
        }
        let report = reports::report_input(&current.loaded, sources, Some(reach_report::AnalysisSettings::default()))
            .map_err(|e| AppError::from(e.error))?;
        let bytes = reach_report::render(&report, format, lang).map_err(|e| AppError::new("report", e.to_string()))?;
        reach_report::write_atomically(path, &bytes)
            .map_err(|e| AppError::new("io", format!("{}: {e}", path.display())))?;
        Ok(path.clone())
    }

    pub async fn list_pilots(&self) -> AppResult<Vec<PilotView>> {
        pilots::list(self.book.warehouse()).await
    }

    /// Imports a pilot outcome file under a new name (refused whole, worded in `lang`).
    pub async fn import_pilot(&self, path: &Path, name: &str, lang: Lang) -> AppResult<PilotView> {
        pilots::import(self.book.warehouse(), path, name, lang).await
    }

    pub async fn delete_pilot(&self, name: &str) -> AppResult<Vec<PilotView>> {
        pilots::delete(self.book.warehouse(), name).await
    }

    /// A stored pilot's estimates, intervals, group sizes, flags and segments.
    pub async fn evaluate_pilot(&self, name: &str) -> AppResult<PilotEvaluation> {
        pilots::evaluate(self.book.warehouse(), name).await
    }

    /// A stored pilot's estimate applied to a saved scenario's tier, saved as a new scenario.
    pub async fn apply_estimate(&self, req: &ApplyEstimateRequest) -> AppResult<AppliedView> {
        pilots::apply(self.book.warehouse(), &self.library, req).await
    }

    /// Writes the scenario as TOML to a path the person chose in the save dialog; returns the
    /// path written (`.toml` added when missing).
    pub fn export_scenario(&self, input: &ScenarioInput, path: &Path) -> AppResult<PathBuf> {
        library::export_scenario(input, path)
    }
}
