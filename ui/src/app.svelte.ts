// The app's shared state, as Svelte runes: the language, the loaded book, the presets, the
// scenario on the workbench and its last evaluation, the base scenario, the saved scenarios and
// the view shown. Components read it; large answers from Rust are kept raw (not made deeply
// reactive) because they are replaced whole, never edited.

import type { BookView, Evaluation, Lang, Preset, SavedView, ScenarioInput } from "./generated";

export type View =
  "workbench" | "executive" | "analyses" | "assessment" | "branches" | "compare" | "book" | "saved" | "pilots" | "glossary";

class AppModel {
  lang = $state<Lang>("zh");
  view = $state<View>("workbench");
  /** The loaded book; `null` until one is built or imported. */
  book = $state.raw<BookView | null>(null);
  /** Customers in the default demo book. */
  demoCustomers = $state(1_000_000);
  /** When the app process started (ms since the epoch), to time launch → first KPIs. */
  startedAtMs: number | null = null;
  presets = $state.raw<Preset[]>([]);
  /** The scenario on the workbench, edited in place field by field. */
  scenario = $state<ScenarioInput | null>(null);
  /** The preset key (or saved scenario name) the workbench started from. */
  origin = $state("");
  /** The scenario as opened or last saved (JSON), to tell unsaved edits. */
  pristine = $state("");
  base = $state.raw<ScenarioInput | null>(null);
  /** The tier the sweep varies; `null`: the lowest threshold. */
  sweepTier = $state<string | null>(null);
  evaluation = $state.raw<Evaluation | null>(null);
  saved = $state.raw<SavedView[]>([]);
}

export const app = new AppModel();
