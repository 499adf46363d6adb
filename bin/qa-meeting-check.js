#!/usr/bin/env node
"use strict";
// The command line is TypeScript, compiled by `npm run build:cli` (run on `npm ci` by "prepare").
let main;
try {
  ({ main } = require("../build/cli/cli/main.js"));
} catch (error) {
  if (error.code !== "MODULE_NOT_FOUND") throw error;
  process.stderr.write("qa-meeting-check: not built yet; run `npm run build:cli` first\n");
  process.exit(70);
}

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: process.stdout.isTTY === true,
  env: process.env,
}).then(
  (status) => {
    process.exitCode = status;
  },
  (error) => {
    process.stderr.write(`qa-meeting-check: unexpected failure: ${error.message}\n`);
    process.exitCode = 70;
  },
);
