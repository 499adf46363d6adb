import { useCallback, useEffect, useRef, useState } from "react";
import { resolveClientId } from "../../graph/client-id";
import type { Host, GraphTarget, ItemState, StoredSettings } from "../../host";
import type { Microsoft365 } from "../microsoft365";
import { useServices } from "../services";

/** Why Microsoft 365 actions cannot work here (the same words as src/graph/auth.ts). */
export const UNAVAILABLE = {
  noNaa:
    "This version of Outlook cannot sign in to Microsoft 365 from add-ins, so Microsoft 365 actions are not available. The check itself still works.",
  noClientId:
    "Microsoft 365 actions are not set up for this add-in (no app registration). Ask whoever installed it to add one.",
  noItem: "Outlook cannot give Microsoft 365 this item, so it cannot be declined from here.",
} as const;

export type Availability = { available: true } | { available: false; reason: string };

export interface Microsoft365State {
  /** What Outlook said about the open item; undefined until it answers (and for non-invites). */
  target: GraphTarget | undefined;
  /** Whether sign-in can work at all here (client id and nested app authentication). */
  availability: Availability;
  /** Loads src/graph on first use; the same services afterwards. Rejects only if the chunk fails to load. */
  services(): Promise<Microsoft365>;
}

/** Asks the host about the open invite once per item. */
function useGraphTarget(host: Host, item: ItemState | undefined): GraphTarget | undefined {
  const [answer, setAnswer] = useState<{ itemId: string; target: GraphTarget } | undefined>(undefined);
  const itemId = item?.kind === "invite" ? item.itemId : undefined;
  useEffect(() => {
    if (itemId === undefined) return;
    let current = true;
    host.graphTarget().then(
      (target) => {
        if (current) setAnswer({ itemId, target });
      },
      // The host never rejects; if one did, Microsoft 365 simply stays unavailable for this item.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [host, itemId]);
  return answer && answer.itemId === itemId ? answer.target : undefined;
}

export function useMicrosoft365(
  host: Host,
  item: ItemState | undefined,
  settings: StoredSettings,
): Microsoft365State {
  const { loadMicrosoft365, defaultClientId } = useServices();
  const target = useGraphTarget(host, item);
  const clientId = resolveClientId(settings.graphClientId, defaultClientId);
  const naaSupported = target?.naaSupported ?? false;
  const loaded = useRef<{ key: string; services: Promise<Microsoft365> } | undefined>(undefined);

  const availability: Availability = !clientId
    ? { available: false, reason: UNAVAILABLE.noClientId }
    : !naaSupported
      ? { available: false, reason: UNAVAILABLE.noNaa }
      : { available: true };

  const services = useCallback(() => {
    const key = `${clientId ?? ""}|${String(naaSupported)}`;
    if (loaded.current?.key !== key) {
      const services = loadMicrosoft365({ clientId: clientId ?? "", naaSupported });
      // A chunk that failed to load may load next time.
      services.catch(() => {
        if (loaded.current?.services === services) loaded.current = undefined;
      });
      loaded.current = { key, services };
    }
    return loaded.current.services;
  }, [clientId, naaSupported, loadMicrosoft365]);

  return { target, availability, services };
}
