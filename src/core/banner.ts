import type { Verdict } from "./policy";
import type { CheckPolicy } from "./policy-texts";

/**
 * The line to show on the invite in Outlook for this verdict, in the policy's words; undefined
 * for a meeting that is not a QA review, whose banner is removed instead.
 */
export function bannerText(policy: CheckPolicy, verdict: Verdict): string | undefined {
  return verdict === "not-qa-review" ? undefined : policy.banner[verdict];
}
