import { useCallback, useEffect, useState } from "react";
import type { CheckedInvite, UserAction } from "../../record/entry";
import type { RecordLog } from "../../record/log";
import type { MeetingRecord } from "../../record/meeting-record";
import type { SaveResult } from "../../record/storage";
import { whenIdle } from "../idle";
import type { RecordLoader } from "../record";

export interface RecordState {
  entries: RecordLog;
  /** Why the record could not be read or kept on this device, if it could not. */
  problem: string | undefined;
  /** Adds (or updates) the invite's entry; with `action`, what the user did about it too. */
  add(invite: CheckedInvite, action?: UserAction): void;
  setAction(itemId: string, action: UserAction): void;
  clear(): void;
  toCsv(): string;
}

export const RECORD_NOT_LOADED = "Your record could not be opened. Reload the pane to try again.";

/**
 * The local record of checked invites, as React state, loaded when the browser is idle once
 * `wanted` (after the first read), and empty until then. Saving problems are shown, never thrown.
 */
export function useRecord(load: RecordLoader, wanted: boolean): RecordState {
  const [record, setRecord] = useState<MeetingRecord | undefined>(undefined);
  const [entries, setEntries] = useState<RecordLog>([]);
  const [problem, setProblem] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (!wanted || record) return;
    let live = true;
    const cancel = whenIdle(() => {
      void load().then(
        (loaded) => {
          if (!live) return;
          setRecord(loaded);
          setEntries(loaded.entries());
          setProblem(loaded.loadProblem?.message);
        },
        () => live && setProblem(RECORD_NOT_LOADED),
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [load, wanted, record]);

  // A pane in another window added or changed entries: show them here too.
  useEffect(() => record?.onChange(() => setEntries(record.entries())), [record]);

  /** Acts on the record once it is loaded, then shows what it holds and whether it was saved. */
  const act = useCallback(
    (change: (loaded: MeetingRecord) => SaveResult | Promise<SaveResult>) => {
      load()
        .then(async (loaded) => {
          const result = await change(loaded);
          setEntries(loaded.entries());
          setProblem(result.ok ? undefined : result.problem.message);
        })
        .catch(() => setProblem(RECORD_NOT_LOADED));
    },
    [load],
  );

  return {
    entries,
    problem,
    add: useCallback(
      (invite, action) =>
        act(async (loaded) => {
          const { entryFromAnalysis } = await import(/* webpackChunkName: "record" */ "../../record/entry");
          const added = loaded.add(entryFromAnalysis(invite));
          // An entry already there keeps its action on add: the one given replaces it.
          return action && added.ok ? loaded.setAction(invite.itemId, action) : added;
        }),
      [act],
    ),
    setAction: useCallback((itemId, action) => act((loaded) => loaded.setAction(itemId, action)), [act]),
    clear: useCallback(() => act((loaded) => loaded.clear()), [act]),
    toCsv: useCallback(() => record?.toCsv() ?? "", [record]),
  };
}
