import { isRecord } from "./is-record";

/**
 * What the policy loader (policy.ts, which validates with zod) and the built-in policies
 * (built-in-policies.ts, which ship validated and need no zod) share.
 */

export const VERDICTS = ["directive-applies", "one-to-one", "not-qa-review", "unclear"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const MANAGER_CASEWORK = "manager-casework";

/** Outlook's limit for a notification message on an item (NotificationMessageDetails.message). */
export const BANNER_MAX_CHARACTERS = 150;

export class PolicyError extends Error {
  override readonly name = "PolicyError";
}

/** Objects merge key by key; arrays and values in the override replace the base's. */
function mergeOver(base: unknown, override: unknown): unknown {
  if (!isRecord(base) || !isRecord(override)) return override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = mergeOver(base[key], value);
  return merged;
}

/**
 * Resolves `extends` (the id of one of `builtIns`, policies as written) so a policy can restate
 * only what it changes.
 */
export function resolveExtends(
  raw: unknown,
  builtIns: Readonly<Record<string, unknown>>,
  seen: readonly string[] = [],
): unknown {
  if (!isRecord(raw) || raw["extends"] === undefined) return raw;
  const parentId = raw["extends"];
  if (typeof parentId !== "string" || !(parentId in builtIns)) {
    throw new PolicyError(
      `extends: ${JSON.stringify(parentId)} is not a built-in policy (choose from ${Object.keys(builtIns).join(", ")})`,
    );
  }
  if (seen.includes(parentId)) throw new PolicyError(`extends: "${parentId}" extends itself`);
  const parent = resolveExtends(builtIns[parentId], builtIns, [...seen, parentId]);
  const { extends: _ignored, ...own } = raw;
  return mergeOver(parent, own);
}

/** The built-in policy used unless the settings choose another. */
export const DEFAULT_POLICY_ID = "psa-2022-09-in-force";

/** Policies that ship with the add-in, by id. */
export interface BuiltInPolicies<P> {
  readonly ids: readonly string[];
  /** The policy, `extends` resolved once and kept. Throws PolicyError for an id it does not have. */
  get(id?: string): P;
}

/**
 * Built-in policies as written, validated when they were built (scripts/built-in-policy-loader.cjs)
 * and so taken as `P` without a schema.
 */
export function builtInPolicySet<P>(written: readonly { id: string }[]): BuiltInPolicies<P> {
  const byId: Readonly<Record<string, unknown>> = Object.fromEntries(
    written.map((policy) => [policy.id, policy]),
  );
  const ids = Object.keys(byId);
  if (!ids.includes(DEFAULT_POLICY_ID))
    throw new PolicyError(`the default policy "${DEFAULT_POLICY_ID}" is missing`);
  const resolved = new Map<string, P>();
  return {
    ids,
    get(id = DEFAULT_POLICY_ID) {
      const cached = resolved.get(id);
      if (cached) return cached;
      if (!(id in byId)) {
        throw new PolicyError(`"${id}" is not a built-in policy (choose from ${ids.join(", ")})`);
      }
      const policy = resolveExtends(byId[id], byId) as P;
      resolved.set(id, policy);
      return policy;
    },
  };
}
