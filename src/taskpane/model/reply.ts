import { renderReply, type Analysis, type CheckPolicy, type InviteSnapshot } from "../../core";
import { describeError } from "../../host";
import type { InviteContext } from "./checkInvite";
import type { OnBehalf } from "./onBehalf";
import { withPolicyTexts } from "./policyTexts";

/** The template id for the user's own wording from settings. */
export const CUSTOM_TEMPLATE_ID = "custom";

/** The verdicts for which the pane drafts a reply without being asked. */
const OFFERED_FOR = new Set(["directive-applies", "unclear"]);

export function replyOffered(analysis: Analysis): boolean {
  return OFFERED_FOR.has(analysis.verdict);
}

export interface TemplateChoice {
  id: string;
  label: string;
}

/** The policy's templates, then the user's own wording when they have written one. */
export function templateChoices(policy: CheckPolicy, customTemplate: string | undefined): TemplateChoice[] {
  return [
    ...withPolicyTexts(policy).templates.map((template) => ({ id: template.id, label: template.label })),
    ...(customTemplate ? [{ id: CUSTOM_TEMPLATE_ID, label: "My own wording (from Settings)" }] : []),
  ];
}

export interface ReplyInput extends InviteContext {
  customTemplate: string | undefined;
  onBehalf: OnBehalf | undefined;
}

/**
 * For someone else's mailbox: a member's reply is in the owner's voice, signed by the owner and
 * marked as sent by the delegate; a PSA delegate's template already speaks for the member.
 */
function forOwner(input: ReplyInput, templateId: string): { snapshot: InviteSnapshot; footer: string } {
  const { snapshot, policy, onBehalf } = input;
  if (!onBehalf) return { snapshot, footer: "" };
  const audience = withPolicyTexts(policy).templates.find((template) => template.id === templateId)?.audience;
  if (audience === "delegate") {
    // The PSA delegate signs with their own name, never the member's.
    const userName = snapshot.settings.userName || onBehalf.delegateName;
    return { snapshot: { ...snapshot, settings: { ...snapshot.settings, userName } }, footer: "" };
  }
  return {
    snapshot: { ...snapshot, settings: { ...snapshot.settings, userName: undefined } },
    footer: `\n\nSent by ${onBehalf.delegateName} on behalf of ${onBehalf.ownerName}.`,
  };
}

/** The reply in this template; the user's own wording, when broken, falls back to the first template. */
export function replyText(
  input: ReplyInput,
  templateId: string,
): { text: string; problem: string | undefined } {
  const { analysis, customTemplate } = input;
  const policy = withPolicyTexts(input.policy);
  const { snapshot, footer } = forOwner(input, templateId);
  if (templateId !== CUSTOM_TEMPLATE_ID || !customTemplate) {
    return {
      text: renderReply(snapshot, analysis, policy, { templateId }).text + footer,
      problem: undefined,
    };
  }
  try {
    return {
      text: renderReply(snapshot, analysis, policy, { customText: customTemplate }).text + footer,
      problem: undefined,
    };
  } catch (error) {
    const fallback = policy.templates[0];
    return {
      text: renderReply(snapshot, analysis, policy, { templateId: fallback?.id }).text,
      problem: `Your own wording has a mistake (${describeError(error)}), so this shows "${fallback?.label ?? "the first template"}" instead. Fix it in Settings.`,
    };
  }
}
