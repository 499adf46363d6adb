import { VERDICT_TITLES, type Analysis, type Directory } from "../../core";
import type { ManagerSuggestion } from "./directoryInfo";

/**
 * What the directory changed, in one or two sentences: who got a role from it, the suggested
 * Manager Casework, and whether the verdict moved. `before` is the verdict shown at first.
 */
export function describeDirectoryChange(
  before: Analysis,
  after: Analysis,
  directory: Directory | undefined,
  manager: ManagerSuggestion | undefined,
): string {
  const fromDirectory = after.people.filter((person) => person.role?.source === "directory");
  const overruled = after.people.filter(
    (person) =>
      person.role?.source === "settings" &&
      person.email !== undefined &&
      directory?.[person.email] !== undefined,
  );
  const roles =
    fromDirectory.length > 0
      ? `Directory roles arrived: ${fromDirectory.map((person) => `${person.name} is ${person.role?.label ?? ""}`).join("; ")}.`
      : overruled.length === 0
        ? "The directory had no roles for the people on this invite."
        : "Directory roles arrived.";
  const kept =
    overruled.length > 0
      ? ` Your own correction stands over the directory for ${overruled.map((person) => person.name).join(", ")}.`
      : "";
  const managerLine = manager ? ` Your directory manager is ${manager.name}.` : "";
  const verdict =
    before.verdict === after.verdict
      ? ` The verdict is still ${VERDICT_TITLES[after.verdict]}.`
      : ` The verdict changed from ${VERDICT_TITLES[before.verdict]} to ${VERDICT_TITLES[after.verdict]}.`;
  return `${roles}${kept}${managerLine}${verdict}`;
}
