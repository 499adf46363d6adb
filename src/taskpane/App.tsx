import { FluentProvider, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef } from "react";
import { checkInvite } from "./buildAnalysis";
import { ErrorBoundary } from "./ErrorBoundary";
import type { Host } from "./host";
import { ResultView } from "./ResultView";
import { SettingsPanel, type InviteContext } from "./SettingsPanel";
import { LoadingView, NoItemView, NotInviteView, ReadErrorView } from "./StatusViews";
import { usePaneState } from "./usePaneState";
import { useTheme } from "./useTheme";

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

/** The task pane: reads the item, checks it with src/core, and shows the result. */
export function App({ host, onReload }: Props) {
  return (
    <ErrorBoundary {...(onReload ? { onReload } : {})}>
      <Pane host={host} {...(onReload ? { onReload } : {})} />
    </ErrorBoundary>
  );
}

function Pane({ host, onReload }: Props) {
  const styles = useStyles();
  const { read, settings, reload, saveSettings } = usePaneState(host);
  const theme = useTheme(host, settings.theme);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusAfterRead = useRef(false);

  const item = read.status === "ready" ? read.item : undefined;
  const checked = useMemo(
    () => (item?.kind === "invite" ? checkInvite(item.snapshot, settings) : undefined),
    [item, settings],
  );
  const context: InviteContext | undefined = checked?.ok ? checked : undefined;

  useEffect(() => {
    if (read.status !== "loading" && focusAfterRead.current) {
      focusAfterRead.current = false;
      headingRef.current?.focus();
    }
  }, [read]);

  const retry = () => {
    focusAfterRead.current = true;
    reload();
  };

  let view;
  if (read.status === "loading") {
    view = <LoadingView />;
  } else if (read.status === "error") {
    view = (
      <ReadErrorView
        title="The invite could not be read"
        message={read.error.message}
        code={read.error.code}
        onRetry={retry}
        headingRef={headingRef}
      />
    );
  } else if (read.item.kind === "none") {
    view = <NoItemView headingRef={headingRef} />;
  } else if (read.item.kind === "not-invite") {
    view = <NotInviteView subject={read.item.subject} headingRef={headingRef} />;
  } else if (checked && !checked.ok) {
    view = (
      <ReadErrorView
        title="The invite could not be checked"
        message={checked.message}
        onRetry={retry}
        headingRef={headingRef}
      />
    );
  } else if (context && checked?.ok) {
    view = (
      <ResultView
        key={read.item.itemId}
        context={context}
        fallbackNote={checked.fallbackNote}
        settings={settings}
        saveSettings={saveSettings}
        displayReplyForm={(html) => host.displayReplyForm(html)}
        headingRef={headingRef}
      />
    );
  }

  const itemKey = item && item.kind !== "none" ? item.itemId : read.status;
  return (
    <FluentProvider theme={theme} className={styles.provider}>
      <main className={styles.main}>
        <h1 className={styles.title}>QA Meeting Check</h1>
        <ErrorBoundary resetKey={itemKey} {...(onReload ? { onReload } : {})}>
          {view}
        </ErrorBoundary>
        {read.status !== "loading" && (
          <SettingsPanel settings={settings} context={context} save={(next) => saveSettings(next)} />
        )}
      </main>
    </FluentProvider>
  );
}
