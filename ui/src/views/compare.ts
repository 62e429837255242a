// Compare: saved scenarios side by side with deltas against a chosen base (counts, advisors,
// hires, revenue, cost, net), and the branches that win or lose credit in the move.

import { api, asError } from "../api";
import { app } from "../app";
import { clear, h, toast } from "../dom";
import * as f from "../format";
import type { Comparison } from "../generated";
import { shortName, t } from "../i18n";
import { exportReport } from "../report";

const picked = new Set<string>();
let baseName: string | null = null;
let result: Comparison | null = null;
let target = 0;

export function renderCompare(root: HTMLElement): void {
  clear(root);
  const L = app.lang;
  for (const n of [...picked]) if (!app.saved.some((s) => s.name === n)) picked.delete(n);
  if (baseName && !picked.has(baseName)) baseName = null;
  const list = app.saved.length
    ? h(
        "table",
        { class: "pick-table" },
        h("thead", {}, h("tr", {}, h("th", {}, ""), h("th", {}, t("baseScenario", L)), h("th", {}, t("name", L)), h("th", { class: "num" }, t("lowestThreshold", L)))),
        h(
          "tbody",
          {},
          ...app.saved.map((s) =>
            h(
              "tr",
              {},
              h("td", {}, h("input", { type: "checkbox", "data-compare": s.name, checked: picked.has(s.name), onchange: (e: Event) => { (e.target as HTMLInputElement).checked ? picked.add(s.name) : picked.delete(s.name); renderCompare(root); } })),
              h("td", {}, h("input", { type: "radio", name: "base", "data-base": s.name, checked: baseName === s.name, onchange: () => { baseName = s.name; picked.add(s.name); renderCompare(root); } })),
              h("td", { title: s.name }, shortName(s.name, L)),
              h("td", { class: "num" }, s.threshold ? f.threshold(s.threshold, L) : "—"),
            ),
          ),
        ),
      )
    : h("p", { class: "empty" }, t("noSaved", L));
  const side = h(
    "aside",
    { class: "compare-side card" },
    h("h2", {}, t("compareTitle", L)),
    h("p", { class: "help" }, t("compareHelp", L)),
    list,
    h("button", { class: "btn primary", id: "compare-run", disabled: picked.size < 2, onclick: () => void run(root) }, t("compareRun", L)),
    h("button", { class: "btn", id: "compare-export", disabled: !result, onclick: () => void exportCompared() }, t("exportReport", L)),
  );
  const main = h("section", { class: "compare-main" }, result ? table(result) : null, result && result.shifts.length ? shifts(result, root) : null);
  root.append(h("div", { class: "compare" }, side, main));
}

/** The compared scenarios as a report, the base first. */
async function exportCompared(): Promise<void> {
  if (!result) return;
  try {
    const inputs = await Promise.all(result.names.map((n) => api.loadScenario(n)));
    await exportReport(inputs, result.names.join(" vs "));
  } catch (e) {
    toast(asError(e).message, "error");
  }
}

async function run(root: HTMLElement): Promise<void> {
  const names = [...picked];
  const base = baseName && picked.has(baseName) ? baseName : names[0];
  const ordered = [base, ...app.saved.map((s) => s.name).filter((n) => n !== base && picked.has(n))];
  try {
    result = await api.compare(ordered);
    target = 0;
    renderCompare(root);
  } catch (e) {
    toast(asError(e).message, "error");
  }
}

function table(c: Comparison): HTMLElement {
  const L = app.lang;
  const shown = new Set(["eligible", "served", "advisors_needed", "hires", "incremental_revenue", "projected_revenue", "cost", "net", "hq_credit", "branch_credit"]);
  return h(
    "div",
    { class: "card" },
    h(
      "table",
      { class: "data compare-table", id: "compare-table" },
      h(
        "thead",
        {},
        h("tr", {}, h("th", {}, t("metric", L)), ...c.names.map((n, i) => h("th", { class: "num", colspan: i === 0 ? 1 : 2, title: n }, shortName(n, L), i === 0 ? h("span", { class: "base-tag" }, t("baseScenario", L)) : null))),
      ),
      h(
        "tbody",
        {},
        ...c.rows
          .filter((r) => shown.has(r.key))
          .map((r) =>
            h(
              "tr",
              { "data-metric": r.key },
              h("th", {}, L === "zh" ? r.zh : r.en),
              ...r.values.flatMap((v, i) => {
                const kind = r.kind as f.Kind;
                const cell = h("td", { class: "num", "data-value": v, title: kind === "money" ? f.moneyExact(v) : v }, f.figure(v, kind, L));
                if (i === 0) return [cell];
                const d = f.num(r.deltas[i]);
                return [cell, h("td", { class: `num delta ${f.toneClass(f.tone(d, r.more_is_better), L)}`, "data-delta": r.deltas[i] }, f.delta(r.deltas[i], kind, L))];
              }),
            ),
          ),
      ),
    ),
  );
}

function shifts(c: Comparison, root: HTMLElement): HTMLElement {
  const L = app.lang;
  const set = c.shifts[Math.min(target, c.shifts.length - 1)];
  const rows = (items: typeof set.branches) =>
    items.map((b) =>
      h(
        "tr",
        { "data-branch": b.branch },
        h("td", {}, b.branch),
        h("td", { class: "num" }, f.delta(b.eligible_delta, "count", L)),
        h("td", { class: "num" }, f.delta(b.advisors_needed_delta, "count", L)),
        h("td", { class: "num" }, f.delta(b.hires_delta, "count", L)),
        h("td", { class: `num delta ${f.toneClass(f.tone(f.num(b.credited_revenue_delta), true), L)}` }, f.delta(b.credited_revenue_delta, "money", L)),
      ),
    );
  const head = h("thead", {}, h("tr", {}, ...(["branchCol", "eligibleDelta", "advisorsDelta", "hiresDelta", "creditDelta"] as const).map((k, i) => h("th", { class: i ? "num" : "" }, t(k, L)))));
  const gains = set.branches.filter((b) => f.num(b.credited_revenue_delta) > 0).slice(0, 6);
  const losses = set.branches.filter((b) => f.num(b.credited_revenue_delta) < 0).reverse().slice(0, 6);
  return h(
    "div",
    { class: "card shifts", id: "shifts" },
    h(
      "div",
      { class: "shifts-head" },
      h("h3", {}, t("winnersLosers", L)),
      h("label", {}, `${t("moveTo", L)} `, h("select", { class: "in sel", id: "shift-target", onchange: (e: Event) => { target = Number((e.target as HTMLSelectElement).value); renderCompare(root); } }, ...c.shifts.map((s, i) => h("option", { value: i, selected: i === target }, `${shortName(c.names[0], L)} → ${shortName(s.name, L)}`)))),
    ),
    h(
      "div",
      { class: "shift-tables" },
      h("div", {}, h("h4", {}, t("winners", L)), h("table", { class: "data" }, head.cloneNode(true) as HTMLElement, h("tbody", {}, ...rows(gains)))),
      h("div", {}, h("h4", {}, t("losers", L)), losses.length ? h("table", { class: "data" }, head, h("tbody", {}, ...rows(losses))) : h("p", { class: "empty" }, t("noLosers", L))),
    ),
  );
}
