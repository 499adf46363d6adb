import type { Policy, Verdict } from "./policy";

/**
 * The line to show on the invite in Outlook for this verdict, in the policy's words; undefined
 * for a meeting that is not a QA review, whose banner is removed instead.
 */
export function bannerText(policy: Policy, verdict: Verdict): string | undefined {
  return verdict === "not-qa-review" ? undefined : policy.banner[verdict];
}
