import type { Analysis, Directory } from "../../core";
import type { Availability } from "../../graph/availability";

export interface ManagerSuggestion {
  email: string;
  name: string;
}

/** What the Microsoft 365 directory said about the open invite. */
export interface DirectoryInfo {
  /** Roles from the directory, once they arrive; undefined until then (or when look-ups are off). */
  directory: Directory | undefined;
  /** The user's directory manager, suggested as Manager Casework when the user has not set one. */
  manager: ManagerSuggestion | undefined;
  /** Why some roles or the manager could not be looked up. */
  problem: string | undefined;
}

export const NO_DIRECTORY_INFO: DirectoryInfo = {
  directory: undefined,
  manager: undefined,
  problem: undefined,
};

/**
 * The addresses to look up: the people the engine found on the invite. Rooms and other resources
 * are not people, and a distribution list has no job title, so neither is sent to Microsoft 365.
 */
export function addressesToLookUp(analysis: Analysis): string[] {
  const addresses = analysis.people
    .filter((person) => !person.isDistributionList)
    .map((person) => person.email ?? "")
    .filter((address) => address.includes("@"));
  return [...new Set(addresses)];
}

/** What the pane says about directory look-ups (only when the user has turned them on). */
export interface DirectoryView {
  change: string | undefined;
  problem: string | undefined;
  manager: ManagerSuggestion | undefined;
}

export function directoryView(
  availability: Availability,
  info: DirectoryInfo,
  change: string | undefined,
): DirectoryView {
  if (!availability.available)
    return {
      change: undefined,
      problem: `Roles cannot be looked up in the directory. ${availability.reason}`,
      manager: undefined,
    };
  return {
    change,
    problem: info.problem ? `Some roles could not be looked up in the directory: ${info.problem}` : undefined,
    manager: info.manager,
  };
}
