import fs from "fs";
import path from "path";
import { DEFAULT_POLICY_ID, type InviteSnapshotInput } from "../../src/core";
import {
  HostError,
  type GraphTarget,
  type Host,
  type ItemState,
  type LoadedSettings,
  type StoredSettings,
} from "../../src/host";

/** The invites written for the tests (tests/fixtures/invites/README.md). */
export const INVITES_DIR = path.resolve(__dirname, "../fixtures/invites");

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A deep copy, as stored settings are (jsdom has no structuredClone). */
function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function defaultSettings(overrides: Partial<StoredSettings> = {}): StoredSettings {
  return { roles: {}, policyId: DEFAULT_POLICY_ID, theme: "auto", ...overrides };
}

/**
 * One invite snapshot file (by default from tests/fixtures/invites) as the host would give it (no
 * settings), and the settings the invite assumes, as the user would have stored them.
 */
export function inviteFromFile(
  name: string,
  folder: string = INVITES_DIR,
): { item: ItemState; settings: Partial<StoredSettings> } {
  const raw = JSON.parse(
    fs.readFileSync(path.join(folder, `${name}.json`), "utf8"),
  ) as InviteSnapshotInput & {
    settings?: { managerCasework?: string; userName?: string; roles?: Record<string, string> } | null;
  };
  const { settings, ...snapshot } = raw;
  const stored: Partial<StoredSettings> = {};
  if (settings?.managerCasework) stored.managerCasework = settings.managerCasework;
  if (settings?.userName) stored.userName = settings.userName;
  if (settings?.roles) stored.roles = settings.roles;
  return { item: { kind: "invite", itemId: `item-${name}`, snapshot }, settings: stored };
}

/** A hand-made invite: a snapshot with these item fields over a plain default. */
export function inviteWith(itemId: string, item: Partial<InviteSnapshotInput["item"]>): ItemState {
  return {
    kind: "invite",
    itemId,
    snapshot: {
      mailbox: { displayName: "Chris Park", emailAddress: "chris.park@dcj-demo.example" },
      item: {
        itemType: "message",
        itemClass: "IPM.Schedule.Meeting.Request",
        subject: "Catch-up",
        organizer: { displayName: "Helen Ward", emailAddress: "helen.ward@dcj-demo.example" },
        requiredAttendees: [],
        optionalAttendees: [],
        body: "",
        ...item,
      },
    },
  };
}

/**
 * A Host for tests. Reads either answer at once with `item` (or fail with `readError`), or,
 * with `deferReads`, wait in `pendingReads` until the test settles them.
 */
export class FakeHost implements Host {
  item: ItemState = { kind: "none" };
  readError: HostError | undefined;
  deferReads = false;
  readonly pendingReads: Deferred<ItemState>[] = [];
  readCount = 0;

  stored: StoredSettings;
  /** What loadSettings() says could not be read. */
  unread: string | undefined;
  readonly saved: StoredSettings[] = [];
  saveError: HostError | undefined;

  readonly replyForms: string[] = [];
  replyFormError: HostError | undefined;

  theme: "light" | "dark" = "light";

  /**
   * What graphTarget() answers. By default: nested app authentication works, and the open invite
   * is a meeting request whose REST id is "rest-" + its item id.
   */
  target: GraphTarget | undefined;
  graphTargetCount = 0;

  private readonly itemListeners = new Set<() => void>();
  private readonly themeListeners = new Set<() => void>();

  constructor(settings: Partial<StoredSettings> = {}) {
    this.stored = defaultSettings(settings);
  }

  readItem(): Promise<ItemState> {
    this.readCount += 1;
    if (this.deferReads) {
      const read = deferred<ItemState>();
      this.pendingReads.push(read);
      return read.promise;
    }
    if (this.readError) return Promise.reject(this.readError);
    return Promise.resolve(this.item);
  }

  onItemChanged(listener: () => void): () => void {
    this.itemListeners.add(listener);
    return () => this.itemListeners.delete(listener);
  }

  /** Selects another item, as Outlook does in a pinned pane. */
  selectItem(item: ItemState): void {
    this.item = item;
    for (const listener of [...this.itemListeners]) listener();
  }

  get itemListenerCount(): number {
    return this.itemListeners.size;
  }

  loadSettings(): LoadedSettings {
    return { settings: clone(this.stored), ...(this.unread ? { unread: this.unread } : {}) };
  }

  saveSettings(settings: StoredSettings): Promise<void> {
    if (this.saveError) return Promise.reject(this.saveError);
    this.stored = clone(settings);
    this.saved.push(clone(settings));
    return Promise.resolve();
  }

  displayReplyForm(html: string): Promise<void> {
    if (this.replyFormError) return Promise.reject(this.replyFormError);
    this.replyForms.push(html);
    return Promise.resolve();
  }

  getTheme(): "light" | "dark" {
    return this.theme;
  }

  onThemeChanged(listener: () => void): () => void {
    this.themeListeners.add(listener);
    return () => this.themeListeners.delete(listener);
  }

  graphTarget(): Promise<GraphTarget> {
    this.graphTargetCount += 1;
    if (this.target) return Promise.resolve(this.target);
    const item = this.item;
    return Promise.resolve({
      item: item.kind === "invite" ? { kind: "meeting-request", restId: `rest-${item.itemId}` } : undefined,
      naaSupported: true,
    });
  }

  setTheme(theme: "light" | "dark"): void {
    this.theme = theme;
    for (const listener of [...this.themeListeners]) listener();
  }
}

export { HostError };
