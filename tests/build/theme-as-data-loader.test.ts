// The loader that ships Fluent's themes as data (scripts/theme-as-data-loader.cjs): what the pane
// gets must be Fluent's theme, token for token.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";

type Loader = (this: unknown, source: string) => string;

const ROOT = path.resolve(__dirname, "../..");
const loader = createRequire(__filename)(path.join(ROOT, "scripts/theme-as-data-loader.cjs")) as Loader;

function shipped(file: string): unknown {
  const resourcePath = path.join(ROOT, "src/taskpane", file);
  const output = loader.call({ resourcePath }, fs.readFileSync(resourcePath, "utf8"));
  const literal = /^export const web(?:Light|Dark)Theme = (\{.*\});\n$/s.exec(output)?.[1];
  return JSON.parse(literal ?? "null");
}

it.each([
  ["lightTheme.ts", webLightTheme],
  ["darkTheme.ts", webDarkTheme],
])("ships %s as Fluent's own theme", (file, theme) => {
  expect(shipped(file)).toEqual(theme);
});

it("fails the build for a module that re-exports no Fluent theme", () => {
  expect(() => loader.call({ resourcePath: "x.ts" }, "export const a = 1;")).toThrow(/x\.ts: expected/);
});
