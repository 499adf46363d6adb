import { Button, Field, ProgressBar, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { VERDICT_TITLES } from "../../core";
import { describeError, toHostError, type Host, type StoredSettings } from "../../host";
import type { RecordState } from "../hooks/useRecord";
import { useCalendarScan, type ScanTarget } from "../hooks/useCalendarScan";
import { CALENDAR_WEEK_CHOICES, headCountText, weeksOf, whenText, type ScanRow } from "../model/calendarScan";
import type { AvailableDecline } from "../model/declineOffer";
import { withPolicyTexts } from "../model/policyTexts";
import { replyText } from "../model/reply";
import { DeclineAndSend } from "./DeclineAndSend";

const useStyles = makeStyles({
  view: { display: "grid", rowGap: tokens.spacingVerticalM },
  controls: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalS },
  row: {
    display: "grid",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
  verdict: { fontWeight: tokens.fontWeightSemibold, margin: 0 },
  line: { margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface Props {
  host: Host;
  settings: StoredSettings;
  saveSettings(next: StoredSettings): Promise<void>;
  record: RecordState;
}

/**
 * "Check my calendar", a lazy section (its chunk loads when "Your coming weeks" is first opened):
 * the coming weeks read through Microsoft 365 when the user asks, and checked here, with progress
 * and Cancel; the meetings the direction covers, then the unclear ones, each opening in Outlook and
 * declinable with the usual confirmation.
 */
export function CalendarScan({ host, settings, saveSettings, record }: Props) {
  const styles = useStyles();
  const { state, target, start, cancel } = useCalendarScan(host, settings);
  const [weeks, setWeeks] = useState(() => weeksOf(settings));
  const [note, setNote] = useState<string | undefined>(undefined);
  const [declined, setDeclined] = useState<ReadonlySet<string>>(new Set());

  const changeWeeks = (value: number) => {
    setWeeks(value);
    saveSettings({ ...settings, calendarWeeks: value }).catch((error: unknown) =>
      setNote(`The span applies now, but could not be saved: ${describeError(error)}`),
    );
  };

  const canOpen = host.capabilities().openAppointment;
  const open = async (row: ScanRow) => {
    setNote(undefined);
    try {
      await host.openAppointment(row.eventId);
    } catch (error) {
      setNote(toHostError(error).message);
    }
  };

  const reading = state.status === "reading";
  const rows = "rows" in state ? state.rows : [];
  const covered = rows.filter((row) => row.verdict === "directive-applies");
  const unclear = rows.filter((row) => row.verdict === "unclear");
  const rowProps = {
    canOpen,
    onOpen: (row: ScanRow) => void open(row),
    settings,
    target,
    declined,
    onDeclined: (row: ScanRow, message: string | undefined) => {
      if (message !== undefined) return setNote(message);
      setDeclined((previous) => new Set(previous).add(row.eventId));
      setNote(`Declined "${row.subject || "(no subject)"}". Your reply was sent to the organizer.`);
      record.add(
        {
          itemId: row.eventId,
          snapshot: row.context.snapshot,
          analysis: row.context.analysis,
          policy: row.context.policy,
          checkedAt: new Date(),
        },
        "declined",
      );
    },
  };

  return (
    <div className={styles.view} data-scan-state={state.status}>
      {state.status === "idle" && (
        <p className={styles.line}>
          Check the meetings in your calendar for the coming weeks in one go. QA Meeting Check reads them
          through Microsoft 365 (you may be asked to allow it to read your calendar), checks them here, and
          keeps nothing but your record.
        </p>
      )}
      <div className={styles.controls}>
        <Field label="Weeks ahead">
          <Select
            value={String(weeks)}
            disabled={reading}
            onChange={(_event, data) => changeWeeks(Number(data.value))}
          >
            {CALENDAR_WEEK_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {choice === 1 ? "1 week" : `${choice} weeks`}
              </option>
            ))}
          </Select>
        </Field>
        {reading ? (
          <Button onClick={cancel}>Cancel</Button>
        ) : (
          <Button appearance="primary" onClick={() => void start(weeks)}>
            {state.status === "idle" ? "Check my calendar" : "Check my calendar again"}
          </Button>
        )}
      </div>
      {reading && (
        <Field
          validationState="none"
          validationMessage={
            state.waiting !== undefined
              ? `Microsoft 365 is busy, so QA Meeting Check waits ${state.waiting} seconds before going on.`
              : `Checked ${state.events} calendar ${state.events === 1 ? "entry" : "entries"} so far…`
          }
        >
          <ProgressBar aria-label="Reading your calendar" />
        </Field>
      )}
      <p role="status" className={styles.line} data-scan-summary={state.status}>
        {summary(state, weeks)}
      </p>
      {note && (
        <p role="alert" className={styles.line} data-scan-note="true">
          {note}
        </p>
      )}
      {!canOpen && rows.length > 0 && (
        <p className={styles.line} data-scan-open-unavailable="true">
          This version of Outlook cannot open a meeting from the add-in: find it in your calendar.
        </p>
      )}
      {covered.length > 0 && (
        <section aria-labelledby="scan-covered">
          <h3 id="scan-covered">The direction covers ({covered.length})</h3>
          <ul className={styles.list}>
            {covered.map((row) => (
              <ScanItem key={row.eventId} row={row} {...rowProps} />
            ))}
          </ul>
        </section>
      )}
      {unclear.length > 0 && (
        <section aria-labelledby="scan-unclear">
          <h3 id="scan-unclear">Check before you decide ({unclear.length})</h3>
          <ul className={styles.list}>
            {unclear.map((row) => (
              <ScanItem key={row.eventId} row={row} {...rowProps} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function summary(state: ReturnType<typeof useCalendarScan>["state"], weeks: number): string {
  const span = weeks === 1 ? "the next week" : `the next ${weeks} weeks`;
  switch (state.status) {
    case "idle":
      return "";
    case "unavailable":
      return `Check my calendar is not available: ${state.reason}`;
    case "reading":
      return `Reading ${span} of your calendar…`;
    case "done":
      return state.rows.length === 0
        ? `Nothing in ${span} looks like a QA review the direction covers, or one to check (${state.events} calendar entries read).`
        : `${state.rows.length} of ${state.events} calendar entries in ${span} need your attention.`;
    case "stopped":
      return `Stopped, as you asked. Shown: what was checked before (${state.events} calendar entries).`;
    case "failed":
      return `The calendar could not be read to the end: ${state.message}${state.rows.length ? " Shown: what was checked before." : ""}`;
  }
}

interface ItemProps {
  row: ScanRow;
  canOpen: boolean;
  onOpen(row: ScanRow): void;
  settings: StoredSettings;
  target: ScanTarget | undefined;
  declined: ReadonlySet<string>;
  /** `message` says why the decline failed; undefined when it went through. */
  onDeclined(row: ScanRow, message: string | undefined): void;
}

function ScanItem({ row, canOpen, onOpen, settings, target, declined, onDeclined }: ItemProps) {
  const styles = useStyles();
  const policy = withPolicyTexts(row.context.policy);
  const templateId =
    settings.templateId && policy.templates.some((template) => template.id === settings.templateId)
      ? settings.templateId
      : (policy.templates[0]?.id ?? "");
  const comment = replyText(
    { ...row.context, customTemplate: settings.customTemplate, onBehalf: undefined },
    templateId,
  ).text;
  const offer: AvailableDecline | undefined =
    target && row.organizer?.email
      ? {
          kind: "available",
          organizer: row.organizer,
          owner: target.mailboxOwner,
          recurring: row.context.snapshot.item.recurrence !== undefined,
          decline: async (text) => {
            const result = await target.services.decline(
              { kind: "event", restId: row.eventId },
              text,
              target.mailboxOwner,
            );
            return result.outcome === "declined"
              ? { ok: true }
              : { ok: false, message: result.error.message, comment: result.comment };
          },
        }
      : undefined;
  const isDeclined = declined.has(row.eventId);
  const subjectId = `scan-subject-${useId()}`;
  return (
    <li className={styles.row} data-scan-verdict={row.verdict} data-scan-event={row.eventId}>
      <p className={styles.verdict}>{VERDICT_TITLES[row.verdict]}</p>
      <p className={styles.line}>
        <time dateTime={row.start}>{whenText(row.start)}</time>
      </p>
      <p className={styles.line}>
        <q id={subjectId}>{row.subject || "(no subject)"}</q>
      </p>
      <p className={styles.line}>
        Organizer: {row.organizer ? row.organizer.name || row.organizer.email : "not given"} ·{" "}
        <span data-scan-head-count={row.headCount}>{headCountText(row)}</span>
      </p>
      <div className={styles.actions}>
        {canOpen && (
          <Button size="small" onClick={() => onOpen(row)} aria-label={`Open "${row.subject}" in Outlook`}>
            Open in Outlook
          </Button>
        )}
        {isDeclined && <span data-scan-declined="true">Declined</span>}
        {offer && (
          <DeclineAndSend
            offer={offer}
            comment={comment}
            disabled={false}
            done={isDeclined}
            describedBy={subjectId}
            onConfirm={async () => {
              const outcome = await offer.decline(comment);
              onDeclined(row, outcome.ok ? undefined : `The meeting was not declined. ${outcome.message}`);
            }}
          />
        )}
      </div>
    </li>
  );
}
