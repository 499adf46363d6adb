import { useEffect, useState } from "react";
import type { BannerResult, Host } from "../../host";

/** The verdict's line for one item: the policy's words, or undefined to take the line away. */
export interface BannerRequest {
  itemId: string;
  text: string | undefined;
}

/**
 * Keeps the line on the invite in Outlook in step with the verdict: after each check, and again
 * when a refined check changes it. Returns what Outlook made of it for the item shown, if it has
 * answered, so the pane can say when Outlook cannot show it.
 */
export function useVerdictBanner(host: Host, request: BannerRequest | undefined): BannerResult | undefined {
  const [answer, setAnswer] = useState<{ itemId: string; result: BannerResult } | undefined>(undefined);
  const itemId = request?.itemId;
  const text = request?.text;
  useEffect(() => {
    if (itemId === undefined) return;
    let current = true;
    host.showBanner(itemId, text).then(
      (result) => {
        if (current) setAnswer({ itemId, result });
      },
      // The host never rejects; if one did, the banner is simply not reported.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [host, itemId, text]);
  return answer && answer.itemId === itemId ? answer.result : undefined;
}
