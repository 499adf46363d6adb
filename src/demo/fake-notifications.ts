/**
 * The demo Outlook's notification bar: item.notificationMessages for each item, with Office's
 * rules (Mailbox 1.3): at most five notifications on an item, keys of at most 32 characters,
 * messages of at most 150, an icon for an informational message, and only informational messages
 * marked persistent surviving a move to another item. Other add-ins' notifications can be put on
 * an item too (as a test would), and this add-in can neither list nor change them.
 */

export interface DemoNotification {
  key: string;
  type: string;
  message: string;
  icon?: string;
  persistent?: boolean;
  /** "add-in": put there by QA Meeting Check; otherwise the name of another add-in. */
  owner: string;
}

interface AsyncResult<T> {
  status: "succeeded" | "failed";
  value: T;
  error: { code: number; name: string; message: string } | undefined;
  asyncContext: unknown;
}

const MAX_PER_ITEM = 5;
const MAX_KEY = 32;
const MAX_MESSAGE = 150;
const TYPES = ["progressIndicator", "informationalMessage", "errorMessage", "insightMessage"];
const OURS = "add-in";

function ok<T>(value: T, asyncContext: unknown): AsyncResult<T> {
  return { status: "succeeded", value, error: undefined, asyncContext };
}

function failure<T>(value: T, name: string, message: string): AsyncResult<T> {
  return { status: "failed", value, error: { code: 9000, name, message }, asyncContext: undefined };
}

function argsOf(args: unknown[]) {
  const callback = args.find(
    (arg): arg is (result: AsyncResult<unknown>) => void => typeof arg === "function",
  );
  const options = args.find(
    (arg): arg is { asyncContext?: unknown } => typeof arg === "object" && arg !== null,
  );
  return { callback, asyncContext: options?.asyncContext };
}

/** Office throws for bad arguments, before any callback. */
function checked(key: unknown, details: unknown): Omit<DemoNotification, "key" | "owner"> {
  if (typeof key !== "string" || key === "" || key.length > MAX_KEY)
    throw new RangeError("ArgumentOutOfRange: the key must be 1 to 32 characters.");
  const { type, message, icon, persistent } = (details ?? {}) as Record<string, unknown>;
  if (typeof type !== "string" || !TYPES.includes(type)) throw new TypeError("InvalidArgument: type");
  if (typeof message !== "string" || message.length > MAX_MESSAGE)
    throw new RangeError("ArgumentOutOfRange: the message must be at most 150 characters.");
  if (type === "informationalMessage" && (typeof icon !== "string" || icon === ""))
    throw new TypeError("InvalidArgument: an informational message needs an icon.");
  if (persistent !== undefined && type !== "informationalMessage")
    throw new TypeError("InvalidArgument: only an informational message can be persistent.");
  return {
    type,
    message,
    ...(typeof icon === "string" ? { icon } : {}),
    ...(persistent === true ? { persistent: true } : {}),
  };
}

/** One call the add-in made, and how Outlook answered: "succeeded" or the error's name. */
export interface NotificationCall {
  itemId: string;
  method: "getAllAsync" | "addAsync" | "replaceAsync" | "removeAsync";
  answer: string;
}

export class NotificationBar {
  private readonly byItem = new Map<string, DemoNotification[]>();
  /** Every call the add-in made, for the tests. */
  readonly calls: NotificationCall[] = [];

  constructor(
    /** Called after every change to an item's notifications, with the item's list as it is now. */
    private readonly changed: (itemId: string, notifications: readonly DemoNotification[]) => void,
  ) {}

  /** The item's notifications, in the order they were added. */
  of(itemId: string): readonly DemoNotification[] {
    return this.byItem.get(itemId) ?? [];
  }

  /** Another add-in's persistent notification on an item, as that add-in would add it. */
  addFromOtherAddin(itemId: string, addin: string, message: string): boolean {
    const list = this.list(itemId);
    if (list.length >= MAX_PER_ITEM) return false;
    list.push({
      key: `${addin}-${list.length}`,
      type: "informationalMessage",
      message,
      persistent: true,
      owner: addin,
    });
    this.changed(itemId, list);
    return true;
  }

  /** The user moved to another item: what does not persist is gone from the one they left. */
  left(itemId: string): void {
    const list = this.byItem.get(itemId);
    if (!list) return;
    const kept = list.filter((entry) => entry.persistent === true);
    if (kept.length === list.length) return;
    this.byItem.set(itemId, kept);
    this.changed(itemId, kept);
  }

  /** item.notificationMessages for one item. */
  api(itemId: string) {
    type Method = NotificationCall["method"];
    const answer = (
      method: Method,
      args: unknown[],
      result: (asyncContext: unknown) => AsyncResult<unknown>,
    ) => {
      const { callback, asyncContext } = argsOf(args);
      const outcome = result(asyncContext);
      this.calls.push({ itemId, method, answer: outcome.error?.name ?? "succeeded" });
      setTimeout(() => callback?.(outcome), 0);
    };
    const indexOf = (key: unknown) =>
      this.list(itemId).findIndex((existing) => existing.owner === OURS && existing.key === key);
    const ours = (key: unknown, details: unknown): DemoNotification => ({
      ...checked(key, details),
      key: key as string,
      owner: OURS,
    });
    return {
      getAllAsync: (...args: unknown[]) =>
        answer("getAllAsync", args, (context) =>
          ok(
            this.of(itemId)
              .filter((entry) => entry.owner === OURS)
              .map(({ owner: _owner, ...details }) => details),
            context,
          ),
        ),
      addAsync: (key: unknown, details: unknown, ...args: unknown[]) => {
        const entry = ours(key, details);
        answer("addAsync", args, (context) =>
          indexOf(key) >= 0
            ? failure(undefined, "DuplicateNotificationKey", "A notification with this key exists.")
            : this.put(itemId, -1, entry, context),
        );
      },
      replaceAsync: (key: unknown, details: unknown, ...args: unknown[]) => {
        const entry = ours(key, details);
        answer("replaceAsync", args, (context) => this.put(itemId, indexOf(key), entry, context));
      },
      removeAsync: (key: unknown, ...args: unknown[]) =>
        answer("removeAsync", args, (context) => {
          const index = indexOf(key);
          if (index < 0) return failure(undefined, "KeyNotFound", "There is no notification with this key.");
          const list = this.list(itemId);
          list.splice(index, 1);
          this.changed(itemId, list);
          return ok(undefined, context);
        }),
    };
  }

  private list(itemId: string): DemoNotification[] {
    const existing = this.byItem.get(itemId);
    if (existing) return existing;
    const created: DemoNotification[] = [];
    this.byItem.set(itemId, created);
    return created;
  }

  private put(
    itemId: string,
    index: number,
    entry: DemoNotification,
    asyncContext: unknown,
  ): AsyncResult<unknown> {
    const list = this.list(itemId);
    if (index < 0 && list.length >= MAX_PER_ITEM)
      return failure(
        undefined,
        "NumberOfNotificationMessagesExceeded",
        "An item can show at most 5 notifications.",
      );
    if (index < 0) list.push(entry);
    else list[index] = entry;
    this.changed(itemId, list);
    return ok(undefined, asyncContext);
  }
}
