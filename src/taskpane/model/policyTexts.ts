import inForce from "../../policies/psa-2022-09-in-force.json?texts";
import withdrawn from "../../policies/psa-2022-09-withdrawn.json?texts";
import { builtInPolicySet, withTexts, type CheckPolicy, type Policy, type PolicyTexts } from "../../core";

// Imported only by the sections that show the directive or a reply template, so these texts
// load with their chunks (ARCHITECTURE.md, "Start-up").
const texts = builtInPolicySet<PolicyTexts>([inForce, withdrawn]);
const whole = new WeakMap<CheckPolicy, Policy>();

/** The built-in policy with its texts; the same object each time for the same policy. */
export function withPolicyTexts(policy: CheckPolicy): Policy {
  let found = whole.get(policy);
  if (!found) {
    found = withTexts(policy, texts.get(policy.id));
    whole.set(policy, found);
  }
  return found;
}
