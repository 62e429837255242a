// The decision analyses of the workbench's scenario (MODEL section 10): goal seek, the tornado of
// the scenario's ranges and seeded Monte Carlo — all computed in Rust (the `seek`, `tornado`
// and `montecarlo` commands, the CLI's own functions). Monte Carlo runs off the UI thread; while
// it runs its progress is polled (`analysisProgress`) and Cancel stops it (`cancelAnalysis`).
// The executive view keeps its own Monte Carlo of the current scenario (default draws and seed).

import { api, asError } from "./api";
import { app } from "./app.svelte";
import type { Kind } from "./format";
import type { MonteCarloView, ScenarioInput, SeekView, TornadoView } from "./generated";
import { termFor } from "./glossary.svelte";

/** The draws and seed `reach montecarlo` uses by default. */
export const DEFAULT_DRAWS = 1000;
export const DEFAULT_SEED = 1;

/** The totals figures an analysis can look at, with how each is shown. */
export const FIGURES: [string, Kind][] = [
  ["net", "money"],
  ["total_net", "money"],
  ["incremental_revenue", "money"],
  ["cost", "money"],
  ["hires", "count"],
  ["advisors_needed", "count"],
  ["eligible", "count"],
  ["served", "expected"],
  ["hq_credit", "money"],
  ["branch_credit", "money"],
];

export function figureKind(key: string): Kind {
  return FIGURES.find(([k]) => k === key)?.[1] ?? "money";
}

/** A figure's label from the glossary (`totals.net` → 净收益 / Net). */
export function figureLabel(key: string, lang: "zh" | "en"): string {
  const term = termFor(`totals.${key}`);
  return term ? term[lang].label : key;
}

/** A field path as the screen names it: `tiers.人机协同.clients_per_advisor` → `人机协同 · 人均服务客户数`. */
export function pathLabel(path: string, lang: "zh" | "en"): string {
  const m = /^tiers\.(.+)\.([a-z_]+)$/.exec(path);
  const term = termFor(m ? `tier.${m[2]}` : `global.${path}`);
  const label = term ? term[lang].label : (m?.[2] ?? path);
  return m ? `${m[1]} · ${label}` : label;
}

/** An error of an analysis, with the input it names (`from`, `field`, a range path, …). */
export interface AnalysisError {
  field: string | null;
  message: string;
}

function failure(e: unknown): AnalysisError {
  const err = asError(e);
  return { field: err.field, message: err.message };
}

class AnalysesModel {
  tornado = $state.raw<TornadoView | null>(null);
  tornadoFigure = $state("net");
  tornadoError = $state.raw<AnalysisError | null>(null);
  montecarlo = $state.raw<MonteCarloView | null>(null);
  draws = $state(String(DEFAULT_DRAWS));
  seed = $state(String(DEFAULT_SEED));
  mcError = $state.raw<AnalysisError | null>(null);
  /** The running Monte Carlo's progress (draws done of total), or null. */
  progress = $state.raw<{ done: number; total: number } | null>(null);
  /** The executive view's Monte Carlo and the scenario it belongs to. */
  exec = $state.raw<{ key: string; view: MonteCarloView | null; error: string | null } | null>(null);
  seekOpen = $state(false);
}

export const an = new AnalysesModel();

function snapshot(): ScenarioInput | null {
  return app.scenario ? $state.snapshot(app.scenario) : null;
}

let tornadoAsked = 0;

/** Recomputes the tornado of the workbench's scenario (latest wins). */
export async function runTornado(): Promise<void> {
  const scenario = snapshot();
  if (!scenario || !app.book) return;
  const asked = ++tornadoAsked;
  try {
    const view = await api.tornado({ scenario, figure: an.tornadoFigure });
    if (asked !== tornadoAsked) return;
    an.tornado = view;
    an.tornadoError = null;
  } catch (e) {
    if (asked === tornadoAsked) an.tornadoError = failure(e);
  }
}

/** Polls the running Monte Carlo's progress until `done` settles. */
function watchProgress(done: Promise<unknown>): void {
  let settled = false;
  void done.finally(() => {
    settled = true;
    an.progress = null;
  });
  const poll = async (): Promise<void> => {
    if (settled) return;
    const p = await api.analysisProgress().catch(() => null);
    if (settled) return;
    if (p?.running) an.progress = { done: p.done, total: p.total };
    window.setTimeout(() => void poll(), 120);
  };
  window.setTimeout(() => void poll(), 60);
}

function whole(text: string, field: string, min: number, max: number): number {
  const v = Number(text.trim().replace(/[,，_ ]/g, ""));
  if (!Number.isInteger(v) || v < min || v > max) throw { field, message: `${min}–${max}` };
  return v;
}

/** Runs the Monte Carlo panel's draws; a cancelled run leaves the last answer shown. */
export async function runMonteCarlo(): Promise<void> {
  const scenario = snapshot();
  if (!scenario || !app.book) return;
  let draws: number;
  let seed: number;
  try {
    draws = whole(an.draws, "draws", 1, 100_000);
    seed = whole(an.seed, "seed", 0, Number.MAX_SAFE_INTEGER);
  } catch (e) {
    an.mcError = e as AnalysisError;
    return;
  }
  an.mcError = null;
  an.progress = { done: 0, total: draws };
  const job = api.montecarlo({ scenario, draws, seed });
  watchProgress(job);
  try {
    an.montecarlo = await job;
  } catch (e) {
    const err = failure(e);
    if (asError(e).code !== "cancelled") an.mcError = err;
  }
}

export function cancelMonteCarlo(): void {
  void api.cancelAnalysis();
}

/** The executive view's P(net > 0) and P10–P90 of the current scenario, recomputed when the
 * scenario changed since the last run. */
export async function runExecutiveMonteCarlo(): Promise<void> {
  const scenario = snapshot();
  if (!scenario || !app.book) return;
  const key = JSON.stringify(scenario);
  if (an.exec?.key === key) return;
  an.exec = { key, view: null, error: null };
  try {
    const view = await api.montecarlo({ scenario, draws: DEFAULT_DRAWS, seed: DEFAULT_SEED });
    if (an.exec?.key === key) an.exec = { key, view, error: null };
  } catch (e) {
    if (an.exec?.key !== key) return;
    // Cancelled by another run (the analyses view's): asked again next time it is shown.
    const err = asError(e);
    an.exec = err.code === "cancelled" ? null : { key, view: null, error: err.message };
  }
}

/** Goal seek on the workbench's scenario. */
export async function seek(req: {
  field: string;
  from: string;
  to: string;
  step: string;
  figure: string;
  condition: { op: string; value: string; aim: string } | null;
}): Promise<SeekView> {
  const scenario = snapshot();
  if (!scenario) throw { field: null, message: "no scenario" };
  try {
    return await api.seek({ scenario, ...req });
  } catch (e) {
    throw failure(e);
  }
}
