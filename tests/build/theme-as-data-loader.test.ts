// The loader that builds Fluent's themes (scripts/theme-as-data-loader.cjs): what the pane gets
// must be Fluent's theme, token for token, the light one as CSS variables, the dark one as data.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";

type Loader = (this: unknown, source: string) => string;

const ROOT = path.resolve(__dirname, "../..");
const loader = createRequire(__filename)(path.join(ROOT, "scripts/theme-as-data-loader.cjs")) as Loader;

function load(file: string): string {
  const resourcePath = path.join(ROOT, "src/taskpane", file);
  return loader.call({ resourcePath }, fs.readFileSync(resourcePath, "utf8"));
}

it("ships the dark theme as Fluent's own, token for token", () => {
  const literal = /^export const webDarkTheme = (\{.*\});\n$/s.exec(load("darkTheme.ts"))?.[1];
  expect(JSON.parse(literal ?? "null")).toEqual(webDarkTheme);
});

it("writes every token of the light theme as a CSS variable on :root", () => {
  const css = load("lightTheme.css");
  const variables = Object.fromEntries(
    [...css.matchAll(/--([\w-]+):\s*([^;]*);/g)].map(([, name = "", value = ""]) => [name, value.trim()]),
  );
  expect(css.startsWith(":root {")).toBe(true);
  expect(variables).toEqual(
    Object.fromEntries(Object.entries(webLightTheme).map(([name, value]) => [name, String(value)])),
  );
});

it("fails the build for a module that re-exports no Fluent theme", () => {
  expect(() => loader.call({ resourcePath: "x.ts" }, "export const a = 1;")).toThrow(/x\.ts: expected/);
});
