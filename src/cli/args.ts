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
}

export type Command = { kind: "help" } | { kind: "version" } | { kind: "analyze"; options: CliOptions };

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
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
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

/** Reads the command line. Throws UsageError for anything a user must fix before a run. */
export function parseCommand(argv: readonly string[]): Command {
  const { values, positionals } = parse(argv);
  if (values.help) return { kind: "help" };
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
    },
  };
}

export const HELP = `Usage: qa-meeting-check [options] <file|folder>...

Checks meeting invites against the PSA NSW direction on Quality Assurance review meetings.

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
  -h, --help         show this help
  -v, --version      show the version

Exit status
  0  every input was read (whatever the verdicts)
  1  some input could not be read (the others are still reported)
  2  bad usage: unknown option, no inputs, unreadable --policy or --directory

Colour is used only when writing to a terminal and NO_COLOR is not set.
`;
