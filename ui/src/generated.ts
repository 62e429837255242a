// Generated from crates/reach-app/src/dto.rs and reach-core's result types by ts-rs (crates/reach-app/src/bindings.rs). Do not edit:
// change the Rust types and run `UPDATE_BINDINGS=1 cargo test -p reach-app bindings`.

export type Lang = "zh" | "en";

export type TierInput = { name: string, 
/**
 * CNY.
 */
min_assets: string, model: ServiceModel, owner: Owner, 
/**
 * Required for advisor and hybrid tiers; "" when unset.
 */
clients_per_advisor: string, 
/**
 * 0..=1.
 */
coverage: string, uplift: string, activation: string, 
/**
 * CNY per reached customer per year.
 */
cost_per_client: string, 
/**
 * "" when unset.
 */
min_age: string, max_age: string, 
/**
 * `null`: every class; otherwise the classes allowed (an empty list is refused).
 */
risk_profiles: Array<string> | null, 
/**
 * `null`: both channels.
 */
channels: Array<string> | null, include_dormant: boolean, 
/**
 * docs/spec/MODEL.md section 7; "" means 0.
 */
asset_growth: string, wealth_share: string, wealth_fee: string, };

export type AcquisitionInput = { 
/**
 * `online` or `offline`.
 */
channel: string, accounts: string, funded_rate: string, cost_per_account: string, assets_per_funded: string, revenue_per_funded: string, owner: Owner, };

export type RangeInput = { path: string, low: string, high: string, };

export type ProvenanceInput = { field: string, pilot: string, estimate: string, low: string, high: string, applied: string, flagged: boolean, };

export type ScenarioInput = { name: string, advisor_cost: string, hq_share: string, hq_advisors: string, tiers: Array<TierInput>, 
/**
 * docs/spec/MODEL.md sections 7 and 9; "" means the default (0, 0, `split`).
 */
asset_yield: string, base_transfer: string, credit_rule: string, acquisition: Array<AcquisitionInput>, 
/**
 * The `[ranges]` of the analyses (docs/spec/MODEL.md section 10), carried as written so that editing
 * a scenario on the workbench keeps them.
 */
ranges: Array<RangeInput>, 
/**
 * Pilot estimates applied to the scenario (docs/spec/MODEL.md section 11), carried unchanged.
 */
provenance: Array<ProvenanceInput>, };

export type Preset = { 
/**
 * `500k`, `100k` or `30k`.
 */
key: string, scenario: ScenarioInput, };

export type ChartSize = { width: number, height: number, };

export type EvaluateRequest = { scenario: ScenarioInput, 
/**
 * The tier whose threshold the sweep varies; `null`: the lowest threshold.
 */
sweep_tier: string | null, 
/**
 * The base scenario the KPIs and the side-by-side charts compare against.
 */
base: ScenarioInput | null, lang: Lang, 
/**
 * The one chart to draw (`sweep`, `tiers`, `branches`, `credit`; any other key: none) —
 * the workbench shows one at a time; absent: all four.
 */
chart?: string, 
/**
 * The size of the chart's box on screen, CSS pixels: the chart is drawn at it (text never
 * below 11 px); absent: the chart's natural size.
 */
chart_size?: ChartSize, };

export type Channel = "online" | "offline";

export type ServiceModel = "advisor" | "hybrid" | "digital";

export type Owner = "branch" | "hq";

export type RevenueLines = { new_assets: string, placed_assets: string, commission_revenue: string, wealth_revenue: string, asset_revenue: string, };

export type Totals = { eligible: number, served: number, newly_served: number, advisors_needed: number, current_advisors: number, hires: number, base_revenue: string, incremental_revenue: string, projected_revenue: string, cost: string, net: string, hq_credit: string, branch_credit: string, acquisition_cost: string, acquisition_revenue: string, 
/**
 * net + acquisition revenue − acquisition cost.
 */
total_net: string, 
/**
 * Σ assessed revenue (branches and HQ) − base revenue − incremental revenue; 0 under split.
 */
double_counted: string, 
/**
 * Branches whose assessed change is below zero.
 */
branches_losing: number, new_assets: string, placed_assets: string, commission_revenue: string, wealth_revenue: string, asset_revenue: string, };

export type TierResult = { name: string, min_assets: string, model: ServiceModel, owner: Owner, eligible: number, served: number, advisors_needed: number, incremental_revenue: string, 
/**
 * The tier's service cost, Σ σ × cost_per_client (advisor hires are costed per unit, not per tier).
 */
cost: string, new_assets: string, placed_assets: string, commission_revenue: string, wealth_revenue: string, asset_revenue: string, };

export type BranchResult = { branch: string, eligible: number, served: number, advisors_needed: number, current_advisors: number, hires: number, 
/**
 * Reached customers per current advisor in branch-owned advisor/hybrid tiers; None without advisors.
 */
load: number | null, 
/**
 * Σ r_i over the branch's customers, whoever owns the tier.
 */
incremental_revenue: string, credited_revenue: string, new_assets: string, 
/**
 * Σ revenue_12m of the branch's customers.
 */
base_revenue: string, 
/**
 * What the branch is assessed on under the scenario's credit rule (MODEL section 9).
 */
assessed_revenue: string, 
/**
 * assessed_revenue − base_revenue.
 */
assessed_change: string, 
/**
 * advisor_cost × hires + service cost of its customers in branch-owned tiers.
 */
cost: string, 
/**
 * credited_revenue − cost.
 */
net: string, };

export type HqResult = { advisors_needed: number, current_advisors: number, hires: number, load: number | null, credited_revenue: string, 
/**
 * Σ base revenue moved from the branches' books to HQ's.
 */
transferred_base: string, assessed_revenue: string, 
/**
 * advisor_cost × HQ's hires + service cost of all customers in hq-owned tiers.
 */
cost: string, 
/**
 * credited_revenue − cost.
 */
net: string, };

export type AcquisitionRow = { channel: Channel, owner: Owner, accounts: number, 
/**
 * Expected funded accounts, accounts × funded_rate.
 */
funded: number, cost: string, revenue: string, new_assets: string, net: string, 
/**
 * None where no account is funded.
 */
cost_per_funded: string | null, 
/**
 * None where the row brings no revenue.
 */
payback_years: number | null, };

export type AcquisitionResult = { rows: Array<AcquisitionRow>, funded: number, cost: string, revenue: string, new_assets: string, net: string, hq_credit: string, branch_credit: string, };

export type ScenarioResult = { scenario: string, customers: number, totals: Totals, 
/**
 * In assignment order (highest threshold first).
 */
tiers: Array<TierResult>, 
/**
 * Every branch of the book, sorted by code point.
 */
branches: Array<BranchResult>, hq: HqResult, acquisition: AcquisitionResult, };

export type SweepPointView = { min_assets: string, eligible: number, served: string, advisors_needed: number, hires: number, incremental_revenue: string, cost: string, net: string, 
/**
 * The revenue lines of MODEL section 7 at this threshold.
 */
commission_revenue: string, wealth_revenue: string, asset_revenue: string, 
/**
 * Net with the acquisition block (MODEL section 8).
 */
total_net: string, };

export type SweepView = { 
/**
 * The swept tier.
 */
tier: string, 
/**
 * Its threshold in the scenario (marked on the chart).
 */
current: string, 
/**
 * Ascending thresholds.
 */
points: Array<SweepPointView>, };

export type ChartsView = { sweep: string, tiers: string, branches: string, credit: string, };

export type BaseView = { name: string, 
/**
 * Each headline metric's change from the base (`reach_core::compare::METRICS` keys), exact:
 * money with two decimals, counts whole.
 */
deltas: { [key in string]: string }, };

export type Evaluation = { 
/**
 * The engine's result, in the JSON shape of `reach run --json` (MODEL sections 5, 7–9).
 */
result: ScenarioResult, 
/**
 * advisor_cost × hires: the hiring part of the cost.
 */
hiring_cost: string, sweep: SweepView, charts: ChartsView, 
/**
 * The base scenario's name and the deltas against it, when a base was given.
 */
base: BaseView | null, 
/**
 * Time spent in Rust (engine, sweep, charts), milliseconds.
 */
compute_ms: number, };

export type Assessment = { 
/**
 * The scenario's own rule: `split` or `dual`.
 */
rule: string, 
/**
 * The scenario with `credit_rule = "split"`.
 */
split: ScenarioResult, 
/**
 * The scenario with `credit_rule = "dual"` (双计).
 */
dual: ScenarioResult, };

export type PolicyView = { result: ScenarioResult, 
/**
 * advisor_cost × hires.
 */
hiring_cost: string, 
/**
 * cost − hiring cost: the service cost of the reached customers.
 */
service_cost: string, 
/**
 * Σ the branches' programme nets (MODEL section 9); with HQ's net it makes the total net.
 */
branches_net: string, 
/**
 * Σ the branches' assessed change: what the branches together gain or lose on their books.
 */
branches_assessed_change: string, 
/**
 * Each headline metric's change from the first policy (`reach_core::compare::METRICS`).
 */
deltas: { [key in string]: string }, };

export type Decision = { policies: Array<PolicyView>, };

export type BandView = { 
/**
 * Lower bound, CNY.
 */
lower: string, 
/**
 * Upper bound, CNY; `null` for the last band.
 */
upper: string | null, customers: number, dormant: number, };

export type BookMetaView = { 
/**
 * `demo` or `csv`.
 */
source: string, label: string, synthetic: boolean, 
/**
 * RFC 3339, UTC.
 */
imported_at: string, customers: number, branches: number, };

export type BookView = { 
/**
 * `demo` or `csv`.
 */
source: string, label: string, synthetic: boolean, imported_at: string, snapshot_date: string | null, customers_file: string | null, customers: number, branches: number, active: number, dormant: number, already_served: number, current_advisors: number, base_revenue: string, bands: Array<BandView>, 
/**
 * The band distribution chart (SVG).
 */
chart: string, 
/**
 * The book the last replacing import set aside (what "undo import" brings back), `null`
 * when none is kept.
 */
previous: BookMetaView | null, };

export type ReplaceView = { 
/**
 * The current book: set aside as the previous book (one click brings it back).
 */
replaced: BookMetaView, 
/**
 * The previous book kept so far: dropped for good.
 */
dropped: BookMetaView | null, };

export type ImportView = { 
/**
 * The new book.
 */
book: BookView, 
/**
 * What the customers file was read as: `CSV, UTF-8`, `CSV, GB18030`, `XLSX, sheet 客户`.
 */
file_format: string | null, 
/**
 * Things that did not stop the import (unused columns).
 */
warnings: Array<string>, elapsed_ms: number, };

export type ImportProgressView = { 
/**
 * `import` or `demo`.
 */
task: string, 
/**
 * Rows read (customers built, for the demo book).
 */
rows: number, 
/**
 * Work done and to do: bytes of the file (customers, for the demo book).
 */
done: number, total: number, elapsed_ms: number, 
/**
 * Rows a second so far.
 */
rows_per_second: number, 
/**
 * At the rate so far; `null` until there is a rate.
 */
left_ms: number | null, 
/**
 * Cancel was asked; the import stops at its next check and changes nothing.
 */
cancelling: boolean, };

export type BackupView = { 
/**
 * The file written (with `.sqlite` added when the name had no extension).
 */
path: string, bytes: number, };

export type RestoreView = { 
/**
 * The book now loaded (the backup's), `null` when the backup held none.
 */
book: BookView | null, 
/**
 * Where the replaced warehouse was kept, beside the warehouse.
 */
kept_at: string, 
/**
 * Saved scenarios now in the warehouse.
 */
scenarios: number, };

export type HistoryView = { 
/**
 * RFC 3339, UTC.
 */
started_at: string, 
/**
 * `demo` or `csv`.
 */
kind: string, customers_file: string | null, rows: number, ok: boolean, message: string, };

export type TemplateKind = "csv" | "xlsx";

export type AppState = { 
/**
 * `null` when the warehouse holds no book yet (the UI offers the demo book).
 */
book: BookView | null, lang: Lang, warehouse: string, 
/**
 * Customers in the default demo book.
 */
demo_customers: number, 
/**
 * When the app process started (ms since the Unix epoch), to time launch → first KPIs.
 */
started_at_ms: number | null, };

export type SavedView = { name: string, updated_at: string, tiers: number, 
/**
 * The lowest tier threshold, CNY (the service threshold).
 */
threshold: string | null, };

export type CompareRow = { key: string, zh: string, en: string, 
/**
 * `count`, `expected` or `money`.
 */
kind: string, more_is_better: boolean, values: Array<string>, 
/**
 * Against the base (the first); the base's is 0.
 */
deltas: Array<string>, };

export type ShiftView = { branch: string, eligible_delta: number, advisors_needed_delta: number, hires_delta: number, credited_revenue_delta: string, };

export type ShiftSet = { 
/**
 * The scenario compared with the base.
 */
name: string, 
/**
 * Biggest credit gain first.
 */
branches: Array<ShiftView>, };

export type Comparison = { names: Array<string>, rows: Array<CompareRow>, 
/**
 * One per scenario after the base.
 */
shifts: Array<ShiftSet>, };

export type RowErrorView = { line: number, column: string, reason: string, };

export type AppError = { code: string, message: string, 
/**
 * For `invalid_scenario`: the field, as `tiers[1].coverage`.
 */
field: string | null, 
/**
 * For `invalid_file`: the first refused rows.
 */
rows: Array<RowErrorView>, 
/**
 * For `invalid_file`: how many rows were bad in all.
 */
bad_rows: number | null, };

export type TermText = { 
/**
 * The topic's title, for grouping on the glossary page.
 */
topic: string, 
/**
 * For inputs: assumption, policy choice or fact.
 */
kind: string, label: string, definition: string, formula: string, unit: string, default: string, range: string, basis: string, };

export type Term = { key: string, also: Array<string>, 
/**
 * `book`, `global`, `tier`, `acquisition`, `result`, `analysis` or `pilot`.
 */
topic: string, zh: TermText, en: TermText, };

export type PilotView = { name: string, 
/**
 * The file's name, or the synthetic demo pilot's label.
 */
label: string, synthetic: boolean, customers: number, treated: number, control: number, 
/**
 * Of the pilot's customers, how many the current book holds, and how many it does not.
 */
in_book: number, not_in_book: number, has_placed: boolean, imported_at: string, };

export type FlagView = { code: string, reason: string, };

export type EstimateView = { 
/**
 * `uplift`, `activation`, `asset_growth` or `wealth_share`.
 */
kind: string, estimate: number | null, low: number | null, high: number | null, n_treated: number, n_control: number, flagged: boolean, flags: Array<FlagView>, };

export type SegmentView = { 
/**
 * `asset_band`, `activity`, `channel` or `age_group`.
 */
dimension: string, segment: string, n_treated: number, n_control: number, estimates: Array<EstimateView>, };

export type PilotEvaluation = { pilot: PilotView, n_treated: number, n_control: number, 
/**
 * uplift, activation, asset_growth, then wealth_share when the file gave placed_after.
 */
estimates: Array<EstimateView>, segments: Array<SegmentView>, };

export type ApplyEstimateRequest = { pilot: string, 
/**
 * `uplift`, `activation`, `asset_growth` or `wealth_share`.
 */
estimate: string, 
/**
 * A saved scenario's name.
 */
scenario: string, tier: string, 
/**
 * The new saved scenario's name (an existing name is refused).
 */
name: string, 
/**
 * Apply a flagged estimate anyway.
 */
confirm: boolean, };

export type AppliedView = { scenario: ScenarioInput, provenance: ProvenanceInput, saved: Array<SavedView>, };

export type SeekCondition = { op: string, value: string, aim: string, };

export type SeekRequest = { scenario: ScenarioInput, 
/**
 * A field path: a global by name (`advisor_cost`) or `tiers.<tier name>.<field>`.
 */
field: string, from: string, to: string, step: string, 
/**
 * The totals figure looked at (`net`, `hires`, …).
 */
figure: string, 
/**
 * `null`: maximise the figure.
 */
condition: SeekCondition | null, };

export type SeekView = { field: string, 
/**
 * The grid value found; `null` when no grid value meets the condition.
 */
value: string | null, 
/**
 * The totals there (exactly a full run's).
 */
totals: Totals | null, 
/**
 * The scenario with the field at the answer, for the workbench to apply.
 */
scenario: ScenarioInput | null, 
/**
 * Grid points evaluated.
 */
points: number, };

export type TornadoRequest = { scenario: ScenarioInput, figure: string, };

export type TornadoBar = { field: string, 
/**
 * The range's ends (the field's values).
 */
range_low: string, range_high: string, 
/**
 * The figure with the field at its low and at its high.
 */
low: string, high: string, 
/**
 * |high − low|.
 */
swing: string, };

export type TornadoView = { figure: string, value: string, bars: Array<TornadoBar>, };

export type MonteCarloRequest = { scenario: ScenarioInput, draws: number, seed: number, };

export type SummaryView = { p5: string, p10: string, p50: string, p90: string, p95: string, mean: string, };

export type BinView = { lower: string, upper: string, count: number, };

export type MonteCarloView = { draws: number, seed: number, net: SummaryView, incremental_revenue: SummaryView, cost: SummaryView, hires: SummaryView, served: SummaryView, 
/**
 * The share of draws with net > 0 (6 places).
 */
p_net_positive: string, 
/**
 * Ranged fields held at the scenario's value (thresholds and age bounds).
 */
not_drawn: Array<string>, histogram: Array<BinView>, };

export type AnalysisProgress = { running: boolean, done: number, total: number, };
