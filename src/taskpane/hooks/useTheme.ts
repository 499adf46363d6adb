import type { Theme } from "@fluentui/react-components";
import { useEffect, useState, useSyncExternalStore } from "react";
import type { Host, StoredSettings, ThemeChoice } from "../../host";

/**
 * The light theme as FluentProvider gets it: no variables of its own, as the pane's style sheet
 * sets every light token on :root (lightTheme.css). Not undefined, which Fluent warns about.
 */
export const LIGHT_THEME: Partial<Theme> = {};

let darkTheme: Theme | undefined;
let loadingDark: Promise<Theme> | undefined;

/** Loads Fluent's dark theme, once, from its own chunk. */
export function loadDarkTheme(): Promise<Theme> {
  loadingDark ??= import(/* webpackChunkName: "dark-theme" */ "../darkTheme").then(
    ({ webDarkTheme }) => (darkTheme = webDarkTheme),
  );
  return loadingDark;
}

function modeOf(choice: ThemeChoice, hostTheme: "light" | "dark"): "light" | "dark" {
  return choice === "auto" ? hostTheme : choice;
}

/** Whether the pane starts dark: then start.tsx loads the dark theme before the first render. */
export function startsDark(host: Host, settings: StoredSettings): boolean {
  return modeOf(settings.theme, host.getTheme()) === "dark";
}

/**
 * The theme FluentProvider applies: Fluent's dark theme, or LIGHT_THEME. Auto follows Outlook's
 * theme as it changes; Light and Dark override it.
 */
export function useTheme(host: Host, choice: ThemeChoice): Partial<Theme> {
  const hostTheme = useSyncExternalStore(
    (listener) => host.onThemeChanged(listener),
    () => host.getTheme(),
  );
  const dark = modeOf(choice, hostTheme) === "dark";
  const [, setDarkLoaded] = useState(darkTheme !== undefined);
  useEffect(() => {
    if (dark && !darkTheme)
      loadDarkTheme().then(
        () => setDarkLoaded(true),
        () => undefined,
      );
  }, [dark]);
  return dark && darkTheme ? darkTheme : LIGHT_THEME;
}
