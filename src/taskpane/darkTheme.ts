// The dark theme in its own chunk: most users never need it (useTheme.ts).
export { webDarkTheme } from "@fluentui/react-components";
