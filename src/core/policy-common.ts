import { isRecord } from "./is-record";

/**
 * What the policy loader (policy.ts, which validates with zod) and the built-in policies
 * (built-in-policies.ts, which ship validated and need no zod) share.
 */

export const VERDICTS = ["directive-applies", "one-to-one", "not-qa-review", "unclear"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const MANAGER_CASEWORK = "manager-casework";

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
