// Exporting a report (XLSX, HTML or CSV — the format from the chosen file name): the save
// dialog picks the path, Rust writes the file (the same report as `reach report`).

import { api, asError } from "./api";
import { app } from "./app.svelte";
import { toast } from "./feedback.svelte";
import type { ScenarioInput } from "./generated";
import { t } from "./i18n";

/** Asks where to save, then writes the report of `scenarios` (the first is the base). */
export async function exportReport(scenarios: ScenarioInput[], name: string): Promise<void> {
  const L = app.lang;
  try {
    const { save } = await import("@tauri-apps/plugin-dialog");
    const path = await save({
      defaultPath: `${name.replace(/[\\/:*?"<>|]/g, "_")}.xlsx`,
      filters: [
        { name: "Excel", extensions: ["xlsx"] },
        { name: "HTML", extensions: ["html"] },
        { name: "CSV", extensions: ["csv"] },
      ],
    });
    if (!path) return;
    await api.exportReport(scenarios, path, L);
    toast(`${t("exported", L)}: ${path}`);
  } catch (e) {
    toast(asError(e).message, "error");
  }
}
