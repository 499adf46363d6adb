/** Why the record could not be read or kept. The in-memory record keeps working either way. */
export interface StorageProblem {
  kind: "unavailable" | "full" | "unreadable" | "failed";
  message: string;
}

export type LoadResult = { ok: true; text: string | null } | { ok: false; problem: StorageProblem };
export type SaveResult = { ok: true } | { ok: false; problem: StorageProblem };

/** Where the record lives between sessions. Implementations never throw. */
export interface RecordStorage {
  load(): LoadResult;
  save(text: string): SaveResult;
  /** Calls the listener when another window changes what is stored. Returns an unsubscribe. */
  onChange(listener: () => void): () => void;
}

export const RECORD_STORAGE_KEY = "qa-meeting-check.record.v1";

export const STORAGE_MESSAGES = {
  unavailable:
    "This device does not let the add-in keep a record (browser storage is turned off). Your record lasts until you close Outlook; export it before then.",
  full: "There is no room left to keep your record on this device. Export it, then clear it to make room.",
  failed: "Your record could not be saved on this device. Export it so you don't lose it.",
  unreadable:
    "Your saved record could not be read, so a new one has started. The old one is kept aside on this device, not deleted.",
  entriesSetAside: "They are kept aside on this device, not deleted; the rest of your record loaded.",
} as const;

function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED";
}

/** localStorage, reached lazily: some hosts throw on the mere access when storage is disabled. */
export function createLocalStorage(
  key: string = RECORD_STORAGE_KEY,
  getStorage: () => Storage | undefined = () => globalThis.localStorage,
): RecordStorage {
  function storage(): Storage | undefined {
    try {
      return getStorage() ?? undefined;
    } catch {
      return undefined;
    }
  }
  const unavailable = {
    ok: false,
    problem: { kind: "unavailable", message: STORAGE_MESSAGES.unavailable },
  } as const;
  return {
    load() {
      const store = storage();
      if (!store) return unavailable;
      try {
        return { ok: true, text: store.getItem(key) };
      } catch {
        return unavailable;
      }
    },
    save(text) {
      const store = storage();
      if (!store) return unavailable;
      try {
        store.setItem(key, text);
        return { ok: true };
      } catch (error) {
        return isQuotaError(error)
          ? { ok: false, problem: { kind: "full", message: STORAGE_MESSAGES.full } }
          : { ok: false, problem: { kind: "failed", message: STORAGE_MESSAGES.failed } };
      }
    },
    onChange(listener) {
      // The browser tells every other window of the origin when one writes (or clears) its storage.
      const handle = (event: StorageEvent) => {
        if (event.key === key || event.key === null) listener();
      };
      globalThis.addEventListener?.("storage", handle);
      return () => globalThis.removeEventListener?.("storage", handle);
    },
  };
}

/** Keeps the record only in memory, for tests: no other window shares it. */
export function createMemoryStorage(initial: string | null = null): RecordStorage & { text: string | null } {
  const memory = {
    text: initial,
    load: (): LoadResult => ({ ok: true, text: memory.text }),
    save: (text: string): SaveResult => {
      memory.text = text;
      return { ok: true };
    },
    onChange: () => () => {},
  };
  return memory;
}
