import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { main, type CliIo } from "../../src/cli/main";

export const REPO_ROOT = resolve(__dirname, "../..");
/** Invites written for the tests (tests/fixtures/README.md). */
export const FIXTURES = join(REPO_ROOT, "tests", "fixtures");
export const SAMPLES = join(REPO_ROOT, "samples");

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], io: Partial<CliIo> = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const status = await main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    ...io,
  });
  return { status, stdout, stderr };
}

export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** A temporary folder with the given files (paths relative to it); removed by the returned function. */
export function tempFolder(files: Record<string, string | Uint8Array>): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), "qa-cli-"));
  for (const [name, content] of Object.entries(files)) {
    const file = join(path, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export function snapshotJson(subject: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    mailbox: { displayName: "Priya Nair", emailAddress: "priya.nair@dcj-demo.example" },
    item: {
      itemType: "message",
      subject,
      organizer: { displayName: "Jordan Ellis", emailAddress: "jordan.ellis@dcj-demo.example" },
      requiredAttendees: [{ displayName: "Priya Nair", emailAddress: "priya.nair@dcj-demo.example" }],
      start: "2026-12-10T14:00:00+11:00",
      body: "QAMT review.",
    },
    ...extra,
  });
}
