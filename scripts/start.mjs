#!/usr/bin/env node
// npm start: development build served on https://localhost:3000 by webpack-dev-server.
//
// Serves the task pane (taskpane.html), the demo page (demo.html),
// the icons (assets/) and the manifests (manifest.xml and manifest.json, unchanged: their URLs
// already point here).
// Certificates come from scripts/dev-certs.mjs (office-addin-dev-certs if it can install its CA,
// otherwise a self-signed certificate kept in .certs/). Needs no Outlook: open the demo page.

import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";
import { getDevHttpsOptions } from "./dev-certs.mjs";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const makeConfig = require("../webpack.config.js");
const BASE = makeConfig.DEV_URL; // https://localhost:3000/

const config = await makeConfig({}, { mode: "development" });
const https = await getDevHttpsOptions();
config.devServer = { ...config.devServer, server: { type: "https", options: https.options } };
config.stats = "minimal"; // one line per rebuild; errors and warnings in full
config.infrastructureLogging = { level: "warn" };

const compiler = webpack(config);
const server = new WebpackDevServer(config.devServer, compiler);

let announced = false;
compiler.hooks.done.tap("qa-meeting-check-start", (stats) => {
  if (announced || stats.hasErrors()) return;
  announced = true;
  // Printed after webpack's first report so it isn't buried under it.
  setImmediate(() => console.log(banner()));
});

function banner() {
  const certNote = https.trusted
    ? "Certificate: Office developer CA (office-addin-dev-certs), trusted by this machine."
    : [
        `Certificate: self-signed, ${path.relative(root, https.certPath)} (not trusted yet).`,
        `  First open ${BASE}taskpane.html in your browser and accept the warning`,
        "  (Advanced → Proceed to localhost), or trust that file in your OS/browser certificate store.",
        "  Outlook desktop only loads the pane from a trusted certificate.",
      ].join("\n");
  return [
    "",
    "QA Meeting Check dev server is running.",
    "",
    `  Demo page (no Outlook needed):  ${BASE}demo.html`,
    `  Task pane:                      ${BASE}taskpane.html`,
    `  Manifest for sideloading:       ${BASE}manifest.xml  (same as ./manifest.xml)`,
    `  Unified manifest (Microsoft 365): ${BASE}manifest.json (same as ./manifest.json)`,
    "",
    certNote,
    "",
    "Next:",
    "  - Try it without Outlook: open the demo page.",
    "  - In Outlook: go to https://aka.ms/olksideload → My add-ins → Add a custom add-in →",
    "    Add from file… and choose manifest.xml from this folder. Then open a meeting invite",
    '    and choose "Check QA meeting".',
    "  - Stop with Ctrl+C.",
    "",
  ].join("\n");
}

try {
  await server.start();
} catch (error) {
  if (error && typeof error === "object" && "code" in error && error.code === "EADDRINUSE") {
    console.error(
      `Port 3000 is in use. The manifest points Outlook at ${BASE}, so stop the other server and retry.`,
    );
  } else {
    console.error(error);
  }
  process.exit(1);
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    server.stop().finally(() => process.exit(0));
  });
}
