#!/usr/bin/env node
// Renders the add-in icons (assets/icon.svg, and assets/icon-16.svg for the 16 px size)
// to the PNG sizes the manifests name: icon-16/32/64/80/128/192.png in assets/, those of Outlook
// mobile's buttons (25/48/50/75/96/144), and the unified
// manifest's outline icon (assets/icon-outline.svg) to icon-outline-32.png.
//
//   node scripts/render-icons.mjs
//
// Uses Debian's Chromium through playwright-core (no browser download). Override the
// browser with CHROMIUM_PATH=/path/to/chromium. The PNGs are committed; tests don't run
// this script, they only check the committed files.

import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const assets = path.join(root, "assets");

/** Output size (px) → source SVG. Small sizes get artwork drawn for their pixel grid. */
const targets = [
  { size: 16, source: "icon-16.svg" },
  { size: 32, source: "icon.svg" },
  { size: 64, source: "icon.svg" },
  { size: 80, source: "icon.svg" },
  { size: 128, source: "icon.svg" },
  // Outlook mobile's buttons: 25, 32 and 48 px at scales 1, 2 and 3 (MobileFormFactor).
  { size: 25, source: "icon.svg" },
  { size: 48, source: "icon.svg" },
  { size: 50, source: "icon.svg" },
  { size: 75, source: "icon.svg" },
  { size: 96, source: "icon.svg" },
  { size: 144, source: "icon.svg" },
  // The unified manifest's colour icon (icons.color) is 192 x 192.
  { size: 192, source: "icon.svg" },
  { size: 32, source: "icon-outline.svg", name: "icon-outline-32.png" },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});

try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  // Never let the page reach the network: everything is inlined as a data: URL.
  await page.route(/^(?!data:)/, (route) => route.abort());

  for (const { size, source, name } of targets) {
    const svg = await readFile(path.join(assets, source));
    const src = `data:image/svg+xml;base64,${svg.toString("base64")}`;
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">` +
        `<img id="icon" src="${src}" width="${size}" height="${size}" style="display:block">` +
        `</body></html>`,
    );
    await page.locator("#icon").evaluate((img) => img.decode()); // wait until the SVG is drawn
    const png = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    const out = path.join(assets, name ?? `icon-${size}.png`);
    await writeFile(out, png);
    console.log(`wrote ${path.relative(root, out)} (${size}x${size}, from ${source})`);
  }
} finally {
  await browser.close();
}
