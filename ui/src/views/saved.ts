// Saved scenarios, stored in the warehouse: open on the workbench, rename, duplicate, delete
// (after a confirmation).

import { api, asError } from "../api";
import { app, emit } from "../app";
import { clear, h, modal, toast } from "../dom";
import * as f from "../format";
import { shortName, t } from "../i18n";
import { openScenario } from "./workbench";

export function renderSaved(root: HTMLElement, go: (v: "workbench") => void): void {
  clear(root);
  const L = app.lang;
  const act = async (fn: () => Promise<typeof app.saved>, done?: string) => {
    try {
      app.saved = await fn();
      if (done) toast(done);
      emit("saved");
    } catch (e) {
      toast(asError(e).message, "error");
    }
  };
  const rows = app.saved.map((s) =>
    h(
      "tr",
      { "data-saved": s.name },
      h("td", { title: s.name }, h("div", { class: "saved-name" }, shortName(s.name, L)), h("div", { class: "saved-full" }, s.name)),
      h("td", { class: "num" }, String(s.tiers)),
      h("td", { class: "num" }, s.threshold ? f.threshold(s.threshold, L) : "—"),
      h("td", {}, s.updated_at.replace("T", " ").replace(/\..*|Z$/, "")),
      h(
        "td",
        { class: "row-actions" },
        h("button", { class: "btn small", "data-action": "open", onclick: async () => { try { openScenario(await api.loadScenario(s.name), s.name); go("workbench"); } catch (e) { toast(asError(e).message, "error"); } } }, t("open", L)),
        h("button", { class: "btn small", "data-action": "rename", onclick: async () => { const to = await modal({ title: t("rename", L), value: s.name, ok: t("ok", L), cancel: t("cancel", L) }); if (to && to !== s.name) await act(() => api.renameScenario(s.name, to)); } }, t("rename", L)),
        h("button", { class: "btn small", "data-action": "duplicate", onclick: async () => { const to = await modal({ title: t("duplicate", L), value: `${s.name}${t("copySuffix", L)}`, ok: t("ok", L), cancel: t("cancel", L) }); if (to) await act(() => api.duplicateScenario(s.name, to)); } }, t("duplicate", L)),
        h("button", { class: "btn small danger", "data-action": "delete", onclick: async () => { const ok = await modal({ title: `${t("confirmDelete", L)} “${shortName(s.name, L)}”？`.replace("？", L === "zh" ? "？" : "?"), body: t("cannotUndo", L), ok: t("delete", L), cancel: t("cancel", L), danger: true }); if (ok) await act(() => api.deleteScenario(s.name), t("deleted", L)); } }, t("delete", L)),
      ),
    ),
  );
  root.append(
    h(
      "section",
      { class: "card saved" },
      h("h2", {}, t("savedTitle", L)),
      app.saved.length
        ? h(
            "table",
            { class: "data saved-table", id: "saved-table" },
            h("thead", {}, h("tr", {}, h("th", {}, t("name", L)), h("th", { class: "num" }, t("tierCount", L)), h("th", { class: "num" }, t("lowestThreshold", L)), h("th", {}, t("updated", L)), h("th", {}, ""))),
            h("tbody", {}, ...rows),
          )
        : h("p", { class: "empty" }, t("noSaved", L)),
    ),
  );
}
