import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import {
  analyze,
  parseSnapshot,
  renderReply,
  type Analysis,
  type InviteSnapshot,
  type InviteSnapshotInput,
  type Reply,
} from "../core";
import { formatWhenFor } from "../core/when";
import { checkSize, FormatError, readInviteFile } from "../formats";
import type { InputFile } from "./inputs";
import type { RunSettings } from "./settings";

export type Outcome =
  | {
      kind: "analysis";
      file: string;
      snapshot: InviteSnapshot;
      analysis: Analysis;
      reply: Reply | undefined;
      /** When the meeting starts, in the reader's time zone. */
      when: string | undefined;
      notes: string[];
    }
  | { kind: "not-request"; file: string; reason: string; notes: string[] }
  | { kind: "skipped"; file: string; reason: string }
  | { kind: "error"; file: string; problem: string };

/** The flags fill what the file leaves out; --directory entries replace the file's own. */
function withFlags(input: InviteSnapshotInput, settings: RunSettings): InviteSnapshot {
  const snapshot = parseSnapshot(input);
  const { me, manager } = settings.options;
  if (me && !snapshot.mailbox.emailAddress) snapshot.mailbox.emailAddress = me;
  if (manager && !snapshot.settings.managerCasework) snapshot.settings.managerCasework = manager;
  snapshot.directory = { ...snapshot.directory, ...settings.directory };
  return snapshot;
}

function judge(file: string, input: InviteSnapshotInput, settings: RunSettings, notes: string[]): Outcome {
  const snapshot = withFlags(input, settings);
  const analysis = analyze(snapshot, settings.policy);
  const { templateId, timeZone, showReply } = settings.options;
  const when = formatWhenFor(snapshot.item.start, timeZone, snapshot.item.timeZone);
  const reply = showReply
    ? renderReply(snapshot, analysis, settings.policy, { templateId, when })
    : undefined;
  return { kind: "analysis", file, snapshot, analysis, reply, when, notes };
}

/** Why the file could not be opened, in plain words whatever the cause. */
function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a folder";
  return "the file could not be opened";
}

/**
 * Reads synchronously: invite files are small, and for thousands of them the promise-based
 * reader's overhead costs more than the waiting it saves. The size is checked before reading.
 */
function readBytes(path: string): Uint8Array {
  const descriptor = openSync(path, "r");
  try {
    checkSize(fstatSync(descriptor).size);
    return readFileSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

/** Reads and judges one file. Never throws: every problem becomes an outcome naming the file. */
export async function processFile(input: InputFile, settings: RunSettings): Promise<Outcome> {
  const file = input.path;
  try {
    const bytes = readBytes(file);
    const reading = await readInviteFile(basename(file), bytes, { me: settings.options.me });
    const notes = reading.notes ?? [];
    if (reading.kind === "not-request") return { kind: "not-request", file, reason: reading.reason, notes };
    return judge(file, reading.snapshot, settings, notes);
  } catch (error) {
    if (error instanceof FormatError && error.problem === "not-a-snapshot" && !input.explicit) {
      return { kind: "skipped", file, reason: "not an invite snapshot" };
    }
    if (error instanceof FormatError) return { kind: "error", file, problem: error.message };
    return { kind: "error", file, problem: fileProblem(error) };
  }
}
