// The app shell: the top bar (views, language, the book and its synthetic-data label), first
// start (offer the demo book), and switching views. Loads the state and the presets from Rust,
// starts the workbench on the 10万 preset's neighbour story (the 500k preset = the base).

import "./style.css";
import { api, asError } from "./api";
import { app, on, emit, type View } from "./app";
import { clear, h, toast } from "./dom";
import * as f from "./format";
import { t } from "./i18n";
import { renderBook } from "./views/book";
import { renderCompare } from "./views/compare";
import { renderExecutive } from "./views/executive";
import { renderSaved } from "./views/saved";
import { applyPreset, mountWorkbench, recompute, renderWorkbench } from "./views/workbench";
import * as st from "./state";

const topbar = document.getElementById("topbar")!;
const viewRoot = document.getElementById("view")!;
const workbenchRoot = h("div", { class: "view-workbench" });
let buildingDemo = false;

function go(v: View): void {
  app.view = v;
  document.body.dataset.view = v;
  renderTopbar();
  renderView();
}

function renderTopbar(): void {
  clear(topbar);
  const L = app.lang;
  const b = app.state.book;
  const nav = (v: View, key: Parameters<typeof t>[0]) =>
    h("button", { class: `nav ${app.view === v ? "active" : ""}`, "data-nav": v, onclick: () => go(v) }, t(key, L));
  topbar.append(
    h("div", { class: "brand" }, h("span", { class: "logo" }, "R"), h("span", { class: "brand-name" }, t("appName", L)), h("span", { class: "brand-tag" }, t("appTagline", L))),
    h("nav", { class: "navs" }, nav("workbench", "navWorkbench"), nav("executive", "navExecutive"), nav("compare", "navCompare"), nav("book", "navBook"), nav("saved", "navSaved")),
    h(
      "div",
      { class: "book-pill", id: "book-pill" },
      b ? `${f.count(b.customers, L, true)}${L === "zh" ? " 户" : " customers"} · ${b.branches} ${t("branchesUnit", L)}` : "",
      b?.synthetic ? h("span", { class: "badge synthetic", title: t("syntheticLong", L), id: "synthetic-badge" }, t("synthetic", L)) : null,
    ),
    h("button", { class: "lang", id: "lang-toggle", title: "中文 / English", onclick: () => void switchLang() }, t("language", L)),
  );
}

function renderView(): void {
  clear(viewRoot);
  if (!app.state.book) {
    viewRoot.append(welcome());
    return;
  }
  switch (app.view) {
    case "workbench":
      viewRoot.append(workbenchRoot);
      break;
    case "executive": {
      const el = h("div", { class: "view-executive" });
      viewRoot.append(el);
      renderExecutive(el);
      break;
    }
    case "compare": {
      const el = h("div", { class: "view-compare" });
      viewRoot.append(el);
      renderCompare(el);
      break;
    }
    case "book": {
      const el = h("div", { class: "view-book" });
      viewRoot.append(el);
      renderBook(el);
      break;
    }
    case "saved": {
      const el = h("div", { class: "view-saved" });
      viewRoot.append(el);
      renderSaved(el, go);
      break;
    }
  }
}

function welcome(): HTMLElement {
  const L = app.lang;
  if (app.view === "book") {
    const el = h("div", { class: "view-book" });
    renderBook(el);
    return el;
  }
  return h(
    "div",
    { class: "welcome card", id: "welcome" },
    h("h1", {}, t("welcomeTitle", L)),
    h("p", {}, t("welcomeText", L)),
    h("p", { class: "help" }, `${t("demoHelp", L)} ${f.count(app.state.demo_customers, L)}`),
    h(
      "div",
      { class: "actions" },
      h("button", { class: "btn primary big", id: "welcome-demo", disabled: buildingDemo, onclick: () => void buildDemo() }, buildingDemo ? t("building", L) : t("buildDemo", L)),
      h("button", { class: "btn big", onclick: () => go("book") }, t("importTitle", L)),
    ),
  );
}

async function buildDemo(): Promise<void> {
  buildingDemo = true;
  renderView();
  try {
    app.state.book = await api.buildDemo(app.state.demo_customers, app.lang);
    emit("book");
  } catch (e) {
    toast(asError(e).message, "error");
  } finally {
    buildingDemo = false;
    renderView();
  }
}

async function switchLang(): Promise<void> {
  app.lang = app.lang === "zh" ? "en" : "zh";
  document.documentElement.lang = app.lang === "zh" ? "zh-CN" : "en";
  document.body.dataset.lang = app.lang;
  try {
    await api.setLanguage(app.lang);
  } catch (e) {
    toast(asError(e).message, "error");
  }
  emit("lang");
}

on("lang", () => {
  renderTopbar();
  renderWorkbench();
  recompute();
  void api.book(app.lang).then((b) => {
    app.state.book = b;
    renderTopbar();
    if (app.view !== "workbench") renderView();
  });
  if (app.view !== "workbench") renderView();
});

on("book", () => {
  renderTopbar();
  renderView();
  recompute();
});

on("saved", () => {
  if (app.view === "compare" || app.view === "saved") renderView();
});

async function start(): Promise<void> {
  app.state = await api.appState();
  app.lang = app.state.lang;
  document.documentElement.lang = app.lang === "zh" ? "zh-CN" : "en";
  document.body.dataset.lang = app.lang;
  app.presets = await api.presets();
  app.base = app.presets.find((p) => p.key === "500k")?.scenario ?? null;
  app.saved = await api.listScenarios().catch(() => []);
  mountWorkbench(workbenchRoot);
  go("workbench");
  // Open on today's policy (50万), the other two stories one click away.
  const first = app.presets.find((p) => p.key === "500k");
  if (first) {
    app.scenario = st.clone(first.scenario);
    applyPreset(first.key);
  }
}

start().catch((e) => {
  document.body.append(h("pre", { class: "fatal" }, asError(e).message));
});
