// The scenario workbench: the tiers as editable rows on the left (presets, a log-scale slider
// per threshold snapping to round values, every assumption, the filters), the KPI cards and
// the charts on the right. Every change recomputes at once (latest wins); the time from the
// input to the repainted KPIs and charts is shown and kept in `data-ms` on #calc-status.

import { api, asError } from "../api";
import { app, emit } from "../app";
import { clear, h, modal, setSvg, toast } from "../dom";
import * as f from "../format";
import type { Evaluation, ModelKind, OwnerKind, ScenarioInput, TotalsView } from "../generated";
import { shortName, t } from "../i18n";
import { exportReport } from "../report";
import * as st from "../state";

let root: HTMLElement;
let inputsEl: HTMLElement;
let kpisEl: HTMLElement;
let chartEl: HTMLElement;
let statusEl: HTMLElement;
let chartTab: "sweep" | "tiers" | "branches" | "credit" = "sweep";
let pendingSince: number | null = null;

const scheduler = st.latestWins<void>(async () => {
  const scenario = app.scenario;
  if (!scenario || !app.state.book) return;
  const since = pendingSince ?? performance.now();
  pendingSince = null;
  try {
    const asked = performance.now();
    const ev = await api.evaluate({ scenario, sweep_tier: app.sweepTier, base: app.base, lang: app.lang });
    if (scenario !== app.scenario && pendingSince !== null) return; // a newer input is waiting
    const answered = performance.now();
    app.evaluation = ev;
    markErrors(null);
    renderResults(ev);
    await afterPaint();
    statusEl.dataset.ipcMs = (answered - asked).toFixed(1);
    statusEl.dataset.renderMs = (performance.now() - answered).toFixed(1);
    recordTiming(performance.now() - since, ev.compute_ms);
  } catch (e) {
    const err = asError(e);
    markErrors(err.field ? { field: err.field, message: err.message } : null, err.message);
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

function recordTiming(ms: number, computeMs: number): void {
  app.lastMs = ms;
  statusEl.dataset.ms = ms.toFixed(1);
  statusEl.dataset.computeMs = computeMs.toFixed(1);
  statusEl.dataset.seq = String(Number(statusEl.dataset.seq ?? "0") + 1);
  statusEl.textContent = `${t("computed", app.lang)} ${Math.round(ms)} ${t("ms", app.lang)}`;
  statusEl.title = `Rust ${computeMs.toFixed(1)} ms`;
  if (app.launchMs === null && app.state.started_at_ms) {
    app.launchMs = Date.now() - app.state.started_at_ms;
    document.body.dataset.launchMs = app.launchMs.toFixed(0);
  }
}

/** Asks for a recomputation of the current scenario. */
export function recompute(): void {
  if (pendingSince === null) pendingSince = performance.now();
  scheduler.request();
}

export function idle(): Promise<void> {
  return scheduler.idle();
}

export function mountWorkbench(el: HTMLElement): void {
  root = el;
  statusEl = h("span", { id: "calc-status", class: "calc-status" }, "");
  inputsEl = h("section", { class: "wb-inputs", "aria-label": "inputs" });
  kpisEl = h("section", { class: "kpis", id: "kpis" });
  chartEl = h("div", { class: "chart-box", id: "wb-chart" });
  renderWorkbench();
}

export function renderWorkbench(): void {
  clear(root);
  const L = app.lang;
  const tabs = h(
    "div",
    { class: "tabs", role: "tablist" },
    ...(["sweep", "tiers", "branches", "credit"] as const).map((k) =>
      h(
        "button",
        {
          class: `tab ${chartTab === k ? "active" : ""}`,
          "data-chart-tab": k,
          onclick: () => {
            chartTab = k;
            renderWorkbench();
            if (app.evaluation) renderResults(app.evaluation);
          },
        },
        t(({ sweep: "chartSweep", tiers: "chartTiers", branches: "chartLoad", credit: "chartCredit" } as const)[k], L),
      ),
    ),
    statusEl,
  );
  root.append(
    h("div", { class: "workbench" }, inputsEl, h("section", { class: "wb-results" }, kpisEl, h("div", { class: "chart-panel" }, tabs, chartEl))),
  );
  renderInputs();
  if (app.evaluation) renderResults(app.evaluation);
}

// ---------------------------------------------------------------- inputs

function field(id: string, label: string, value: string, onInput: (v: string) => void, opts: { cls?: string; hint?: string; type?: string } = {}): HTMLElement {
  const input = h("input", {
    id,
    type: opts.type ?? "text",
    inputmode: "decimal",
    value,
    class: "in",
    "aria-label": label,
    spellcheck: "false",
    oninput: (e: Event) => onInput((e.target as HTMLInputElement).value),
  });
  return h("label", { class: `fld ${opts.cls ?? ""}`, title: opts.hint ?? "" }, h("span", { class: "fld-label" }, label), input);
}

function update(next: ScenarioInput): void {
  app.scenario = next;
  recompute();
}

function renderInputs(): void {
  clear(inputsEl);
  const L = app.lang;
  const s = app.scenario;
  if (!s) return;
  const presetBar = h(
    "div",
    { class: "preset-bar" },
    h("span", { class: "bar-label" }, t("presets", L)),
    ...app.presets.map((p) =>
      h(
        "button",
        {
          class: `btn preset ${app.origin === p.key ? "active" : ""}`,
          "data-preset": p.key,
          title: p.scenario.name,
          onclick: () => applyPreset(p.key),
        },
        t(p.key === "500k" ? "preset500k" : p.key === "100k" ? "preset100k" : "preset30k", L),
      ),
    ),
  );
  const nameRow = h(
    "div",
    { class: "name-row" },
    field("g-name", t("scenarioName", L), s.name, (v) => update(st.setGlobal(app.scenario!, "name", v)), { cls: "grow" }),
    h("button", { class: "btn primary", id: "save-scenario", onclick: () => void saveCurrent() }, t("save", L)),
    h("button", { class: "btn", id: "export-scenario", onclick: () => void exportCurrent() }, t("exportToml", L)),
    h("button", {
      class: "btn",
      id: "export-report",
      onclick: () => {
        const current = app.scenario!;
        const base = app.base && app.base.name !== current.name ? [app.base] : [];
        void exportReport([...base, current], current.name);
      },
    }, t("exportReport", L)),
  );
  const globals = h(
    "div",
    { class: "globals" },
    h("span", { class: "bar-label" }, t("globals", L)),
    field("g-advisor_cost", t("advisorCost", L), s.advisor_cost, (v) => update(st.setGlobal(app.scenario!, "advisor_cost", v))),
    field("g-hq_share", t("hqShare", L), s.hq_share, (v) => update(st.setGlobal(app.scenario!, "hq_share", v)), { hint: "0–1" }),
    field("g-hq_advisors", t("hqAdvisors", L), s.hq_advisors, (v) => update(st.setGlobal(app.scenario!, "hq_advisors", v))),
  );
  const tiers = h("div", { class: "tiers" }, ...s.tiers.map((_, i) => tierCard(i)));
  const foot = h(
    "div",
    { class: "tiers-foot" },
    h("button", { class: "btn ghost", id: "add-tier", onclick: () => { app.scenario = st.addTier(app.scenario!); renderInputs(); recompute(); } }, t("addTier", L)),
    h("span", { class: "note" }, t("assumptionsNote", L)),
  );
  const error = h("div", { class: "form-error", id: "form-error", role: "alert" });
  inputsEl.append(presetBar, nameRow, globals, h("div", { class: "tiers-head" }, t("tiers", L)), tiers, foot, error);
}

function tierCard(i: number): HTMLElement {
  const L = app.lang;
  const tier = app.scenario!.tiers[i];
  const id = (k: string) => `tier-${i}-${k}`;
  const set = <K extends keyof ScenarioInput["tiers"][number]>(k: K, v: ScenarioInput["tiers"][number][K]) =>
    update(st.setTier(app.scenario!, i, k, v));

  const thresholdLabel = h("span", { class: "thr-label", id: id("thr-label") }, f.threshold(tier.min_assets, L));
  const numberInput = h("input", {
    id: id("min_assets"),
    class: "in thr-input",
    type: "text",
    inputmode: "decimal",
    value: tier.min_assets,
    "aria-label": t("threshold", L),
    oninput: (e: Event) => {
      const v = (e.target as HTMLInputElement).value;
      slider.value = String(st.thresholdToSlider(Number(v.replace(/[,_\s]/g, ""))));
      thresholdLabel.textContent = f.threshold(v.replace(/[,_\s]/g, "") || "0", L);
      app.sweepTier = app.scenario!.tiers[i].name;
      set("min_assets", v);
    },
  });
  const slider = h("input", {
    id: id("slider"),
    class: "slider",
    type: "range",
    min: 0,
    max: st.SLIDER_STEPS,
    step: 1,
    value: st.thresholdToSlider(Number(tier.min_assets)),
    "aria-label": `${t("threshold", L)} ${tier.name}`,
    oninput: (e: Event) => {
      const v = st.sliderToThreshold(Number((e.target as HTMLInputElement).value));
      if (String(v) === app.scenario!.tiers[i].min_assets) return;
      numberInput.value = String(v);
      thresholdLabel.textContent = f.threshold(v, L);
      app.sweepTier = app.scenario!.tiers[i].name;
      set("min_assets", String(v));
    },
  });
  const select = <T extends string>(key: "model" | "owner", options: [T, string][], value: T) =>
    h(
      "select",
      {
        id: id(key),
        class: "in sel",
        "aria-label": t(key, L),
        onchange: (e: Event) => {
          set(key, (e.target as HTMLSelectElement).value as ModelKind & OwnerKind);
          renderInputs();
        },
      },
      ...options.map(([v, label]) => h("option", { value: v, selected: v === value }, label)),
    );
  const chip = (on: boolean, label: string, onClick: () => void, cls = "") =>
    h("button", { class: `chip ${on ? "on" : ""} ${cls}`, "aria-pressed": String(on), onclick: onClick }, label);
  const riskChips = h(
    "span",
    { class: "chips", id: id("risk_profiles") },
    ...st.RISK_CLASSES.map((c) =>
      chip(st.isOn(tier.risk_profiles, c), c, () => {
        set("risk_profiles", st.toggleIn(app.scenario!.tiers[i].risk_profiles, c, st.RISK_CLASSES));
        renderInputs();
      }),
    ),
  );
  const channelChips = h(
    "span",
    { class: "chips", id: id("channels") },
    ...st.CHANNELS.map((c) =>
      chip(st.isOn(tier.channels, c), t(c, L), () => {
        set("channels", st.toggleIn(app.scenario!.tiers[i].channels, c, st.CHANNELS));
        renderInputs();
      }),
    ),
  );
  const swept = (app.evaluation?.sweep.tier ?? app.sweepTier) === tier.name;
  const needsAdvisors = tier.model !== "digital";
  return h(
    "div",
    { class: `tier model-${tier.model}`, "data-tier": i },
    h(
      "div",
      { class: "tier-head" },
      h("input", { id: id("name"), class: "in tier-name", value: tier.name, "aria-label": t("tierName", L), oninput: (e: Event) => set("name", (e.target as HTMLInputElement).value) }),
      select<ModelKind>("model", [["advisor", t("advisor", L)], ["hybrid", t("hybrid", L)], ["digital", t("digital", L)]], tier.model),
      select<OwnerKind>("owner", [["branch", t("branch", L)], ["hq", t("hq", L)]], tier.owner),
      h(
        "button",
        {
          class: `sweep-pick ${swept ? "on" : ""}`,
          title: t("sweepOf", L),
          "aria-pressed": String(swept),
          onclick: () => {
            app.sweepTier = tier.name;
            recompute();
            renderInputs();
          },
        },
        "∿",
      ),
      h("button", { class: "icon-btn", title: t("removeTier", L), "aria-label": t("removeTier", L), onclick: () => { app.scenario = st.removeTier(app.scenario!, i); renderInputs(); recompute(); } }, "×"),
    ),
    h("div", { class: "thr-row" }, h("span", { class: "fld-label" }, t("threshold", L)), slider, numberInput, thresholdLabel),
    h(
      "div",
      { class: "param-row" },
      needsAdvisors
        ? field(id("clients_per_advisor"), t("capacity", L), tier.clients_per_advisor, (v) => set("clients_per_advisor", v))
        : h("label", { class: "fld disabled" }, h("span", { class: "fld-label" }, t("capacity", L)), h("span", { class: "in muted" }, "—")),
      field(id("coverage"), t("coverage", L), tier.coverage, (v) => set("coverage", v), { hint: "0–1" }),
      field(id("uplift"), t("uplift", L), tier.uplift, (v) => set("uplift", v), { hint: "≥ 0" }),
      field(id("activation"), t("activation", L), tier.activation, (v) => set("activation", v), { hint: "0–1" }),
      field(id("cost_per_client"), t("costPerClient", L), tier.cost_per_client, (v) => set("cost_per_client", v)),
    ),
    h(
      "div",
      { class: "filter-row" },
      h("span", { class: "fld-label" }, t("age", L)),
      h("input", { id: id("min_age"), class: "in age", value: tier.min_age, placeholder: "18", "aria-label": `${t("age", L)} min`, oninput: (e: Event) => set("min_age", (e.target as HTMLInputElement).value) }),
      "–",
      h("input", { id: id("max_age"), class: "in age", value: tier.max_age, placeholder: "120", "aria-label": `${t("age", L)} max`, oninput: (e: Event) => set("max_age", (e.target as HTMLInputElement).value) }),
      h("span", { class: "fld-label" }, t("risk", L)),
      riskChips,
      h("span", { class: "fld-label" }, t("channel", L)),
      channelChips,
      chip(tier.include_dormant, t("dormant", L), () => {
        set("include_dormant", !app.scenario!.tiers[i].include_dormant);
        renderInputs();
      }, "dormant-chip"),
    ),
    h("div", { class: "tier-error", id: id("error") }),
  );
}

function markErrors(err: { field: string; message: string } | null, general?: string): void {
  document.querySelectorAll(".invalid").forEach((el) => el.classList.remove("invalid"));
  document.querySelectorAll(".tier-error").forEach((el) => (el.textContent = ""));
  const formError = document.getElementById("form-error");
  if (formError) formError.textContent = "";
  kpisEl?.classList.toggle("stale", Boolean(err || general));
  if (!err) {
    if (general && formError) formError.textContent = general;
    return;
  }
  const target = document.getElementById(st.fieldId(err.field));
  const text = `${err.field}: ${err.message}`;
  if (target) {
    target.classList.add("invalid");
    target.setAttribute("title", text);
    target.setAttribute("data-error", err.message);
  }
  const tierMatch = /^tiers\[(\d+)\]/.exec(err.field);
  const slot = tierMatch ? document.getElementById(`tier-${tierMatch[1]}-error`) : formError;
  if (slot) slot.textContent = text;
}

// ---------------------------------------------------------------- presets and saving

export function applyPreset(key: string): void {
  const p = app.presets.find((x) => x.key === key);
  if (!p) return;
  app.scenario = st.clone(p.scenario);
  app.origin = key;
  app.sweepTier = null;
  renderInputs();
  recompute();
}

export function openScenario(s: ScenarioInput, origin: string): void {
  app.scenario = st.clone(s);
  app.origin = origin;
  app.sweepTier = null;
  renderInputs();
  recompute();
}

async function saveCurrent(): Promise<void> {
  const L = app.lang;
  const name = await modal({ title: t("save", L), value: app.scenario!.name, ok: t("save", L), cancel: t("cancel", L) });
  if (name === null) return;
  const scenario = st.setGlobal(app.scenario!, "name", name.trim());
  try {
    app.saved = await api.saveScenario(scenario);
    app.scenario = scenario;
    (document.getElementById("g-name") as HTMLInputElement | null)?.setAttribute("value", scenario.name);
    const nameInput = document.getElementById("g-name") as HTMLInputElement | null;
    if (nameInput) nameInput.value = scenario.name;
    emit("saved");
    toast(`${t("saved", L)}: ${shortName(scenario.name, L)}`);
    recompute();
  } catch (e) {
    toast(asError(e).message, "error");
  }
}

async function exportCurrent(): Promise<void> {
  const L = app.lang;
  try {
    const { save } = await import("@tauri-apps/plugin-dialog");
    const path = await save({ defaultPath: `${app.scenario!.name.replace(/[\\/:*?"<>|]/g, "_")}.toml`, filters: [{ name: "TOML", extensions: ["toml"] }] });
    if (!path) return;
    await api.exportScenario(app.scenario!, path);
    toast(`${t("exported", L)}: ${path}`);
  } catch (e) {
    toast(asError(e).message, "error");
  }
}

// ---------------------------------------------------------------- results

interface Kpi {
  key: keyof TotalsView;
  label: Parameters<typeof t>[0];
  kind: f.Kind;
  more: boolean;
  sub?: (tt: TotalsView) => string;
}

function kpis(): Kpi[] {
  const L = app.lang;
  return [
    { key: "eligible", label: "kpiEligible", kind: "count", more: true, sub: (x) => `${t("reachedShort", L)} ${f.expected(x.served, L, true)}` },
    { key: "newly_served", label: "newlyServed", kind: "expected", more: true },
    { key: "advisors_needed", label: "kpiAdvisors", kind: "count", more: false, sub: (x) => `${t("current", L)} ${f.count(x.current_advisors, L)}` },
    { key: "hires", label: "kpiHires", kind: "count", more: false, sub: (x) => `${t("hireCost", L)} ${f.money(x.hires * f.num(app.scenario?.advisor_cost ?? "0"), L)}` },
    { key: "incremental_revenue", label: "kpiIncremental", kind: "money", more: true, sub: (x) => `${t("base", L)} ${f.money(x.base_revenue, L)}` },
    { key: "projected_revenue", label: "kpiProjected", kind: "money", more: true },
    { key: "cost", label: "kpiCost", kind: "money", more: false },
    { key: "net", label: "kpiNet", kind: "money", more: true },
  ];
}

function valueNode(v: string | number, kind: f.Kind, big = true): HTMLElement {
  const L = app.lang;
  if (kind === "money") {
    const p = f.moneyParts(v, L);
    return h("span", { class: big ? "kpi-value" : "" }, `${p.sign}${p.value}`, h("span", { class: "unit" }, p.unit));
  }
  const text = kind === "expected" ? f.expected(v, L, true) : f.count(f.num(v), L, true);
  const m = /^([-\d,.]+)(万|M)?$/.exec(text);
  return h("span", { class: big ? "kpi-value" : "" }, m ? m[1] : text, m && m[2] ? h("span", { class: "unit" }, m[2]) : null);
}

function renderResults(ev: Evaluation): void {
  const L = app.lang;
  const x = ev.totals;
  const base = ev.base?.totals ?? null;
  clear(kpisEl);
  for (const k of kpis()) {
    const v = x[k.key] as string | number;
    const d = base ? f.num(v) - f.num(base[k.key] as string | number) : 0;
    const exact = k.kind === "money" ? f.moneyExact(v) : k.kind === "expected" ? String(v) : f.count(f.num(v), "en");
    kpisEl.append(
      h(
        "div",
        { class: `kpi ${k.key === "net" ? "kpi-net" : ""}`, "data-kpi": k.key, "data-value": String(v), title: `${t(k.label, L)}: ${exact}` },
        h("div", { class: "kpi-label" }, t(k.label, L)),
        valueNode(v, k.kind),
        h(
          "div",
          { class: "kpi-foot" },
          base && ev.base!.name !== ev.scenario
            ? h("span", { class: `delta ${f.toneClass(f.tone(d, k.more), L)}`, title: `${t("vsBase", L)}: ${shortName(ev.base!.name, L)}` }, f.delta(d, k.kind, L))
            : null,
          k.sub ? h("span", { class: "kpi-sub" }, k.sub(x)) : null,
        ),
      ),
    );
  }
  // HQ vs branch credit: one card with a split bar.
  const hq = f.num(x.hq_credit);
  const br = f.num(x.branch_credit);
  const share = hq + br > 0 ? hq / (hq + br) : 0;
  const bar = h("div", { class: "split" }, h("div", { class: "split-hq" }), h("div", { class: "split-br" }));
  (bar.firstChild as HTMLElement).style.width = `${(share * 100).toFixed(1)}%`;
  (bar.lastChild as HTMLElement).style.width = `${((1 - share) * 100).toFixed(1)}%`;
  kpisEl.append(
    h(
      "div",
      { class: "kpi kpi-credit", "data-kpi": "credit", "data-hq": x.hq_credit, "data-branch": x.branch_credit },
      h("div", { class: "kpi-label" }, t("kpiCredit", L)),
      h(
        "div",
        { class: "credit-rows" },
        h("span", { class: "credit-hq", "data-kpi": "hq_credit", "data-value": x.hq_credit }, `${t("hqCredit", L)} `, h("b", {}, f.money(x.hq_credit, L))),
        h("span", { class: "credit-br", "data-kpi": "branch_credit", "data-value": x.branch_credit }, `${t("branchCredit", L)} `, h("b", {}, f.money(x.branch_credit, L))),
      ),
      bar,
      h("div", { class: "kpi-sub" }, `${t("hqCredit", L)} ${f.percent(share)}`),
    ),
  );
  setSvg(chartEl, ev.charts[chartTab]);
  chartEl.dataset.chart = chartTab;
  // The swept tier's marker on its card.
  document.querySelectorAll(".sweep-pick").forEach((b, i) => {
    const on = app.scenario?.tiers[i]?.name === ev.sweep.tier;
    b.classList.toggle("on", on);
    b.setAttribute("aria-pressed", String(on));
  });
}

export function resetTiming(): void {
  pendingSince = null;
}
