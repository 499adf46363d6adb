import { FluentProvider, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef } from "react";
import { entryFromAnalysis } from "../record/entry";
import { checkInvite } from "./model/checkInvite";
import { declineOfferFor } from "./model/declineOffer";
import { describeDirectoryChange } from "./model/directoryChange";
import { ErrorBoundary } from "./components/ErrorBoundary";
import type { Host, ItemState, StoredSettings } from "../host";
import { RecordSection } from "./components/RecordSection";
import { ResultView, type DirectoryView } from "./components/ResultView";
import { ServicesContext, useServices, type PaneServices } from "./services";
import { useDirectoryInfo, type DirectoryInfo } from "./hooks/useDirectoryInfo";
import { useMicrosoft365, type Microsoft365State } from "./hooks/useMicrosoft365";
import { useRecord } from "./hooks/useRecord";
import { SettingsPanel, type InviteContext } from "./components/SettingsPanel";
import { LoadingView, NoItemView, NotInviteView, ReadErrorView } from "./components/StatusViews";
import { usePaneState } from "./hooks/usePaneState";
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
  /** Microsoft 365 and the record; by default the real ones (tests inject fakes). */
  services?: PaneServices;
}

/** The task pane: reads the item, checks it with src/core, and shows the result. */
export function App({ host, onReload, services }: Props) {
  const pane = (
    <ErrorBoundary {...(onReload ? { onReload } : {})}>
      <Pane host={host} {...(onReload ? { onReload } : {})} />
    </ErrorBoundary>
  );
  return services ? <ServicesContext.Provider value={services}>{pane}</ServicesContext.Provider> : pane;
}

/** The settings the check uses: the user's, with the directory manager standing in until they set one. */
function effectiveSettings(settings: StoredSettings, directory: DirectoryInfo): StoredSettings {
  return settings.managerCasework || !directory.manager
    ? settings
    : { ...settings, managerCasework: directory.manager.email };
}

/** The check at once, and again when directory roles arrive; the first verdict is kept to say what changed. */
function useCheck(item: ItemState | undefined, settings: StoredSettings, directory: DirectoryInfo) {
  const first = useMemo(
    () => (item?.kind === "invite" ? checkInvite(item.snapshot, settings) : undefined),
    [item, settings],
  );
  const refined = directory.directory !== undefined || directory.manager !== undefined;
  const checked = useMemo(
    () =>
      item?.kind === "invite" && refined
        ? checkInvite(item.snapshot, effectiveSettings(settings, directory), directory.directory)
        : first,
    [item, settings, directory, refined, first],
  );
  const change =
    refined && first?.ok && checked?.ok
      ? describeDirectoryChange(first.analysis, checked.analysis, directory.directory, directory.manager)
      : undefined;
  return { checked, change };
}

/** What the pane says about directory look-ups: only when the user has turned them on. */
function directoryView(
  settings: StoredSettings,
  m365: Microsoft365State,
  directory: DirectoryInfo,
  change: string | undefined,
): DirectoryView | undefined {
  if (!settings.useDirectory || !m365.target) return undefined;
  if (!m365.availability.available)
    return {
      change: undefined,
      problem: `Roles cannot be looked up in the directory. ${m365.availability.reason}`,
      manager: undefined,
    };
  return {
    change,
    problem: directory.problem
      ? `Some roles could not be looked up in the directory: ${directory.problem}`
      : undefined,
    manager: directory.manager,
  };
}

function Pane({ host, onReload }: Props) {
  const styles = useStyles();
  const services = useServices();
  const { read, settings, reload, saveSettings } = usePaneState(host);
  const theme = useTheme(host, settings.theme);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusAfterRead = useRef(false);

  const item = read.status === "ready" ? read.item : undefined;
  const m365 = useMicrosoft365(host, item, settings);
  const directory = useDirectoryInfo(item, settings, m365);
  const { checked, change } = useCheck(item, settings, directory);
  const context: InviteContext | undefined = checked?.ok ? checked : undefined;
  const record = useRecord(services.record);
  const { add: addToRecord } = record;
  const invite = item?.kind === "invite" ? item : undefined;

  useEffect(() => {
    if (!invite || !context) return;
    addToRecord(
      entryFromAnalysis({
        itemId: invite.itemId,
        subject: context.snapshot.item.subject,
        analysis: context.analysis,
        checkedAt: services.now(),
      }),
    );
  }, [invite, context, addToRecord, services]);

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
        declineOffer={declineOfferFor(m365, context)}
        onBehalf={
          read.item.delegate
            ? {
                delegateName: read.item.delegate.displayName || read.item.delegate.emailAddress,
                ownerName:
                  context.snapshot.mailbox.displayName || context.snapshot.mailbox.emailAddress || "",
              }
            : undefined
        }
        directory={directoryView(settings, m365, directory, change)}
        recordedAction={record.entries.find((entry) => entry.itemId === invite?.itemId)?.action}
        onAction={(action) => invite && record.setAction(invite.itemId, action)}
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
        {read.status !== "loading" && <RecordSection record={record} />}
        {read.status !== "loading" && (
          <SettingsPanel settings={settings} context={context} save={(next) => saveSettings(next)} />
        )}
      </main>
    </FluentProvider>
  );
}
