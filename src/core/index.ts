export { analyze, MAX_BODY_CHARACTERS, type Analysis } from "./analyze";
export {
  builtInPolicy,
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
  textToHtml,
  type Reply,
  type ReplyOptions,
} from "./reply";
export {
  describeIssues,
  directorySchema,
  parseSnapshot,
  SnapshotError,
  type EmailAddress,
  type InviteItem,
  type InviteSnapshot,
  type InviteSnapshotInput,
  type Settings,
} from "./snapshot";
export { escapeHtml } from "./text";
