// Generated from the command table (crates/reach-app/src/command_table.rs) by
// crates/reach-app/src/api.rs. Do not edit: change the table and run
// `UPDATE_BINDINGS=1 cargo test -p reach-app api`. Every command rejects with an `AppError`.

import { invoke } from "@tauri-apps/api/core";
import type { AnalysisProgress, AppState, AppliedView, ApplyEstimateRequest, Assessment, BackupView, BookView, Comparison, Decision, EvaluateRequest, Evaluation, HistoryView, ImportProgressView, ImportView, Lang, MonteCarloRequest, MonteCarloView, PilotEvaluation, PilotView, Preset, ReplaceView, RestoreView, SavedView, ScenarioInput, SeekRequest, SeekView, TemplateKind, Term, TornadoRequest, TornadoView } from "./generated";

export const commands = {
  appState: () => invoke<AppState>("app_state"),
  setLanguage: (lang: Lang) => invoke<void>("set_language", { lang }),
  presets: () => invoke<Array<Preset>>("presets"),
  glossary: () => invoke<Array<Term>>("glossary"),
  evaluate: (req: EvaluateRequest) => invoke<Evaluation>("evaluate", { req }),
  assess: (scenario: ScenarioInput) => invoke<Assessment>("assess", { scenario }),
  decide: (scenarios: Array<ScenarioInput>) => invoke<Decision>("decide", { scenarios }),
  book: (lang: Lang) => invoke<BookView | null>("book", { lang }),
  buildDemo: (customers: number, lang: Lang) => invoke<BookView>("build_demo", { customers, lang }),
  importBook: (customers: string, branches: string | null, replace: boolean, lang: Lang) => invoke<ImportView>("import_book", { customers, branches, replace, lang }),
  importProgress: () => invoke<ImportProgressView | null>("import_progress"),
  cancelImport: () => invoke<void>("cancel_import"),
  replacePreview: () => invoke<ReplaceView | null>("replace_preview"),
  undoImport: (lang: Lang) => invoke<BookView>("undo_import", { lang }),
  dropPrevious: (lang: Lang) => invoke<BookView>("drop_previous", { lang }),
  backup: (path: string, lang: Lang) => invoke<BackupView>("backup", { path, lang }),
  restore: (path: string, lang: Lang) => invoke<RestoreView>("restore", { path, lang }),
  importHistory: () => invoke<Array<HistoryView>>("import_history"),
  writeTemplate: (path: string, kind: TemplateKind, lang: Lang) => invoke<string>("write_template", { path, kind, lang }),
  listScenarios: () => invoke<Array<SavedView>>("list_scenarios"),
  loadScenario: (name: string) => invoke<ScenarioInput>("load_scenario", { name }),
  saveScenario: (scenario: ScenarioInput, overwrite: boolean) => invoke<Array<SavedView>>("save_scenario", { scenario, overwrite }),
  renameScenario: (name: string, to: string) => invoke<Array<SavedView>>("rename_scenario", { name, to }),
  duplicateScenario: (name: string, to: string) => invoke<Array<SavedView>>("duplicate_scenario", { name, to }),
  deleteScenario: (name: string) => invoke<Array<SavedView>>("delete_scenario", { name }),
  compare: (names: Array<string>) => invoke<Comparison>("compare", { names }),
  listPilots: () => invoke<Array<PilotView>>("list_pilots"),
  importPilot: (path: string, name: string, lang: Lang) => invoke<PilotView>("import_pilot", { path, name, lang }),
  deletePilot: (name: string) => invoke<Array<PilotView>>("delete_pilot", { name }),
  evaluatePilot: (name: string) => invoke<PilotEvaluation>("evaluate_pilot", { name }),
  applyEstimate: (req: ApplyEstimateRequest) => invoke<AppliedView>("apply_estimate", { req }),
  exportScenario: (scenario: ScenarioInput, path: string) => invoke<string>("export_scenario", { scenario, path }),
  exportReport: (scenarios: Array<ScenarioInput>, path: string, lang: Lang) => invoke<string>("export_report", { scenarios, path, lang }),
  exportChart: (req: EvaluateRequest, chart: string, path: string) => invoke<string>("export_chart", { req, chart, path }),
  fieldPaths: (scenario: ScenarioInput) => invoke<Array<string>>("field_paths", { scenario }),
  seek: (req: SeekRequest) => invoke<SeekView>("seek", { req }),
  tornado: (req: TornadoRequest) => invoke<TornadoView>("tornado", { req }),
  montecarlo: (req: MonteCarloRequest) => invoke<MonteCarloView>("montecarlo", { req }),
  analysisProgress: () => invoke<AnalysisProgress>("analysis_progress"),
  cancelAnalysis: () => invoke<void>("cancel_analysis"),
};
