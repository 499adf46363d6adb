#!/usr/bin/env node
// Task pane benchmark (npm run bench:pane). Prints figures; asserts nothing.
//
//   npm run bench:pane                      this tree's pane against a minimal React + Fluent pane
//   npm run bench:pane -- --baseline main   the same, with the pane as it is at a git ref as well
//   npm run bench:pane -- --loads 15        cold loads per pane (default 9)
//
// Every pane is a production build of taskpane.html with the project's webpack settings. The
// minimal pane is a FluentProvider, a heading and one Text, written here and built with the same
// settings. Each gets the same Office.js stand-in (src/demo/bench-office.ts) in place of Microsoft's
// CDN script, and is loaded cold in a fresh browser context, the panes taking turns. Figures:
//   - task-pane JavaScript taskpane.html loads, gzip -9 (target ≤ 120 KB);
//   - navigation to the first verdict (the minimal pane: its Text) painted (target ≤ 1.25 × minimal);
//   - script time (evaluation, compilation and garbage collection) and style recalculation and
//     layout on the page's main thread until then, from a Chromium trace (script ≤ 1.25 × minimal);
//     and the thread (CPU) time of that script: its wall time less the waits for a core, steadier
//     on a busy machine;
//   - DOM elements at that moment (target ≤ 120), and the JS heap after a garbage collection;
//   - the engine alone: its first check of the invite the panes open, on a blank page, cold;
//   - ItemChanged to the new verdict painted, body reads instant (target ≤ 15 ms median), the
//     switches starting at points spread through the display's frame, and the part of it until the
//     verdict is in the DOM (the rest is the wait for the next frame and its paint).

/* global window, document, requestAnimationFrame, MutationObserver -- inside page.evaluate */

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildPane, paneScriptSizes, runWebpack } from "./pane-bundle.mjs";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");
const webpack = require("webpack");

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
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
/** A pinned pane in Outlook on the web is about this size. */
const VIEWPORT = { width: 320, height: 800 };
const SWITCHES = 50;
const TRACE_CATEGORIES = [
  "devtools.timeline",
  "blink.user_timing",
  "v8.execute",
  "disabled-by-default-v8.gc",
];

/** Lighthouse's grouping of main-thread events: what counts as script, and as style and layout. */
const SCRIPT_EVENTS = new Set([
  "EventDispatch",
  "EvaluateScript",
  "v8.evaluateModule",
  "FunctionCall",
  "TimerFire",
  "FireIdleCallback",
  "FireAnimationFrame",
  "RunMicrotasks",
  "V8.Execute",
  "v8.compile",
  "v8.compileModule",
  "MinorGC",
  "MajorGC",
  "GCEvent",
  "BlinkGC.AtomicPhase",
]);
const STYLE_LAYOUT_EVENTS = new Set([
  "ScheduleStyleRecalculation",
  "UpdateLayoutTree",
  "RecalculateStyles",
  "InvalidateLayout",
  "Layout",
]);

const MINIMAL_PANE = `
import { FluentProvider, Text, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

void Office.onReady(() => {
  createRoot(document.getElementById("root")!).render(
    <FluentProvider theme={webLightTheme}>
      <h1>QA Meeting Check</h1>
      <Text data-ready="">Welcome</Text>
    </FluentProvider>,
  );
});
`;

function options(argv) {
  const result = { baseline: undefined, loads: 9 };
  for (let index = 0; index < argv.length; index += 1) {
    if (argv[index] === "--baseline") result.baseline = argv[++index];
    else if (argv[index] === "--loads") result.loads = Math.max(1, Number(argv[++index]) || 9);
    else throw new Error(`unknown option ${argv[index]} (try --baseline REF, --loads N)`);
  }
  return result;
}

const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(", ");

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

// ---------------------------------------------------------------------------------------------
// Building the panes
// ---------------------------------------------------------------------------------------------

/** The stand-in's mailbox zone (src/demo/fake-office.ts's default). */
const MAILBOX_TIME_ZONE = "Australia/Sydney";

/**
 * A zone's offsets from UTC from 2000 to 2040, to the minute, as Office's start-up data gives the
 * mailbox's zone (src/demo/bench-office.ts): worked out here, so no pane pays for Intl's zone data.
 */
function timeZoneOffsets(zone) {
  const format = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
  const offsetAt = (time) => {
    const name = format.formatToParts(time).find((part) => part.type === "timeZoneName")?.value ?? "";
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    return match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  };
  const MINUTE = 60_000;
  const DAY = 24 * 60 * MINUTE;
  const end = Date.UTC(2040, 0, 1);
  const spans = [];
  let start = Date.UTC(2000, 0, 1);
  let offset = offsetAt(start);
  for (let day = start; day < end; day += DAY) {
    if (offsetAt(day + DAY) === offset) continue;
    // The change is within this day: find its minute.
    let [before, after] = [day, day + DAY];
    while (after - before > MINUTE) {
      const middle = before + Math.floor((after - before) / 2 / MINUTE) * MINUTE;
      if (offsetAt(middle) === offset) before = middle;
      else after = middle;
    }
    spans.push({ start, end: after, offsetMinutes: offset });
    [start, offset] = [after, offsetAt(after)];
  }
  spans.push({ start, end, offsetMinutes: offset });
  return spans;
}

/** One script, `name`.js, from `entry`: production mode, the project's loaders, no page around it. */
async function buildScript(name, entry, outputPath, plugins = []) {
  const config = await require(path.join(REPO, "webpack.config.js"))({}, { mode: "development" });
  await runWebpack({
    mode: "production",
    context: REPO,
    target: "web",
    entry: { [name]: entry },
    output: { path: outputPath, filename: "[name].js" },
    resolve: config.resolve,
    module: config.module,
    plugins,
  });
  return path.join(outputPath, `${name}.js`);
}

/** The Office stand-in every pane gets, as one script. */
function buildOfficeStub(outputPath) {
  return buildScript("office-stub", path.join(REPO, "src/demo/bench-office.ts"), outputPath, [
    new webpack.DefinePlugin({
      BENCH_TIME_ZONE_OFFSETS: JSON.stringify(timeZoneOffsets(MAILBOX_TIME_ZONE)),
    }),
  ]);
}

/** The minimal pane: the project's webpack settings with the few lines above as the entry. */
async function buildMinimalPane(work, outputPath) {
  const source = path.join(work, "minimal-pane.tsx");
  fs.writeFileSync(source, MINIMAL_PANE);
  await buildPane(outputPath, {}, (config) => ({
    ...config,
    entry: { taskpane: source },
    resolve: { ...config.resolve, modules: [path.join(REPO, "node_modules"), "node_modules"] },
  }));
}

/** The first sample the Office stand-in selects (require.context lists them in this order). */
function firstSample() {
  const names = fs
    .readdirSync(path.join(REPO, "samples"))
    .filter((name) => name.endsWith(".json") && name !== "expected.json")
    .sort();
  return path.join(REPO, "samples", names[0]);
}

/**
 * The engine alone on a blank page: the first check of the invite the panes open, cold. What any
 * pane that runs this engine before its first verdict pays, whatever it renders.
 */
async function buildEnginePage(work, outputPath) {
  const source = path.join(work, "engine-page.ts");
  fs.writeFileSync(
    source,
    `import { analyze, builtInPolicy, DEFAULT_POLICY_ID, parseSnapshot } from ${JSON.stringify(path.join(REPO, "src/core"))};
import sample from ${JSON.stringify(firstSample())};
const start = performance.now();
analyze(parseSnapshot(sample), builtInPolicy(DEFAULT_POLICY_ID));
(window as { qaEngineMs?: number }).qaEngineMs = performance.now() - start;
`,
  );
  await buildScript("engine", source, outputPath);
  fs.writeFileSync(path.join(outputPath, "engine.html"), '<!doctype html><script src="engine.js"></script>');
}

/** The pane as it is at a git ref: that tree's own sources and webpack config, this tree's node_modules. */
async function buildPaneAt(ref, work, outputPath) {
  const tree = path.join(work, "baseline-tree");
  fs.mkdirSync(tree);
  const archive = execFileSync("git", ["-C", REPO, "archive", "--format=tar", ref], {
    maxBuffer: 1 << 30,
  });
  execFileSync("tar", ["-x", "-C", tree], { input: archive });
  fs.symlinkSync(path.join(REPO, "node_modules"), path.join(tree, "node_modules"), "dir");
  await buildPane(outputPath, {}, undefined, path.join(tree, "webpack.config.js"));
}

// ---------------------------------------------------------------------------------------------
// Serving and measuring
// ---------------------------------------------------------------------------------------------

function serve(root) {
  const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".png": "image/png" };
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

/** Installed before the page's own scripts: when `selector` first matches, the painted frame's time. */
const paintProbe = (selector) => `
  window.__qaPainted = new Promise((resolve) => {
    const seen = () => {
      if (!document.querySelector(${JSON.stringify(selector)})) return false;
      const elements = document.getElementsByTagName("*").length;
      requestAnimationFrame(() => setTimeout(() => {
        performance.mark("qa-painted");
        resolve({ painted: performance.now(), elements });
      }, 0));
      return true;
    };
    const observer = new MutationObserver(() => { if (seen()) observer.disconnect(); });
    document.addEventListener("DOMContentLoaded", () => {
      if (!seen()) observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true });
    });
  });
`;

/**
 * Self time of each main-thread event up to the "qa-painted" mark, summed into script and
 * style/layout (ms), and script's thread (CPU) time (`tdur`), less than its wall time when the
 * thread waited for a core.
 */
function mainThreadTimes(trace) {
  const events = trace.traceEvents;
  const mark = events.find((event) => event.name === "qa-painted");
  if (!mark) throw new Error("the trace has no qa-painted mark");
  const main = events.find(
    (event) =>
      event.ph === "M" &&
      event.name === "thread_name" &&
      event.pid === mark.pid &&
      event.args?.name === "CrRendererMain",
  );
  const tid = main?.tid ?? mark.tid;
  const complete = events
    .filter((event) => event.ph === "X" && event.pid === mark.pid && event.tid === tid && event.ts < mark.ts)
    .map((event) => {
      const end = Math.min(event.ts + (event.dur ?? 0), mark.ts);
      const wall = event.dur ?? 0;
      // An event cut short by the mark keeps the same share of its thread time.
      const cpu = (event.tdur ?? wall) * (wall > 0 ? (end - event.ts) / wall : 1);
      return { name: event.name, start: event.ts, end, cpu, child: 0, childCpu: 0 };
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const stack = [];
  const totals = { script: 0, scriptCpu: 0, styleLayout: 0 };
  const settle = (event) => {
    const self = event.end - event.start - event.child;
    if (SCRIPT_EVENTS.has(event.name)) {
      totals.script += self;
      totals.scriptCpu += Math.max(0, event.cpu - event.childCpu);
    } else if (STYLE_LAYOUT_EVENTS.has(event.name)) totals.styleLayout += self;
  };
  for (const event of complete) {
    while (stack.length && stack.at(-1).end <= event.start) settle(stack.pop());
    if (stack.length) {
      stack.at(-1).child += event.end - event.start;
      stack.at(-1).childCpu += event.cpu;
    }
    stack.push(event);
  }
  while (stack.length) settle(stack.pop());
  return {
    script: totals.script / 1000,
    scriptCpu: totals.scriptCpu / 1000,
    styleLayout: totals.styleLayout / 1000,
  };
}

async function coldLoad(browser, pane, stub) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.route(OFFICE_JS, (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: stub }),
    );
    const page = await context.newPage();
    await page.addInitScript({ content: paintProbe(pane.ready) });
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.goto(pane.url);
    const { painted, elements } = await page.evaluate(() => window.__qaPainted);
    const trace = JSON.parse((await browser.stopTracing()).toString("utf8"));
    const cdp = await context.newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    return { painted, elements, heap: usedSize / 2 ** 20, ...mainThreadTimes(trace) };
  } finally {
    await context.close();
  }
}

/** The engine page's first check (ms), in a fresh browser context. */
async function coldEngine(browser, url) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await page.evaluate(() => window.qaEngineMs);
  } finally {
    await context.close();
  }
}

/** ItemChanged (the stub selects another sample) to the new verdict painted, measured in the page. */
async function itemSwitches(browser, pane, stub) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.route(OFFICE_JS, (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: stub }),
    );
    const page = await context.newPage();
    await page.goto(pane.url);
    await page.waitForSelector("#root [data-verdict]", { timeout: 30_000 });
    return await page.evaluate(async (count) => {
      const { subjects, select } = window.qaBench;
      const seen = new Map();
      for (const subject of subjects) seen.set(subject, (seen.get(subject) ?? 0) + 1);
      // Samples whose subject no other shares, so the pane's subject tells which one it shows.
      const distinct = subjects.flatMap((subject, index) => (seen.get(subject) === 1 ? [index] : []));
      const root = document.getElementById("root");
      const shows = (subject) =>
        root.querySelector('[data-pane-state="result"] q')?.textContent === subject &&
        root.querySelector("[data-verdict]") !== null;
      const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const FRAME = 1000 / 60;
      const times = { painted: [], inDom: [] };
      for (let switchNo = 0; switchNo < count; switchNo += 1) {
        const index = distinct[(switchNo + 1) % distinct.length];
        const start = performance.now();
        let inDom = 0;
        const done = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (shows(subjects[index])) {
              inDom = performance.now();
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
        });
        select(index);
        await done;
        await painted();
        times.painted.push(performance.now() - start);
        times.inDom.push(inDom - start);
        // A pause of whole frames would start every switch at the same point of the frame, and time
        // only the wait for the next one. The golden ratio steps the start through the frame evenly.
        const phase = ((switchNo * 0.618034) % 1) * FRAME;
        await new Promise((resolve) => setTimeout(resolve, 50 + phase));
      }
      return times;
    }, SWITCHES);
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------------------------

const FIGURES = [
  { key: "painted", label: "navigation → first verdict painted", unit: "ms", digits: 0, target: 1.25 },
  { key: "script", label: "script time until then", unit: "ms", digits: 0, target: 1.25 },
  { key: "scriptCpu", label: "… of it on a core (thread time)", unit: "ms", digits: 0 },
  { key: "styleLayout", label: "style recalculation and layout", unit: "ms", digits: 1 },
  { key: "heap", label: "JS heap after GC", unit: "MiB", digits: 2 },
  { key: "elements", label: "DOM elements at first verdict", unit: "", digits: 0, limit: 120 },
];

function summary(values, digits) {
  const sorted = [...values].sort((a, b) => a - b);
  const fixed = (value) => value.toFixed(digits);
  return `${fixed(median(values))} (${fixed(sorted[0])}–${fixed(sorted.at(-1))})`;
}

function printTable(panes, minimal) {
  const header = [
    "figure: median (min–max)",
    ...panes.map((pane) => pane.label),
    ...panes.filter((pane) => pane !== minimal).map((pane) => `${pane.short} ÷ minimal`),
  ];
  const rows = [
    [
      "task-pane JavaScript, gzip -9",
      ...panes.map((pane) => `${(pane.size.gzipped / 1024).toFixed(1)} KB in ${pane.size.scripts.length}`),
      ...panes
        .filter((pane) => pane !== minimal)
        .map((pane) => ratio(pane.size.gzipped, minimal.size.gzipped)),
    ],
  ];
  for (const figure of FIGURES) {
    const values = (pane) => pane.loads.map((load) => load[figure.key]);
    rows.push([
      `${figure.label}${figure.unit ? ` (${figure.unit})` : ""}`,
      ...panes.map((pane) => summary(values(pane), figure.digits)),
      ...panes
        .filter((pane) => pane !== minimal)
        .map((pane) => ratio(median(values(pane)), median(values(minimal)), figure.target)),
    ]);
  }
  for (const [key, label] of [
    ["painted", "ItemChanged → new verdict painted, instant bodies (ms)"],
    ["inDom", "… of it until the new verdict is in the DOM (ms)"],
  ])
    rows.push([
      label,
      ...panes.map((pane) => (pane.switches ? summary(pane.switches[key], 1) : "—")),
      ...panes.filter((pane) => pane !== minimal).map(() => ""),
    ]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
  const line = (row) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(" | ")} |`;
  console.log(line(header));
  console.log(`| ${widths.map((width) => "-".repeat(width)).join(" | ")} |`);
  for (const row of rows) console.log(line(row));
}

function ratio(value, base, target) {
  const text = (value / base).toFixed(2);
  return target === undefined ? text : `${text} ${value / base <= target ? "≤" : ">"} ${target}`;
}

function printTargets(current) {
  const kb = current.size.gzipped / 1024;
  const elements = median(current.loads.map((load) => load.elements));
  const switches = median(current.switches.painted);
  console.log(`targets for ${current.label}:`);
  console.log(`  start-up JavaScript ${kb.toFixed(1)} KB gzip -9: ${kb <= 120 ? "within" : "OVER"} ≤ 120 KB`);
  console.log(`  DOM elements at first verdict ${elements}: ${elements <= 120 ? "within" : "OVER"} ≤ 120`);
  console.log(
    `  ItemChanged → verdict ${switches.toFixed(1)} ms: ${switches <= 15 ? "within" : "OVER"} ≤ 15 ms`,
  );
  console.log(`  start-up scripts: ${current.size.scripts.join(", ")}`);
}

async function main() {
  const { baseline, loads } = options(process.argv.slice(2));
  const cpus = os.cpus();
  console.log(
    `machine: ${cpus[0]?.model ?? "unknown CPU"} × ${cpus.length}, ${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.platform()} ${os.release()}, node ${process.version}`,
  );
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "qa-bench-pane-"));
  try {
    const site = path.join(work, "site");
    console.log(
      "building: the Office stand-in, the minimal pane, this tree's pane" +
        (baseline ? `, the pane at ${baseline}` : "") +
        " (production)…",
    );
    const stub = fs.readFileSync(await buildOfficeStub(path.join(work, "stub")));
    const minimal = {
      label: "minimal React + Fluent pane",
      short: "minimal",
      dir: "minimal",
      ready: "#root [data-ready]",
    };
    const panes = [minimal];
    await buildMinimalPane(work, path.join(site, minimal.dir));
    await buildEnginePage(work, path.join(site, "engine"));
    if (baseline) {
      panes.push({
        label: `pane at ${baseline} (before)`,
        short: baseline,
        dir: "baseline",
        ready: "#root [data-verdict]",
      });
      await buildPaneAt(baseline, work, path.join(site, "baseline"));
    }
    const current = {
      label: "this tree's pane (after)",
      short: "after",
      dir: "current",
      ready: "#root [data-verdict]",
    };
    panes.push(current);
    await buildPane(path.join(site, current.dir));
    for (const pane of panes) {
      pane.size = paneScriptSizes(path.join(site, pane.dir));
      pane.loads = [];
    }

    const engineChecks = [];
    const { server, origin } = await serve(site);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      console.log(`browser: Chromium ${browser.version()}, viewport ${VIEWPORT.width}×${VIEWPORT.height}`);
      console.log(`load average before: ${loadAverage()}`);
      for (const pane of panes) pane.url = `${origin}/${pane.dir}/taskpane.html`;
      for (const pane of panes) await coldLoad(browser, pane, stub); // warm the server and the disk cache
      for (let run = 0; run < loads; run += 1) {
        const order = run % 2 === 0 ? panes : [...panes].reverse();
        for (const pane of order) pane.loads.push(await coldLoad(browser, pane, stub));
        engineChecks.push(await coldEngine(browser, `${origin}/engine/engine.html`));
      }
      for (const pane of panes.filter((pane) => pane !== minimal))
        pane.switches = await itemSwitches(browser, pane, stub);
      console.log(`load average after: ${loadAverage()}`);
    } finally {
      await browser.close();
      server.close();
    }
    console.log(`\n${loads} cold loads per pane, alternating, each in a fresh browser context:\n`);
    printTable(panes, minimal);
    const minimalScript = median(minimal.loads.map((load) => load.script));
    console.log(
      `\nthe engine alone, its first check of the same invite on a blank page, cold: ${summary(engineChecks, 1)} ms, ` +
        `${(median(engineChecks) / minimalScript).toFixed(2)} × the minimal pane's script time`,
    );
    console.log("");
    printTargets(current);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
