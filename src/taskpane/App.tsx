import { FluentProvider, makeStyles, tokens } from "@fluentui/react-components";
import { memo, useEffect, useRef, useState } from "react";
import type { CheckPolicy } from "../core";
import type { Host } from "../host";
import { Notice } from "./components/basics";
import { Disclosure } from "./components/Disclosure";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { ItemView } from "./components/ItemView";
import { LazySection, lazySection, prefetchSections, useAfterFirstPaint } from "./components/LazySection";
import { usePaneModel } from "./hooks/usePaneModel";
import { useTheme } from "./hooks/useTheme";

// Sections in their own chunks: the direction once a verdict is painted, the coming weeks, the
// record and the settings when opened. All are prefetched when the browser is idle after the first verdict.
const DirectivePanel = lazySection(() =>
  import(/* webpackChunkName: "directive" */ "./components/DirectivePanel").then(
    (module) => module.DirectivePanel,
  ),
);
const RecordSection = lazySection(() =>
  import(/* webpackChunkName: "record-section" */ "./components/RecordSection").then(
    (module) => module.RecordSection,
  ),
);
// "Check my calendar": the scan view, its hook and Fluent's ProgressBar.
const CalendarScan = lazySection(() =>
  import(/* webpackChunkName: "calendar-scan" */ "./components/CalendarScan").then(
    (module) => module.CalendarScan,
  ),
);
const SettingsPanel = lazySection(() =>
  import(/* webpackChunkName: "settings" */ "./components/SettingsPanel").then(
    (module) => module.SettingsPanel,
  ),
);

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

/** True from the first render at which `condition` holds. */
function useOnceTrue(condition: boolean): boolean {
  const [held, setHeld] = useState(condition);
  if (condition && !held) setHeld(true);
  return held || condition;
}

/** The last value that was not undefined. */
function useLastDefined<T>(value: T | undefined): T | undefined {
  const [last, setLast] = useState(value);
  if (value !== undefined && value !== last) setLast(value);
  return value ?? last;
}

/** The direction of the policy in use: built once the first verdict is painted, and not again for another item. */
const Directive = memo(function Directive({ policy }: { policy: CheckPolicy }) {
  const later = useAfterFirstPaint();
  return (
    <LazySection name="directive" shown={later}>
      <DirectivePanel policy={policy} />
    </LazySection>
  );
});

function Pane({ host, onReload }: Props) {
  const styles = useStyles();
  const model = usePaneModel(host);
  const { read, settings, checked } = model;
  const theme = useTheme(host, settings.theme);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusAfterRead = useRef(false);
  // Once something was read, the record and settings stay while the next item is read.
  const started = useOnceTrue(read.status !== "loading");
  const policy = useLastDefined(checked?.ok ? checked.policy : undefined);

  useEffect(() => {
    if (started) prefetchSections();
  }, [started]);

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
        {policy && (
          <div hidden={!checked?.ok}>
            <Directive policy={policy} />
          </div>
        )}
        {started && (
          <Disclosure level={2} title="Your coming weeks">
            <CalendarScan
              host={host}
              settings={settings}
              saveSettings={(next) => model.saveSettings(next)}
              record={model.record}
            />
          </Disclosure>
        )}
        {started && (
          <Disclosure level={2} title="Your record">
            <RecordSection record={model.record} />
          </Disclosure>
        )}
        {model.settingsUnread && <Notice intent="warning">{model.settingsUnread}</Notice>}
        {started && (
          <Disclosure level={2} title="Settings">
            <SettingsPanel
              settings={settings}
              context={checked?.ok ? checked : undefined}
              save={(next) => model.saveSettings(next)}
            />
          </Disclosure>
        )}
      </main>
    </FluentProvider>
  );
}
