import {
  analyze,
  builtInPolicy,
  DEFAULT_POLICY_ID,
  parseSnapshot,
  type Analysis,
  type InviteSnapshot,
  type InviteSnapshotInput,
  type Directory,
  type Policy,
} from "../../core";
import { describeError, type StoredSettings } from "../../host";

/** An invite, checked: the snapshot with the user's settings in it, its analysis and the policy used. */
export interface InviteContext {
  snapshot: InviteSnapshot;
  analysis: Analysis;
  policy: Policy;
}

export interface PolicyChoice {
  policy: Policy;
  /** Set when the settings named a policy this version does not have, so the default is used. */
  fallbackNote: string | undefined;
}

export function policyFor(settings: StoredSettings): PolicyChoice {
  try {
    return { policy: builtInPolicy(settings.policyId), fallbackNote: undefined };
  } catch (error) {
    const fallback = builtInPolicy(DEFAULT_POLICY_ID);
    return {
      policy: fallback,
      fallbackNote: `Your settings name a policy this version cannot use (${describeError(error)}). Using "${fallback.name}" instead.`,
    };
  }
}

/** The item's snapshot with the user's settings (and directory roles, if any) in it, validated. Throws SnapshotError. */
export function snapshotWithSettings(
  input: InviteSnapshotInput,
  settings: StoredSettings,
  directory?: Directory,
): InviteSnapshot {
  return parseSnapshot({
    ...input,
    ...(directory ? { directory: { ...input.directory, ...directory } } : {}),
    settings: {
      managerCasework: settings.managerCasework ?? null,
      userName: settings.userName ?? null,
      roles: settings.roles,
    },
  });
}

export type Checked =
  ({ ok: true; fallbackNote: string | undefined } & InviteContext) | { ok: false; message: string };

export function checkInvite(
  input: InviteSnapshotInput,
  settings: StoredSettings,
  directory?: Directory,
): Checked {
  const { policy, fallbackNote } = policyFor(settings);
  let snapshot: InviteSnapshot;
  try {
    snapshot = snapshotWithSettings(input, settings, directory);
  } catch (error) {
    return { ok: false, message: `QA Meeting Check could not read this invite: ${describeError(error)}` };
  }
  return { ok: true, snapshot, analysis: analyze(snapshot, policy), policy, fallbackNote };
}
