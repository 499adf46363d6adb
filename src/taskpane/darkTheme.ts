// The dark theme in its own chunk: most users never need it (useTheme.ts). Shipped as data by
// scripts/theme-as-data-loader.cjs (webpack.config.js).
export { webDarkTheme } from "@fluentui/react-components";
