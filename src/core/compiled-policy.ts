import type { Policy, RoleDefinition, Signal } from "./policy";

/** A policy's patterns compiled once: one global regex per entry, alternatives joined. */
export interface CompiledPolicy {
  readonly policy: Policy;
  readonly signals: readonly { signal: Signal; pattern: RegExp }[];
  readonly roles: readonly CompiledRole[];
  readonly attend: RegExp;
  readonly absent: RegExp;
  readonly notPeople: ReadonlySet<string>;
  readonly bodyBoilerplate: readonly RegExp[];
  readonly subjectPrefix: RegExp;
  readonly signature: RegExp;
}

export interface CompiledRole {
  readonly role: RoleDefinition;
  /** Full titles: safe to look for anywhere, including the body. */
  readonly title: RegExp;
  /** The same titles, global, for finding every mention in a phrase. */
  readonly titles: RegExp;
  /** Titles and abbreviations: for display names and job titles only. */
  readonly titleOrAbbreviation: RegExp;
  readonly email: RegExp | undefined;
}

const NEVER = "(?!)";

function anyOf(sources: readonly string[], flags = "gu"): RegExp {
  const alternatives = sources.map((source) => `(?:${source})`).join("|");
  return new RegExp(alternatives.length > 0 ? alternatives : NEVER, flags);
}

const compiledCache = new WeakMap<Policy, CompiledPolicy>();

export function compilePolicy(policy: Policy): CompiledPolicy {
  const cached = compiledCache.get(policy);
  if (cached) return cached;
  const compiled: CompiledPolicy = {
    policy,
    signals: policy.detection.signals.map((signal) => ({ signal, pattern: anyOf(signal.patterns) })),
    roles: policy.roles.map((role) => ({
      role,
      title: anyOf(role.patterns, "u"),
      titles: anyOf(role.patterns),
      titleOrAbbreviation: anyOf([...role.patterns, ...role.abbreviations], "u"),
      email: role.emailPatterns ? anyOf(role.emailPatterns, "u") : undefined,
    })),
    attend: anyOf(policy.attendance.attend),
    absent: anyOf(policy.attendance.absent, "u"),
    notPeople: new Set(policy.attendance.notPeople.map((word) => word.toLowerCase())),
    bodyBoilerplate: policy.boilerplate.body.map(({ pattern }) => new RegExp(pattern, "gu")),
    subjectPrefix: new RegExp(policy.boilerplate.subjectPrefix, "u"),
    signature: new RegExp(policy.boilerplate.signature, "gu"),
  };
  compiledCache.set(policy, compiled);
  return compiled;
}
