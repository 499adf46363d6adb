// The settings form as plain fields, and how it turns into settings and a preview.
import {
  DEFAULT_POLICY_ID,
  renderReply,
  renderTemplate,
  TEMPLATE_PLACEHOLDERS,
  type Person,
  type TemplatePlaceholder,
} from "../../core";
import { describeError, type StoredSettings, type ThemeChoice } from "../../host";
import { builtInPolicies } from "./builtInPolicies";
import type { InviteContext } from "./checkInvite";
import { withPolicyTexts } from "./policyTexts";

export interface Draft {
  managerChoice: string;
  managerOther: string;
  userName: string;
  customTemplate: string;
  policyId: string;
  theme: ThemeChoice;
  useDirectory: boolean;
  graphClientId: string;
}

export const SOMEONE_ELSE = "__other__";
export const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** Every placeholder the user's own wording may use, as the settings hint lists them. */
export const PLACEHOLDER_HINT = TEMPLATE_PLACEHOLDERS.map((name) => `{{${name}}}`).join(", ");

/** Values for the preview when no invite is open (the user's name comes from the form). */
const SAMPLE_VALUES: Omit<Record<TemplatePlaceholder, string>, "userName"> = {
  organizerFirstName: "Helen",
  subject: "QAMT Review",
  when: "Thursday 10 December 2026, 2:00 pm",
  managerName: "my Manager Casework",
  memberManagerName: "their Manager Casework",
  memberName: "the member",
  memberFirstName: "the member",
  directiveText: "",
  directiveIssuer: "",
  directiveDate: "",
};

export function candidates(context: InviteContext | undefined): Person[] {
  return (context?.analysis.people ?? []).filter((person) => person.email && !person.isDistributionList);
}

export function draftFrom(settings: StoredSettings, people: readonly Person[]): Draft {
  const manager = settings.managerCasework?.trim() ?? "";
  const listed = people.some((person) => person.email === manager.toLowerCase());
  return {
    managerChoice: manager === "" ? "" : listed ? manager.toLowerCase() : SOMEONE_ELSE,
    managerOther: listed ? "" : manager,
    userName: settings.userName ?? "",
    customTemplate: settings.customTemplate ?? "",
    policyId: builtInPolicies.ids.includes(settings.policyId) ? settings.policyId : DEFAULT_POLICY_ID,
    theme: settings.theme,
    useDirectory: settings.useDirectory === true,
    graphClientId: settings.graphClientId ?? "",
  };
}

export function preview(
  draft: Draft,
  context: InviteContext | undefined,
): { text: string; error: string | undefined } {
  if (draft.customTemplate.trim() === "") return { text: "", error: undefined };
  try {
    if (!context)
      return {
        text: renderTemplate(draft.customTemplate, { ...SAMPLE_VALUES, userName: draft.userName }).trim(),
        error: undefined,
      };
    const { snapshot, analysis } = context;
    const withName = {
      ...snapshot,
      settings: { ...snapshot.settings, userName: draft.userName || undefined },
    };
    return {
      text: renderReply(withName, analysis, withPolicyTexts(context.policy), {
        customText: draft.customTemplate,
      }).text,
      error: undefined,
    };
  } catch (error) {
    return { text: "", error: `The wording has a mistake: ${describeError(error)}` };
  }
}

/** Turns the form into settings, leaving out what is empty. */
export function settingsFrom(draft: Draft, current: StoredSettings): StoredSettings {
  const manager = (draft.managerChoice === SOMEONE_ELSE ? draft.managerOther : draft.managerChoice).trim();
  const {
    managerCasework: _m,
    userName: _u,
    customTemplate: _c,
    useDirectory: _d,
    graphClientId: _g,
    ...rest
  } = current;
  return {
    ...rest,
    ...(manager ? { managerCasework: manager } : {}),
    ...(draft.userName.trim() ? { userName: draft.userName.trim() } : {}),
    ...(draft.customTemplate.trim() ? { customTemplate: draft.customTemplate } : {}),
    policyId: draft.policyId,
    theme: draft.theme,
    ...(draft.useDirectory ? { useDirectory: true } : {}),
    ...(draft.graphClientId.trim() ? { graphClientId: draft.graphClientId.trim() } : {}),
  };
}
