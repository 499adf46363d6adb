import { FormatError, MAX_FILE_BYTES } from "./errors";

const UTF16_LE_BOM = [0xff, 0xfe] as const;
const UTF16_BE_BOM = [0xfe, 0xff] as const;

/** Said of a file whose text was not UTF-8 and was read as Latin-1 instead. */
export const NOT_UTF8_NOTE = "The file's text is not UTF-8; it was read as Latin-1 (Windows-1252).";

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((value, index) => bytes[index] === value);
}

/** Control characters other than tab, line feed, form feed and carriage return. */
function isBinaryControl(code: number): boolean {
  return code === 0 || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d);
}

/** Looks at the first few kilobytes the way `file` does: text has no NULs and few control characters. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  let controls = 0;
  for (let index = 0; index < sample.length; index += 1) {
    const code = sample.charCodeAt(index);
    if (code === 0) return true;
    if (isBinaryControl(code) || code === 0xfffd) controls += 1;
  }
  return controls > sample.length * 0.05;
}

/**
 * Windows-1252's characters for bytes 0x80-0x9F, where it differs from ISO-8859-1. Node's
 * TextDecoder reads "windows-1252" as plain ISO-8859-1 (C1 controls), browsers do not: this
 * table makes both give Outlook's dashes and quotes.
 */
const WINDOWS_1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  const characters: string[] = new Array<string>(bytes.length);
  bytes.forEach((byte, index) => {
    characters[index] =
      byte >= 0x80 && byte < 0xa0 ? (WINDOWS_1252_HIGH[byte - 0x80] as string) : String.fromCharCode(byte);
  });
  return characters.join("");
}

export interface DecodedText {
  text: string;
  /** The bytes were not UTF-8 (nor UTF-16 with a byte order mark) and were read as Latin-1. */
  notUtf8: boolean;
}

/**
 * Text whose encoding nothing declares: UTF-16 by its byte order mark, else UTF-8, else Latin-1
 * (as Windows-1252, its superset that browsers and Outlook use), rather than replacement characters.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, UTF16_LE_BOM))
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), notUtf8: false };
  if (startsWith(bytes, UTF16_BE_BOM))
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), notUtf8: false };
  try {
    // TextDecoder drops a UTF-8 byte order mark by itself.
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), notUtf8: false };
  } catch {
    return { text: decodeWindows1252(bytes), notUtf8: true };
  }
}

/** Text in a declared encoding (a TextDecoder label); undeclared rules when the label is unknown. */
export function decodeAs(bytes: Uint8Array, label: string | undefined): string {
  if (label === "windows-1252") return decodeWindows1252(bytes);
  try {
    if (label) return new TextDecoder(label).decode(bytes);
  } catch {
    // A label TextDecoder does not know.
  }
  return decodeText(bytes).text;
}

/** Refuses files too big to read, before anything else is done with them. */
export function checkSize(size: number): void {
  if (size > MAX_FILE_BYTES) {
    const megabytes = (size / 1024 / 1024).toFixed(1);
    throw new FormatError(`the file is ${megabytes} MB; files over 25 MB are not read`, "too-big");
  }
}

/** The file's text, or a FormatError for files too big, empty or not text at all. */
export function fileText(bytes: Uint8Array): DecodedText {
  checkSize(bytes.length);
  const decoded = decodeText(bytes);
  if (decoded.text.trim() === "") throw new FormatError("the file is empty", "empty");
  if (looksBinary(decoded.text))
    throw new FormatError("the file is binary, not text (is it an invite file?)", "binary");
  return decoded;
}
