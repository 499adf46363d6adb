import { UsageError } from "./args";

/** Why the file an option names cannot be written, in plain words: "--out report.html: permission denied". */
export function cannotWrite(option: string, path: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  const problem =
    code === "ENOENT"
      ? "its folder does not exist"
      : code === "EACCES" || code === "EPERM"
        ? "permission denied"
        : code === "EISDIR"
          ? "is a folder"
          : "it could not be written";
  return new UsageError(`${option} ${path}: ${problem}`);
}
