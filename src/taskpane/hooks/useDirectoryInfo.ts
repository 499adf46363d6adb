import { useEffect, useRef, useState } from "react";
import { describeError, type StoredSettings } from "../../host";
import type { Microsoft365, Microsoft365Access } from "../microsoft365";
import { NO_DIRECTORY_INFO, type DirectoryInfo } from "../model/directoryInfo";

/** What to look up for the open invite, or undefined when nothing should be. */
export interface DirectoryRequest {
  itemId: string;
  /** The people the engine found on the invite (see addressesToLookUp). */
  addresses: readonly string[];
}

async function lookUp(m365: Microsoft365, addresses: readonly string[], wantManager: boolean) {
  const [roles, manager] = await Promise.all([
    m365.rolesFor(addresses),
    wantManager ? m365.findManager() : Promise.resolve(undefined),
  ]);
  return {
    directory: roles.directory,
    manager: manager?.outcome === "found" ? { email: manager.email, name: manager.name } : undefined,
    problem: roles.error?.message ?? (manager?.outcome === "failed" ? manager.error.message : undefined),
  };
}

/**
 * With directory look-ups on (an opt-in setting) and Microsoft 365 available, looks up the roles of
 * the people on the invite, and the user's manager when no Manager Casework is set. The verdict never
 * waits for this: the pane shows it at once and refines it when the answers arrive. Only the newest
 * look-up may answer: one for an item the user has moved away from is dropped, however late it comes.
 */
export function useDirectoryInfo(
  request: DirectoryRequest | undefined,
  settings: StoredSettings,
  microsoft365: Microsoft365Access,
): DirectoryInfo {
  const [answer, setAnswer] = useState<{ itemId: string; info: DirectoryInfo } | undefined>(undefined);
  const newest = useRef(0);
  const wanted = settings.useDirectory === true && microsoft365.availability.available ? request : undefined;
  const wantManager = !settings.managerCasework;
  const key = wanted ? JSON.stringify([wanted.itemId, wanted.addresses, wantManager]) : "";
  const { services } = microsoft365;

  useEffect(() => {
    newest.current += 1;
    if (!wanted) return;
    const lookup = newest.current;
    const { itemId, addresses } = wanted;
    void services()
      .then((m365) => lookUp(m365, addresses, wantManager))
      .catch((error: unknown) => ({
        ...NO_DIRECTORY_INFO,
        problem: `The Microsoft 365 part of QA Meeting Check could not load (${describeError(error)}).`,
      }))
      .then((info) => {
        if (lookup === newest.current) setAnswer({ itemId, info });
      });
    // `wanted` changes identity with every render; the key says when the look-up must run again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, services]);

  useEffect(
    () => () => {
      // Whatever is still in flight belongs to a pane that is gone.
      newest.current += 1;
    },
    [],
  );

  // While a new look-up for the same item runs (the user just set their manager), the last answer stays.
  return wanted && answer?.itemId === wanted.itemId ? answer.info : NO_DIRECTORY_INFO;
}
