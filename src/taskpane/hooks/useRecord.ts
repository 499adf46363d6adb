import { useCallback, useEffect, useState } from "react";
import type { RecordEntry, UserAction } from "../../record/entry";
import type { RecordLog } from "../../record/log";
import type { MeetingRecord } from "../../record/meeting-record";
import type { SaveResult } from "../../record/storage";

export interface RecordState {
  entries: RecordLog;
  /** Why the record could not be read or kept on this device, if it could not. */
  problem: string | undefined;
  add(entry: RecordEntry): void;
  setAction(itemId: string, action: UserAction): void;
  clear(): void;
  toCsv(): string;
}

/** The local record of checked invites, as React state. Saving problems are shown, never thrown. */
export function useRecord(record: MeetingRecord): RecordState {
  const [entries, setEntries] = useState<RecordLog>(() => record.entries());
  const [problem, setProblem] = useState<string | undefined>(() => record.loadProblem?.message);

  // A pane in another window added or changed entries: show them here too.
  useEffect(() => record.onChange(() => setEntries(record.entries())), [record]);

  const after = useCallback(
    (result: SaveResult) => {
      setEntries(record.entries());
      setProblem(result.ok ? undefined : result.problem.message);
    },
    [record],
  );

  return {
    entries,
    problem,
    add: useCallback((entry) => after(record.add(entry)), [record, after]),
    setAction: useCallback((itemId, action) => after(record.setAction(itemId, action)), [record, after]),
    clear: useCallback(() => after(record.clear()), [record, after]),
    toCsv: useCallback(() => record.toCsv(), [record]),
  };
}
