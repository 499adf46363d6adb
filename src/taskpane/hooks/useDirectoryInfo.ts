import { useEffect, useState } from "react";
import type { Directory } from "../../core";
import type { ItemState, StoredSettings } from "../../host";
import type { Microsoft365State } from "./useMicrosoft365";

export interface ManagerSuggestion {
  email: string;
  name: string;
}

export interface DirectoryInfo {
  /** Roles from the directory, once they arrive; undefined until then (or when look-ups are off). */
  directory: Directory | undefined;
  /** The user's directory manager, suggested as Manager Casework when the user has not set one. */
  manager: ManagerSuggestion | undefined;
  /** Why some roles or the manager could not be looked up. */
  problem: string | undefined;
}

const NOTHING: DirectoryInfo = { directory: undefined, manager: undefined, problem: undefined };

type Invite = Extract<ItemState, { kind: "invite" }>;

/** Everyone listed on the invite but the mailbox owner. */
export function addressesOn(item: Invite): string[] {
  const { snapshot } = item;
  const owner = snapshot.mailbox.emailAddress?.toLowerCase();
  const listed = [
    snapshot.item.organizer,
    ...(snapshot.item.requiredAttendees ?? []),
    ...(snapshot.item.optionalAttendees ?? []),
  ];
  const addresses = listed
    .map((entry) => entry?.emailAddress?.trim().toLowerCase() ?? "")
    .filter((address) => address.includes("@") && address !== owner);
  return [...new Set(addresses)];
}

/**
 * With directory look-ups on (an opt-in setting) and Microsoft 365 available, looks up the roles of
 * the people on the invite, and the user's manager when no Manager Casework is set. The verdict never
 * waits for this: the pane shows it at once and refines it when the answers arrive.
 */
export function useDirectoryInfo(
  item: ItemState | undefined,
  settings: StoredSettings,
  microsoft365: Microsoft365State,
): DirectoryInfo {
  const [info, setInfo] = useState<{ itemId: string; info: DirectoryInfo } | undefined>(undefined);
  const invite = item?.kind === "invite" ? item : undefined;
  const wanted = settings.useDirectory === true && microsoft365.availability.available && invite;
  const wantManager = !settings.managerCasework;
  const key = wanted ? `${invite.itemId}|${String(wantManager)}` : "";
  const { services } = microsoft365;

  useEffect(() => {
    if (!wanted) return;
    let current = true;
    const addresses = addressesOn(wanted);
    services()
      .then(async (m365) => {
        const [roles, manager] = await Promise.all([
          m365.rolesFor(addresses),
          wantManager ? m365.findManager() : Promise.resolve(undefined),
        ]);
        const problem =
          roles.error?.message ?? (manager?.outcome === "failed" ? manager.error.message : undefined);
        return {
          directory: roles.directory,
          manager: manager?.outcome === "found" ? { email: manager.email, name: manager.name } : undefined,
          problem,
        };
      })
      .catch((error: unknown) => ({
        directory: undefined,
        manager: undefined,
        problem: `The Microsoft 365 part of QA Meeting Check could not load (${error instanceof Error ? error.message : String(error)}).`,
      }))
      .then((result) => {
        if (current) setInfo({ itemId: wanted.itemId, info: result });
      });
    return () => {
      current = false;
    };
    // `wanted` changes identity with every read; the key says when the look-up must run again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, services]);

  // While a new look-up for the same item runs (the user just set their manager), the last answer stays.
  return wanted && info?.itemId === wanted.itemId ? info.info : NOTHING;
}
