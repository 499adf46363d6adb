import { FormatError, MAX_FILE_BYTES } from "./errors";

const UTF16_LE_BOM = [0xff, 0xfe] as const;
const UTF16_BE_BOM = [0xfe, 0xff] as const;

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

function decode(bytes: Uint8Array): string {
  if (startsWith(bytes, UTF16_LE_BOM)) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (startsWith(bytes, UTF16_BE_BOM)) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  // TextDecoder drops a UTF-8 byte order mark by itself.
  return new TextDecoder("utf-8").decode(bytes);
}

/** The file's text, or a FormatError for files too big, empty or not text at all. */
export function fileText(bytes: Uint8Array): string {
  if (bytes.length > MAX_FILE_BYTES) {
    const megabytes = (bytes.length / 1024 / 1024).toFixed(1);
    throw new FormatError(`the file is ${megabytes} MB; files over 25 MB are not read`, "too-big");
  }
  const text = decode(bytes);
  if (text.trim() === "") throw new FormatError("the file is empty", "empty");
  if (looksBinary(text))
    throw new FormatError("the file is binary, not text (is it an invite file?)", "binary");
  return text;
}
