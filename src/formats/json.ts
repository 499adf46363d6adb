import { parseSnapshot, SnapshotError, type InviteSnapshotInput } from "../core";
import { FormatError } from "./errors";

/** Where JSON.parse stopped, as an offset, when its message says; -1 when it does not say. */
function reportedOffset(text: string, message: string): number {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  if (/end of (JSON )?input|unterminated|end of data/i.test(message)) return text.length;
  return -1;
}

function parseError(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** True when the text, read this far, is broken before its end (not merely cut short). */
function brokenWithin(text: string): boolean {
  const message = parseError(text);
  if (message === undefined) return false;
  const offset = reportedOffset(text, message);
  return offset < 0 || offset < text.length;
}

/**
 * The offset of the first bad character. Some engines' messages give no position, so find the
 * shortest prefix that is already broken (and not just unfinished) by halving.
 */
function errorOffset(text: string, message: string): number {
  const reported = reportedOffset(text, message);
  if (reported >= 0) return reported;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (brokenWithin(text.slice(0, middle + 1))) high = middle;
    else low = middle + 1;
  }
  return low;
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return `line ${line}, column ${column}`;
}

function plainProblem(message: string): string {
  const problem = message
    .replace(/,? ".*"(?:\.\.\.)? is not valid JSON$/s, "")
    .replace(/ in JSON at position \d+.*$/s, "")
    .replace(/ at position \d+.*$/s, "")
    .replace(/^JSON\.parse: /, "")
    .replace(/ at line \d+ column \d+.*$/s, "");
  return problem.charAt(0).toLowerCase() + problem.slice(1);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const browserPlace = /line (\d+) column (\d+)/.exec(message);
    if (browserPlace) {
      throw new FormatError(
        `invalid JSON at line ${browserPlace[1]}, column ${browserPlace[2]}: ${plainProblem(message)}`,
        "invalid-json",
      );
    }
    const offset = errorOffset(text, message);
    const endsThere = offset >= text.trimEnd().length ? " (the file ends there: is it cut short?)" : "";
    throw new FormatError(
      `invalid JSON at ${lineAndColumn(text, offset)}: ${plainProblem(message)}${endsThere}`,
      "invalid-json",
    );
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads an invite snapshot file (see shared/invites/README.md); the mailbox owner fills a missing address. */
export function readSnapshotJson(text: string, me: string | undefined): InviteSnapshotInput {
  const value = parseJson(text);
  if (!isObject(value) || !("item" in value)) {
    const found =
      value === null
        ? "null"
        : Array.isArray(value)
          ? "a list"
          : isObject(value)
            ? 'an object with no "item"'
            : typeof value;
    throw new FormatError(
      `not an invite snapshot: expected an object with "mailbox" and "item", found ${found}`,
      "not-a-snapshot",
    );
  }
  try {
    const snapshot = parseSnapshot(value);
    if (me && !snapshot.mailbox.emailAddress) snapshot.mailbox.emailAddress = me;
    return snapshot;
  } catch (error) {
    if (error instanceof SnapshotError) throw new FormatError(error.message, "invalid-snapshot");
    throw error;
  }
}
