// Starting the real app for a test: tauri-driver (which starts WebKitWebDriver) on 127.0.0.1,
// a WebDriver session whose capabilities name the built binary, and the `reach` CLI to ask the
// engine for the figures the app must show. The warehouse is REACH_DB (a temporary file set
// up by scripts/test-app.sh); DISPLAY comes from xvfb-run.

import { spawn, execFileSync } from "node:child_process";
import net from "node:net";
import path from "node:path";
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { remote } from "webdriverio";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const APP = process.env.REACH_APP_BIN ?? path.join(ROOT, "target/release/reach-app");
export const CLI = process.env.REACH_CLI_BIN ?? path.join(ROOT, "target/release/reach");
export const SHOTS = process.env.REACH_SCREENSHOTS ?? path.join(ROOT, "docs/screenshots");
const PORT = Number(process.env.TAURI_DRIVER_PORT ?? 4444);
const NATIVE_PORT = Number(process.env.TAURI_NATIVE_PORT ?? PORT + 1);

function waitForPort(port, ms) {
  const until = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const sock = net.connect(port, "127.0.0.1");
      sock.once("connect", () => {
        sock.end();
        resolve();
      });
      sock.once("error", () => {
        sock.destroy();
        if (Date.now() > until) reject(new Error(`nothing listens on ${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** Starts tauri-driver and a session on the app; returns { browser, stop }. */
export async function launch() {
  if (!process.env.REACH_DB) throw new Error("REACH_DB must name the test warehouse");
  if (!fs.existsSync(APP)) throw new Error(`the app is not built: ${APP}`);
  const driver = spawn("tauri-driver", ["--port", String(PORT), "--native-port", String(NATIVE_PORT)], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  await waitForPort(PORT, 15_000);
  const browser = await remote({
    hostname: "127.0.0.1",
    port: PORT,
    logLevel: "error",
    connectionRetryTimeout: 120_000,
    capabilities: { "tauri:options": { application: APP } },
  });
  const stop = async () => {
    try {
      await browser.deleteSession();
    } catch {
      /* the app may be gone already */
    }
    driver.kill();
  };
  return { browser, stop };
}

/** The engine's result for a scenario file, through the CLI, on the same warehouse. */
export function engine(scenarioFile) {
  const out = execFileSync(CLI, ["--db", process.env.REACH_DB, "run", path.join(ROOT, scenarioFile), "--json"], { encoding: "utf8" });
  return JSON.parse(out);
}

/** Every glossary term, both languages, through the CLI (`reach glossary --json`). */
export function glossaryTerms() {
  return JSON.parse(execFileSync(CLI, ["glossary", "--json"], { encoding: "utf8", maxBuffer: 16 << 20 }));
}

export function bookCustomers() {
  const out = execFileSync(CLI, ["--db", process.env.REACH_DB, "book", "--json"], { encoding: "utf8" });
  return JSON.parse(out);
}

/** Saves a screenshot of the app's window as docs/screenshots/NAME.png. */
export async function shot(browser, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await browser.pause(250); // let fonts and charts settle
  await browser.saveScreenshot(path.join(SHOTS, `${name}.png`));
}

/** Waits until `fn` returns a truthy value (polling the app). */
export async function until(browser, fn, what, timeout = 20_000) {
  let last;
  await browser.waitUntil(
    async () => {
      last = await fn();
      return Boolean(last);
    },
    { timeout, interval: 100, timeoutMsg: `timed out waiting for ${what}` },
  );
  return last;
}

/** The value of a KPI card (`data-value`), or null. */
export async function kpi(browser, key) {
  const el = await browser.$(`[data-kpi="${key}"]`);
  if (!(await el.isExisting())) return null;
  return el.getAttribute("data-value");
}
