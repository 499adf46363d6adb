import { FluentProvider, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Host } from "../host";
import { CalendarSection } from "./components/CalendarSection";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { ItemView } from "./components/ItemView";
import { RecordSection } from "./components/RecordSection";
import { SettingsPanel } from "./components/SettingsPanel";
import { usePaneModel } from "./hooks/usePaneModel";
import { useTheme } from "./hooks/useTheme";

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
  main: {
    display: "grid",
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    maxWidth: "40rem",
    "& h2": {
      fontSize: tokens.fontSizeBase400,
      fontWeight: tokens.fontWeightSemibold,
      marginTop: 0,
      marginBottom: tokens.spacingVerticalS,
    },
    "& h3": { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  },
  title: { fontSize: tokens.fontSizeBase400, margin: 0 },
});

interface Props {
  host: Host;
  /** Reloads the pane after a render failure; by default the page. */
  onReload?: () => void;
}

/** The task pane: reads the item, checks it with src/core, and shows the result. Needs a ServicesProvider. */
export function App({ host, onReload }: Props) {
  return (
    <ErrorBoundary {...(onReload ? { onReload } : {})}>
      <Pane host={host} {...(onReload ? { onReload } : {})} />
    </ErrorBoundary>
  );
}

function Pane({ host, onReload }: Props) {
  const styles = useStyles();
  const model = usePaneModel(host);
  const { read, settings, checked } = model;
  const theme = useTheme(host, settings.theme);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusAfterRead = useRef(false);

  useEffect(() => {
    if (read.status !== "loading" && focusAfterRead.current) {
      focusAfterRead.current = false;
      headingRef.current?.focus();
    }
  }, [read]);

  const retry = () => {
    focusAfterRead.current = true;
    model.reload();
  };

  const itemKey = read.status === "ready" && read.item.kind !== "none" ? read.item.itemId : read.status;
  return (
    <FluentProvider theme={theme} className={styles.provider}>
      <main className={styles.main}>
        <h1 className={styles.title}>QA Meeting Check</h1>
        <ErrorBoundary resetKey={itemKey} {...(onReload ? { onReload } : {})}>
          <ItemView
            model={model}
            displayReplyForm={(html) => host.displayReplyForm(html)}
            replyForm={read.status === "ready" ? host.capabilities().replyForm : true}
            onRetry={retry}
            headingRef={headingRef}
          />
        </ErrorBoundary>
        {read.status !== "loading" && (
          <CalendarSection
            host={host}
            settings={settings}
            saveSettings={(next) => model.saveSettings(next)}
            record={model.record}
          />
        )}
        {read.status !== "loading" && <RecordSection record={model.record} />}
        {read.status !== "loading" && (
          <SettingsPanel
            settings={settings}
            context={checked?.ok ? checked : undefined}
            save={(next) => model.saveSettings(next)}
          />
        )}
      </main>
    </FluentProvider>
  );
}
