import { useCallback, useEffect, useRef, useState } from "react";
import { toHostError, type Host, type HostError, type ItemState, type StoredSettings } from "../../host";

export type ReadState =
  { status: "loading" } | { status: "ready"; item: ItemState } | { status: "error"; error: HostError };

export interface PaneState {
  read: ReadState;
  settings: StoredSettings;
  /** What of the stored settings could not be read, until the user saves settings again. */
  settingsUnread: string | undefined;
  /** Reads the current item again. A read that finishes after a newer one started is dropped. */
  reload(): void;
  /**
   * Stores settings, then applies them. With `applyFirst` they apply at once (a role correction
   * changes the verdict before Outlook answers). Rejects with HostError when storing fails.
   */
  saveSettings(next: StoredSettings, options?: { applyFirst?: boolean }): Promise<void>;
}

/**
 * The pane's state: the item as last read and the user's settings. Nothing else is kept;
 * everything the pane shows is rebuilt from these two.
 */
export function usePaneState(host: Host): PaneState {
  const [read, setRead] = useState<ReadState>({ status: "loading" });
  const [loaded] = useState(() => host.loadSettings());
  const [settings, setSettings] = useState<StoredSettings>(loaded.settings);
  const [settingsUnread, setSettingsUnread] = useState(loaded.unread);
  const latestRead = useRef(0);

  /** Starts a read; only the newest read may set the state when it settles. */
  const startRead = useCallback(() => {
    latestRead.current += 1;
    const token = latestRead.current;
    host.readItem().then(
      (item) => {
        if (token === latestRead.current) setRead({ status: "ready", item });
      },
      (error: unknown) => {
        if (token === latestRead.current) setRead({ status: "error", error: toHostError(error) });
      },
    );
  }, [host]);

  const reload = useCallback(() => {
    setRead({ status: "loading" });
    startRead();
  }, [startRead]);

  useEffect(() => {
    // The state starts as loading, so the first read needs no state change here.
    startRead();
    const unsubscribe = host.onItemChanged(reload);
    return () => {
      unsubscribe();
      // Whatever is still in flight belongs to a pane that is gone.
      latestRead.current += 1;
    };
  }, [host, startRead, reload]);

  const saveSettings = useCallback(
    async (next: StoredSettings, options: { applyFirst?: boolean } = {}) => {
      if (options.applyFirst) setSettings(next);
      try {
        await host.saveSettings(next);
      } catch (error) {
        throw toHostError(error);
      }
      setSettings(next);
      setSettingsUnread(undefined);
    },
    [host],
  );

  return { read, settings, settingsUnread, reload, saveSettings };
}
