import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { analyze, builtInPolicy, parseSnapshot, type Analysis } from "../../src/core";
import { readInviteFile, type FileReading, type ReadOptions } from "../../src/formats";

export const REPO_ROOT = resolve(__dirname, "../..");
export const SAMPLES = resolve(REPO_ROOT, "samples");

export const bytesOf = (text: string) => new TextEncoder().encode(text);

export async function readText(
  fileName: string,
  text: string,
  options: ReadOptions = {},
): Promise<FileReading> {
  return readInviteFile(fileName, bytesOf(text), options);
}

/** Reads text that must be an invite, and returns its snapshot as the engine will see it. */
export async function inviteFrom(fileName: string, text: string, options: ReadOptions = {}) {
  const reading = await readText(fileName, text, options);
  if (reading.kind !== "invite") throw new Error(`expected an invite, got a not-request: ${reading.reason}`);
  return parseSnapshot(reading.snapshot);
}

export async function readPath(path: string, options: ReadOptions = {}): Promise<FileReading> {
  return readInviteFile(basename(path), readFileSync(path), options);
}

export function verdictOf(reading: FileReading): Analysis["verdict"] {
  if (reading.kind !== "invite") throw new Error(`expected an invite, got a not-request: ${reading.reason}`);
  return analyze(parseSnapshot(reading.snapshot), builtInPolicy()).verdict;
}

/** A calendar around the given VEVENT lines (CRLF, as RFC 5545 asks). */
export function calendar(
  eventLines: readonly string[],
  options: { method?: string; before?: string[] } = {},
): string {
  return [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//tests//EN",
    ...(options.method ? [`METHOD:${options.method}`] : []),
    ...(options.before ?? []),
    "BEGIN:VEVENT",
    "UID:test-1@dcj-demo.example",
    "DTSTAMP:20261120T000000Z",
    ...eventLines,
    "END:VEVENT",
    "END:VCALENDAR",
    "",
  ].join("\r\n");
}

export const SYDNEY_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Australia/Sydney",
  "BEGIN:STANDARD",
  "DTSTART:20080406T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU",
  "TZOFFSETFROM:+1100",
  "TZOFFSETTO:+1000",
  "END:STANDARD",
  "BEGIN:DAYLIGHT",
  "DTSTART:20081005T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU",
  "TZOFFSETFROM:+1000",
  "TZOFFSETTO:+1100",
  "END:DAYLIGHT",
  "END:VTIMEZONE",
];

/** The invite's item as the engine sees it; fails the test if the file was not an invite. */
export function itemOf(reading: FileReading) {
  if (reading.kind !== "invite") throw new Error(`expected an invite, got a not-request: ${reading.reason}`);
  return parseSnapshot(reading.snapshot).item;
}
