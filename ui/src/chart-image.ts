// Reusing a chart: writing it as PNG or SVG (Rust draws it again with the bundled CJK face, the
// same drawing as on screen and in the reports), copying the on-screen chart to the clipboard
// as a PNG, and reading the sweep chart's points back from its SVG for hover and click.

import { api, asError } from "./api";
import { app } from "./app.svelte";
import { toast } from "./feedback.svelte";
import { t } from "./i18n";
import { clone } from "./state";

/** The charts that can be exported: the workbench's tabs and the book's bands. */
export type ChartKey = "sweep" | "tiers" | "branches" | "credit" | "bands";

/** Asks where to save, then has Rust write the chart as PNG or SVG. */
export async function exportChart(chart: ChartKey, format: "png" | "svg"): Promise<void> {
  const L = app.lang;
  if (!app.scenario) return;
  try {
    const { save } = await import("@tauri-apps/plugin-dialog");
    const path = await save({
      defaultPath: `${chart}.${format}`,
      filters: [{ name: format.toUpperCase(), extensions: [format] }],
    });
    if (!path) return;
    const req = { scenario: clone(app.scenario), sweep_tier: app.sweepTier, base: app.base, lang: L };
    toast(`${t("exported", L)}: ${await api.exportChart(req, chart, path)}`);
  } catch (e) {
    toast(asError(e).message, "error");
  }
}

/** Copies the chart shown in `box` to the clipboard as a PNG (twice its size on screen). */
export async function copyChart(box: Element | null): Promise<void> {
  const L = app.lang;
  const svg = box?.querySelector("svg");
  try {
    if (!svg) throw new Error("no chart");
    const blob = await svgToPng(svg);
    await navigator.clipboard.write([new ClipboardItem({ "image/png": blob })]);
    toast(t("copied", L));
  } catch {
    toast(t("copyFailed", L), "error");
  }
}

function svgToPng(svg: SVGSVGElement): Promise<Blob> {
  const box = svg.viewBox.baseVal;
  const width = box && box.width ? box.width : svg.clientWidth;
  const height = box && box.height ? box.height : svg.clientHeight;
  const markup = new XMLSerializer().serializeToString(svg);
  const img = new Image();
  return new Promise((resolve, reject) => {
    img.onload = () => {
      const canvas = document.createElement("canvas");
      canvas.width = width * 2;
      canvas.height = height * 2;
      const ctx = canvas.getContext("2d");
      if (!ctx) return reject(new Error("no canvas"));
      ctx.fillStyle = "#fff";
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("no image"))), "image/png");
    };
    img.onerror = () => reject(new Error("the chart could not be drawn"));
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  });
}

/** The x positions (in the SVG's own units) of the sweep chart's points, ascending: the
 * distinct centres of its small point markers, which every panel draws at each threshold. */
export function sweepXs(svg: SVGSVGElement): number[] {
  const xs = Array.from(svg.querySelectorAll("circle"))
    .filter((c) => c.getAttribute("r") === "2")
    .map((c) => Number(c.getAttribute("cx")))
    .filter((x) => Number.isFinite(x))
    .sort((a, b) => a - b);
  return xs.filter((x, i) => i === 0 || x - xs[i - 1] > 0.5);
}

/** The index of the x nearest to `x`, or -1 when there are none. */
export function nearest(xs: number[], x: number): number {
  let best = -1;
  xs.forEach((v, i) => {
    if (best < 0 || Math.abs(v - x) < Math.abs(xs[best] - x)) best = i;
  });
  return best;
}
