export { analyze, MAX_BODY_CHARACTERS, type Analysis } from "./analyze";
export { bannerText } from "./banner";
export {
  builtInPolicy,
  BANNER_MAX_CHARACTERS,
  BUILT_IN_POLICY_IDS,
  DEFAULT_POLICY_ID,
  loadPolicy,
  loadPolicyText,
  MANAGER_CASEWORK,
  PolicyError,
  VERDICTS,
  type Policy,
  type ReplyTemplate,
  type Verdict,
} from "./policy";
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
export { escapeHtml } from "./text";
export { isRecord } from "./is-record";
export { VERDICT_TITLES } from "./verdict-titles";
