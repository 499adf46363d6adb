import { existsSync } from "node:fs";
import path from "node:path";

/**
 * `../shared` beside the checkout: the project's labelled examples and real calendar files. A clone
 * from the project's public home has no such folder, so checks over it run only where it is present.
 */
export const SHARED_DIR = path.resolve(__dirname, "../../../shared");

/** The path inside ../shared, or undefined when it is not there. */
export function sharedPath(...parts: string[]): string | undefined {
  const full = path.join(SHARED_DIR, ...parts);
  return existsSync(full) ? full : undefined;
}

const announced = new Set<string>();

/**
 * A describe block over a folder in ../shared. Where the folder is missing, the block is replaced by
 * one line saying so, and a single skipped test that names it in jest's summary.
 */
export function describeWithShared(subfolder: string, title: string, body: (folder: string) => void): void {
  const folder = sharedPath(subfolder);
  if (folder) {
    describe(title, () => body(folder));
    return;
  }
  if (!announced.has(subfolder)) {
    announced.add(subfolder);
    process.stdout.write(`../shared/${subfolder} is not beside this checkout: "${title}" not run\n`);
  }
  describe(title, () => {
    it.todo(`needs ../shared/${subfolder}, which is not beside this checkout`);
  });
}
