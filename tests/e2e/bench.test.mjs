// The workbench's speed in the real app (run by scripts/bench-app.sh on the 1,000,000-customer
// demo book): the time from launch to the first KPIs, and from a slider move to the repainted
// KPIs and charts (performance.now() in the UI, read from #calc-status), over many moves.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { kpi, launch, until } from "./harness.mjs";

let browser;
let stop;
const MOVES = Number(process.env.BENCH_MOVES ?? 40);

before(async () => {
  ({ browser, stop } = await launch());
});
after(async () => {
  await stop?.();
});

const pct = (xs, p) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

test("launch → first KPIs, and slider → repaint", async () => {
  await until(browser, () => kpi(browser, "eligible"), "the first KPIs", 120_000);
  const launchMs = Number(await until(browser, () => browser.$("body").getAttribute("data-launch-ms"), "the launch time"));
  await (await browser.$('[data-preset="30k"]')).click();
  await until(browser, async () => (await browser.$$('[data-tier="2"]')).length > 0, "the 30k tiers");
  const status = await browser.$("#calc-status");
  const samples = [];
  const compute = [];
  const ipc = [];
  const render = [];
  const dom = [];
  for (let i = 0; i < MOVES; i++) {
    const seq = await status.getAttribute("data-seq");
    // Move the hybrid tier's threshold back and forth across 5万..40万, as a person would.
    await browser.execute((step) => {
      const s = document.getElementById("tier-1-slider");
      s.value = String(520 + ((step * 37) % 300));
      s.dispatchEvent(new Event("input", { bubbles: true }));
    }, i);
    await until(browser, async () => (await status.getAttribute("data-seq")) !== seq, "a repaint");
    samples.push(Number(await status.getAttribute("data-ms")));
    compute.push(Number(await status.getAttribute("data-compute-ms")));
    ipc.push(Number(await status.getAttribute("data-ipc-ms")));
    render.push(Number(await status.getAttribute("data-render-ms")));
    dom.push(Number(await status.getAttribute("data-dom-ms")));
  }
  const customers = await browser.$("#book-pill").getText();
  const out = {
    book: customers,
    launch_to_first_kpis_ms: launchMs,
    moves: MOVES,
    input_to_repaint_ms: { median: pct(samples, 50), p95: pct(samples, 95), max: Math.max(...samples) },
    rust_compute_ms: { median: pct(compute, 50), p95: pct(compute, 95) },
    ipc_round_trip_ms: { median: pct(ipc, 50), p95: pct(ipc, 95) },
    render_and_layout_ms: { median: pct(render, 50), p95: pct(render, 95) },
    of_which_dom_update_ms: { median: pct(dom, 50), p95: pct(dom, 95) },
    samples_ms: samples.map((ms, i) => [ms, compute[i], ipc[i], dom[i], render[i]]),
  };
  console.log(JSON.stringify(out, null, 2));
  if (process.env.BENCH_OUT) fs.writeFileSync(process.env.BENCH_OUT, JSON.stringify(out, null, 2));
  assert.ok(samples.length === MOVES);
});
