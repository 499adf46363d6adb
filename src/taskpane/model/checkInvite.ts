import {
  analyze,
  plainSnapshot,
  type Analysis,
  type CheckPolicy,
  type Directory,
  type InviteSnapshot,
  type InviteSnapshotInput,
} from "../../core";
import { describeError, type StoredSettings } from "../../host";
import { builtInPolicies } from "./builtInPolicies";

/** An invite, checked: the snapshot with the user's settings in it, its analysis and the policy used. */
export interface InviteContext {
  snapshot: InviteSnapshot;
  analysis: Analysis;
  policy: CheckPolicy;
}

export interface PolicyChoice {
  policy: CheckPolicy;
  /** Set when the settings named a policy this version does not have, so the default is used. */
  fallbackNote: string | undefined;
}

export function policyFor(settings: StoredSettings): PolicyChoice {
  try {
    return { policy: builtInPolicies.get(settings.policyId), fallbackNote: undefined };
  } catch (error) {
    const fallback = builtInPolicies.get();
    return {
      policy: fallback,
      fallbackNote: `Your settings name a policy this version cannot use (${describeError(error)}). Using "${fallback.name}" instead.`,
    };
  }
}

/** The snapshot schema's parse: for a snapshot that is not plainly one (`plainSnapshot`). */
export type SnapshotValidator = (value: unknown) => InviteSnapshot;

let validator: SnapshotValidator | undefined;
let loadingValidator: Promise<SnapshotValidator> | undefined;

/** The snapshot schema's parse, if loaded. */
export function loadedSnapshotValidator(): SnapshotValidator | undefined {
  return validator;
}

/**
 * Loads the snapshot schema (and zod/mini with it), once: the invites the pane's Office adapter
 * reads are plainly snapshots, so the pane starts without it. Never rejects: when the load fails,
 * the validator it gives throws why.
 */
export function loadSnapshotValidator(): Promise<SnapshotValidator> {
  loadingValidator ??= import(/* webpackChunkName: "snapshot-schema" */ "../../core/snapshot").then(
    (module): SnapshotValidator => module.parseSnapshot,
    (error: unknown): SnapshotValidator =>
      () => {
        throw error;
      },
  );
  return loadingValidator.then((loaded) => (validator = loaded));
}

/**
 * The item's snapshot with the user's settings (and directory roles, if any) in it, validated;
 * undefined when it is not plainly a snapshot and `validate` (loadSnapshotValidator) is not at hand.
 * Throws SnapshotError, or why the schema could not be loaded.
 */
export function snapshotWithSettings(
  input: InviteSnapshotInput,
  settings: StoredSettings,
  directory: Directory | undefined,
  validate: SnapshotValidator | undefined,
): InviteSnapshot | undefined {
  const candidate = {
    ...input,
    ...(directory ? { directory: { ...input.directory, ...directory } } : {}),
    settings: {
      managerCasework: settings.managerCasework ?? null,
      userName: settings.userName ?? null,
      roles: settings.roles,
    },
  };
  return plainSnapshot(candidate) ?? validate?.(candidate);
}

export type Checked =
  ({ ok: true; fallbackNote: string | undefined } & InviteContext) | { ok: false; message: string };

/** The check; undefined when it needs the snapshot schema and `validate` is not at hand (loadSnapshotValidator). */
export function checkInvite(
  input: InviteSnapshotInput,
  settings: StoredSettings,
  directory: Directory | undefined,
  validate: SnapshotValidator | undefined,
): Checked | undefined {
  const { policy, fallbackNote } = policyFor(settings);
  let snapshot: InviteSnapshot | undefined;
  try {
    snapshot = snapshotWithSettings(input, settings, directory, validate);
  } catch (error) {
    return { ok: false, message: `QA Meeting Check could not read this invite: ${describeError(error)}` };
  }
  if (!snapshot) return undefined;
  return { ok: true, snapshot, analysis: analyze(snapshot, policy), policy, fallbackNote };
}
