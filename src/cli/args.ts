import { parseArgs } from "node:util";

export class UsageError extends Error {
  override readonly name = "UsageError";
}

export type OutputFormat = "text" | "json" | "csv";

export interface CliOptions {
  inputs: string[];
  me: string | undefined;
  manager: string | undefined;
  directoryFile: string | undefined;
  policy: string | undefined;
  templateId: string | undefined;
  showReply: boolean;
  format: OutputFormat;
  /** The reader's IANA time zone: meeting times are given in it. */
  timeZone: string;
  /** --record FILE: the record CSV each judged invite is appended to. */
  recordFile: string | undefined;
}

export interface SummaryCliOptions {
  /** Record CSV files, or folders of them. */
  inputs: string[];
  /** Where the HTML report goes. */
  out: string;
  /** Only invites on or after this day, YYYY-MM-DD. */
  since: string | undefined;
  until: string | undefined;
  /** Name the members in the report (--members); otherwise they are only counted. */
  members: boolean;
  /** The reader's IANA time zone: the days and months of the report are on its clock. */
  timeZone: string;
}

export const DEFAULT_REPORT = "report.html";

export type Command =
  | { kind: "help"; text: string }
  | { kind: "version" }
  | { kind: "analyze"; options: CliOptions }
  | { kind: "summary"; options: SummaryCliOptions };

const OPTIONS = {
  me: { type: "string" },
  manager: { type: "string" },
  directory: { type: "string" },
  policy: { type: "string" },
  template: { type: "string" },
  tz: { type: "string" },
  reply: { type: "boolean" },
  json: { type: "boolean" },
  csv: { type: "boolean" },
  record: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

const SUMMARY_OPTIONS = {
  out: { type: "string", short: "o" },
  since: { type: "string" },
  until: { type: "string" },
  members: { type: "boolean" },
  tz: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

function parse<T extends typeof OPTIONS | typeof SUMMARY_OPTIONS>(argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's messages end with advice on "--" that does not apply here.
    const message = (error as Error).message.split(". To specify")[0] ?? "bad arguments";
    throw new UsageError(message.replace(/\.$/, ""));
  }
}

function emailOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^[^\s@]+@[^\s@]+$/.test(value.trim()))
    throw new UsageError(`--${name} needs an e-mail address, not "${value}"`);
  return value.trim();
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zone named with --tz, or the system's (TZ, or the machine's own setting). */
function timeZoneOption(value: string | undefined): string {
  if (value === undefined) return new Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!isTimeZone(value.trim()))
    throw new UsageError(`--tz needs a time zone such as Australia/Sydney or UTC, not "${value}"`);
  return value.trim();
}

/** A day given as YYYY-MM-DD that is a real day. */
function dayOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const day = value.trim();
  const real = /^\d{4}-\d\d-\d\d$/.test(day) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);
  if (!real)
    throw new UsageError(`--${name} needs a day written as YYYY-MM-DD, such as 2026-03-01, not "${value}"`);
  return day;
}

function parseSummary(argv: readonly string[]): Command {
  const { values, positionals } = parse(argv, SUMMARY_OPTIONS);
  if (values.help) return { kind: "help", text: SUMMARY_HELP };
  if (positionals.length === 0) throw new UsageError("summary: no record files given");
  const since = dayOption("since", values.since);
  const until = dayOption("until", values.until);
  if (since && until && since > until) throw new UsageError(`--since ${since} is after --until ${until}`);
  return {
    kind: "summary",
    options: {
      inputs: positionals,
      out: values.out ?? DEFAULT_REPORT,
      since,
      until,
      members: values.members ?? false,
      timeZone: timeZoneOption(values.tz),
    },
  };
}

/** Reads the command line. Throws UsageError for anything a user must fix before a run. */
export function parseCommand(argv: readonly string[]): Command {
  if (argv[0] === "summary") return parseSummary(argv.slice(1));
  const { values, positionals } = parse(argv, OPTIONS);
  if (values.help) return { kind: "help", text: HELP };
  if (values.version) return { kind: "version" };
  if (values.json && values.csv) throw new UsageError("choose one of --json and --csv");
  if (positionals.length === 0) throw new UsageError("no invite files or folders given");
  return {
    kind: "analyze",
    options: {
      inputs: positionals,
      me: emailOption("me", values.me),
      manager: emailOption("manager", values.manager),
      directoryFile: values.directory,
      policy: values.policy,
      templateId: values.template,
      showReply: values.reply ?? false,
      format: values.json ? "json" : values.csv ? "csv" : "text",
      timeZone: timeZoneOption(values.tz),
      recordFile: values.record,
    },
  };
}

export const HELP = `Usage: qa-meeting-check [options] <file|folder>...
       qa-meeting-check summary [options] <record.csv|folder>...

Checks meeting invites against the PSA NSW direction on Quality Assurance review meetings.
"summary" merges members' records into one report ('qa-meeting-check summary --help').

Inputs
  Invite files: snapshot JSON (.json), iCalendar (.ics), saved e-mail (.eml) or
  Outlook item (.msg: a meeting request, a calendar item, or an e-mail carrying one).
  An invite attached to an e-mail (a forward or a bounce) is read from the attachment.
  Folders are read recursively; only .json, .ics, .eml and .msg files in them are taken.
  A .json file found in a folder that is not an invite snapshot (no "item", such as
  an expected.json label file) is skipped and listed as skipped. A file named on the
  command line is always read, whatever its name.
  Files over 25 MB are refused.

Options
  --me EMAIL         your mailbox address, for files that do not say whose it is
  --manager EMAIL    your own Manager Casework (used when the file does not set one)
  --directory FILE   JSON {"email": {"jobTitle": "..."}}, merged into each invite's
                     directory; entries here win
  --policy FILE|ID   a policy JSON file, or a built-in policy id
                     (psa-2022-09-in-force, psa-2022-09-withdrawn)
  --template ID      the reply template to use (default: the policy's first)
  --tz ZONE          the time zone to give meeting times in, such as Australia/Sydney
                     (default: the system's); it is named when the invite was
                     written in a zone whose clock differs
  --reply            print the suggested reply for every invite
  --json             one JSON object per input per line: {"file","verdict","subject",
                     "when","headline","advice","checks","evidence","people","reply",
                     "notes"} or {"file","notRequest","notes"} or {"file","error"} or
                     {"file","skipped"}; "reply" only with --reply, "when" and "notes"
                     only when there is one
  --csv              a summary table: file,verdict,subject,organizer,other_people,
                     roles,reasons
  --record FILE      append each judged invite to the record CSV FILE (made if it
                     is missing), in the columns the add-in's Export record uses
  -h, --help         show this help
  -v, --version      show the version

Exit status
  0  every input was read (whatever the verdicts)
  1  some input could not be read (the others are still reported)
  2  bad usage: unknown option, no inputs, unreadable --policy or --directory

Colour is used only when writing to a terminal and NO_COLOR is not set.
`;

export const SUMMARY_HELP = `Usage: qa-meeting-check summary [options] <record.csv|folder>...

Merges members' records (the CSV of the add-in's Export record, or of --record)
into one report: an HTML file that works offline and prints, and a short summary
here. An invite checked twice, or sent to two members, counts once where the
records can tell (the same start, organizer and subject).

Options
  -o, --out FILE     where to write the HTML report (default: ${DEFAULT_REPORT})
  --since DAY        only meetings on or after DAY (YYYY-MM-DD)
  --until DAY        only meetings on or before DAY (YYYY-MM-DD)
  --members          name the members in the report (by default they are only counted)
  --tz ZONE          the time zone the report's days and months are in, such as
                     Australia/Sydney (default: the system's)
  -h, --help         show this help

Folders are read recursively for .csv files. A file that is not a record, and
each row that cannot be read, is reported here with its file and row; the rest
is still merged.

Exit status
  0  every file was read whole
  1  some file or row could not be read (the others are still in the report)
  2  bad usage, or the report could not be written
`;
