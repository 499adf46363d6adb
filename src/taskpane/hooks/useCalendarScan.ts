import { useCallback, useEffect, useRef, useState } from "react";
import { availabilityOf } from "../../graph/availability";
import type { CalendarMeeting } from "../../graph/calendar";
import { resolveClientId } from "../../graph/client-id";
import { describeError, type Host, type StoredSettings } from "../../host";
import type { Microsoft365 } from "../microsoft365";
import { scanRows, scanSpan, type ScanRow } from "../model/calendarScan";
import { useServices } from "../services";

/** Where the scan is; every state but "idle" and "unavailable" keeps the rows checked so far. */
export type ScanState =
  | { status: "idle" }
  | { status: "unavailable"; reason: string }
  | {
      status: "reading";
      rows: ScanRow[];
      /** Calendar entries read and checked so far. */
      events: number;
      /** Microsoft 365 asked the pane to wait this long (seconds) before the next page. */
      waiting: number | undefined;
    }
  | { status: "done"; rows: ScanRow[]; events: number }
  | { status: "stopped"; rows: ScanRow[]; events: number }
  | { status: "failed"; message: string; rows: ScanRow[]; events: number };

export interface ScanTarget {
  /** The Microsoft 365 services for the calendar's reads and declines. */
  services: Microsoft365;
  mailboxOwner: string | undefined;
}

const LOAD_FAILED = (error: unknown) =>
  `The Microsoft 365 part of QA Meeting Check could not load (${describeError(error)}). Check your connection.`;
const NO_CASEWORKER =
  "Outlook did not say whose calendar this is, so QA Meeting Check cannot read it. Open an invite and try again.";

/**
 * "Check my calendar": reads the coming weeks through Microsoft 365 and checks each meeting as it
 * arrives, in the pane. Starting again or cancelling abandons the scan under way: its later answers
 * are ignored. The rows are React state only: never stored, never sent.
 */
export function useCalendarScan(host: Host, settings: StoredSettings) {
  const { loadMicrosoft365, defaultClientId, now } = useServices();
  const [state, setState] = useState<ScanState>({ status: "idle" });
  const [target, setTarget] = useState<ScanTarget | undefined>(undefined);
  const generation = useRef(0);
  const controller = useRef<AbortController | undefined>(undefined);
  const settingsRef = useRef(settings);
  useEffect(() => {
    settingsRef.current = settings;
  }, [settings]);

  const abandon = useCallback(() => {
    generation.current += 1;
    controller.current?.abort();
    controller.current = undefined;
    return generation.current;
  }, []);

  useEffect(() => () => void abandon(), [abandon]);

  const start = useCallback(
    async (weeks: number) => {
      const mine = abandon();
      const current = () => generation.current === mine;
      const abort = new AbortController();
      controller.current = abort;
      setState({ status: "reading", rows: [], events: 0, waiting: undefined });

      const graphTarget = await host.graphTarget().catch(() => undefined);
      if (!current()) return;
      const clientId = resolveClientId(settingsRef.current.graphClientId, defaultClientId);
      const availability = availabilityOf(clientId, graphTarget?.naaSupported ?? false);
      if (!availability.available) return setState({ status: "unavailable", reason: availability.reason });
      const caseworker = graphTarget?.caseworker;
      if (!caseworker) return setState({ status: "unavailable", reason: NO_CASEWORKER });

      let services: Microsoft365;
      try {
        services = await loadMicrosoft365({ clientId: clientId ?? "", naaSupported: true });
      } catch (error) {
        if (current()) setState({ status: "failed", message: LOAD_FAILED(error), rows: [], events: 0 });
        return;
      }
      if (!current()) return;
      const mailboxOwner = graphTarget?.mailboxOwner;
      setTarget({ services, mailboxOwner });

      const meetings: CalendarMeeting[] = [];
      let events = 0;
      const rows = () => scanRows(meetings, settingsRef.current);
      const result = await services.readCalendar({
        ...scanSpan(now(), weeks),
        mailbox: {
          displayName: caseworker.displayName,
          emailAddress: caseworker.emailAddress,
          recipientType: "user",
        },
        ...(mailboxOwner ? { mailboxOwner } : {}),
        signal: abort.signal,
        onPage: (page, progress) => {
          if (!current()) return;
          meetings.push(...page);
          events = progress.events;
          setState({ status: "reading", rows: rows(), events, waiting: undefined });
        },
        onWait: (seconds) => {
          if (current()) setState({ status: "reading", rows: rows(), events, waiting: seconds });
        },
      });
      if (!current()) return;
      controller.current = undefined;
      const all = scanRows(result.meetings, settingsRef.current);
      if (result.outcome === "read") setState({ status: "done", rows: all, events: result.progress.events });
      else if (result.error.kind === "cancelled" && abort.signal.aborted)
        setState({ status: "stopped", rows: all, events: result.progress.events });
      else
        setState({
          status: "failed",
          message: result.error.message,
          rows: all,
          events: result.progress.events,
        });
    },
    [abandon, host, defaultClientId, loadMicrosoft365, now],
  );

  /** Stops the scan at once, keeping the rows checked so far; its later answers are ignored. */
  const cancel = useCallback(() => {
    abandon();
    setState((previous) =>
      previous.status === "reading"
        ? { status: "stopped", rows: previous.rows, events: previous.events }
        : previous,
    );
  }, [abandon]);

  return { state, target, start, cancel };
}
