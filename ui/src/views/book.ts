// Book: what is loaded (customers, branches, the band distribution, the dormant share), a CSV
// import (files picked in the native dialog or typed; a refused file's errors as a table of
// line, column and reason, and nothing changed), and rebuilding the demo book.

import { api, asError } from "../api";
import { app, emit } from "../app";
import { clear, h, setSvg, toast } from "../dom";
import * as f from "../format";
import type { AppError } from "../generated";
import { t } from "../i18n";

let lastError: AppError | null = null;
let busy: "import" | "demo" | null = null;
let customersPath = "";
let branchesPath = "";

export function renderBook(root: HTMLElement): void {
  clear(root);
  const L = app.lang;
  const b = app.state.book;
  const stat = (key: string, label: Parameters<typeof t>[0], value: string, title = "") =>
    h("div", { class: "stat", "data-book": key, title }, h("div", { class: "stat-label" }, t(label, L)), h("div", { class: "stat-value" }, value));
  const chart = h("div", { class: "book-chart", id: "book-chart" });
  if (b) setSvg(chart, b.chart);
  const overview = b
    ? h(
        "section",
        { class: "card book-overview" },
        h("div", { class: "card-head" }, h("h2", {}, t("bookTitle", L)), b.synthetic ? h("span", { class: "badge synthetic", title: t("syntheticLong", L) }, t("synthetic", L)) : null),
        h(
          "div",
          { class: "stats" },
          stat("customers", "customers", f.count(b.customers, L), String(b.customers)),
          stat("branches", "branches", f.count(b.branches, L)),
          stat("dormant", "dormantShare", f.percent(b.customers ? b.dormant / b.customers : 0), `${f.count(b.dormant, L)}`),
          stat("active", "activeCustomers", f.count(b.active, L, true)),
          stat("served", "alreadyServed", f.count(b.already_served, L, true)),
          stat("advisors", "currentAdvisors", f.count(b.current_advisors, L)),
          stat("revenue", "baseRevenue", f.money(b.base_revenue, L), f.moneyExact(b.base_revenue)),
          stat("source", "source", b.source === "demo" ? t("sourceDemo", L) : `${t("sourceCsv", L)} · ${b.label}`),
          stat("imported", "importedAt", `${b.imported_at.replace("T", " ").replace(/\..*|Z$/, "")} UTC`),
        ),
        chart,
      )
    : h("section", { class: "card" }, h("p", {}, t("welcomeText", L)));

  const pathRow = (id: string, label: Parameters<typeof t>[0], value: string, setv: (v: string) => void) =>
    h(
      "label",
      { class: "path-row" },
      h("span", { class: "fld-label" }, t(label, L)),
      h("input", { id, class: "in path", type: "text", value, spellcheck: "false", placeholder: "/path/to/file.csv", oninput: (e: Event) => setv((e.target as HTMLInputElement).value) }),
      h("button", { class: "btn", onclick: () => void browse(id, setv) }, t("browse", L)),
    );
  const errors = lastError
    ? h(
        "div",
        { class: "import-errors", id: "import-errors", role: "alert" },
        h("p", { class: "error-title" }, `${t("importRefused", L)}${lastError.bad_rows !== null ? ` · ${t("badRows", L)} ${f.count(lastError.bad_rows, L)}` : ""}`),
        lastError.rows.length
          ? h(
              "table",
              { class: "data errors" },
              h("thead", {}, h("tr", {}, h("th", { class: "num" }, t("line", L)), h("th", {}, t("column", L)), h("th", {}, t("reason", L)))),
              h("tbody", {}, ...lastError.rows.map((r) => h("tr", { "data-line": r.line }, h("td", { class: "num" }, String(r.line)), h("td", {}, r.column || "—"), h("td", {}, r.reason)))),
            )
          : h("p", { class: "error-message" }, lastError.message),
      )
    : null;
  const importCard = h(
    "section",
    { class: "card import-card" },
    h("h2", {}, t("importTitle", L)),
    h("p", { class: "help" }, t("importHelp", L)),
    pathRow("import-customers", "customersFile", customersPath, (v) => (customersPath = v)),
    pathRow("import-branches", "branchesFile", branchesPath, (v) => (branchesPath = v)),
    h("div", { class: "actions" }, h("button", { class: "btn primary", id: "import-run", disabled: busy !== null, onclick: () => void runImport(root) }, busy === "import" ? t("importing", L) : t("import", L))),
    errors,
  );
  let demoCustomers = String(app.state.demo_customers);
  const demoCard = h(
    "section",
    { class: "card demo-card" },
    h("h2", {}, t("demoTitle", L)),
    h("p", { class: "help" }, t("demoHelp", L)),
    h(
      "div",
      { class: "actions" },
      h("input", { id: "demo-customers", class: "in", value: demoCustomers, inputmode: "numeric", "aria-label": t("customers", L), oninput: (e: Event) => (demoCustomers = (e.target as HTMLInputElement).value) }),
      h("button", { class: "btn", id: "demo-run", disabled: busy !== null, onclick: () => void runDemo(root, demoCustomers) }, busy === "demo" ? t("building", L) : t("rebuildDemo", L)),
    ),
  );
  root.append(h("div", { class: "book" }, overview, h("div", { class: "book-side" }, importCard, demoCard)));
}

async function browse(id: string, setv: (v: string) => void): Promise<void> {
  try {
    const { open } = await import("@tauri-apps/plugin-dialog");
    const path = await open({ multiple: false, directory: false, filters: [{ name: "CSV", extensions: ["csv", "txt"] }] });
    if (typeof path === "string") {
      setv(path);
      (document.getElementById(id) as HTMLInputElement).value = path;
    }
  } catch (e) {
    toast(asError(e).message, "error");
  }
}

async function runImport(root: HTMLElement): Promise<void> {
  const L = app.lang;
  if (!customersPath.trim()) return;
  busy = "import";
  renderBook(root);
  try {
    const book = await api.importCsv(customersPath.trim(), branchesPath.trim() || null, L);
    app.state.book = book;
    lastError = null;
    toast(`${t("imported", L)}: ${f.count(book.customers, L)}`);
    emit("book");
  } catch (e) {
    lastError = asError(e);
  } finally {
    busy = null;
    renderBook(root);
  }
}

async function runDemo(root: HTMLElement, customers: string): Promise<void> {
  busy = "demo";
  renderBook(root);
  try {
    app.state.book = await api.buildDemo(Number(customers.replace(/[,_\s]/g, "")) || app.state.demo_customers, app.lang);
    lastError = null;
    emit("book");
  } catch (e) {
    toast(asError(e).message, "error");
  } finally {
    busy = null;
    renderBook(root);
  }
}
