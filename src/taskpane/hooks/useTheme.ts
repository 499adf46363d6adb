import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { useSyncExternalStore } from "react";
import type { Host, ThemeChoice } from "../../host";

/** Auto follows Outlook's theme as it changes; Light and Dark override it. */
export function useTheme(host: Host, choice: ThemeChoice): Theme {
  const hostTheme = useSyncExternalStore(
    (listener) => host.onThemeChanged(listener),
    () => host.getTheme(),
  );
  const mode = choice === "auto" ? hostTheme : choice;
  return mode === "dark" ? webDarkTheme : webLightTheme;
}
