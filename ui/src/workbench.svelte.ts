// The workbench's evaluation loop: every edit goes through `edit`, which changes the scenario in
// place and asks Rust for a new evaluation (latest wins: a fast slider never queues stale
// computations). It keeps where the engine's refusal belongs on screen and the time from the
// input to the repainted KPIs and charts (shown, and kept in `data-ms` on #calc-status).

import { tick } from "svelte";
import { SvelteMap } from "svelte/reactivity";
import { api, asError } from "./api";
import { app } from "./app.svelte";
import { modal } from "./feedback.svelte";
import type { ChartSize, ScenarioInput } from "./generated";
import { fill, shortName, t } from "./i18n";
import * as st from "./state";

export interface Timing {
  /** Input → repainted KPIs and charts, ms. */
  ms: number;
  computeMs: number;
  ipcMs: number;
  /** From the answer to the DOM updated (Svelte's part). */
  domMs: number;
  /** From the answer to the next frame painted and laid out (DOM update included). */
  renderMs: number;
  /** Counts repaints, so a test can wait for the next one. */
  seq: number;
}

class WorkbenchModel {
  /** The engine's refusal: the input id it belongs to (`tier-1-coverage`), the field path and
   * the message; or a message for the whole form. */
  error = $state.raw<{ id: string | null; field: string | null; message: string } | null>(null);
  /** Inputs whose text does not read as a figure (input id → the plain-words refusal); the
   * scenario keeps their last good value. */
  local = new SvelteMap<string, string>();
  /** Counts scenarios put on the workbench (and tiers removed), so inputs drop text typed for
   * the old layout. */
  opened = $state(0);
  timing = $state.raw<Timing | null>(null);
  chartTab = $state<"sweep" | "tiers" | "branches" | "credit" | "lines" | "acquisition">("sweep");
  /** The chart box's size on screen (CSS px), so Rust draws the chart at it; null until laid out. */
  chartSize = $state.raw<ChartSize | null>(null);
  launchMs = $state<number | null>(null);
}

export const wb = new WorkbenchModel();

let pendingSince: number | null = null;
let version = 0;

const scheduler = st.latestWins<void>(async () => {
  if (!app.scenario || !app.book) return;
  const asked = version;
  const since = pendingSince ?? performance.now();
  pendingSince = null;
  const scenario = $state.snapshot(app.scenario);
  try {
    const t0 = performance.now();
    // Only the chart on screen is drawn and sent; a tab switch asks again (see ChartPanel).
    const ev = await api.evaluate({
      scenario,
      sweep_tier: app.sweepTier,
      base: app.base,
      lang: app.lang,
      chart: wb.chartTab,
      chart_size: wb.chartSize ?? undefined,
    });
    if (asked !== version) return; // a newer input is waiting; show its answer instead
    const answered = performance.now();
    app.evaluation = ev;
    wb.error = null;
    await tick();
    const updated = performance.now();
    await afterPaint();
    const done = performance.now();
    wb.timing = {
      ms: done - since,
      computeMs: ev.compute_ms,
      ipcMs: answered - t0,
      domMs: updated - answered,
      renderMs: done - answered,
      seq: (wb.timing?.seq ?? 0) + 1,
    };
    if (wb.launchMs === null && app.startedAtMs) wb.launchMs = Date.now() - app.startedAtMs;
  } catch (e) {
    if (asked !== version) return;
    const err = asError(e);
    wb.error = { id: err.field ? st.fieldId(err.field) : null, field: err.field, message: err.message };
  }
});

function afterPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      void document.body.offsetHeight; // the layout of the new content is done
      resolve();
    }),
  );
}

/** Asks for a recomputation of the current scenario (after an edit, or a new language/base). */
export function recompute(): void {
  pendingSince ??= performance.now();
  version++;
  scheduler.request();
}

/** Changes the scenario on the workbench in place, then recomputes. */
export function edit(change: (s: ScenarioInput) => void): void {
  if (!app.scenario) return;
  pendingSince ??= performance.now();
  change(app.scenario);
  recompute();
}

/** Puts a scenario on the workbench (a preset's key or a saved scenario's name as origin),
 * its sweep on its headline tier. */
export function openScenario(s: ScenarioInput, origin: string): void {
  app.scenario = st.clone(s);
  app.origin = origin;
  markSaved();
  wb.local.clear();
  wb.opened++;
  app.sweepTier = st.headlineTier(s);
  recompute();
}

/** The scenario on the workbench is now the saved one: no unsaved edits. */
export function markSaved(): void {
  app.pristine = app.scenario ? JSON.stringify($state.snapshot(app.scenario)) : "";
}

/** Whether the workbench holds edits that are not saved. */
export function modified(): boolean {
  return app.scenario !== null && st.isModified($state.snapshot(app.scenario), app.pristine);
}

/** Asks before dropping unsaved edits; true when there are none or the person agrees. */
export async function mayDropEdits(): Promise<boolean> {
  if (!modified() || !app.scenario) return true;
  const L = app.lang;
  const ok = await modal({
    title: t("discardTitle", L),
    body: fill("discardBody", L, { name: shortName(app.scenario.name, L) }),
    ok: t("discard", L),
    cancel: t("cancel", L),
    danger: true,
  });
  return ok !== null;
}

/** Opens a preset, asking first when the workbench holds unsaved edits. */
export async function choosePreset(key: string): Promise<void> {
  if (await mayDropEdits()) applyPreset(key);
}

export function applyPreset(key: string): void {
  const p = app.presets.find((x) => x.key === key);
  if (p) openScenario(p.scenario, key);
}

/** Removes a tier. The cards below it take new input ids, so text that could not be read is
 * dropped and every input shows the scenario's value again. */
export function removeTier(index: number): void {
  edit((s) => s.tiers.splice(index, 1));
  wb.local.clear();
  wb.opened++;
}
