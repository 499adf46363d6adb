// The light theme, shipped as data by scripts/theme-as-data-loader.cjs (webpack.config.js).
export { webLightTheme } from "@fluentui/react-components";
