import { useCallback, useRef, useState } from "react";
import { describeError } from "../../host";

export type SaveStatus = { kind: "saved" | "failed"; message: string } | undefined;

export interface SaveWords {
  saved: string;
  /** The sentence for a failure, given the reason in the user's words. */
  failed(reason: string): string;
}

/**
 * What happened to the last save the user started: saved, or why it could not be. A save that
 * settles after a newer one started says nothing.
 */
export function useSaveStatus(): [SaveStatus, (saving: Promise<void>, words: SaveWords) => void] {
  const [status, setStatus] = useState<SaveStatus>(undefined);
  const newest = useRef(0);
  const track = useCallback((saving: Promise<void>, words: SaveWords) => {
    newest.current += 1;
    const save = newest.current;
    setStatus(undefined);
    saving.then(
      () => {
        if (save === newest.current) setStatus({ kind: "saved", message: words.saved });
      },
      (error: unknown) => {
        if (save === newest.current)
          setStatus({ kind: "failed", message: words.failed(describeError(error)) });
      },
    );
  }, []);
  return [status, track];
}
