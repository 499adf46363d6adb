import { useCallback, useEffect, useRef, useState } from "react";
import { availabilityOf } from "../../graph/availability";
import { resolveClientId } from "../../graph/client-id";
import type { GraphTarget, Host, ItemState, StoredSettings } from "../../host";
import type { Microsoft365, Microsoft365Access } from "../microsoft365";
import { useServices } from "../services";

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

/**
 * Microsoft 365 for the open item: what Outlook says about it, whether sign-in can work here, and
 * the services, loaded on first use and the same afterwards.
 */
export function useMicrosoft365(
  host: Host,
  item: ItemState | undefined,
  settings: StoredSettings,
): Microsoft365Access {
  const { loadMicrosoft365, defaultClientId } = useServices();
  const target = useGraphTarget(host, item);
  const clientId = resolveClientId(settings.graphClientId, defaultClientId);
  const naaSupported = target?.naaSupported ?? false;
  const loaded = useRef<{ key: string; services: Promise<Microsoft365> } | undefined>(undefined);

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

  return { target, availability: availabilityOf(clientId, naaSupported), services };
}
