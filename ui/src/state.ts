// The workbench's state logic, free of the DOM so it is unit-tested: the threshold slider's
// log scale and its snapping to round values, edits to the scenario being worked on, where an
// engine error belongs on screen, and a latest-wins scheduler so a fast slider never queues
// stale computations.

import type { AcquisitionInput, ScenarioInput, TierInput } from "./generated";

// ---- The threshold slider: log scale from 1,000 to 5,000,000 CNY, positions 0..1000. ----

export const SLIDER_MIN = 1_000;
export const SLIDER_MAX = 5_000_000;
export const SLIDER_STEPS = 1000;

/** Round thresholds the slider snaps to: 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k. */
const MANTISSAS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

export function snap(x: number): number {
  if (!(x > 0)) return 0;
  const k = Math.floor(Math.log10(x));
  const base = 10 ** k;
  const m = x / base;
  let best = MANTISSAS[0];
  for (const c of MANTISSAS) {
    // Compare on a log scale, where the slider moves evenly.
    if (Math.abs(Math.log(c) - Math.log(m)) < Math.abs(Math.log(best) - Math.log(m))) best = c;
  }
  return Math.round(best * base);
}

export function sliderToThreshold(pos: number): number {
  const p = Math.min(Math.max(pos, 0), SLIDER_STEPS) / SLIDER_STEPS;
  const raw = SLIDER_MIN * (SLIDER_MAX / SLIDER_MIN) ** p;
  return Math.min(Math.max(snap(raw), SLIDER_MIN), SLIDER_MAX);
}

export function thresholdToSlider(x: number): number {
  if (!(x > SLIDER_MIN)) return 0;
  if (x >= SLIDER_MAX) return SLIDER_STEPS;
  return Math.round((Math.log(x / SLIDER_MIN) / Math.log(SLIDER_MAX / SLIDER_MIN)) * SLIDER_STEPS);
}

// ---- Edits. Each returns a new scenario; the input is never changed. ----

export type TierField = Exclude<keyof TierInput, "risk_profiles" | "channels" | "include_dormant" | "model" | "owner">;
export type GlobalField = "name" | "advisor_cost" | "hq_share" | "hq_advisors" | "asset_yield" | "base_transfer" | "credit_rule";
export type AcquisitionField = Exclude<keyof AcquisitionInput, "channel" | "owner">;

export function clone(s: ScenarioInput): ScenarioInput {
  return JSON.parse(JSON.stringify(s)) as ScenarioInput;
}

export function setGlobal(s: ScenarioInput, field: GlobalField, value: string): ScenarioInput {
  const out = clone(s);
  out[field] = value;
  return out;
}

export function setTier<K extends keyof TierInput>(s: ScenarioInput, i: number, field: K, value: TierInput[K]): ScenarioInput {
  const out = clone(s);
  out.tiers[i][field] = value;
  if (field === "model") {
    // The model's default owner (docs/spec/MODEL.md): branch for advisor, HQ for hybrid and digital.
    out.tiers[i].owner = value === "advisor" ? "branch" : "hq";
    if (value !== "digital" && out.tiers[i].clients_per_advisor === "") {
      out.tiers[i].clients_per_advisor = value === "advisor" ? "300" : "1500";
    }
  }
  return out;
}

export const RISK_CLASSES = ["C1", "C2", "C3", "C4", "C5"] as const;
export const CHANNELS = ["online", "offline"] as const;

/** Toggles one member of a filter set; `null` means "all", and a full set becomes `null`. */
export function toggleIn(set: string[] | null, item: string, all: readonly string[]): string[] | null {
  const current = set ?? [...all];
  const next = current.includes(item) ? current.filter((x) => x !== item) : [...current, item];
  const ordered = all.filter((x) => next.includes(x));
  return ordered.length === all.length ? null : ordered;
}

export function isOn(set: string[] | null, item: string): boolean {
  return set === null || set.includes(item);
}

export function addTier(s: ScenarioInput): ScenarioInput {
  const out = clone(s);
  const lowest = Math.min(...out.tiers.map((t) => Number(t.min_assets) || 0), 100_000);
  let n = out.tiers.length + 1;
  const names = new Set(out.tiers.map((t) => t.name));
  while (names.has(`层级${n}`)) n++;
  out.tiers.push({
    name: `层级${n}`,
    min_assets: String(snap(Math.max(lowest / 3, SLIDER_MIN))),
    model: "digital",
    owner: "hq",
    clients_per_advisor: "",
    coverage: "0.5",
    uplift: "0.03",
    activation: "0.02",
    cost_per_client: "5",
    min_age: "",
    max_age: "",
    risk_profiles: null,
    channels: null,
    include_dormant: true,
    asset_growth: "",
    wealth_share: "",
    wealth_fee: "",
  });
  return out;
}

export function removeTier(s: ScenarioInput, i: number): ScenarioInput {
  const out = clone(s);
  out.tiers.splice(i, 1);
  return out;
}

// ---- Acquisition funnels (MODEL section 8): at most one row per channel. ----

/** A new funnel for `channel`, at the story's calibrated figures (scenarios/100k.toml,
 * CALIBRATION: about 430 CNY per funded online account; offline assumed), owned as MODEL's
 * default (online by HQ, offline by the branches). */
export function newAcquisition(channel: "online" | "offline"): AcquisitionInput {
  return channel === "online"
    ? {
        channel,
        accounts: "20000",
        funded_rate: "0.35",
        cost_per_account: "150",
        assets_per_funded: "30000",
        revenue_per_funded: "120",
        owner: "hq",
      }
    : {
        channel,
        accounts: "3000",
        funded_rate: "0.7",
        cost_per_account: "900",
        assets_per_funded: "150000",
        revenue_per_funded: "600",
        owner: "branch",
      };
}

/** The channels a scenario has no funnel for yet. */
export function missingChannels(s: ScenarioInput): ("online" | "offline")[] {
  return CHANNELS.filter((c) => !s.acquisition.some((a) => a.channel === c));
}

/** The tier with the lowest threshold (the service threshold), or -1 with no tiers. */
export function lowestTier(s: ScenarioInput): number {
  let best = -1;
  s.tiers.forEach((t, i) => {
    if (best < 0 || Number(t.min_assets) < Number(s.tiers[best].min_assets)) best = i;
  });
  return best;
}

// ---- Errors: the engine names the field (`tiers[1].coverage`); the UI marks that input. ----

/** The input id for a field path: `tiers[1].coverage` → `tier-1-coverage`, `acquisition[0].accounts` → `acq-0-accounts`,
 * `hq_share` → `g-hq_share`;
 * a filter member (`tiers[2].risk_profiles[0]`) marks its whole filter. */
export function fieldId(field: string): string {
  const m = /^tiers\[(\d+)\]\.([a-z_]+)/.exec(field);
  if (m) return `tier-${m[1]}-${m[2]}`;
  const a = /^acquisition\[(\d+)\]\.([a-z_]+)/.exec(field);
  if (a) return `acq-${a[1]}-${a[2]}`;
  return `g-${field.replace(/\[.*$/, "")}`;
}

// ---- A latest-wins scheduler: at most one computation in flight, the newest request next. ----

export interface Scheduler<T> {
  request(input: T): void;
  /** Resolves when nothing is in flight or waiting. */
  idle(): Promise<void>;
}

export function latestWins<T>(run: (input: T) => Promise<void>): Scheduler<T> {
  let pending: { input: T } | null = null;
  let running: Promise<void> | null = null;
  const waiters: (() => void)[] = [];
  const pump = (): void => {
    if (running || !pending) {
      if (!running && !pending) waiters.splice(0).forEach((w) => w());
      return;
    }
    const { input } = pending;
    pending = null;
    running = run(input)
      .catch(() => undefined)
      .finally(() => {
        running = null;
        pump();
      });
  };
  return {
    request(input: T) {
      pending = { input };
      pump();
    },
    idle() {
      if (!running && !pending) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
  };
}

// ---- Round thresholds, as brokers name them: 1, 2, 3, 5 × 10^k (1万, 2万, 3万, 5万, 10万 …). ----

/** The next round threshold above `x` (dir = 1) or below it (dir = -1), within the slider's
 * range. Arrow keys on a threshold slider step through these. */
export function stepRound(x: number, dir: 1 | -1): number {
  const rounds: number[] = [];
  for (let base = SLIDER_MIN; base <= SLIDER_MAX; base *= 10) for (const m of [1, 2, 3, 5]) rounds.push(m * base);
  const inRange = rounds.filter((r) => r >= SLIDER_MIN && r <= SLIDER_MAX);
  if (dir > 0) return inRange.find((r) => r > x) ?? SLIDER_MAX;
  return [...inRange].reverse().find((r) => r < x) ?? SLIDER_MIN;
}

// ---- The tiers' natural order: more service for more assets (advisor ≥ hybrid ≥ digital). ----

const SERVICE_RANK: Record<string, number> = { advisor: 3, hybrid: 2, digital: 1 };

/** Pairs [i, j] of tiers out of their natural order: tier i gives more service than tier j
 * (an advisor tier above a hybrid one) yet starts at a lower threshold. */
export function outOfOrder(s: ScenarioInput): [number, number][] {
  const out: [number, number][] = [];
  s.tiers.forEach((a, i) =>
    s.tiers.forEach((b, j) => {
      if (SERVICE_RANK[a.model] > SERVICE_RANK[b.model] && Number(a.min_assets) < Number(b.min_assets)) out.push([i, j]);
    }),
  );
  return out;
}

/** The tier a scenario's sweep shows first: its headline tier, the lowest threshold (the
 * 50万 story's advisor tier, the 10万 story's hybrid tier, the 3万 story's digital tier). */
export function headlineTier(s: ScenarioInput): string | null {
  const i = lowestTier(s);
  return i < 0 ? null : s.tiers[i].name;
}

/** Whether the scenario differs from the one opened or last saved (`pristine`). */
export function isModified(s: ScenarioInput | null, pristine: string): boolean {
  return s !== null && JSON.stringify(s) !== pristine;
}
