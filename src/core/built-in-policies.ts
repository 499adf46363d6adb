import inForce from "../policies/psa-2022-09-in-force.json";
import withdrawn from "../policies/psa-2022-09-withdrawn.json";
import type { Policy } from "./policy";
import { PolicyError, resolveExtends } from "./policy-common";

/**
 * The policies the add-in ships. They are validated when they are built, not when they load:
 * webpack runs each through policy.ts's schema as it bundles it (scripts/built-in-policy-loader.cjs,
 * failing the build), and tests/core checks them too. So the pane takes them as plain data, and
 * zod is never loaded for them.
 */
const BUILT_IN: Readonly<Record<string, unknown>> = {
  [inForce.id]: inForce,
  [withdrawn.id]: withdrawn,
};

export const BUILT_IN_POLICY_IDS = Object.keys(BUILT_IN);
export const DEFAULT_POLICY_ID = inForce.id;

const cache = new Map<string, Policy>();

export function builtInPolicy(id: string = DEFAULT_POLICY_ID): Policy {
  const cached = cache.get(id);
  if (cached) return cached;
  const raw = BUILT_IN[id];
  if (raw === undefined) {
    throw new PolicyError(`"${id}" is not a built-in policy (choose from ${BUILT_IN_POLICY_IDS.join(", ")})`);
  }
  const policy = resolveExtends(raw, BUILT_IN) as Policy;
  cache.set(id, policy);
  return policy;
}
