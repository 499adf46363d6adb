import type { Policy } from "./policy";

/**
 * A policy in two parts: what the check reads, and the texts only the pane's later sections and
 * replies show (the directive, with its standing, and the reply templates). The pane starts with the
 * first part and loads the texts with those sections; the build splits its built-in policies so
 * (scripts/built-in-policy-loader.cjs).
 */
export type CheckPolicy = Omit<Policy, keyof PolicyTexts>;
export type PolicyTexts = Pick<Policy, "directive" | "templates">;

/** A policy as written (maybe with `extends`), without its texts. */
export function checkPartOf(written: Record<string, unknown>): Record<string, unknown> {
  const { directive: _directive, templates: _templates, ...check } = written;
  return check;
}

/** A policy as written, only its texts, with its id and `extends` so they resolve as the policy does. */
export function textsPartOf(written: Record<string, unknown>): Record<string, unknown> {
  const { id, extends: parent, directive, templates } = written;
  return Object.fromEntries(
    Object.entries({ id, extends: parent, directive, templates }).filter(([, value]) => value !== undefined),
  );
}

/** The whole policy again. */
export function withTexts(policy: CheckPolicy, texts: PolicyTexts): Policy {
  return { ...policy, directive: texts.directive, templates: texts.templates };
}
