#!/usr/bin/env node
// Task pane benchmark (npm run bench:pane). Prints; asserts nothing.
//   - task-pane JavaScript, gzipped: every script taskpane.html loads in a production build
//     (zlib gzip level 9), target ≤ 200 KB;
//   - cold load: navigation to the first verdict painted in the demo page, median of 5 fresh
//     browser contexts, target ≤ 1 s;
//   - item switch: click in the demo inbox (ItemChanged) to the new verdict painted, median of
//     50 switches measured inside the page, target ≤ 50 ms.
// Timings use a production-mode build with the demo page (--env demo) in Debian's Chromium.

/* global window, document, requestAnimationFrame, MutationObserver -- inside page.evaluate, in the browser */

import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { buildPane, paneScriptSizes } from "./pane-bundle.mjs";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const COLD_LOADS = 5;
const SWITCHES = 50;
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function serve(root) {
  const types = {
    ".html": "text/html",
    ".js": "text/javascript",
    ".json": "application/json",
    ".png": "image/png",
  };
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    const file = path.resolve(root, `.${pathname}`);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": types[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, origin: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}

/** Installed before the page's own scripts: notes when the first verdict is painted. */
const FIRST_VERDICT_PROBE = `
  window.__firstVerdictPainted = new Promise((resolve) => {
    const seen = () => {
      if (!document.querySelector("#root [data-verdict]")) return false;
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
      return true;
    };
    const observer = new MutationObserver(() => { if (seen()) observer.disconnect(); });
    document.addEventListener("DOMContentLoaded", () => {
      if (!seen()) observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true });
    });
  });
`;

async function coldLoads(browser, origin) {
  const times = [];
  for (let run = 0; run < COLD_LOADS; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript({ content: FIRST_VERDICT_PROBE });
    await page.goto(`${origin}/demo.html`);
    times.push(await page.evaluate(() => window.__firstVerdictPainted));
    await context.close();
  }
  return times;
}

/** With instantBodies, the simulated Outlook answers body reads at once: the pane's own time. */
async function itemSwitches(browser, origin, instantBodies) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${origin}/demo.html`);
  await page.waitForSelector("#root [data-verdict]", { timeout: 30_000 });
  if (instantBodies) await page.evaluate(() => (window.qaDemoBodyDelay = () => 0));
  const times = await page.evaluate(async (count) => {
    const options = [...document.querySelectorAll("#demo-list [role=option]")];
    const subjectOf = (option) => option.querySelector(".subject")?.textContent ?? "";
    const counts = new Map();
    for (const option of options) counts.set(subjectOf(option), (counts.get(subjectOf(option)) ?? 0) + 1);
    // Invites whose subject no other item shares, so the pane's subject tells which one it shows.
    const distinct = options.filter(
      (option) =>
        counts.get(subjectOf(option)) === 1 &&
        !/^Message/.test(option.querySelector(".meta")?.textContent ?? ""),
    );
    const root = document.getElementById("root");
    const shows = (subject) =>
      root.querySelector('[data-pane-state="result"] > p > q')?.textContent === subject &&
      root.querySelector("[data-verdict]") !== null;
    const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const results = [];
    for (let switchNo = 0; switchNo < count; switchNo += 1) {
      const option = distinct[(switchNo + 1) % distinct.length];
      const subject = subjectOf(option);
      const start = performance.now();
      const done = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (shows(subject)) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
      });
      option.click();
      await done;
      await painted();
      results.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return results;
  }, SWITCHES);
  await context.close();
  return times;
}

function verdict(value, target, unit) {
  return `${value <= target ? "within" : "OVER"} target (≤ ${target} ${unit})`;
}

async function main() {
  const cpus = os.cpus();
  console.log(
    `machine: ${cpus[0]?.model ?? "unknown CPU"} × ${cpus.length}, ${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.platform()} ${os.release()}, node ${process.version}`,
  );

  const work = fs.mkdtempSync(path.join(os.tmpdir(), "qa-bench-pane-"));
  try {
    const productionDist = path.join(work, "production");
    const demoDist = path.join(work, "demo");
    console.log("building: production (for size), then production with the demo page (for timing)…");
    await buildPane(productionDist);
    await buildPane(demoDist, { demo: true });

    const { scripts, raw, gzipped } = paneScriptSizes(productionDist);
    const kb = gzipped / 1024;
    console.log(
      `task-pane JavaScript: ${kb.toFixed(1)} KB gzipped (${(raw / 1024).toFixed(0)} KB raw, ${scripts.length} files: ${scripts.join(", ")}) — ${verdict(kb, 200, "KB")}`,
    );

    const { server, origin } = await serve(demoDist);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      console.log(`browser: Chromium ${browser.version()}`);
      const cold = await coldLoads(browser, origin);
      const coldMedian = median(cold);
      console.log(
        `cold load (navigation → first verdict painted): median ${coldMedian.toFixed(0)} ms of ${cold.length} [${cold.map((t) => t.toFixed(0)).join(", ")}] — ${verdict(coldMedian / 1000, 1, "s")}`,
      );
      for (const [label, instant] of [
        ["item switch (click → new verdict painted), body reads 0-30 ms as in the demo", false],
        ["item switch, body reads instant (the pane's own time)", true],
      ]) {
        const switches = await itemSwitches(browser, origin, instant);
        const switchMedian = median(switches);
        const sorted = [...switches].sort((a, b) => a - b);
        console.log(
          `${label}: median ${switchMedian.toFixed(1)} ms of ${switches.length} (min ${sorted[0].toFixed(1)}, p90 ${sorted[Math.floor(sorted.length * 0.9)].toFixed(1)}, max ${sorted.at(-1).toFixed(1)}) — ${verdict(switchMedian, 50, "ms")}`,
        );
      }
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
