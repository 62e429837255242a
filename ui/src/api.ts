// The typed commands: one function per Rust command (src-tauri/src/commands.rs), argument and
// result types from the generated bindings. Errors arrive as `AppError` ({code, message, …}).

import { invoke } from "@tauri-apps/api/core";
import type {
  AppError,
  AppState,
  BookView,
  Comparison,
  EvaluateRequest,
  Evaluation,
  Lang,
  Preset,
  SavedView,
  ScenarioInput,
} from "./generated";

export const api = {
  appState: () => invoke<AppState>("app_state"),
  setLanguage: (lang: Lang) => invoke<void>("set_language", { lang }),
  presets: () => invoke<Preset[]>("presets"),
  evaluate: (req: EvaluateRequest) => invoke<Evaluation>("evaluate", { req }),
  book: (lang: Lang) => invoke<BookView | null>("book", { lang }),
  buildDemo: (customers: number, lang: Lang) => invoke<BookView>("build_demo", { customers, lang }),
  importCsv: (customers: string, branches: string | null, lang: Lang) => invoke<BookView>("import_csv", { customers, branches, lang }),
  listScenarios: () => invoke<SavedView[]>("list_scenarios"),
  loadScenario: (name: string) => invoke<ScenarioInput>("load_scenario", { name }),
  saveScenario: (scenario: ScenarioInput) => invoke<SavedView[]>("save_scenario", { scenario }),
  renameScenario: (name: string, to: string) => invoke<SavedView[]>("rename_scenario", { name, to }),
  duplicateScenario: (name: string, to: string) => invoke<SavedView[]>("duplicate_scenario", { name, to }),
  deleteScenario: (name: string) => invoke<SavedView[]>("delete_scenario", { name }),
  compare: (names: string[]) => invoke<Comparison>("compare", { names }),
  exportScenario: (scenario: ScenarioInput, path: string) => invoke<void>("export_scenario", { scenario, path }),
  exportReport: (scenarios: ScenarioInput[], path: string, lang: Lang) => invoke<void>("export_report", { scenarios, path, lang }),
};

/** Any thrown value as an AppError. */
export function asError(e: unknown): AppError {
  if (e && typeof e === "object" && "code" in e && "message" in e) return e as AppError;
  return { code: "internal", message: String(e), field: null, rows: [], bad_rows: null };
}
