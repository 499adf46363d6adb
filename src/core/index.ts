export { analyze, MAX_BODY_CHARACTERS, type Analysis } from "./analyze";
export { bannerText } from "./banner";
export { builtInPolicy, BUILT_IN_POLICY_IDS } from "./built-in-policies";
export { loadPolicy, loadPolicyText, type Policy, type ReplyTemplate } from "./policy";
export {
  BANNER_MAX_CHARACTERS,
  builtInPolicySet,
  DEFAULT_POLICY_ID,
  MANAGER_CASEWORK,
  PolicyError,
  VERDICTS,
  type BuiltInPolicies,
  type Verdict,
} from "./policy-common";
export { checkPartOf, textsPartOf, withTexts, type CheckPolicy, type PolicyTexts } from "./policy-texts";
export { firstName, ROLE_SOURCES, type Person, type PersonRole, type RoleSource } from "./people";
export type { Evidence, EvidenceSource, QaAssessment } from "./qa-signals";
export {
  chooseTemplate,
  formatIssued,
  formatWhen,
  renderReply,
  renderTemplate,
  TEMPLATE_PLACEHOLDERS,
  textToHtml,
  type Reply,
  type ReplyOptions,
  type TemplatePlaceholder,
} from "./reply";
export {
  describeIssues,
  directorySchema,
  parseSnapshot,
  SnapshotError,
  type Directory,
  type DirectoryEntry,
  type EmailAddress,
  type InviteItem,
  type InviteSnapshot,
  type InviteSnapshotInput,
  type Settings,
} from "./snapshot";
export { plainSnapshot } from "./snapshot-shape";
export { escapeHtml } from "./text";
export { isRecord } from "./is-record";
export { VERDICT_TITLES } from "./verdict-titles";
