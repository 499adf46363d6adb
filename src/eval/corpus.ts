import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { VERDICTS, type InviteSnapshotInput, type Verdict } from "../core";
import { readInviteFile } from "../formats";

/** One labelled invite: the verdicts a careful reader could defend, and how to read the invite. */
export interface LabelledCase {
  id: string;
  expect: Verdict[];
  note: string | undefined;
  read: () => Promise<CaseReading>;
}

export type CaseReading =
  | { kind: "invite"; snapshot: InviteSnapshotInput }
  | { kind: "not-request"; reason: string }
  | { kind: "error"; problem: string };

export interface Corpus {
  name: string;
  cases: LabelledCase[];
}

/** Who the mailbox owner and their Manager Casework are, for files that cannot say. */
export interface ReadAs {
  me?: string | undefined;
  manager?: string | undefined;
}

export class CorpusError extends Error {
  override readonly name = "CorpusError";
}

const isVerdict = (value: unknown): value is Verdict => VERDICTS.includes(value as Verdict);

function verdictsOf(value: unknown, where: string): Verdict[] {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0 || !list.every(isVerdict)) {
    throw new CorpusError(`${where}: expected verdicts from ${VERDICTS.join(", ")}`);
  }
  return list;
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new CorpusError(`${path}: not readable JSON (${(error as Error).message})`);
  }
}

function withOwner(snapshot: InviteSnapshotInput, readAs: ReadAs): InviteSnapshotInput {
  const mailbox = { ...snapshot.mailbox };
  if (readAs.me && !mailbox.emailAddress) mailbox.emailAddress = readAs.me;
  const settings = { ...(snapshot.settings ?? {}) };
  if (readAs.manager && !settings.managerCasework) settings.managerCasework = readAs.manager;
  return { ...snapshot, mailbox, settings };
}

async function readCaseFile(path: string, readAs: ReadAs): Promise<CaseReading> {
  try {
    const reading = await readInviteFile(basename(path), await readFile(path), { me: readAs.me });
    if (reading.kind === "not-request") return reading;
    return { kind: "invite", snapshot: withOwner(reading.snapshot, readAs) };
  } catch (error) {
    return { kind: "error", problem: (error as Error).message };
  }
}

/** A set file: `[{ "id", "expect": [verdicts], "note", "invite": snapshot }]`. */
function setCases(path: string, raw: unknown, readAs: ReadAs): LabelledCase[] {
  if (!Array.isArray(raw)) throw new CorpusError(`${path}: a labelled set is a JSON array of cases`);
  return raw.map((entry: unknown, index) => {
    const record = (entry ?? {}) as { id?: unknown; expect?: unknown; note?: unknown; invite?: unknown };
    const id = typeof record.id === "string" ? record.id : `#${index + 1}`;
    const invite = record.invite as InviteSnapshotInput;
    return {
      id,
      expect: verdictsOf(record.expect, `${path} ${id}`),
      note: typeof record.note === "string" ? record.note : undefined,
      read: () => Promise.resolve({ kind: "invite", snapshot: withOwner(invite, readAs) }),
    };
  });
}

/** An `expected.json` beside invite files: `{ "file or file stem": verdict or [verdicts] }`. */
async function expectedCases(folder: string, raw: unknown, readAs: ReadAs): Promise<LabelledCase[]> {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new CorpusError(`${join(folder, "expected.json")}: expected an object of file names to verdicts`);
  }
  const files = await readdir(folder);
  return Object.entries(raw).map(([name, verdicts]) => {
    const file = files.includes(name) ? name : files.find((candidate) => candidate === `${name}.json`);
    return {
      id: name,
      expect: verdictsOf(verdicts, `${folder}/expected.json ${name}`),
      note: undefined,
      read: () =>
        file
          ? readCaseFile(join(folder, file), readAs)
          : Promise.resolve({ kind: "error", problem: "no such file beside expected.json" }),
    };
  });
}

/**
 * Reads a corpus: a folder with an `expected.json` and its files, a folder of labelled sets (each
 * read as its own corpus), or one labelled set file.
 */
export async function readCorpora(path: string, name: string, readAs: ReadAs = {}): Promise<Corpus[]> {
  const info = await stat(path);
  if (!info.isDirectory()) {
    const raw = await readJson(path);
    if (basename(path) === "expected.json") {
      const folder = join(path, "..");
      return [{ name, cases: await expectedCases(folder, raw, readAs) }];
    }
    return [{ name, cases: setCases(path, raw, readAs) }];
  }
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  if (entries.some((entry) => entry.name === "expected.json")) {
    return [{ name, cases: await expectedCases(path, await readJson(join(path, "expected.json")), readAs) }];
  }
  const corpora: Corpus[] = [];
  for (const entry of entries) {
    const child = join(path, entry.name);
    if (entry.isDirectory() || entry.name.endsWith(".json")) {
      corpora.push(...(await readCorpora(child, `${name}/${entry.name}`, readAs)));
    }
  }
  return corpora;
}
