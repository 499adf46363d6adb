import { OfficeMockObject } from "office-addin-mock";

/*
 * office-addin-mock needs only the OfficeApp names from office-addin-manifest. The real package
 * loads an ES module that Jest on Node 20 cannot require, and its usage-data dependency; with
 * this stand-in the tests load neither, so nothing can be sent over the network.
 */
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));

/**
 * Builds Office.js namespaces for the adapter tests with office-addin-mock. office-addin-mock
 * cannot express Outlook's callback APIs, so those are written here in the real API's shape:
 * the callback comes last, receives an AsyncResult, and is called later, never synchronously.
 */

type Data = Record<string, unknown>;
type Callback = (result: unknown) => void;

export interface OfficeErrorData {
  code: number;
  name: string;
  message: string;
}

export const NETWORK_ERROR: OfficeErrorData = {
  code: 9041,
  name: "NetworkError",
  message: "The user is no longer connected to the network.",
};

export function succeeded(value?: unknown) {
  return { status: "succeeded", value, error: undefined, asyncContext: undefined };
}

export function failed(error: OfficeErrorData = NETWORK_ERROR) {
  return { status: "failed", value: undefined, error, asyncContext: undefined };
}

/** The callback Office was given: always the last function argument. */
export function callbackOf(args: unknown[]): Callback {
  const callback = [...args].reverse().find((arg) => typeof arg === "function");
  if (!callback) throw new Error("no callback was passed to the Office API");
  return callback as Callback;
}

export function callLater(callback: Callback, result: unknown): void {
  setTimeout(() => callback(result), 0);
}

/** item.body with getAsync(coercionType, [options], callback), answering in the format asked for. */
export function bodyOf(text: string, result?: ReturnType<typeof failed>) {
  return {
    getAsync: jest.fn((coercionType: unknown, ...rest: unknown[]) => {
      const html = `<html><body><div><p>${text}</p></div></body></html>`;
      callLater(callbackOf(rest), result ?? succeeded(coercionType === "text" ? text : html));
    }),
  };
}

/** convertToLocalClientTime for a mailbox in Sydney during daylight saving (UTC+11). */
export function sydneyClientTime(instant: Date) {
  const shifted = new Date(instant.getTime() + 11 * 60 * 60 * 1000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth(),
    date: shifted.getUTCDate(),
    hours: shifted.getUTCHours(),
    minutes: shifted.getUTCMinutes(),
    seconds: shifted.getUTCSeconds(),
    milliseconds: shifted.getUTCMilliseconds(),
    timezoneOffset: 660,
  };
}

function compareVersions(first: string, second: string): number {
  const a = first.split(".").map(Number);
  const b = second.split(".").map(Number);
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

export interface RoamingFake {
  data: Data;
  /** What Outlook has persisted: changes only when saveAsync succeeds. */
  persisted: Map<string, unknown>;
  set: jest.Mock;
  saveAsync: jest.Mock;
}

export function roamingSettingsOf(initial: Data = {}, saveResult: unknown = succeeded()): RoamingFake {
  const persisted = new Map(Object.entries(initial));
  const memory = new Map(persisted);
  const set = jest.fn((name: string, value: unknown) => void memory.set(name, value));
  const saveAsync = jest.fn((...args: unknown[]) => {
    if ((saveResult as { status: string }).status === "succeeded")
      memory.forEach((value, key) => persisted.set(key, value));
    callLater(callbackOf(args), saveResult);
  });
  const data = {
    get: (name: string) => memory.get(name),
    set,
    remove: (name: string) => memory.delete(name),
    saveAsync,
  };
  return { data, persisted, set, saveAsync };
}

export interface FakeOptions {
  item?: Data | null | undefined;
  /** The highest Mailbox requirement set the client supports; "" for none. */
  mailboxVersion?: string;
  mailbox?: Data;
  roamingSettings?: Data;
  officeTheme?: Data;
  /** Whether isSetSupported("NestedAppAuth", "1.1") says yes (default: no). */
  nestedAppAuth?: boolean;
}

export interface HandlerRegistry {
  addHandlerAsync: jest.Mock;
  /** Calls the handlers Outlook holds for this event type, as Outlook would. */
  fire(eventType: string): void;
}

export function handlerRegistry(result: unknown = succeeded()): HandlerRegistry {
  const handlers: { eventType: unknown; handler: (args: unknown) => void }[] = [];
  const addHandlerAsync = jest.fn(
    (eventType: unknown, handler: (args: unknown) => void, ...rest: unknown[]) => {
      if ((result as { status: string }).status === "succeeded") handlers.push({ eventType, handler });
      callLater(callbackOf(rest), result);
    },
  );
  return {
    addHandlerAsync,
    fire(eventType) {
      handlers
        .filter((entry) => entry.eventType === eventType)
        .forEach((entry) => entry.handler({ type: eventType }));
    },
  };
}

export const OFFICE_ENUMS = {
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  CoercionType: { Text: "text", Html: "html" },
  EventType: { ItemChanged: "olkItemSelectedChanged", OfficeThemeChanged: "officeThemeChanged" },
  HostType: { Outlook: "Outlook" },
  MailboxEnums: {
    RestVersion: { v1_0: "v1.0", v2_0: "v2.0", Beta: "beta" },
    ItemNotificationMessageType: {
      ProgressIndicator: "progressIndicator",
      InformationalMessage: "informationalMessage",
      ErrorMessage: "errorMessage",
      InsightMessage: "insightMessage",
    },
  },
};

export const MAILBOX_OWNER = { displayName: "Chris Park", emailAddress: "chris.park@dcj-demo.example" };

/** Splits out null values: office-addin-mock's populate() cannot take them, setValue() can. */
function withoutNulls(
  data: Data,
  path: string[] = [],
  nulls: string[][] = [],
): { data: Data; nulls: string[][] } {
  const clean: Data = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === null) nulls.push([...path, key]);
    else if (typeof value === "object" && !Array.isArray(value) && !(value instanceof Date))
      clean[key] = withoutNulls(value as Data, [...path, key], nulls).data;
    else clean[key] = value;
  }
  return { data: clean, nulls };
}

export function mockOf(data: Data): OfficeMockObject {
  const { data: clean, nulls } = withoutNulls({ host: "outlook", ...data });
  const mock = new OfficeMockObject(clean);
  for (const path of nulls) {
    const parent = path.slice(0, -1).reduce<unknown>((object, key) => (object as Data)[key], mock);
    (parent as { setValue(name: string, value: unknown): void }).setValue(path[path.length - 1] ?? "", null);
  }
  return mock;
}

export function asOffice(mock: OfficeMockObject): typeof Office {
  return mock as unknown as typeof Office;
}

export function fakeOffice(options: FakeOptions = {}): typeof Office {
  const mailboxVersion = options.mailboxVersion ?? "1.14";
  const isSetSupported = (name: string, version = "1.1") =>
    (name === "Mailbox" && mailboxVersion !== "" && compareVersions(version, mailboxVersion) <= 0) ||
    (name === "NestedAppAuth" && options.nestedAppAuth === true && compareVersions(version, "1.1") <= 0);
  return asOffice(
    mockOf({
      ...OFFICE_ENUMS,
      context: {
        requirements: { isSetSupported },
        mailbox: {
          userProfile: MAILBOX_OWNER,
          item: options.item,
          convertToLocalClientTime: sydneyClientTime,
          ...options.mailbox,
        },
        roamingSettings: options.roamingSettings ?? roamingSettingsOf().data,
        ...(options.officeTheme ? { officeTheme: options.officeTheme } : {}),
      },
    }),
  );
}

/** item.getSharedPropertiesAsync(callback), answering with these shared properties (or failing). */
export function sharedPropertiesOf(result: unknown) {
  return jest.fn((...args: unknown[]) => callLater(callbackOf(args), result));
}

export const NOTIFICATIONS_EXCEEDED: OfficeErrorData = {
  code: 9018,
  name: "NumberOfNotificationMessagesExceeded",
  message: "You can't add more than 5 notification messages.",
};

const KEY_NOT_FOUND: OfficeErrorData = {
  code: 9020,
  name: "KeyNotFound",
  message: "The notification message with the specified key doesn't exist.",
};

export interface NotificationMessage {
  key: string;
  type: string;
  message: string;
  icon?: string;
  persistent?: boolean;
  /** Which add-in put it there: "us", or another add-in's name. */
  owner: string;
}

export interface NotificationsFake {
  data: Data;
  /** Every notification on the item, ours and other add-ins'. */
  messages: NotificationMessage[];
  /** The calls the add-in made, by method, in order. */
  calls: string[];
}

/**
 * item.notificationMessages as Outlook on the web and desktop keep it: at most five per item,
 * replaceAsync adding a missing key, removeAsync failing for one that is not there. `others` are
 * notifications other add-ins put on the item; with `othersListed` getAllAsync lists them too.
 */
export function notificationsOf(
  options: { others?: string[]; othersListed?: boolean; getAllResult?: unknown } = {},
): NotificationsFake {
  const messages: NotificationMessage[] = (options.others ?? []).map((message, index) => ({
    key: `other-${index}`,
    type: "informationalMessage",
    message,
    owner: `other add-in ${index}`,
  }));
  const calls: string[] = [];
  const visible = () => messages.filter((entry) => options.othersListed || entry.owner === "us");
  const details = ({ owner: _owner, ...rest }: NotificationMessage) => rest;
  const data = {
    getAllAsync: jest.fn((...args: unknown[]) => {
      calls.push("getAllAsync");
      callLater(callbackOf(args), options.getAllResult ?? succeeded(visible().map(details)));
    }),
    replaceAsync: jest.fn((key: string, message: Omit<NotificationMessage, "key" | "owner">, ...args) => {
      calls.push(`replaceAsync ${key}`);
      const index = messages.findIndex((entry) => entry.key === key && entry.owner === "us");
      if (index < 0 && messages.length >= 5)
        return callLater(callbackOf(args), failed(NOTIFICATIONS_EXCEEDED));
      const entry = { ...message, key, owner: "us" };
      if (index < 0) messages.push(entry);
      else messages[index] = entry;
      callLater(callbackOf(args), succeeded());
    }),
    removeAsync: jest.fn((key: string, ...args: unknown[]) => {
      calls.push(`removeAsync ${key}`);
      const index = messages.findIndex((entry) => entry.key === key && entry.owner === "us");
      if (index < 0) return callLater(callbackOf(args), failed(KEY_NOT_FOUND));
      messages.splice(index, 1);
      callLater(callbackOf(args), succeeded());
    }),
  };
  return { data, messages, calls };
}
