import { useEffect, useMemo, useState } from "react";
import { bannerText } from "../../core";
import type { Host, ItemState, StoredSettings } from "../../host";
import {
  checkInvite,
  loadedSnapshotValidator,
  loadSnapshotValidator,
  type Checked,
  type SnapshotValidator,
} from "../model/checkInvite";
import { describeDirectoryChange } from "../model/directoryChange";
import { addressesToLookUp, directoryView, type DirectoryInfo } from "../model/directoryInfo";
import { onBehalfOf } from "../model/onBehalf";
import { whenIdle } from "../idle";
import { useServices } from "../services";
import { withFullAttendees } from "../model/fullAttendees";
import { useDirectoryInfo } from "./useDirectoryInfo";
import { useFullAttendees } from "./useFullAttendees";
import { useMicrosoft365 } from "./useMicrosoft365";
import { usePaneState } from "./usePaneState";
import { useRecord } from "./useRecord";
import { useVerdictBanner } from "./useVerdictBanner";

type Invite = Extract<ItemState, { kind: "invite" }>;

/** The settings the check uses: the user's, with the directory manager standing in until they set one. */
function effectiveSettings(settings: StoredSettings, directory: DirectoryInfo): StoredSettings {
  return settings.managerCasework || !directory.manager
    ? settings
    : { ...settings, managerCasework: directory.manager.email };
}

/** The check again once directory answers arrive, and what they changed; `first` until then. */
function useRefinedCheck(
  invite: Invite | undefined,
  settings: StoredSettings,
  directory: DirectoryInfo,
  first: Checked | undefined,
  validate: SnapshotValidator | undefined,
) {
  const refined = directory.directory !== undefined || directory.manager !== undefined;
  const checked = useMemo(
    () =>
      invite && refined
        ? checkInvite(invite.snapshot, effectiveSettings(settings, directory), directory.directory, validate)
        : first,
    [invite, settings, directory, refined, first, validate],
  );
  const change =
    refined && first?.ok && checked?.ok
      ? describeDirectoryChange(first.analysis, checked.analysis, directory.directory, directory.manager)
      : undefined;
  return { checked, change };
}

/**
 * Everything the pane shows, from the item as last read and the user's settings: the check at once
 * and again when directory roles arrive, Microsoft 365 for this item, and the local record, to which
 * each checked invite is added.
 */
export function usePaneModel(host: Host) {
  const services = useServices();
  const { read, settings, settingsUnread, reload, saveSettings } = usePaneState(host);
  const item = read.status === "ready" ? read.item : undefined;
  const opened = item?.kind === "invite" ? item : undefined;
  const m365 = useMicrosoft365(host, item, settings);
  const fullAttendees = useFullAttendees(opened, m365);
  const full = fullAttendees.state.status === "read" ? fullAttendees.state.attendees : undefined;
  // With everyone Microsoft 365 lists, the invite is checked again: no longer "at least".
  const invite = useMemo(
    () => (opened && full ? { ...opened, snapshot: withFullAttendees(opened.snapshot, full) } : opened),
    [opened, full],
  );

  // A snapshot that is not plainly one waits for the snapshot schema, loaded then (checkInvite).
  const [validate, setValidate] = useState(loadedSnapshotValidator);
  const first = useMemo(
    () => (invite ? checkInvite(invite.snapshot, settings, undefined, validate) : undefined),
    [invite, settings, validate],
  );
  const lookup = useMemo(
    () =>
      invite && first?.ok
        ? { itemId: invite.itemId, addresses: addressesToLookUp(first.analysis) }
        : undefined,
    [invite, first],
  );
  const directory = useDirectoryInfo(lookup, settings, m365);
  const { checked, change } = useRefinedCheck(invite, settings, directory, first, validate);
  const waitsForValidator = invite !== undefined && checked === undefined && !validate;
  useEffect(() => {
    if (waitsForValidator) void loadSnapshotValidator().then((loaded) => setValidate(() => loaded));
  }, [waitsForValidator]);
  const context = checked?.ok ? checked : undefined;

  const record = useRecord(services.loadRecord, read.status !== "loading");
  const { add: addToRecord } = record;
  useEffect(() => {
    if (!invite || !context) return;
    const checked = { ...context, itemId: invite.itemId, checkedAt: services.now() };
    // Kept once the verdict is painted; a later item does not cancel it: this one was checked.
    whenIdle(() => addToRecord(checked));
  }, [invite, context, addToRecord, services]);

  const banner = useVerdictBanner(
    host,
    invite && context
      ? { itemId: invite.itemId, text: bannerText(context.policy, context.analysis.verdict) }
      : undefined,
  );

  return {
    read,
    settings,
    settingsUnread,
    reload,
    saveSettings,
    record,
    checked,
    /** Microsoft 365 for this item: what declining through it needs (the reply works it out). */
    m365,
    onBehalf: invite && context ? onBehalfOf(invite, context) : undefined,
    directory:
      settings.useDirectory && m365.target ? directoryView(m365.availability, directory, change) : undefined,
    recordedAction: record.entries.find((entry) => entry.itemId === invite?.itemId)?.action,
    /** What Outlook made of the verdict's line on the invite, once it has answered. */
    banner,
    /** Everyone invited, from Microsoft 365, when Outlook gave only the first recipients. */
    fullAttendees,
  };
}

export type PaneModel = ReturnType<typeof usePaneModel>;
