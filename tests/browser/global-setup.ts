import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import webpack, { type Configuration, type Stats } from "webpack";

/**
 * Builds the demo page (a development build of webpack.config.js, which includes demo.html) once,
 * into a temporary folder the browser tests serve. QA_BROWSER_DIST=<folder> reuses a build.
 */

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Promise<Configuration>;

function run(config: Configuration): Promise<Stats> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (!stats) reject(new Error("webpack gave no result"));
      else if (stats.hasErrors())
        reject(new Error(stats.toString({ all: false, errors: true, errorDetails: true })));
      else resolve(stats);
    });
  });
}

/**
 * The demo page loads the demo entry (the simulated Office and Microsoft 365, then the real pane),
 * and not the production entry, whose composition root would start a second pane.
 */
function checkDemoPage(dist: string): void {
  const html = fs.readFileSync(path.join(dist, "demo.html"), "utf8");
  const scripts = [...html.matchAll(/<script\b[^>]*?\ssrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map(
    (match) => match[1] ?? match[2] ?? match[3] ?? "",
  );
  const demo = scripts.findIndex((src) => /(^|\/)demo(\.[0-9a-f]+)?\.js$/.test(src));
  const taskpane = scripts.findIndex((src) => /(^|\/)taskpane(\.[0-9a-f]+)?\.js$/.test(src));
  if (demo < 0 || taskpane >= 0) {
    throw new Error(
      `demo.html must load demo.js and not taskpane.js (HtmlWebpackPlugin chunks: ["demo"]); ` +
        `it loads: ${scripts.join(", ") || "no scripts"}`,
    );
  }
}

export default async function globalSetup(): Promise<void> {
  const reuse = process.env.QA_BROWSER_DIST;
  if (reuse && fs.existsSync(path.join(reuse, "demo.html"))) {
    checkDemoPage(reuse);
    return;
  }
  const repo = path.resolve(__dirname, "../..");
  const outputPath = path.join(os.tmpdir(), "qa-meeting-check-browser-dist");
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the project's CommonJS webpack config
  const factory = require(path.join(repo, "webpack.config.js")) as ConfigFactory;
  const config = await factory({ outputPath }, { mode: "development" });
  await run({ ...config, devtool: false, stats: "errors-only" });
  if (!fs.existsSync(path.join(outputPath, "demo.html"))) {
    throw new Error(
      "webpack.config.js built no demo.html; the browser tests need the demo page (src/demo/).",
    );
  }
  checkDemoPage(outputPath);
  // Test workers start after global setup and inherit this.
  process.env.QA_BROWSER_DIST = outputPath;
}
