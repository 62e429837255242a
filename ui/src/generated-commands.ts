// Generated from the command table (crates/reach-app/src/command_table.rs) by
// crates/reach-app/src/api.rs. Do not edit: change the table and run
// `UPDATE_BINDINGS=1 cargo test -p reach-app api`. Every command rejects with an `AppError`.

import { invoke } from "@tauri-apps/api/core";
import type { AppState, AppliedView, ApplyEstimateRequest, Assessment, BookView, Comparison, Decision, EvaluateRequest, Evaluation, Lang, PilotEvaluation, PilotView, Preset, SavedView, ScenarioInput, Term } from "./generated";

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
  importCsv: (customers: string, branches: string | null, lang: Lang) => invoke<BookView>("import_csv", { customers, branches, lang }),
  listScenarios: () => invoke<Array<SavedView>>("list_scenarios"),
  loadScenario: (name: string) => invoke<ScenarioInput>("load_scenario", { name }),
  saveScenario: (scenario: ScenarioInput) => invoke<Array<SavedView>>("save_scenario", { scenario }),
  renameScenario: (name: string, to: string) => invoke<Array<SavedView>>("rename_scenario", { name, to }),
  duplicateScenario: (name: string, to: string) => invoke<Array<SavedView>>("duplicate_scenario", { name, to }),
  deleteScenario: (name: string) => invoke<Array<SavedView>>("delete_scenario", { name }),
  compare: (names: Array<string>) => invoke<Comparison>("compare", { names }),
  exportScenario: (scenario: ScenarioInput, path: string) => invoke<void>("export_scenario", { scenario, path }),
  exportReport: (scenarios: Array<ScenarioInput>, path: string, lang: Lang) => invoke<void>("export_report", { scenarios, path, lang }),
  listPilots: () => invoke<Array<PilotView>>("list_pilots"),
  importPilot: (path: string, name: string, lang: Lang) => invoke<PilotView>("import_pilot", { path, name, lang }),
  deletePilot: (name: string) => invoke<Array<PilotView>>("delete_pilot", { name }),
  evaluatePilot: (name: string) => invoke<PilotEvaluation>("evaluate_pilot", { name }),
  applyEstimate: (req: ApplyEstimateRequest) => invoke<AppliedView>("apply_estimate", { req }),
};
