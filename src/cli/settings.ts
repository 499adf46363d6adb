import { readFile } from "node:fs/promises";
import { builtInPolicy, BUILT_IN_POLICY_IDS, loadPolicyText, type Policy } from "../core";
import { describeIssues, directorySchema, type Directory } from "../core/snapshot";
import { UsageError, type CliOptions } from "./args";

async function readText(flag: string, file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder" : "the file could not be read";
    throw new UsageError(`${flag} ${file}: ${problem}`);
  }
}

export async function loadCliPolicy(option: string | undefined): Promise<Policy> {
  if (option === undefined) return builtInPolicy();
  if (BUILT_IN_POLICY_IDS.includes(option)) return builtInPolicy(option);
  const text = await readText("--policy", option);
  try {
    return loadPolicyText(text);
  } catch (error) {
    throw new UsageError(`--policy ${option}: ${(error as Error).message}`);
  }
}

export async function loadDirectory(file: string | undefined): Promise<Directory> {
  if (file === undefined) return {};
  const text = await readText("--directory", file);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--directory ${file}: not valid JSON (${(error as Error).message})`);
  }
  const result = directorySchema.safeParse(raw);
  if (!result.success) throw new UsageError(`--directory ${file}: ${describeIssues(result.error)}`);
  return result.data;
}

export function checkTemplate(policy: Policy, templateId: string | undefined): void {
  if (templateId === undefined) return;
  if (!policy.templates.some((template) => template.id === templateId)) {
    const known = policy.templates.map((template) => template.id).join(", ");
    throw new UsageError(`--template ${templateId}: not in the policy (choose from ${known})`);
  }
}

export interface RunSettings {
  options: CliOptions;
  policy: Policy;
  directory: Directory;
}
