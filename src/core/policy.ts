import { z } from "zod";
import inForce from "../policies/psa-2022-09-in-force.json";
import withdrawn from "../policies/psa-2022-09-withdrawn.json";
import { isRecord } from "./is-record";
import { describeIssues } from "./snapshot";

/**
 * The policy: everything worded, as data. Vocabulary, roles, the directive and its standing,
 * advice and reply templates. Regular expressions are matched against folded text
 * (lower case, accents removed), so patterns are written in lower case.
 */

const regexSource = z.string().superRefine((source, context) => {
  try {
    new RegExp(source, "u");
  } catch (error) {
    context.addIssue({
      code: "custom",
      message: `is not a valid regular expression (${(error as Error).message})`,
    });
  }
});

export const VERDICTS = ["directive-applies", "one-to-one", "not-qa-review", "unclear"] as const;
export type Verdict = (typeof VERDICTS)[number];

const signalSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  /** signal: counts toward a QA review; context: counts against; mask: hides a look-alike phrase. */
  kind: z.enum(["signal", "context", "mask"]),
  weight: z.number().int(),
  meaning: z.string().min(1),
  patterns: z.array(regexSource).min(1),
  /** How the headline names a review found by this signal, with its article: "an RMT review". */
  reviewName: z.string().min(1).optional(),
  /** Signal ids that, when found, mean this one does not count ("fleet audit" silences "audit"). */
  suppressedBy: z.array(z.string()).optional(),
});

const roleSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  short: z.string().min(1),
  patterns: z.array(regexSource),
  /** Matched only in names and job titles, where a bare "MCS" is safe to read as a title. */
  abbreviations: z.array(regexSource),
  emailPatterns: z.array(regexSource).optional(),
});

const weighted = z.object({ weight: z.number().int(), meaning: z.string().min(1) });

const templateSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  audience: z.enum(["member", "delegate"]),
  text: z.string().min(1),
});

export const policySchema = z
  .object({
    schemaVersion: z.literal(1),
    id: z.string().min(1),
    version: z.string().min(1),
    name: z.string().min(1),
    directive: z.object({
      title: z.string().min(1),
      text: z.string().min(1),
      background: z.array(z.string()),
      issuer: z.string().min(1),
      issued: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, "must be YYYY-MM or YYYY-MM-DD"),
      sourceUrl: z.url(),
      status: z.enum(["in-force", "withdrawn"]),
      statusNote: z.string().min(1),
      statusSourceUrl: z.url().optional(),
    }),
    advice: z.record(z.enum(VERDICTS), z.string().min(1)),
    detection: z.object({
      qaThreshold: z.number().int().positive(),
      recurrence: z.partialRecord(z.enum(["daily", "weekly", "monthly", "yearly"]), weighted),
      roleWeights: z.record(z.string(), weighted),
      signals: z.array(signalSchema).min(1),
    }),
    roles: z.array(roleSchema).min(1),
    attendance: z.object({
      attend: z.array(regexSource).min(1),
      absent: z.array(regexSource),
      notPeople: z.array(z.string()),
    }),
    boilerplate: z.object({
      body: z.array(z.object({ name: z.string(), pattern: regexSource })),
      subjectPrefix: regexSource,
      /** A sign-off and what follows it: read for people's roles, never for QA words. */
      signature: regexSource,
    }),
    templates: z.array(templateSchema).min(1),
  })
  .superRefine((policy, context) => {
    const roleIds = new Set(policy.roles.map((role) => role.id));
    if (!roleIds.has(MANAGER_CASEWORK)) {
      context.addIssue({ code: "custom", path: ["roles"], message: `must define "${MANAGER_CASEWORK}"` });
    }
    for (const roleId of Object.keys(policy.detection.roleWeights)) {
      if (!roleIds.has(roleId)) {
        context.addIssue({
          code: "custom",
          path: ["detection", "roleWeights", roleId],
          message: "is not a role defined in roles",
        });
      }
    }
  });

export const MANAGER_CASEWORK = "manager-casework";

export type Policy = z.output<typeof policySchema>;
export type Signal = Policy["detection"]["signals"][number];
export type RoleDefinition = Policy["roles"][number];
export type ReplyTemplate = Policy["templates"][number];

export class PolicyError extends Error {
  override readonly name = "PolicyError";
}

const BUILT_IN: Readonly<Record<string, unknown>> = {
  [inForce.id]: inForce,
  [withdrawn.id]: withdrawn,
};

export const BUILT_IN_POLICY_IDS = Object.keys(BUILT_IN);
export const DEFAULT_POLICY_ID = inForce.id;

/** Objects merge key by key; arrays and values in the override replace the base's. */
function mergeOver(base: unknown, override: unknown): unknown {
  if (!isRecord(base) || !isRecord(override)) return override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = mergeOver(base[key], value);
  return merged;
}

/** Resolves `extends` (a built-in policy id) so a policy can restate only what it changes. */
function resolveExtends(raw: unknown, seen: readonly string[] = []): unknown {
  if (!isRecord(raw) || raw["extends"] === undefined) return raw;
  const parentId = raw["extends"];
  if (typeof parentId !== "string" || !(parentId in BUILT_IN)) {
    throw new PolicyError(
      `extends: ${JSON.stringify(parentId)} is not a built-in policy (choose from ${BUILT_IN_POLICY_IDS.join(", ")})`,
    );
  }
  if (seen.includes(parentId)) throw new PolicyError(`extends: "${parentId}" extends itself`);
  const parent = resolveExtends(BUILT_IN[parentId], [...seen, parentId]);
  const { extends: _ignored, ...own } = raw;
  return mergeOver(parent, own);
}

/** Validates a policy (already parsed from JSON). Throws PolicyError naming the field. */
export function loadPolicy(raw: unknown): Policy {
  const result = policySchema.safeParse(resolveExtends(raw));
  if (!result.success) throw new PolicyError(`not a valid policy: ${describeIssues(result.error)}`);
  return result.data;
}

/** Parses and validates policy JSON text, as a user or organisation would supply it. */
export function loadPolicyText(json: string): Policy {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new PolicyError(`not valid JSON (${(error as Error).message})`);
  }
  return loadPolicy(raw);
}

const cache = new Map<string, Policy>();

export function builtInPolicy(id: string = DEFAULT_POLICY_ID): Policy {
  const cached = cache.get(id);
  if (cached) return cached;
  const raw = BUILT_IN[id];
  if (raw === undefined) {
    throw new PolicyError(`"${id}" is not a built-in policy (choose from ${BUILT_IN_POLICY_IDS.join(", ")})`);
  }
  const policy = loadPolicy(raw);
  cache.set(id, policy);
  return policy;
}
