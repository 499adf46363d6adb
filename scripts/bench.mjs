// Benchmarks of the engine and the command line. Prints figures against their targets; asserts nothing.
// Run with `npm run bench` (it builds the command line first).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { buildPane, paneScriptSizes } from "./pane-bundle.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const { analyze, builtInPolicy, parseSnapshot } = require(join(root, "build/cli/core/index.js"));

const TYPICAL_INVITE = resolve(root, "samples/qamt-panel-monthly.json");
const SAMPLES = join(root, "samples");
const BIN = join(root, "bin/qa-meeting-check.js");

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function timeRuns(runs, work) {
  const times = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return median(times);
}

function typicalInvite(policy) {
  const snapshot = parseSnapshot(JSON.parse(readFileSync(TYPICAL_INVITE, "utf8")));
  timeRuns(200, () => analyze(snapshot, policy));
  return timeRuns(2000, () => analyze(snapshot, policy));
}

/** A 1 MB body that reads like a long invite thread: signatures, names, tools and plain chatter. */
function megabyteBody() {
  const paragraphs = [
    "Hi team, following up on last month's discussion about allocations and the Christmas roster.",
    "Karen Mitchell\nQACI Officer, Western Sydney District\nPhone 02 5550 0101",
    "Please bring your CIW reports and any overdue SARAs to the meeting; Tom will also attend.",
    "Reminder: the office will close at 3pm on Friday for the end-of-year lunch at the Penrith CSC.",
  ];
  let body = "";
  for (let index = 0; body.length < 1_000_000; index += 1)
    body += `${paragraphs[index % paragraphs.length]}\n\n`;
  return body.slice(0, 1_000_000);
}

function largeInvite(policy) {
  const raw = JSON.parse(readFileSync(TYPICAL_INVITE, "utf8"));
  raw.item.body = megabyteBody();
  const snapshot = parseSnapshot(raw);
  analyze(snapshot, policy);
  return timeRuns(7, () => analyze(snapshot, policy));
}

/** CPU seconds used by finished child processes (Linux only): wall time alone misleads on a busy machine. */
function childCpuSeconds() {
  if (!existsSync("/proc/self/stat")) return undefined;
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
  // After "pid (comm) ", cutime and cstime are fields 13 and 14 (0-based from state), in clock ticks.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

function cliOnManyFiles(count) {
  const folder = mkdtempSync(join(tmpdir(), "qa-bench-"));
  try {
    const samples = readdirSync(SAMPLES).filter(
      (name) => /\.(json|ics|eml)$/.test(name) && name !== "expected.json",
    );
    for (let index = 0; index < count; index += 1) {
      const name = samples[index % samples.length];
      copyFileSync(join(SAMPLES, name), join(folder, `${String(index).padStart(5, "0")}-${name}`));
    }
    const cpuBefore = childCpuSeconds();
    const started = performance.now();
    const result = spawnSync(process.execPath, [BIN, "--json", folder], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    const elapsed = performance.now() - started;
    const cpuAfter = childCpuSeconds();
    if (result.status !== 0) throw new Error(`the CLI exited ${result.status}: ${result.stderr}`);
    return {
      seconds: elapsed / 1000,
      cpuSeconds: cpuBefore === undefined ? undefined : cpuAfter - cpuBefore,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The production task pane's start-up JavaScript, gzipped, in KB. */
async function paneBundleKb() {
  const dist = mkdtempSync(join(tmpdir(), "qa-bench-build-"));
  try {
    await buildPane(dist);
    return paneScriptSizes(dist).gzipped / 1024;
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
}

const policy = builtInPolicy();
const cli = cliOnManyFiles(10_000);
const bundleKb = await paneBundleKb();
const rows = [
  ["analysis of a typical invite (median of 2,000)", typicalInvite(policy), 1, "ms"],
  ["analysis of an invite with a 1 MB body (median of 7)", largeInvite(policy), 50, "ms"],
  ["CLI --json on 10,000 invite files (wall clock)", cli.seconds, 10, "s"],
  ["task-pane JavaScript taskpane.html loads, gzip -9", bundleKb, 200, "KB"],
];

const width = Math.max(...rows.map(([name]) => name.length));
console.log(`${"measure".padEnd(width)}  ${"figure".padStart(10)}  ${"target".padStart(8)}  result`);
for (const [name, figure, target, unit] of rows) {
  const shown = `${figure.toFixed(unit === "ms" ? 3 : unit === "KB" ? 1 : 2)} ${unit}`;
  console.log(
    `${name.padEnd(width)}  ${shown.padStart(10)}  ${`≤${target} ${unit}`.padStart(8)}  ${figure <= target ? "ok" : "MISSED"}`,
  );
}
if (cli.cpuSeconds !== undefined) {
  console.log(`\nThe CLI run used ${cli.cpuSeconds.toFixed(2)} s of CPU on ${availableParallelism()} cores.`);
}
const [load] = loadavg();
console.log(
  `Load average during the run: ${load.toFixed(2)} (figures are wall-clock; other work on the machine slows them).`,
);
