import type { DemoItem, DemoTheme, FakeOutlook } from "./fake-office";
import type { DemoNotification } from "./fake-notifications";
import { bundledSamples, mailboxOrder, readFile, readFiles } from "./sample-mailbox";
import {
  DEMO_CLIENT_ID,
  FAILURE_MODES,
  MANAGER_STORAGE_KEY,
  type FailureMode,
  type GraphRequestRecord,
  type SimulatedMicrosoft365,
} from "./simulated-m365";
import { DEFAULT_POLICY_ID } from "../core";
import { SETTINGS_KEY } from "../office/settings-store";
import type { StoredSettings } from "../host";

/**
 * The demo page's Outlook chrome: the inbox list, the reading view and the simulated reply
 * form. Every piece of invite text goes in through textContent (or a sandboxed iframe's srcdoc
 * for the reply HTML), never as markup.
 */

const THEME_STORAGE_KEY = "qaMeetingCheck.demo.theme";
const TIME_ZONE = "Australia/Sydney";
const RENDER_POLICY = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`;

type Address = NonNullable<DemoItem["snapshot"]["item"]["organizer"]>;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`demo.html has no #${id}`);
  return found as T;
}

function make<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const created = document.createElement(tag);
  if (text !== undefined) created.textContent = text;
  if (className) created.className = className;
  return created;
}

function nameOf(address: Address | null | undefined): string {
  if (!address) return "";
  const { displayName, emailAddress } = address;
  if (displayName && emailAddress) return `${displayName} <${emailAddress}>`;
  return displayName ?? emailAddress ?? "";
}

function namesOf(addresses: readonly Address[] | null | undefined): string {
  return (addresses ?? []).map(nameOf).join("; ");
}

const dateFormat = new Intl.DateTimeFormat("en-AU", {
  timeZone: TIME_ZONE,
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
});
const timeFormat = new Intl.DateTimeFormat("en-AU", {
  timeZone: TIME_ZONE,
  hour: "numeric",
  minute: "2-digit",
});

function validDate(value: string | null | undefined): Date | undefined {
  const date = value ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

const allDayFormat = new Intl.DateTimeFormat("en-AU", {
  timeZone: "UTC",
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
});

function whenOf(item: DemoItem["snapshot"]["item"]): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(item.start ?? ""))
    return `${allDayFormat.format(validDate(item.start))}, all day`;
  const start = validDate(item.start);
  if (!start) return "";
  const end = validDate(item.end);
  return end ? `${dateFormat.format(start)} – ${timeFormat.format(end)}` : dateFormat.format(start);
}

function kindOf(item: DemoItem["snapshot"]["item"]): string {
  if (item.itemType === "appointment") return "Calendar item";
  return (item.itemClass ?? "").startsWith("IPM.Schedule.Meeting.Request") ? "Meeting request" : "Message";
}

/** Resolves once the pane shows something other than its loading state (or after 3 s). */
function paneStarted(): Promise<void> {
  const root = element("root");
  const started = () => {
    const state = root.querySelector("[data-pane-state]")?.getAttribute("data-pane-state");
    return state !== undefined && state !== null && state !== "loading";
  };
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      setTimeout(resolve, 0);
    };
    const observer = new MutationObserver(() => {
      if (started()) done();
    });
    const timer = setTimeout(done, 3000);
    observer.observe(root, { subtree: true, childList: true, attributes: true });
    if (started()) done();
  });
}

export class DemoPage {
  /** The list as shown. */
  private items: DemoItem[] = [];
  private samples: DemoItem[] = [];
  /** Files the user opened, newest first. */
  private readonly opened: DemoItem[] = [];
  private readonly list = element<HTMLUListElement>("demo-list");
  private readonly message = element<HTMLParagraphElement>("demo-message");
  private readonly themeSwitch = element<HTMLButtonElement>("demo-theme");
  private readonly reply = element<HTMLDialogElement>("demo-reply");

  constructor(
    private readonly outlook: FakeOutlook,
    private readonly microsoft365: SimulatedMicrosoft365,
  ) {}

  /** Every item in the mailbox now, for the simulated Microsoft 365. */
  get mailboxItems(): readonly DemoItem[] {
    return this.items;
  }

  /**
   * Shows the snapshot samples and starts the pane at once; the .ics and .eml samples join the
   * list when read (the list's data-loaded attribute then says so).
   */
  async start(): Promise<void> {
    this.applyTheme(this.storedTheme());
    this.wireChrome();
    const { snapshots, mail } = bundledSamples();
    const first = await readFiles(snapshots, { bundledSnapshot: true });
    this.samples = first.items;
    this.seedSettings();
    this.items = mailboxOrder(this.opened, this.samples);
    this.renderList();
    this.select(this.items[0]);
    this.outlook.markReady();

    // The mail parsers are slow on a cold page: let the pane show its first answer before them.
    await paneStarted();
    const rest = await readFiles(mail);
    this.samples = [...this.samples, ...rest.items];
    this.items = mailboxOrder(this.opened, this.samples);
    this.renderList();
    this.list.dataset.loaded = "true";
    const problems = [...first.problems, ...rest.problems];
    if (problems.length > 0) this.say(`Some samples could not be read: ${problems.join("; ")}`, "error");
  }

  /**
   * On first run, the demo user's settings name the demo's (simulated) app registration and turn
   * directory look-ups on, so roles come from the simulated Microsoft 365 directory.
   */
  private seedSettings(): void {
    const roamingSettings = this.outlook.office.context.roamingSettings;
    if (roamingSettings.get(SETTINGS_KEY) !== undefined) return;
    const settings: StoredSettings = {
      roles: {},
      policyId: DEFAULT_POLICY_ID,
      theme: "auto",
      graphClientId: DEMO_CLIENT_ID,
      useDirectory: true,
    };
    roamingSettings.set(SETTINGS_KEY, JSON.stringify(settings));
    roamingSettings.saveAsync(() => undefined);
  }

  /** Shows an item's add-in notifications above it, as Outlook does, when it is the item on screen. */
  showNotifications(itemId: string, notifications: readonly DemoNotification[]): void {
    if (this.outlook.selected?.id !== itemId) return;
    element("demo-notifications").replaceChildren(
      ...notifications.map((notification) => {
        const entry = make("li", notification.message);
        entry.dataset.notification = notification.message;
        entry.dataset.notificationType = notification.type;
        return entry;
      }),
    );
  }

  /** Shows which meeting the add-in asked Outlook to open (displayAppointmentForm). */
  showAppointment(item: DemoItem | undefined): void {
    const dialog = element<HTMLDialogElement>("demo-appointment");
    if (dialog.open) dialog.close();
    const invite = item?.snapshot.item;
    element("demo-appointment-note").textContent = invite
      ? "The add-in asked Outlook to open this meeting in its own window."
      : "The add-in asked Outlook to open a meeting this mailbox does not have: Outlook shows an empty form.";
    element("demo-appointment-subject").textContent = invite ? invite.subject || "(no subject)" : "";
    element("demo-appointment-organizer").textContent = nameOf(invite?.organizer);
    element("demo-appointment-when").textContent = invite ? whenOf(invite) : "";
    dialog.dataset.itemId = item?.id ?? "";
    dialog.showModal();
  }

  /** Shows the reply form Outlook would open, with exactly the HTML the add-in gave it. */
  showReply({ item, html }: { item: DemoItem; html: string }): void {
    if (this.reply.open) this.reply.close();
    element("demo-reply-to").textContent = nameOf(item.snapshot.item.organizer);
    element("demo-reply-subject").textContent = `RE: ${item.snapshot.item.subject ?? ""}`;
    // Sandboxed (no scripts) and with nothing fetched, whatever the HTML holds.
    element<HTMLIFrameElement>("demo-reply-view").srcdoc = RENDER_POLICY + html;
    element("demo-reply-source").textContent = html;
    this.reply.returnValue = "";
    this.reply.showModal();
  }

  /** The "Simulated Microsoft 365" panel: the failure mode to simulate and every request the pane made. */
  private wireMicrosoft365(): void {
    const select = element<HTMLSelectElement>("demo-m365-mode");
    select.replaceChildren(
      ...FAILURE_MODES.map(({ mode, label }) => {
        const choice = make("option", label);
        choice.value = mode;
        return choice;
      }),
    );
    select.value = this.microsoft365.failureMode;
    select.addEventListener("change", () => {
      this.microsoft365.setFailureMode(select.value as FailureMode);
      this.say(`Simulated Microsoft 365: ${select.selectedOptions[0]?.textContent ?? select.value}.`);
    });
    const manager = element<HTMLInputElement>("demo-m365-manager");
    manager.checked = localStorage.getItem(MANAGER_STORAGE_KEY) === "true";
    manager.addEventListener("change", () => {
      localStorage.setItem(MANAGER_STORAGE_KEY, String(manager.checked));
      // The add-in remembers the directory's answers for the session: a reload lets it ask again.
      window.location.reload();
    });
    const log = element<HTMLOListElement>("demo-m365-log");
    const count = element("demo-m365-count");
    const show = (record: GraphRequestRecord) => {
      const entry = make("li");
      entry.dataset.method = record.method;
      entry.dataset.path = record.path;
      entry.dataset.status = String(record.status);
      const status = record.status === 0 ? "no answer (offline)" : String(record.status);
      entry.append(
        make("span", `${record.method} ${record.readablePath}`, "demo-m365-request"),
        make("span", ` → ${status}`, "demo-m365-status"),
      );
      const comment = (record.body as { comment?: unknown } | undefined)?.comment;
      if (typeof comment === "string") {
        const sendResponse = (record.body as { sendResponse?: unknown }).sendResponse;
        entry.append(
          make("span", `sendResponse: ${String(sendResponse)}; comment:`, "demo-m365-label"),
          make("pre", comment, "demo-m365-comment"),
        );
      }
      log.append(entry);
      count.textContent = `${log.childElementCount} ${log.childElementCount === 1 ? "request" : "requests"}`;
    };
    for (const record of this.microsoft365.requests) show(record);
    this.microsoft365.onRequest(show);
  }

  private wireChrome(): void {
    this.wireMicrosoft365();
    this.themeSwitch.addEventListener("click", () => {
      const next: DemoTheme = this.outlook.currentTheme === "dark" ? "light" : "dark";
      this.applyTheme(next);
      localStorage.setItem(THEME_STORAGE_KEY, next);
    });
    const input = element<HTMLInputElement>("demo-file");
    input.addEventListener("change", () => {
      const file = input.files?.[0];
      if (file) void this.open(file).finally(() => (input.value = ""));
    });
    document.addEventListener("dragover", (event) => {
      if (!event.dataTransfer?.types.includes("Files")) return;
      event.preventDefault();
      document.body.dataset.dragging = "true";
    });
    document.addEventListener("dragleave", (event) => {
      if (event.relatedTarget === null) delete document.body.dataset.dragging;
    });
    document.addEventListener("drop", (event) => {
      delete document.body.dataset.dragging;
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      void this.open(file);
    });
    this.list.addEventListener("keydown", (event) => this.onListKey(event));
    this.reply.addEventListener("close", () => {
      if (this.reply.returnValue === "send") this.say("Reply sent (simulated): nothing left this page.");
      else this.say("Reply discarded.");
    });
  }

  private storedTheme(): DemoTheme {
    return localStorage.getItem(THEME_STORAGE_KEY) === "dark" ? "dark" : "light";
  }

  private applyTheme(theme: DemoTheme): void {
    this.outlook.setTheme(theme);
    document.documentElement.dataset.theme = theme;
    this.themeSwitch.setAttribute("aria-checked", String(theme === "dark"));
  }

  private async open(file: File): Promise<void> {
    this.say(`Opening ${file.name}…`);
    let content: Uint8Array;
    try {
      content = new Uint8Array(await file.arrayBuffer());
    } catch {
      this.say(`${file.name} could not be read from the disk.`, "error");
      return;
    }
    const reading = await readFile({ fileName: file.name, content });
    if (reading.kind === "error") {
      this.say(`${file.name} could not be opened: ${reading.message}`, "error");
      return;
    }
    const notes = reading.notes.map((note) => ` ${note}`).join("");
    if (reading.kind === "not-request") {
      this.say(
        `${file.name} is not a meeting invite (${reading.reason}), so there is nothing to check.${notes}`,
        "error",
      );
      return;
    }
    this.opened.unshift(reading.item);
    this.items = mailboxOrder(this.opened, this.samples);
    this.renderList();
    this.select(reading.item);
    this.optionFor(reading.item)?.focus();
    const directory = reading.hasDirectory
      ? " Its directory job titles join the simulated Microsoft 365 directory, where the pane looks roles up."
      : "";
    this.say(`Opened ${file.name}.${notes}${directory}`);
  }

  private say(text: string, kind: "info" | "error" = "info"): void {
    this.message.dataset.kind = kind;
    this.message.textContent = text;
  }

  private renderList(): void {
    const options = this.items.map((item) => {
      const { item: invite } = item.snapshot;
      const option = make("li");
      option.id = `demo-option-${item.id}`;
      option.setAttribute("role", "option");
      option.dataset.itemId = item.id;
      option.dataset.sample = item.sample;
      option.append(
        make(
          "span",
          invite.organizer?.displayName || invite.organizer?.emailAddress || "(no organizer)",
          "from",
        ),
        make("span", invite.subject || "(no subject)", "subject"),
        make("span", [kindOf(invite), whenOf(invite)].filter(Boolean).join(" · "), "meta"),
      );
      option.addEventListener("click", () => {
        this.select(item);
        option.focus();
      });
      return option;
    });
    this.list.replaceChildren(...options);
    this.markSelection();
  }

  private optionFor(item: DemoItem | undefined): HTMLElement | undefined {
    if (!item) return undefined;
    return this.list.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(item.id)}"]`) ?? undefined;
  }

  private markSelection(): void {
    const selected = this.outlook.selected;
    for (const option of this.list.querySelectorAll<HTMLElement>("[role=option]")) {
      const isSelected = option.dataset.itemId === selected?.id;
      option.setAttribute("aria-selected", String(isSelected));
      option.tabIndex = isSelected ? 0 : -1;
    }
    if (!selected && this.list.firstElementChild instanceof HTMLElement)
      this.list.firstElementChild.tabIndex = 0;
  }

  /** Selection follows focus, as in Outlook's message list. */
  private onListKey(event: KeyboardEvent): void {
    const index = this.items.findIndex((item) => item.id === this.outlook.selected?.id);
    let next: number | undefined;
    if (event.key === "ArrowDown") next = Math.min(index + 1, this.items.length - 1);
    else if (event.key === "ArrowUp") next = Math.max(index - 1, 0);
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = this.items.length - 1;
    else if (event.key === "Enter" || event.key === " ") {
      const focused = (event.target as HTMLElement).closest<HTMLElement>("[role=option]");
      next = this.items.findIndex((item) => item.id === focused?.dataset.itemId);
    }
    const item = next === undefined ? undefined : this.items[next];
    if (!item) return;
    event.preventDefault();
    this.select(item);
    this.optionFor(item)?.focus();
  }

  private select(item: DemoItem | undefined): void {
    if (item && item.id === this.outlook.selected?.id) return;
    this.outlook.select(item);
    this.markSelection();
    this.renderReading(item);
  }

  private renderReading(item: DemoItem | undefined): void {
    const subject = element("demo-subject");
    const fields = element<HTMLDListElement>("demo-fields");
    const body = element("demo-body");
    this.showNotifications(item?.id ?? "", item ? this.outlook.notificationsOf(item.id) : []);
    if (!item) {
      subject.textContent = "No message selected";
      element("demo-kind").textContent = "";
      fields.replaceChildren();
      body.textContent = "";
      return;
    }
    const invite = item.snapshot.item;
    subject.textContent = invite.subject || "(no subject)";
    element("demo-kind").textContent = kindOf(invite);
    const appointment = invite.itemType === "appointment";
    const rows: [string, string][] = appointment
      ? [
          ["Organizer", nameOf(invite.organizer)],
          ["Required", namesOf(invite.requiredAttendees)],
          ["Optional", namesOf(invite.optionalAttendees)],
          ["Resources", namesOf(invite.resources)],
        ]
      : [
          ["From", nameOf(invite.organizer)],
          ["To", namesOf(invite.requiredAttendees)],
          ["Cc", namesOf(invite.optionalAttendees)],
        ];
    rows.push(["When", whenOf(invite)], ["Where", invite.location ?? ""]);
    if (invite.recurrence) rows.push(["Repeats", invite.recurrence.recurrenceType]);
    fields.replaceChildren(
      ...rows
        .filter(([, value]) => value !== "")
        .flatMap(([label, value]) => [make("dt", label), make("dd", value)]),
    );
    body.textContent = invite.body ?? "";
  }
}
