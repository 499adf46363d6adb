// The production task pane: build it, and measure the JavaScript taskpane.html loads.
// Shared by `npm run bench` and `npm run bench:pane`.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

const require = createRequire(import.meta.url);
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const webpack = require("webpack");
const PROJECT_CONFIG = process.env.QA_WEBPACK_CONFIG ?? path.join(repo, "webpack.config.js");

// Only used to satisfy the production build's manifest rewrite; nothing is fetched from it.
const BENCH_URL = "https://addin.bench.invalid/qa/";

/** Runs webpack with this configuration; rejects with its errors. */
export function runWebpack(config) {
  return new Promise((resolve, reject) => {
    webpack({ ...config, devtool: false }, (error, stats) => {
      if (error) reject(error);
      else if (stats.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve(stats);
    });
  });
}

/**
 * A production build (env.demo adds the demo page) into outputPath, with the project's webpack
 * config (or the one at configFile), optionally changed by `adapt`.
 */
export async function buildPane(
  outputPath,
  env = {},
  adapt = (config) => config,
  configFile = PROJECT_CONFIG,
) {
  const makeConfig = require(configFile);
  const config = await makeConfig({ ...env, url: BENCH_URL, outputPath }, { mode: "production" });
  await runWebpack(adapt(config));
}

/** The local scripts an HTML page loads, in order (the Office.js CDN script is not ours). */
export function localScripts(dist, page) {
  const html = fs.readFileSync(path.join(dist, page), "utf8");
  // Minified HTML leaves attribute values unquoted.
  return [...html.matchAll(/<script\b[^>]*?\ssrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)]
    .map((match) => match[1] ?? match[2] ?? match[3])
    .filter((src) => !/^(https?:)?\/\//.test(src));
}

/** The scripts taskpane.html loads at start, with their raw and gzip -9 sizes in bytes. */
export function paneScriptSizes(dist) {
  const scripts = localScripts(dist, "taskpane.html");
  let raw = 0;
  let gzipped = 0;
  for (const script of scripts) {
    const bytes = fs.readFileSync(path.join(dist, script));
    raw += bytes.length;
    gzipped += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { scripts, raw, gzipped };
}
