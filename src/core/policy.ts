import { z } from "zod";
import inForce from "../policies/psa-2022-09-in-force.json";
import withdrawn from "../policies/psa-2022-09-withdrawn.json";
import {
  BANNER_MAX_CHARACTERS,
  MANAGER_CASEWORK,
  PolicyError,
  resolveExtends,
  VERDICTS,
} from "./policy-common";
import { describeIssues } from "./snapshot";

// The pane's Content Security Policy forbids eval (taskpane.html). Unless told not to, zod tries
// `new Function` when its first schema is made, and the browser reports the attempt. Here, beside the
// schemas, so no entry point can forget it (zod/mini is set the same way in zod-mini.ts).
z.config({ jitless: true });

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

const signalSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  /** signal: counts toward a QA review; mask: hides a look-alike phrase ("QAF", "case plan review"). */
  kind: z.enum(["signal", "mask"]),
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
  /** People with this title often act in a higher role, so a directory giving it contradicts nothing. */
  actsUp: z.boolean().optional(),
});

const weighted = z.object({ weight: z.number().int(), meaning: z.string().min(1) });

const patterns = z.array(regexSource);

/**
 * What a meeting can be for other than a review of the caseworker's work. other-business: the
 * meeting is about something else (training, an outage, a union meeting), which outweighs a
 * tool's name. casework: a family, a team or new work, which outweighs only weak words.
 */
const purposeSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  kind: z.enum(["other-business", "casework"]),
  weight: z.number().int().max(0),
  meaning: z.string().min(1),
  patterns: patterns.min(1),
});

/** How sentences are read: clauses, negation, and whose work is looked at. */
const readingSchema = z.object({
  sentenceEnd: regexSource,
  clauseBreak: regexSource,
  negation: patterns.min(1),
  /** "but", "just": what follows undoes a disclaimer before it. */
  contrast: patterns.min(1),
  /** An agenda's list item: a purpose named there is one item, not what the meeting is for. */
  agendaLine: regexSource,
  /** Words that make a subject name a review, not just a tool: "QAMT review", "file audit". */
  reviewWords: patterns.min(1),
  /** A subject that is a review and nothing else ("Review"): with a bare body, too little to go on. */
  bareReviewSubject: regexSource,
  ownWork: z.object({
    meaning: z.object({ strong: z.string().min(1), weak: z.string().min(1) }),
    /** "your", "each caseworker's": whose work. */
    anchors: patterns.min(1),
    /** "their": the caseworker's own only beside a group ("each worker ... their files"). */
    collectiveAnchors: patterns,
    groups: patterns,
    /** "my": the owner's own only when the owner wrote the invite. */
    authorAnchors: patterns,
    /** What someone's work is: files, case plans, numbers, QAMT items. */
    objects: patterns.min(1),
    /** Whole phrases that name someone's own work: "against your name". */
    phrases: patterns,
    /** Measures that make a look at someone's work a QA look: overdue, timeframes, results. */
    measures: patterns.min(1),
    reviewVerbs: patterns.min(1),
    /** Words allowed between an anchor and its object: "your [three oldest open] files". */
    maxWordsBetween: z.number().int().min(0).max(8),
    /** Words that end the run between them: "your logbook [to] the audit" is not your audit. */
    notBetween: patterns,
    /** Work named before whose it is: "four files held by you", "the matters allocated to Jess Kirby". */
    postNominal: z.object({ objects: patterns.min(1), linkers: patterns.min(1) }),
  }),
  disclaimers: z.object({
    meaning: z.string().min(1),
    /** In a negated clause, what is said not to be looked at: "shown", "reviewed", "about". */
    exposure: patterns.min(1),
    /** Whose work it would be: "anyone's", "individual", "your". */
    holders: patterns.min(1),
    /** Holders that say it alone, with no verb: "no individual results", "nobody's files". */
    plainHolders: patterns,
    /** Work that needs no holder: "the casework". */
    bareObjects: patterns,
    /** Data that is nobody's: "dummy data", "the training environment", "CSC-level". */
    notOwnData: patterns.min(1),
    /** An exception that turns a denial into "only yours": "anyone's files but your own". */
    exceptions: patterns,
  }),
  /** At most this many words in the body after boilerplate is too little to tell from. */
  tooLittleWords: z.number().int().min(0),
  /** A body that puts off saying what the meeting is for says as little as an empty one: "details to follow". */
  detailsToFollow: patterns,
});

/** A phrase pattern, valid once its {who} and {aux} are filled in as the compiler fills them. */
const phrasePattern = z.string().superRefine((source, context) => {
  try {
    new RegExp(source.replaceAll("{who}", "(x)").replaceAll("{aux}", "(?:y)*"), "u");
  } catch (error) {
    context.addIssue({
      code: "custom",
      message: `is not a valid phrase pattern (${(error as Error).message})`,
    });
  }
});

const attendancePhraseSchema = z.object({
  /** A pattern over the sentence with people replaced: {who} is one or more of them, {aux} helper words. */
  pattern: phrasePattern,
  /** What the phrase says of {who}; a negation in the match turns it round. */
  attends: z.boolean(),
  /** The phrase may leave out who: "… but won't be there" speaks of the sentence's subject. */
  elliptical: z.boolean().optional(),
  /** {who} comes on the owner's side, as the support person they chose: not one of the panel. */
  supportsOwner: z.boolean().optional(),
});

const attendanceSchema = z.object({
  phraseBreak: regexSource,
  /** Texting shorthand read as the words it stands for, when reading who attends: {"b": "be"}. */
  shorthand: z.record(z.string().regex(/^[\p{L}\p{N}']+$/u), z.string().min(1)),
  auxiliaries: regexSource,
  negation: regexSource,
  /** "rather than have them present": what follows did not happen. */
  counterfactual: regexSource,
  phrases: z.array(attendancePhraseSchema).min(1),
  /** The sender booked it for someone else: "on behalf of", "has asked me to set up". */
  booking: patterns,
  /** A shared mailbox booked it: "this time has been set aside", "has been scheduled". */
  mailboxBooking: patterns,
  /** Who attends is not known yet. */
  unconfirmed: patterns,
  /** The sender says they are acting as, or are now, the owner's Manager Casework. */
  actingManager: patterns,
  /** The owner named by their role, as a formal invite does: "between the caseworker and their Manager Casework". */
  ownerByRole: patterns,
  /** Each invitee has a time of their own, so a distribution list's members do not sit in together. */
  oneAtATime: patterns,
  /** The sender calls themselves the owner's Manager Casework with no reason: settings, if any, disagree. */
  claimedManager: patterns,
  /** A Manager Casework who says they have taken the owner over, or act in the role: enough to take the place of settings. */
  handoverManager: patterns,
  /** Capitalised words that are not names: "Just", "Teams", "Monday". */
  notPeople: z.array(z.string()),
  forwarded: z.object({
    start: regexSource,
    attendeeLine: regexSource,
    /** The forwarder's note asks the reader to come: "see you there", "you weren't on the original list". */
    invitesReader: patterns,
  }),
});

/** Addresses that are not people: rooms, equipment, booking calendars, team mailboxes. */
const nonPeopleSchema = z.object({
  resourceNames: patterns,
  resourceEmails: patterns,
  bookingMailboxNames: patterns,
  sharedMailboxNames: patterns,
  groupNames: patterns,
});

/** Outlook refuses a notification message longer than this (NotificationMessageDetails.message). */
const bannerLine = z.string().min(1).max(BANNER_MAX_CHARACTERS);

/**
 * The one line Outlook shows on the invite itself after a check, per verdict. None for
 * not-qa-review: the banner is then removed.
 */
const bannerSchema = z
  .object({ "directive-applies": bannerLine, "one-to-one": bannerLine, unclear: bannerLine })
  .strict();

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
    banner: bannerSchema,
    detection: z.object({
      qaThreshold: z.number().int().positive(),
      recurrence: z.partialRecord(z.enum(["daily", "weekly", "monthly", "yearly"]), weighted),
      roleWeights: z.record(z.string(), weighted),

      signals: z.array(signalSchema).min(1),
      purposes: z.array(purposeSchema),
    }),
    reading: readingSchema,
    roles: z.array(roleSchema).min(1),
    attendance: attendanceSchema,
    nonPeople: nonPeopleSchema,
    boilerplate: z.object({
      /** Each block, and text one of which it cannot match without ("@" for an address): a quick test. */
      body: z.array(
        z.object({
          name: z.string(),
          pattern: regexSource,
          requires: z.array(z.string().min(1)).optional(),
          /** Also blanked in the subject: Google puts the invitee's address there. */
          inSubject: z.boolean().optional(),
        }),
      ),
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

export type Policy = z.output<typeof policySchema>;
export type { Verdict } from "./policy-common";
export type Signal = Policy["detection"]["signals"][number];
export type Purpose = Policy["detection"]["purposes"][number];
export type RoleDefinition = Policy["roles"][number];
export type ReplyTemplate = Policy["templates"][number];

/**
 * The built-in policies as written, for a policy that extends one. (The pane and the command line
 * take the built-ins themselves from built-in-policies.ts, validated when built.)
 */
const BUILT_IN: Readonly<Record<string, unknown>> = {
  [inForce.id]: inForce,
  [withdrawn.id]: withdrawn,
};

/** Validates a policy (already parsed from JSON). Throws PolicyError naming the field. */
export function loadPolicy(raw: unknown): Policy {
  const result = policySchema.safeParse(resolveExtends(raw, BUILT_IN));
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
