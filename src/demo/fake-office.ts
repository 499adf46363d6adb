import type { InviteSnapshotInput } from "../core";
import { escapeHtml } from "../core/text";
import { NotificationBar, type DemoNotification, type NotificationCall } from "./fake-notifications";

/**
 * A stand-in for the part of Office.js the add-in uses, so the real task pane runs in the demo
 * page without Outlook. It follows Office.js's shapes and callback conventions (asyncResult with
 * status, value and error); it ships only in the demo build.
 */

type Snapshot = InviteSnapshotInput;
type Address = NonNullable<Snapshot["item"]["organizer"]>;

/** One item in the demo mailbox: an invite, or any other message (itemClass tells them apart). */
export interface DemoItem {
  /** Outlook's itemId for it. */
  id: string;
  /** The file it came from (for the page and its tests). */
  sample: string;
  snapshot: Snapshot;
}

export type DemoTheme = "light" | "dark";

interface AsyncResult<T> {
  status: "succeeded" | "failed";
  value: T;
  error: { code: number; name: string; message: string } | undefined;
  asyncContext: unknown;
}
type Callback<T> = (result: AsyncResult<T>) => void;
type Handler = (args: { type: string; [key: string]: unknown }) => void;

const EVENT_ITEM_CHANGED = "olkItemSelectedChanged";
const EVENT_THEME_CHANGED = "officeThemeChanged";
/** The highest Mailbox requirement set the fake answers for. */
const MAILBOX_VERSION = [1, 13];
/** Outlook's limit for one add-in's roaming settings, in characters of JSON. */
const ROAMING_SETTINGS_LIMIT = 32 * 1024;
const DEFAULT_TIME_ZONE = "Australia/Sydney";
/** Nested app authentication: the simulated Outlook brokers sign-in (src/demo/simulated-m365.ts). */
const NESTED_APP_AUTH_VERSION = [1, 1];
/** What the demo's REST ids start with: made up, like the rest of the simulated mailbox. */
const REST_ID_PREFIX = "AAMkAGRlbW8";

function base64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
}

function fromBase64Url(text: string): string | undefined {
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/** The calendar event a meeting request in the demo Inbox stands for, as an EWS-style id. */
export function demoEventIdOf(item: DemoItem): string {
  return item.snapshot.item.itemType === "appointment" ? item.id : `calendar-event-of-${item.id}`;
}

/** convertToRestId for the demo mailbox: an EWS item id to the REST (Graph) id. Reversible. */
export function demoRestId(itemId: string): string {
  return `${REST_ID_PREFIX}${base64Url(itemId)}`;
}

/** The demo item id a REST id stands for, or undefined for an id this mailbox never gave. */
export function demoItemIdOfRestId(restId: string): string | undefined {
  return restId.startsWith(REST_ID_PREFIX) ? fromBase64Url(restId.slice(REST_ID_PREFIX.length)) : undefined;
}

function versionAtMost(version: string | undefined, max: readonly number[]): boolean {
  const [major = 0, minor = 0] = (version ?? "1.1").split(".").map(Number);
  const [maxMajor = 1, maxMinor = 0] = max;
  return major < maxMajor || (major === maxMajor && minor <= maxMinor);
}

/** Outlook's officeTheme: four colours (no isDarkTheme); these are close to Outlook on the web's. */
interface OutlookTheme {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
}

const THEMES: Record<DemoTheme, OutlookTheme> = {
  light: {
    bodyBackgroundColor: "#ffffff",
    bodyForegroundColor: "#242424",
    controlBackgroundColor: "#f5f5f5",
    controlForegroundColor: "#242424",
  },
  dark: {
    bodyBackgroundColor: "#292929",
    bodyForegroundColor: "#ffffff",
    controlBackgroundColor: "#1f1f1f",
    controlForegroundColor: "#ffffff",
  },
};

export interface FakeOfficeOptions {
  /** Where roaming settings persist; Outlook keeps them in the mailbox. */
  storage: Storage;
  storageKey: string;
  /** Called when the add-in opens a reply form; the demo shows it. */
  onReplyForm: (reply: { item: DemoItem; html: string }) => void;
  /** Called when an item's notifications change (item.notificationMessages); the demo shows them. */
  onNotifications?: (itemId: string, notifications: readonly DemoNotification[]) => void;
  /**
   * Called when the add-in opens a calendar event (displayAppointmentForm): the item it stands for,
   * or undefined for an id the mailbox does not have (Outlook then opens an empty form).
   */
  onAppointmentForm?: (item: DemoItem | undefined) => void;
  /** The items displayAppointmentForm can open: the mailbox's. */
  items?: () => readonly DemoItem[];
  /** The time zone of the simulated mailbox. */
  timeZone?: string;
  /**
   * The zone's offsets from UTC, as Office's start-up data gives the mailbox's, so converting a
   * time is arithmetic there and here. Without them (or outside them) the fake asks Intl, whose
   * time zone data costs tens of milliseconds the first time: `npm run bench:pane` gives them.
   */
  timeZoneOffsets?: readonly TimeZoneOffsetSpan[];
  /**
   * Outlook on a phone (iOS): diagnostics say OutlookIOS, and there is no displayReplyForm,
   * displayAppointmentForm or convertToEwsId, as on Outlook mobile.
   */
  phone?: boolean;
  /** Delay of each body read in ms; random 0-30 ms by default, so races are exercised. */
  bodyDelay?: (item: DemoItem) => number | undefined;
}

function succeeded<T>(value: T, asyncContext?: unknown): AsyncResult<T> {
  return { status: "succeeded", value, error: undefined, asyncContext };
}

function failed<T>(value: T, code: number, name: string, message: string): AsyncResult<T> {
  return { status: "failed", value, error: { code, name, message }, asyncContext: undefined };
}

/** Office's optional-arguments convention: (options?, callback?) or (callback?). */
function splitArgs<T>(args: unknown[]): {
  options: { asyncContext?: unknown };
  callback: Callback<T> | undefined;
} {
  const callback = args.find((arg): arg is Callback<T> => typeof arg === "function");
  const options =
    args.find((arg): arg is { asyncContext?: unknown } => typeof arg === "object" && arg !== null) ?? {};
  return { options, callback };
}

function later(fn: () => void, delay = 0): void {
  setTimeout(fn, delay);
}

function detailsOf(address: Address | null | undefined): Office.EmailAddressDetails | null {
  if (!address) return null;
  return {
    displayName: address.displayName ?? "",
    emailAddress: address.emailAddress ?? "",
    recipientType: address.recipientType ?? "user",
    appointmentResponse: "none",
  };
}

function listOf(addresses: readonly Address[] | null | undefined): Office.EmailAddressDetails[] {
  return (addresses ?? [])
    .map(detailsOf)
    .filter((details): details is Office.EmailAddressDetails => !!details);
}

/** From `start` until `end` (ms since 1970, UTC), the zone is `offsetMinutes` ahead of UTC. */
export interface TimeZoneOffsetSpan {
  start: number;
  end: number;
  offsetMinutes: number;
}

/** The simulated mailbox's time zone: its name and, when given, its offsets. */
interface MailboxZone {
  name: string;
  offsets: readonly TimeZoneOffsetSpan[];
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Midnight of an all-day date in the mailbox's zone, as Outlook gives an all-day item's start. */
function midnightIn(date: string, zone: MailboxZone): Date {
  const asUtc = new Date(`${date}T00:00:00Z`);
  const local = localClientTime(asUtc, zone);
  const offset = Date.UTC(local.year, local.month, local.date, local.hours, local.minutes) - asUtc.getTime();
  return new Date(asUtc.getTime() - offset);
}

function dateOf(value: string | null | undefined, zone: MailboxZone): Date | undefined {
  if (!value) return undefined;
  const date = DATE_ONLY.test(value) ? midnightIn(value, zone) : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Wall-clock fields of an instant in the mailbox's zone, as Office's LocalClientTime (month from 0). */
function localClientTime(instant: Date, zone: MailboxZone): Office.LocalClientTime {
  const time = instant.getTime();
  const span = zone.offsets.find((candidate) => candidate.start <= time && time < candidate.end);
  return span ? shiftedClientTime(instant, span.offsetMinutes) : intlClientTime(instant, zone.name);
}

function shiftedClientTime(instant: Date, offsetMinutes: number): Office.LocalClientTime {
  const wallClock = new Date(instant.getTime() + offsetMinutes * 60_000);
  return {
    year: wallClock.getUTCFullYear(),
    month: wallClock.getUTCMonth(),
    date: wallClock.getUTCDate(),
    hours: wallClock.getUTCHours(),
    minutes: wallClock.getUTCMinutes(),
    seconds: wallClock.getUTCSeconds(),
    milliseconds: wallClock.getUTCMilliseconds(),
    timezoneOffset: offsetMinutes,
  };
}

function intlClientTime(instant: Date, timeZone: string): Office.LocalClientTime {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value);
  const local = {
    year: field("year"),
    month: field("month") - 1,
    date: field("day"),
    hours: field("hour"),
    minutes: field("minute"),
    seconds: field("second"),
    milliseconds: instant.getUTCMilliseconds(),
  };
  const wallClock = Date.UTC(local.year, local.month, local.date, local.hours, local.minutes, local.seconds);
  const offset = Math.round((wallClock - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
  return { ...local, timezoneOffset: offset };
}

/**
 * The Office.js item for a demo item, in the shape Outlook gives it: a meeting request in the
 * Inbox is a message (organizer in From, attendees in To and Cc); a calendar item is an
 * appointment, with the organizer repeated among the required attendees as on the web.
 */
function officeItemOf(
  demo: DemoItem,
  zone: MailboxZone,
  readBody: Office.Body["getAsync"],
  displayReplyForm: (html: unknown) => void,
  notificationMessages: ReturnType<NotificationBar["api"]>,
) {
  const item = demo.snapshot.item;
  const common = {
    itemId: demo.id,
    notificationMessages,
    subject: item.subject ?? "",
    normalizedSubject: (item.subject ?? "").replace(/^(?:re|fw|fwd):\s*/i, ""),
    start: dateOf(item.start, zone),
    end: dateOf(item.end, zone),
    isAllDayEvent: DATE_ONLY.test(item.start ?? ""),
    location: item.location ?? "",
    recurrence: item.recurrence
      ? { recurrenceType: item.recurrence.recurrenceType, recurrenceProperties: null }
      : null,
    body: { getAsync: readBody },
    attachments: [],
    displayReplyForm,
    displayReplyAllForm: displayReplyForm,
    displayReplyFormAsync: (formData: unknown, ...args: unknown[]) => {
      const { options, callback } = splitArgs<void>(args);
      later(() => {
        displayReplyForm(formData);
        callback?.(succeeded(undefined, options.asyncContext));
      });
    },
  };
  if (item.itemType === "appointment") {
    const organizer = detailsOf(item.organizer);
    const required = listOf(item.requiredAttendees);
    const organizerListed = required.some(
      (attendee) => attendee.emailAddress.toLowerCase() === organizer?.emailAddress.toLowerCase(),
    );
    return {
      ...common,
      itemType: "appointment",
      itemClass: item.itemClass ?? "IPM.Appointment",
      organizer,
      requiredAttendees: organizer && !organizerListed ? [organizer, ...required] : required,
      optionalAttendees: listOf(item.optionalAttendees),
      resources: listOf(item.resources),
    };
  }
  return {
    ...common,
    itemType: "message",
    itemClass: item.itemClass ?? "IPM.Note",
    from: detailsOf(item.organizer),
    sender: detailsOf(item.organizer),
    to: listOf(item.requiredAttendees),
    cc: listOf(item.optionalAttendees),
  };
}

class RoamingSettings {
  private values: Record<string, unknown>;

  constructor(
    private readonly storage: Storage,
    private readonly key: string,
  ) {
    this.values = RoamingSettings.load(storage, key);
  }

  private static load(storage: Storage, key: string): Record<string, unknown> {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(key) ?? "{}");
      return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
        ? (parsed as Record<string, unknown>)
        : {};
    } catch {
      return {};
    }
  }

  get(name: string): unknown {
    return Object.prototype.hasOwnProperty.call(this.values, name) ? this.values[name] : undefined;
  }

  set(name: string, value: unknown): void {
    // Office keeps a serialised copy: later changes to the caller's object do not leak in.
    this.values[name] = value === undefined ? undefined : JSON.parse(JSON.stringify(value));
  }

  remove(name: string): void {
    delete this.values[name];
  }

  saveAsync(...args: unknown[]): void {
    const { options, callback } = splitArgs<void>(args);
    const json = JSON.stringify(this.values);
    later(() => {
      if (json.length > ROAMING_SETTINGS_LIMIT) {
        callback?.(failed(undefined, 9057, "SettingsSizeLimit", "The settings are larger than 32 KB."));
        return;
      }
      try {
        this.storage.setItem(this.key, json);
      } catch {
        // A full or blocked localStorage: Outlook's own failure when the mailbox cannot keep the settings.
        callback?.(failed(undefined, 9019, "InternalServerError", "The settings could not be saved."));
        return;
      }
      callback?.(succeeded(undefined, options.asyncContext));
    }, 5);
  }
}

/** The demo's Outlook: holds the selected item and theme, and raises Office's events. */
export class FakeOutlook {
  readonly office: typeof Office;
  private current: DemoItem | undefined;
  private officeItem: unknown = null;
  private theme: DemoTheme = "light";
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly zone: MailboxZone;
  private readonly defaultUser: Address;
  private readonly userProfile: Record<string, string>;
  private readonly officeTheme: OutlookTheme = { ...THEMES.light };
  private ready = false;
  private readonly readyCallbacks: (() => void)[] = [];
  private readonly notifications: NotificationBar;

  constructor(
    private readonly options: FakeOfficeOptions,
    user: Address,
  ) {
    this.zone = { name: options.timeZone ?? DEFAULT_TIME_ZONE, offsets: options.timeZoneOffsets ?? [] };
    this.defaultUser = user;
    this.userProfile = {
      displayName: user.displayName ?? "",
      emailAddress: user.emailAddress ?? "",
      timeZone: this.zone.name,
      accountType: "enterprise",
    };
    this.notifications = new NotificationBar((itemId, list) => options.onNotifications?.(itemId, list));
    this.office = this.buildOffice();
  }

  /** The notifications Outlook shows on an item now. */
  notificationsOf(itemId: string): readonly DemoNotification[] {
    return this.notifications.of(itemId);
  }

  /** The add-in's calls to item.notificationMessages, and Outlook's answers, for the tests. */
  get notificationCalls(): readonly NotificationCall[] {
    return this.notifications.calls;
  }

  /** Another add-in's notification on an item; false when the item already has five. */
  addOtherAddinNotification(itemId: string, addin: string, message: string): boolean {
    return this.notifications.addFromOtherAddin(itemId, addin, message);
  }

  get selected(): DemoItem | undefined {
    return this.current;
  }

  get currentTheme(): DemoTheme {
    return this.theme;
  }

  /** Selects an item, as clicking it in Outlook's list with the pane pinned: fires ItemChanged. */
  select(item: DemoItem | undefined): void {
    if (this.current && this.current.id !== item?.id) this.notifications.left(this.current.id);
    this.current = item;
    // The simulated mailbox belongs to whoever the invite was sent to.
    const owner = item?.snapshot.mailbox.emailAddress ? item.snapshot.mailbox : this.defaultUser;
    this.userProfile.displayName = owner.displayName ?? "";
    this.userProfile.emailAddress = owner.emailAddress ?? "";
    this.officeItem = item
      ? this.asPhone(
          officeItemOf(
            item,
            this.zone,
            this.bodyReader(item),
            (data) => this.replyForm(item, data),
            this.notifications.api(item.id),
          ),
        )
      : null;
    if (this.ready) this.raise(EVENT_ITEM_CHANGED, {});
  }

  /** Outlook mobile's item has no reply forms. */
  private asPhone<T extends object>(item: T): T {
    if (!this.options.phone) return item;
    const {
      displayReplyForm: _a,
      displayReplyAllForm: _b,
      displayReplyFormAsync: _c,
      ...rest
    } = item as T & {
      displayReplyForm?: unknown;
      displayReplyAllForm?: unknown;
      displayReplyFormAsync?: unknown;
    };
    return rest as T;
  }

  setTheme(theme: DemoTheme): void {
    if (theme === this.theme) return;
    this.theme = theme;
    Object.assign(this.officeTheme, THEMES[theme]);
    if (this.ready) this.raise(EVENT_THEME_CHANGED, { officeTheme: this.officeTheme });
  }

  /** Office.onReady's moment: call once the page holds a selected item. */
  markReady(): void {
    if (this.ready) return;
    this.ready = true;
    for (const callback of this.readyCallbacks.splice(0)) later(callback);
  }

  private raise(type: string, extra: Record<string, unknown>): void {
    for (const handler of this.handlers.get(type) ?? []) {
      later(() => handler({ type, ...extra }));
    }
  }

  private bodyReader(item: DemoItem): Office.Body["getAsync"] {
    const text = item.snapshot.item.body ?? "";
    return (coercionType: unknown, ...args: unknown[]) => {
      const { options, callback } = splitArgs<string>(args);
      const delay = this.options.bodyDelay?.(item) ?? Math.floor(Math.random() * 31);
      later(() => {
        if (coercionType !== "text" && coercionType !== "html") {
          callback?.(failed("", 1000, "InvalidCoercionType", "The coercion type is not supported."));
          return;
        }
        const value =
          coercionType === "html" ? `<html><body><pre>${escapeHtml(text)}</pre></body></html>` : text;
        callback?.(succeeded(value, options.asyncContext));
      }, delay);
    };
  }

  private replyForm(item: DemoItem, formData: unknown): void {
    let html = "";
    if (typeof formData === "string") html = formData;
    else if (typeof formData === "object" && formData !== null && "htmlBody" in formData) {
      const { htmlBody } = formData as { htmlBody?: unknown };
      html = typeof htmlBody === "string" ? htmlBody : "";
    }
    this.options.onReplyForm({ item, html });
  }

  /** displayAppointmentForm(ewsId): Outlook opens the event in its own window; the demo shows which. */
  private appointmentForm(ewsId: unknown): void {
    const items = this.options.items?.() ?? [];
    const item = items.find((candidate) => demoEventIdOf(candidate) === ewsId);
    later(() => this.options.onAppointmentForm?.(item));
  }

  private addHandler(type: unknown, handler: unknown, ...args: unknown[]): void {
    const { options, callback } = splitArgs<void>(args);
    if (
      typeof type !== "string" ||
      typeof handler !== "function" ||
      ![EVENT_ITEM_CHANGED, EVENT_THEME_CHANGED].includes(type)
    ) {
      later(() =>
        callback?.(failed(undefined, 5000, "InvalidEventType", "This event is not supported here.")),
      );
      return;
    }
    const set = this.handlers.get(type) ?? new Set<Handler>();
    set.add(handler as Handler);
    this.handlers.set(type, set);
    later(() => callback?.(succeeded(undefined, options.asyncContext)));
  }

  private removeHandler(type: unknown, ...args: unknown[]): void {
    const { options, callback } = splitArgs<void>(args);
    if (typeof type === "string") this.handlers.delete(type);
    later(() => callback?.(succeeded(undefined, options.asyncContext)));
  }

  private buildOffice(): typeof Office {
    const roamingSettings = new RoamingSettings(this.options.storage, this.options.storageKey);
    const onReady = (callback?: (info: { host: string; platform: string }) => void) =>
      new Promise<{ host: string; platform: string }>((resolve) => {
        const info = { host: "Outlook", platform: "OfficeOnline" };
        const done = () => {
          callback?.(info);
          resolve(info);
        };
        if (this.ready) later(done);
        else this.readyCallbacks.push(done);
      });
    const fake = {
      onReady,
      HostType: { Outlook: "Outlook" },
      PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
      CoercionType: { Text: "text", Html: "html" },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      EventType: { ItemChanged: EVENT_ITEM_CHANGED, OfficeThemeChanged: EVENT_THEME_CHANGED },
      MailboxEnums: {
        ItemType: { Message: "message", Appointment: "appointment" },
        RecipientType: {
          User: "user",
          DistributionList: "distributionList",
          ExternalUser: "externalUser",
          Other: "other",
        },
        RestVersion: { v1_0: "v1.0", v2_0: "v2.0", Beta: "beta" },
      },
      context: {
        displayLanguage: "en-AU",
        contentLanguage: "en-AU",
        officeTheme: this.officeTheme,
        roamingSettings,
        requirements: {
          isSetSupported: (name: string, version?: string) => {
            const set = name.toLowerCase();
            if (set === "mailbox") return versionAtMost(version, MAILBOX_VERSION);
            if (set === "nestedappauth") return versionAtMost(version, NESTED_APP_AUTH_VERSION);
            return false;
          },
        },
        diagnostics: { host: "Outlook", platform: "OfficeOnline", version: "demo" },
        mailbox: {
          userProfile: this.userProfile,
          diagnostics: { hostName: "OutlookWebApp", hostVersion: "demo", OWAView: "ThreeColumns" },
          addHandlerAsync: (type: unknown, handler: unknown, ...args: unknown[]) =>
            this.addHandler(type, handler, ...args),
          removeHandlerAsync: (type: unknown, ...args: unknown[]) => this.removeHandler(type, ...args),
          convertToLocalClientTime: (instant: Date) => localClientTime(instant, this.zone),
          // Outlook on the web gives EWS-style item ids; Graph wants REST ids (v2.0).
          convertToRestId: (itemId: string, restVersion: string) => {
            if (typeof itemId !== "string" || itemId === "") throw new Error("Invalid item id.");
            if (restVersion !== "v2.0" && restVersion !== "v1.0" && restVersion !== "beta")
              throw new Error("Invalid REST version.");
            return demoRestId(itemId);
          },
          convertToEwsId: (restId: string, restVersion: string) => {
            if (restVersion !== "v2.0" && restVersion !== "v1.0" && restVersion !== "beta")
              throw new Error("Invalid REST version.");
            const ewsId = typeof restId === "string" ? demoItemIdOfRestId(restId) : undefined;
            if (ewsId === undefined) throw new Error("Invalid id.");
            return ewsId;
          },
          displayAppointmentForm: (ewsId: unknown) => this.appointmentForm(ewsId),
          displayAppointmentFormAsync: (ewsId: unknown, ...args: unknown[]) => {
            const { options, callback } = splitArgs<void>(args);
            this.appointmentForm(ewsId);
            later(() => callback?.(succeeded(undefined, options.asyncContext)));
          },
        },
      },
    };
    if (this.options.phone) {
      const mailbox = fake.context.mailbox as Record<string, unknown>;
      mailbox.diagnostics = { hostName: "OutlookIOS", hostVersion: "demo" };
      for (const name of ["displayAppointmentForm", "displayAppointmentFormAsync", "convertToEwsId"])
        delete mailbox[name];
    }
    // Like Outlook, `mailbox.item` is whatever is selected now (null when nothing is).
    Object.defineProperty(fake.context.mailbox, "item", { enumerable: true, get: () => this.officeItem });
    return fake as unknown as typeof Office;
  }
}
