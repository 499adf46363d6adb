import inForce from "../../policies/psa-2022-09-in-force.json?check";
import withdrawn from "../../policies/psa-2022-09-withdrawn.json?check";
import { builtInPolicySet, type CheckPolicy } from "../../core";

/**
 * The pane's built-in policies without their texts: what the check reads, in the start-up bundle.
 * The sections that show the texts get them from `withPolicyTexts` (policyTexts.ts), in their own
 * chunks.
 */
export const builtInPolicies = builtInPolicySet<CheckPolicy>([inForce, withdrawn]);
