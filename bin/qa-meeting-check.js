#!/usr/bin/env node
"use strict";
// The command line is TypeScript, compiled by `npm run build:cli` (run on `npm ci` by "prepare").
let cli;
try {
  cli = require("../build/cli/cli/main.js");
} catch (error) {
  if (error.code !== "MODULE_NOT_FOUND") throw error;
  process.stderr.write("qa-meeting-check: not built yet; run `npm run build:cli` first\n");
  process.exit(70);
}
cli.run();
