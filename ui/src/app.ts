// The app's shared state: the language, the loaded book, the scenario on the workbench and its
// last evaluation, the base scenario, the saved scenarios. Views read it and call `go`.

import type { AppState, Evaluation, Lang, Preset, SavedView, ScenarioInput } from "./generated";

export type View = "workbench" | "executive" | "compare" | "book" | "saved";

export interface App {
  lang: Lang;
  state: AppState;
  presets: Preset[];
  scenario: ScenarioInput | null;
  /** The preset (or saved scenario) the workbench started from. */
  origin: string;
  base: ScenarioInput | null;
  sweepTier: string | null;
  evaluation: Evaluation | null;
  saved: SavedView[];
  view: View;
  /** Input-to-repaint time of the last change, ms. */
  lastMs: number | null;
  launchMs: number | null;
}

export const app: App = {
  lang: "zh",
  state: { book: null, lang: "zh", warehouse: "", demo_customers: 1_000_000, started_at_ms: null },
  presets: [],
  scenario: null,
  origin: "",
  base: null,
  sweepTier: null,
  evaluation: null,
  saved: [],
  view: "workbench",
  lastMs: null,
  launchMs: null,
};

type Listener = () => void;
const listeners: Record<string, Listener[]> = {};
export function on(event: "view" | "lang" | "book" | "saved", fn: Listener): void {
  (listeners[event] ??= []).push(fn);
}
export function emit(event: "view" | "lang" | "book" | "saved"): void {
  (listeners[event] ?? []).forEach((fn) => fn());
}
