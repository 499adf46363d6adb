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
    return { text: new TextDecoder("windows-1252").decode(bytes), notUtf8: true };
  }
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
