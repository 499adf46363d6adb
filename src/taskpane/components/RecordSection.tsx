import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useId, useState } from "react";
import { formatWhen, VERDICT_TITLES } from "../../core";
import { describeError } from "../../host";
import type { RecordEntry } from "../../record/entry";
import { ACTION_WORDS } from "./RecordActions";
import type { RecordState } from "../hooks/useRecord";
import { plainList } from "./styles";

export const RECORD_FILE_NAME = "qa-meeting-record.csv";

/**
 * The chart and its library, a chunk of their own: loaded when this section is first built, which is
 * when the record is first opened (Disclosure), and never prefetched with the sections. Without them,
 * the list still shows it all.
 */
const RecordChart = lazy(() =>
  import(/* webpackChunkName: "record-chart" */ "./RecordChart").catch(() => ({ default: ChartUnavailable })),
);

function ChartUnavailable() {
  return (
    <p data-record-chart="failed">
      The chart of your record could not be drawn here; the list below has it all.
    </p>
  );
}

const useStyles = makeStyles({
  section: { display: "grid", rowGap: tokens.spacingVerticalS },
  list: { ...plainList, rowGap: tokens.spacingVerticalS },
  entry: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  line: { margin: 0, overflowWrap: "anywhere" },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
});

type Status = { kind: string; message: string } | undefined;

/** Saves the CSV as a file (with a BOM, so spreadsheets read it as UTF-8). False when downloads cannot work here. */
function downloadCsv(csv: string): boolean {
  if (typeof URL.createObjectURL !== "function") return false;
  const url = URL.createObjectURL(new Blob(["\uFEFF", csv], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = RECORD_FILE_NAME;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL?.(url), 60_000);
  return true;
}

function formatChecked(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString("en-AU", { dateStyle: "medium", timeStyle: "short" });
}

/** When the meeting starts, on this device's clock. */
function meetingTime(start: string): string | undefined {
  return formatWhen(start || undefined, Intl.DateTimeFormat().resolvedOptions().timeZone);
}

function EntryItem({ entry }: { entry: RecordEntry }) {
  const styles = useStyles();
  const organizer = entry.organizer.name || entry.organizer.email || "unknown organizer";
  return (
    <li className={styles.entry} data-record-entry={entry.itemId}>
      <p className={styles.line}>
        <strong>{entry.subject || "(no subject)"}</strong>, checked {formatChecked(entry.checkedAt)}
      </p>
      {(entry.meetingStart || entry.location) && (
        <p className={styles.line}>
          Meeting: {[meetingTime(entry.meetingStart), entry.location].filter(Boolean).join(", ")}
        </p>
      )}
      <p className={styles.line}>Organizer: {organizer}</p>
      <p className={styles.line}>
        {entry.otherPeople} other {entry.otherPeople === 1 ? "person" : "people"}
        {entry.roles.length > 0 ? `: ${entry.roles.join(", ")}` : ""}
      </p>
      <p className={styles.line}>Verdict: {VERDICT_TITLES[entry.verdict]}</p>
      {entry.reasons.length > 0 && <p className={styles.line}>Why: {entry.reasons.join("; ")}</p>}
      <p className={styles.line}>What I did: {ACTION_WORDS[entry.action]}</p>
    </li>
  );
}

/** The local record of checked invites: shown, exported as CSV, copied, or cleared. */
export function RecordSection({ record }: { record: RecordState }) {
  const styles = useStyles();
  const [status, setStatus] = useState<Status>(undefined);
  const [confirming, setConfirming] = useState(false);
  const clearId = useId();
  const focusClear = () => document.getElementById(clearId)?.focus();
  const { entries } = record;
  const newestFirst = [...entries].reverse();

  const exportRecord = () => {
    const saved = downloadCsv(record.toCsv());
    setStatus(
      saved
        ? {
            kind: "exported",
            message: `Your record (${entries.length} ${entries.length === 1 ? "invite" : "invites"}) is saved as ${RECORD_FILE_NAME}. If Outlook blocked the download, use Copy record as CSV.`,
          }
        : {
            kind: "export-failed",
            message: "Outlook cannot save files here. Use Copy record as CSV instead.",
          },
    );
  };

  const copyRecord = async () => {
    const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
    try {
      if (!clipboard?.writeText) throw new Error("copying is not available here");
      await clipboard.writeText(record.toCsv());
      setStatus({ kind: "copied", message: "Your record is copied as CSV. Paste it into a spreadsheet." });
    } catch (error) {
      setStatus({
        kind: "copy-failed",
        message: `Your record could not be copied (${describeError(error)}).`,
      });
    }
  };

  const clear = () => {
    record.clear();
    setConfirming(false);
    setStatus({ kind: "cleared", message: "Your record is cleared." });
    focusClear();
  };

  return (
    <>
      <div className={styles.section}>
        <p className={styles.line}>
          Every invite you check is noted here, on this device only: the subject, when and where it is, the
          organizer, people and roles, the verdict, the policy that judged it and what you did. Never the
          invite&apos;s text.
        </p>
        {record.problem && (
          <p className={styles.line} data-record-problem="true">
            {record.problem}
          </p>
        )}
        {entries.length > 0 && (
          <Suspense fallback={null}>
            <RecordChart entries={entries} />
          </Suspense>
        )}
        {entries.length === 0 ? (
          <p className={styles.line}>Your record is empty.</p>
        ) : (
          <ul className={styles.list} aria-label="Checked invites, newest first">
            {newestFirst.map((entry) => (
              <EntryItem key={entry.itemId} entry={entry} />
            ))}
          </ul>
        )}
        <div className={styles.actions}>
          <Button disabledFocusable={entries.length === 0} onClick={exportRecord}>
            Export record
          </Button>
          <Button disabledFocusable={entries.length === 0} onClick={() => void copyRecord()}>
            Copy record as CSV
          </Button>
          <Button
            id={clearId}
            disabledFocusable={entries.length === 0 || confirming}
            onClick={() => setConfirming(true)}
          >
            Clear record
          </Button>
        </div>
        {confirming && (
          <div role="group" aria-label="Confirm clearing your record" className={styles.section}>
            <p className={styles.line}>
              Clear all {entries.length} {entries.length === 1 ? "entry" : "entries"} from your record? This
              cannot be undone. Export it first if you may need it.
            </p>
            <div className={styles.actions}>
              <Button appearance="primary" onClick={clear}>
                Yes, clear my record
              </Button>
              <Button
                onClick={() => {
                  setConfirming(false);
                  focusClear();
                }}
              >
                Keep my record
              </Button>
            </div>
          </div>
        )}
        <p role="status" className={styles.line} data-record-status={status?.kind}>
          {status?.message}
        </p>
      </div>
    </>
  );
}
