import inForce from "../policies/psa-2022-09-in-force.json";
import withdrawn from "../policies/psa-2022-09-withdrawn.json";
import type { Policy } from "./policy";
import { builtInPolicySet, DEFAULT_POLICY_ID } from "./policy-common";

/**
 * The policies the add-in ships, whole. They are validated when they are built, not when they load:
 * webpack runs each through policy.ts's schema as it bundles it (scripts/built-in-policy-loader.cjs,
 * failing the build), and tests/core checks them too. So they are taken as plain data, and zod is
 * never loaded for them. The pane starts with them split in two (src/taskpane/model/builtInPolicies.ts).
 */
const BUILT_IN = builtInPolicySet<Policy>([inForce, withdrawn]);

export const BUILT_IN_POLICY_IDS = BUILT_IN.ids;

export function builtInPolicy(id: string = DEFAULT_POLICY_ID): Policy {
  return BUILT_IN.get(id);
}
