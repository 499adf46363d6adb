import type { Directory, DirectoryEntry } from "../core";
import type { GraphClient } from "./graph-client";
import type { GraphError } from "./graph-error";
import { SCOPES } from "./scopes";

export interface DirectoryResult {
  /** Lower-case address to what the directory says; people not found are left out. Pass it into the snapshot. */
  directory: Directory;
  /** The first failure, if any lookup failed (the pane may say why some roles are missing). */
  error?: GraphError;
}

export type ManagerResult =
  | { outcome: "found"; email: string; name: string }
  /** The directory records no manager for the user. */
  | { outcome: "none" }
  | { outcome: "failed"; error: GraphError };

export interface DirectoryLookup {
  /** Job titles and departments for these addresses. Never rejects; cached for the session. */
  rolesFor(addresses: readonly string[]): Promise<DirectoryResult>;
  /** The user's manager from the directory, to suggest as Manager Casework. Never rejects; cached. */
  findManager(): Promise<ManagerResult>;
}

interface Person {
  jobTitle?: string | null;
  department?: string | null;
  userPrincipalName?: string | null;
  scoredEmailAddresses?: { address?: string | null }[] | null;
}

interface Outcome {
  entry: DirectoryEntry | undefined;
  error?: GraphError;
}

/** Failures that would repeat for every address: stop the batch after the first. */
const STOPS_THE_BATCH = new Set<GraphError["kind"]>(["permission", "cancelled", "sign-in", "offline"]);

const PEOPLE_SELECT = "displayName,jobTitle,department,userPrincipalName,scoredEmailAddresses";

function normalise(addresses: readonly string[]): string[] {
  const wanted = addresses
    .map((address) => address.trim().toLowerCase())
    .filter((address) => address.includes("@"));
  return [...new Set(wanted)];
}

function matches(person: Person, address: string): boolean {
  if (person.userPrincipalName?.toLowerCase() === address) return true;
  return (person.scoredEmailAddresses ?? []).some((scored) => scored.address?.toLowerCase() === address);
}

function entryOf(person: Person): DirectoryEntry | undefined {
  const jobTitle = person.jobTitle?.trim();
  const department = person.department?.trim();
  if (!jobTitle && !department) return undefined;
  return { ...(jobTitle ? { jobTitle } : {}), ...(department ? { department } : {}) };
}

async function lookUp(client: GraphClient, address: string): Promise<Outcome> {
  // People API search: quotes enclose the "@"; the header widens results to the organisation's directory.
  const search = encodeURIComponent(`"${address}"`);
  const result = await client.request<{ value?: Person[] }>({
    method: "GET",
    path: `/me/people?$search=${search}&$select=${PEOPLE_SELECT}&$top=5`,
    scopes: SCOPES.directory,
    headers: { "X-PeopleQuery-QuerySources": "Mailbox,Directory" },
    notFoundMessage: "The directory has no entry for this person.",
  });
  if (!result.ok) return { entry: undefined, error: result.error };
  const person = (result.data?.value ?? []).find((candidate) => matches(candidate, address));
  return { entry: person ? entryOf(person) : undefined };
}

async function inBatches<T>(
  items: readonly T[],
  size: number,
  run: (item: T) => Promise<unknown>,
): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    await Promise.all(items.slice(start, start + size).map(run));
  }
}

async function fetchManager(client: GraphClient): Promise<ManagerResult> {
  const result = await client.request<{
    displayName?: string | null;
    mail?: string | null;
    userPrincipalName?: string | null;
  }>({
    method: "GET",
    path: "/me/manager?$select=displayName,mail,userPrincipalName",
    scopes: SCOPES.manager,
    notFoundMessage: "The directory records no manager for you.",
  });
  if (!result.ok)
    return result.error.kind === "not-found"
      ? { outcome: "none" }
      : { outcome: "failed", error: result.error };
  const email = (result.data?.mail || result.data?.userPrincipalName || "").trim().toLowerCase();
  if (!email) return { outcome: "none" };
  return { outcome: "found", email, name: result.data?.displayName?.trim() || email };
}

export function createDirectoryLookup(
  client: GraphClient,
  options: { concurrency?: number } = {},
): DirectoryLookup {
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const cache = new Map<string, Promise<Outcome>>();
  let manager: Promise<ManagerResult> | undefined;

  /** Caches the lookup, failures included, except offline ones (nothing was asked of Graph). */
  function remember(address: string): Promise<Outcome> {
    const outcome = lookUp(client, address).then((result) => {
      if (result.error?.kind === "offline") cache.delete(address);
      return result;
    });
    cache.set(address, outcome);
    return outcome;
  }

  async function rolesFor(addresses: readonly string[]): Promise<DirectoryResult> {
    const wanted = normalise(addresses);
    const [first, ...rest] = wanted.filter((address) => !cache.has(address));
    const firstOutcome = first ? await remember(first) : undefined;
    const stop =
      firstOutcome?.error && STOPS_THE_BATCH.has(firstOutcome.error.kind) ? firstOutcome.error : undefined;
    if (stop) {
      const skipped: Outcome = { entry: undefined, error: stop };
      if (stop.kind !== "offline") for (const address of rest) cache.set(address, Promise.resolve(skipped));
    } else {
      await inBatches(rest, concurrency, remember);
    }
    const outcomes = await Promise.all(
      wanted.map(
        async (address) =>
          [address, (await cache.get(address)) ?? { entry: undefined, error: stop }] as const,
      ),
    );
    const directory: Directory = {};
    for (const [address, outcome] of outcomes) if (outcome.entry) directory[address] = outcome.entry;
    const error = outcomes.find(([, outcome]) => outcome.error)?.[1].error;
    return error ? { directory, error } : { directory };
  }

  function findManager(): Promise<ManagerResult> {
    manager ??= fetchManager(client).then((result) => {
      if (result.outcome === "failed" && result.error.kind === "offline") manager = undefined;
      return result;
    });
    return manager;
  }

  return { rolesFor, findManager };
}
