// Webpack loader for Fluent's themes, built here at build time rather than when the pane starts:
// - src/taskpane/lightTheme.css becomes the light theme's tokens as CSS variables on :root, so the
//   pane's stylesheet carries the theme every pane starts with and no script has to write it;
// - src/taskpane/darkTheme.ts, which re-exports Fluent's dark theme, ships the finished tokens as
//   a plain object literal, for FluentProvider to apply over the light ones.
// Jest and TypeScript see the re-export as written.
const { createCSSRuleFromTheme } = require("@fluentui/react-components");
const tokens = require("@fluentui/tokens");

const THEME_EXPORT = /export\s*\{\s*(web(?:Light|Dark)Theme)\s*\}\s*from\s*"@fluentui\/react-components"/;

/** @this {import("webpack").LoaderContext<unknown>} @param {string} source */
module.exports = function themeAsDataLoader(source) {
  if (this.resourcePath.endsWith("lightTheme.css")) {
    return `${createCSSRuleFromTheme(":root", tokens.webLightTheme)}\n`;
  }
  const name = THEME_EXPORT.exec(source)?.[1];
  if (!name)
    throw new Error(`${this.resourcePath}: expected export { web…Theme } from "@fluentui/react-components"`);
  return `export const ${name} = ${JSON.stringify(tokens[name])};\n`;
};
