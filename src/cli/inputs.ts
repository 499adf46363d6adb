import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { INVITE_EXTENSIONS } from "../formats";

export interface InputFile {
  /** The path as the user would recognise it: as given, or joined under the folder given. */
  path: string;
  /** Named on the command line (always tried), rather than found in a folder. */
  explicit: boolean;
}

export interface MissingInput {
  path: string;
  problem: string;
}

const hasExtension = (name: string, extensions: readonly string[]) =>
  extensions.some((extension) => name.toLowerCase().endsWith(extension));

async function walk(folder: string, extensions: readonly string[]): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path, extensions)));
    else if (entry.isFile() && hasExtension(entry.name, extensions)) files.push(path);
  }
  return files;
}

function describeMissing(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return "could not be opened";
}

/**
 * Expands the command line's files and folders into the files to read, in a stable order: in
 * folders, the files with one of `extensions` (invite files by default).
 */
export async function collectInputs(
  inputs: readonly string[],
  extensions: readonly string[] = INVITE_EXTENSIONS,
): Promise<{ files: InputFile[]; missing: MissingInput[] }> {
  const files: InputFile[] = [];
  const missing: MissingInput[] = [];
  for (const input of inputs) {
    try {
      const info = await stat(input);
      if (info.isDirectory())
        files.push(...(await walk(input, extensions)).map((path) => ({ path, explicit: false })));
      else files.push({ path: input, explicit: true });
    } catch (error) {
      missing.push({ path: input, problem: describeMissing(error) });
    }
  }
  return { files, missing };
}
