//! The types that cross the IPC boundary, and their TypeScript twins (ts-rs, written to
//! `ui/src/generated.ts` by `bindings::typescript`). Numbers that are exact decimals in the
//! model (money, thresholds, shares, expected counts) cross as decimal strings so nothing is
//! ever rounded through a binary float; whole counts cross as numbers.
//!
//! The engine's result crosses in its own JSON shape (`reach_core::ScenarioResult`, the shape
//! of `reach run --json`: money as strings, expected counts as numbers with two decimals), its
//! TypeScript twin generated from reach-core's types (feature `ts`): one set of types.
//!
//! A scenario crosses as `ScenarioInput` (reach-core's `scenario::form`): every field as the
//! person typed it, so that a field that is not even a number is refused by name like any other
//! invalid field.

use std::collections::BTreeMap;

use reach_core::ScenarioResult;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The UI's language: the reports' own (`"zh"` / `"en"`).
pub use reach_report::Lang;

/// A scenario as the workbench edits it: every field as typed (reach-core's form, read with the
/// TOML reader's exact decimal parser).
pub use reach_core::scenario::form::{AcquisitionInput, ProvenanceInput, RangeInput, ScenarioInput, TierInput};

/// A shipped scenario of the story, one click away.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Preset {
    /// `500k`, `100k` or `30k`.
    pub key: String,
    pub scenario: ScenarioInput,
}

/// What to compute for the workbench.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct EvaluateRequest {
    pub scenario: ScenarioInput,
    /// The tier whose threshold the sweep varies; `null`: the lowest threshold.
    pub sweep_tier: Option<String>,
    /// The base scenario the KPIs and the side-by-side charts compare against.
    pub base: Option<ScenarioInput>,
    pub lang: Lang,
    /// The one chart to draw (`sweep`, `tiers`, `branches`, `credit`; any other key: none) —
    /// the workbench shows one at a time; absent: all four.
    #[serde(default)]
    #[ts(optional)]
    pub chart: Option<String>,
    /// The size of the chart's box on screen, CSS pixels: the chart is drawn at it (text never
    /// below 11 px); absent: the chart's natural size.
    #[serde(default)]
    #[ts(optional)]
    pub chart_size: Option<ChartSize>,
}

/// A chart's box on screen, CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ChartSize {
    pub width: u32,
    pub height: u32,
}

/// One point of the threshold sweep.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SweepPointView {
    pub min_assets: String,
    #[ts(type = "number")]
    pub eligible: u64,
    pub served: String,
    #[ts(type = "number")]
    pub advisors_needed: u64,
    #[ts(type = "number")]
    pub hires: u64,
    pub incremental_revenue: String,
    pub cost: String,
    pub net: String,
    /// The revenue lines of MODEL section 7 at this threshold.
    pub commission_revenue: String,
    pub wealth_revenue: String,
    pub asset_revenue: String,
    /// Net with the acquisition block (MODEL section 8).
    pub total_net: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct SweepView {
    /// The swept tier.
    pub tier: String,
    /// Its threshold in the scenario (marked on the chart).
    pub current: String,
    /// Ascending thresholds.
    pub points: Vec<SweepPointView>,
}

/// The charts, as SVG documents rendered by reach-report (the same code the reports use).
#[derive(Debug, Clone, Default, Serialize, TS)]
pub struct ChartsView {
    pub sweep: String,
    pub tiers: String,
    pub branches: String,
    pub credit: String,
}

/// The base scenario of the KPI deltas.
#[derive(Debug, Clone, Serialize, TS)]
pub struct BaseView {
    pub name: String,
    /// Each headline metric's change from the base (`reach_core::compare::METRICS` keys), exact:
    /// money with two decimals, counts whole.
    pub deltas: BTreeMap<String, String>,
}

/// Everything the workbench shows for one scenario.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Evaluation {
    /// The engine's result, in the JSON shape of `reach run --json` (MODEL sections 5, 7–9).
    pub result: ScenarioResult,
    /// advisor_cost × hires: the hiring part of the cost.
    pub hiring_cost: String,
    pub sweep: SweepView,
    pub charts: ChartsView,
    /// The base scenario's name and the deltas against it, when a base was given.
    pub base: Option<BaseView>,
    /// Time spent in Rust (engine, sweep, charts), milliseconds.
    pub compute_ms: f64,
}

/// One scenario under both credit rules (MODEL section 9), for the assessment view.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Assessment {
    /// The scenario's own rule: `split` or `dual`.
    pub rule: String,
    /// The scenario with `credit_rule = "split"`.
    pub split: ScenarioResult,
    /// The scenario with `credit_rule = "dual"` (双计).
    pub dual: ScenarioResult,
}

/// One policy of the executive decision: its result and its net broken into parts.
#[derive(Debug, Clone, Serialize, TS)]
pub struct PolicyView {
    pub result: ScenarioResult,
    /// advisor_cost × hires.
    pub hiring_cost: String,
    /// cost − hiring cost: the service cost of the reached customers.
    pub service_cost: String,
    /// Σ the branches' programme nets (MODEL section 9); with HQ's net it makes the total net.
    pub branches_net: String,
    /// Σ the branches' assessed change: what the branches together gain or lose on their books.
    pub branches_assessed_change: String,
    /// Each headline metric's change from the first policy (`reach_core::compare::METRICS`).
    pub deltas: BTreeMap<String, String>,
}

/// Policies side by side, the first the base of the deltas.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Decision {
    pub policies: Vec<PolicyView>,
}

/// One asset band of the book.
#[derive(Debug, Clone, Serialize, TS)]
pub struct BandView {
    /// Lower bound, CNY.
    pub lower: String,
    /// Upper bound, CNY; `null` for the last band.
    pub upper: Option<String>,
    #[ts(type = "number")]
    pub customers: u64,
    #[ts(type = "number")]
    pub dormant: u64,
}

/// What is loaded: the book the engine reads.
#[derive(Debug, Clone, Serialize, TS)]
pub struct BookView {
    /// `demo` or `csv`.
    pub source: String,
    pub label: String,
    pub synthetic: bool,
    pub imported_at: String,
    pub snapshot_date: Option<String>,
    pub customers_file: Option<String>,
    #[ts(type = "number")]
    pub customers: u64,
    #[ts(type = "number")]
    pub branches: u64,
    #[ts(type = "number")]
    pub active: u64,
    #[ts(type = "number")]
    pub dormant: u64,
    #[ts(type = "number")]
    pub already_served: u64,
    #[ts(type = "number")]
    pub current_advisors: u64,
    pub base_revenue: String,
    pub bands: Vec<BandView>,
    /// The band distribution chart (SVG).
    pub chart: String,
    /// The book the last replacing import set aside (what "undo import" brings back), `null`
    /// when none is kept.
    pub previous: Option<BookMetaView>,
}

/// A book named in a question or a history line: where it came from, when, how big.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BookMetaView {
    /// `demo` or `csv`.
    pub source: String,
    pub label: String,
    pub synthetic: bool,
    /// RFC 3339, UTC.
    pub imported_at: String,
    #[ts(type = "number")]
    pub customers: u64,
    #[ts(type = "number")]
    pub branches: u64,
}

/// What an import would do to the loaded book, asked before it runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ReplaceView {
    /// The current book: set aside as the previous book (one click brings it back).
    pub replaced: BookMetaView,
    /// The previous book kept so far: dropped for good.
    pub dropped: Option<BookMetaView>,
}

/// What a successful import did.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ImportView {
    /// The new book.
    pub book: BookView,
    /// What the customers file was read as: `CSV, UTF-8`, `CSV, GB18030`, `XLSX, sheet 客户`.
    pub file_format: Option<String>,
    /// Things that did not stop the import (unused columns).
    pub warnings: Vec<String>,
    #[ts(type = "number")]
    pub elapsed_ms: u64,
}

/// An import or a demo build under way, as the book card shows it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ImportProgressView {
    /// `import` or `demo`.
    pub task: String,
    /// Rows read (customers built, for the demo book).
    #[ts(type = "number")]
    pub rows: u64,
    /// Work done and to do: bytes of the file (customers, for the demo book).
    #[ts(type = "number")]
    pub done: u64,
    #[ts(type = "number")]
    pub total: u64,
    #[ts(type = "number")]
    pub elapsed_ms: u64,
    /// Rows a second so far.
    #[ts(type = "number")]
    pub rows_per_second: u64,
    /// At the rate so far; `null` until there is a rate.
    #[ts(type = "number | null")]
    pub left_ms: Option<u64>,
    /// Cancel was asked; the import stops at its next check and changes nothing.
    pub cancelling: bool,
}

/// A backup written.
#[derive(Debug, Clone, Serialize, TS)]
pub struct BackupView {
    /// The file written (with `.sqlite` added when the name had no extension).
    pub path: String,
    #[ts(type = "number")]
    pub bytes: u64,
}

/// What a restore did.
#[derive(Debug, Clone, Serialize, TS)]
pub struct RestoreView {
    /// The book now loaded (the backup's), `null` when the backup held none.
    pub book: Option<BookView>,
    /// Where the replaced warehouse was kept, beside the warehouse.
    pub kept_at: String,
    /// Saved scenarios now in the warehouse.
    #[ts(type = "number")]
    pub scenarios: u64,
}

/// One line of the import history.
#[derive(Debug, Clone, Serialize, TS)]
pub struct HistoryView {
    /// RFC 3339, UTC.
    pub started_at: String,
    /// `demo` or `csv`.
    pub kind: String,
    pub customers_file: Option<String>,
    #[ts(type = "number")]
    pub rows: u64,
    pub ok: bool,
    pub message: String,
}

/// A template of the customers file to download.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum TemplateKind {
    Csv,
    Xlsx,
}

/// What the app holds when the UI starts.
#[derive(Debug, Clone, Serialize, TS)]
pub struct AppState {
    /// `null` when the warehouse holds no book yet (the UI offers the demo book).
    pub book: Option<BookView>,
    pub lang: Lang,
    pub warehouse: String,
    /// Customers in the default demo book.
    #[ts(type = "number")]
    pub demo_customers: u64,
    /// When the app process started (ms since the Unix epoch), to time launch → first KPIs.
    #[ts(type = "number | null")]
    pub started_at_ms: Option<u64>,
}

/// A saved scenario in the list.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SavedView {
    pub name: String,
    pub updated_at: String,
    #[ts(type = "number")]
    pub tiers: u32,
    /// The lowest tier threshold, CNY (the service threshold).
    pub threshold: Option<String>,
}

/// One headline metric across the compared scenarios.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CompareRow {
    pub key: String,
    pub zh: String,
    pub en: String,
    /// `count`, `expected` or `money`.
    pub kind: String,
    pub more_is_better: bool,
    pub values: Vec<String>,
    /// Against the base (the first); the base's is 0.
    pub deltas: Vec<String>,
}

/// How one branch fares in a scenario against the base.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ShiftView {
    pub branch: String,
    #[ts(type = "number")]
    pub eligible_delta: i64,
    #[ts(type = "number")]
    pub advisors_needed_delta: i64,
    #[ts(type = "number")]
    pub hires_delta: i64,
    pub credited_revenue_delta: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct ShiftSet {
    /// The scenario compared with the base.
    pub name: String,
    /// Biggest credit gain first.
    pub branches: Vec<ShiftView>,
}

/// Saved scenarios side by side, deltas against the base (the first).
#[derive(Debug, Clone, Serialize, TS)]
pub struct Comparison {
    pub names: Vec<String>,
    pub rows: Vec<CompareRow>,
    /// One per scenario after the base.
    pub shifts: Vec<ShiftSet>,
}

/// One refused place of an imported file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RowErrorView {
    #[ts(type = "number")]
    pub line: u64,
    pub column: String,
    pub reason: String,
}

/// Every error crosses as `{code, message}`; an invalid scenario names its `field`, a refused
/// file lists its bad rows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, thiserror::Error)]
#[error("{message}")]
pub struct AppError {
    pub code: String,
    pub message: String,
    /// For `invalid_scenario`: the field, as `tiers[1].coverage`.
    pub field: Option<String>,
    /// For `invalid_file`: the first refused rows.
    pub rows: Vec<RowErrorView>,
    /// For `invalid_file`: how many rows were bad in all.
    #[ts(type = "number | null")]
    pub bad_rows: Option<u64>,
}

/// One glossary entry in one language (`reach_report::glossary`); empty where a part does not
/// apply.
#[derive(Debug, Clone, Serialize, TS)]
pub struct TermText {
    /// The topic's title, for grouping on the glossary page.
    pub topic: String,
    /// For inputs: assumption, policy choice or fact.
    pub kind: String,
    pub label: String,
    pub definition: String,
    pub formula: String,
    pub unit: String,
    pub default: String,
    pub range: String,
    pub basis: String,
}

/// One glossary entry: its key (a scenario field like `tier.coverage` or a result path like
/// `totals.net`), the other paths it stands for, and its texts in both languages.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Term {
    pub key: String,
    pub also: Vec<String>,
    /// `book`, `global`, `tier`, `acquisition`, `result`, `analysis` or `pilot`.
    pub topic: String,
    pub zh: TermText,
    pub en: TermText,
}

/// A stored pilot in the evaluation view's list (MODEL section 11).
#[derive(Debug, Clone, Serialize, TS)]
pub struct PilotView {
    pub name: String,
    /// The file's name, or the synthetic demo pilot's label.
    pub label: String,
    pub synthetic: bool,
    #[ts(type = "number")]
    pub customers: u64,
    #[ts(type = "number")]
    pub treated: u64,
    #[ts(type = "number")]
    pub control: u64,
    /// Of the pilot's customers, how many the current book holds, and how many it does not.
    #[ts(type = "number")]
    pub in_book: u64,
    #[ts(type = "number")]
    pub not_in_book: u64,
    pub has_placed: bool,
    pub imported_at: String,
}

/// Why an estimate is flagged: a stable code (`includes_zero`, `small_group`, `no_estimate`,
/// `no_interval`) the UI words in its language, and the reason in English.
#[derive(Debug, Clone, Serialize, TS)]
pub struct FlagView {
    pub code: String,
    pub reason: String,
}

/// One estimate with its 95% interval (statistics: plain floating point numbers).
#[derive(Debug, Clone, Serialize, TS)]
pub struct EstimateView {
    /// `uplift`, `activation`, `asset_growth` or `wealth_share`.
    pub kind: String,
    pub estimate: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    #[ts(type = "number")]
    pub n_treated: u64,
    #[ts(type = "number")]
    pub n_control: u64,
    pub flagged: bool,
    pub flags: Vec<FlagView>,
}

/// The estimates within one segment of the pilot.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SegmentView {
    /// `asset_band`, `activity`, `channel` or `age_group`.
    pub dimension: String,
    pub segment: String,
    #[ts(type = "number")]
    pub n_treated: u64,
    #[ts(type = "number")]
    pub n_control: u64,
    pub estimates: Vec<EstimateView>,
}

/// A stored pilot evaluated: the numbers of `reach evaluate --pilot NAME --json`.
#[derive(Debug, Clone, Serialize, TS)]
pub struct PilotEvaluation {
    pub pilot: PilotView,
    #[ts(type = "number")]
    pub n_treated: u64,
    #[ts(type = "number")]
    pub n_control: u64,
    /// uplift, activation, asset_growth, then wealth_share when the file gave placed_after.
    pub estimates: Vec<EstimateView>,
    pub segments: Vec<SegmentView>,
}

/// Apply a stored pilot's estimate to a tier of a saved scenario, saved as a new scenario.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct ApplyEstimateRequest {
    pub pilot: String,
    /// `uplift`, `activation`, `asset_growth` or `wealth_share`.
    pub estimate: String,
    /// A saved scenario's name.
    pub scenario: String,
    pub tier: String,
    /// The new saved scenario's name (an existing name is refused).
    pub name: String,
    /// Apply a flagged estimate anyway.
    pub confirm: bool,
}

/// The scenario an estimate was applied to, as saved, and the saved scenarios now.
#[derive(Debug, Clone, Serialize, TS)]
pub struct AppliedView {
    pub scenario: ScenarioInput,
    pub provenance: ProvenanceInput,
    pub saved: Vec<SavedView>,
}

/// A condition on a totals figure for goal seek: the figure `op` (`>=` or `<=`) `value`, and
/// which of the grid values that meet it is the answer (`lowest` or `highest`).
#[derive(Debug, Clone, Deserialize, TS)]
pub struct SeekCondition {
    pub op: String,
    pub value: String,
    pub aim: String,
}

/// Goal seek on the workbench's scenario (MODEL section 10): one field over the grid
/// `from..=to` by `step`, looking for the condition or, without one, the largest `figure`.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct SeekRequest {
    pub scenario: ScenarioInput,
    /// A field path: a global by name (`advisor_cost`) or `tiers.<tier name>.<field>`.
    pub field: String,
    pub from: String,
    pub to: String,
    pub step: String,
    /// The totals figure looked at (`net`, `hires`, …).
    pub figure: String,
    /// `null`: maximise the figure.
    pub condition: Option<SeekCondition>,
}

/// Goal seek's answer, as `reach seek --json`, with the workbench scenario at the answer.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SeekView {
    pub field: String,
    /// The grid value found; `null` when no grid value meets the condition.
    pub value: Option<String>,
    /// The totals there (exactly a full run's).
    pub totals: Option<reach_core::result::Totals>,
    /// The scenario with the field at the answer, for the workbench to apply.
    pub scenario: Option<ScenarioInput>,
    /// Grid points evaluated.
    #[ts(type = "number")]
    pub points: u64,
}

/// The tornado of a figure over the scenario's `[ranges]`.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct TornadoRequest {
    pub scenario: ScenarioInput,
    pub figure: String,
}

/// One tornado bar: the figure with the field at its range's low and high ends.
#[derive(Debug, Clone, Serialize, TS)]
pub struct TornadoBar {
    pub field: String,
    /// The range's ends (the field's values).
    pub range_low: String,
    pub range_high: String,
    /// The figure with the field at its low and at its high.
    pub low: String,
    pub high: String,
    /// |high − low|.
    pub swing: String,
}

/// The tornado, largest swing first, around the figure at the scenario's own values.
#[derive(Debug, Clone, Serialize, TS)]
pub struct TornadoView {
    pub figure: String,
    pub value: String,
    pub bars: Vec<TornadoBar>,
}

/// A seeded Monte Carlo over the scenario's ranges.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct MonteCarloRequest {
    pub scenario: ScenarioInput,
    #[ts(type = "number")]
    pub draws: u64,
    #[ts(type = "number")]
    pub seed: u64,
}

/// One figure over the draws: nearest-rank percentiles and the exact mean.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SummaryView {
    pub p5: String,
    pub p10: String,
    pub p50: String,
    pub p90: String,
    pub p95: String,
    pub mean: String,
}

/// One bar of the histogram of net: draws with net in `[lower, upper)` (the last bar includes
/// its upper end).
#[derive(Debug, Clone, Serialize, TS)]
pub struct BinView {
    pub lower: String,
    pub upper: String,
    #[ts(type = "number")]
    pub count: u64,
}

/// The Monte Carlo answer, as `reach montecarlo --json`, with the histogram of net.
#[derive(Debug, Clone, Serialize, TS)]
pub struct MonteCarloView {
    #[ts(type = "number")]
    pub draws: u64,
    #[ts(type = "number")]
    pub seed: u64,
    pub net: SummaryView,
    pub incremental_revenue: SummaryView,
    pub cost: SummaryView,
    pub hires: SummaryView,
    pub served: SummaryView,
    /// The share of draws with net > 0 (6 places).
    pub p_net_positive: String,
    /// Ranged fields held at the scenario's value (thresholds and age bounds).
    pub not_drawn: Vec<String>,
    pub histogram: Vec<BinView>,
}

/// How far the running Monte Carlo is.
#[derive(Debug, Clone, Serialize, TS)]
pub struct AnalysisProgress {
    pub running: bool,
    #[ts(type = "number")]
    pub done: u64,
    #[ts(type = "number")]
    pub total: u64,
}
