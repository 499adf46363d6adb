// Webpack loader for src/taskpane/lightTheme.ts and darkTheme.ts, which re-export one of Fluent's
// themes. Fluent builds a theme when its module loads, from every global colour ramp it has; this
// loader builds it here, at build time, and ships the finished tokens as a plain object literal.
// Jest and TypeScript see the re-export as written.
const THEME_EXPORT = /export\s*\{\s*(web(?:Light|Dark)Theme)\s*\}\s*from\s*"@fluentui\/react-components"/;

/** @this {import("webpack").LoaderContext<unknown>} @param {string} source */
module.exports = function themeAsDataLoader(source) {
  const name = THEME_EXPORT.exec(source)?.[1];
  if (!name)
    throw new Error(`${this.resourcePath}: expected export { web…Theme } from "@fluentui/react-components"`);
  const theme = require("@fluentui/tokens")[name];
  return `export const ${name} = ${JSON.stringify(theme)};\n`;
};
