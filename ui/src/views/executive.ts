// The executive view: one page for a projector — four large figures with their change
// against the base scenario, and two charts (the threshold sweep with the current threshold
// marked, and the HQ/branch credit), each with a one-line takeaway.

import { app } from "../app";
import { clear, h, setSvg } from "../dom";
import * as f from "../format";
import type { TotalsView } from "../generated";
import { shortName, t, type Key } from "../i18n";

export function renderExecutive(root: HTMLElement): void {
  clear(root);
  const L = app.lang;
  const ev = app.evaluation;
  if (!ev) {
    root.append(h("div", { class: "empty" }, "…"));
    return;
  }
  const base = ev.base && ev.base.name !== ev.scenario ? ev.base : null;
  const big = (key: keyof TotalsView, label: Key, kind: f.Kind, more: boolean) => {
    const v = ev.totals[key] as string | number;
    const d = base ? f.num(v) - f.num(base.totals[key] as string | number) : 0;
    const text = kind === "money" ? f.money(v, L) : kind === "expected" ? f.expected(v, L, true) : f.count(f.num(v), L, true);
    return h(
      "div",
      { class: "exec-kpi", "data-exec": key, "data-value": String(v) },
      h("div", { class: "exec-label" }, t(label, L)),
      h("div", { class: "exec-value" }, text),
      base ? h("div", { class: `exec-delta delta ${f.toneClass(f.tone(d, more), L)}` }, f.delta(d, kind, L)) : null,
    );
  };
  const chart = (svg: string, takeaway: Key, id: string) => {
    const box = h("div", { class: "exec-chart-svg", id });
    setSvg(box, svg);
    return h("figure", { class: "exec-chart" }, box, h("figcaption", {}, t(takeaway, L)));
  };
  root.append(
    h(
      "div",
      { class: "exec" },
      h(
        "header",
        { class: "exec-head" },
        h("h1", {}, shortName(ev.scenario, L)),
        h(
          "div",
          { class: "exec-sub" },
          base ? `${t("execVs", L)} ${t("baseScenario", L)}：${shortName(base.name, L)}` : t("execTitle", L),
          " · ",
          `${f.count(ev.customers, L)} ${L === "zh" ? "户客户" : "customers"}`,
          app.state.book?.synthetic ? h("span", { class: "badge synthetic" }, t("synthetic", L)) : null,
        ),
      ),
      h(
        "div",
        { class: "exec-kpis" },
        big("eligible", "kpiEligible", "count", true),
        big("hires", "kpiHires", "count", false),
        big("incremental_revenue", "kpiIncremental", "money", true),
        big("net", "kpiNet", "money", true),
      ),
      h("div", { class: "exec-charts" }, chart(ev.charts.sweep, "execSweepTake", "exec-sweep"), chart(ev.charts.credit, "execCreditTake", "exec-credit")),
    ),
  );
}
