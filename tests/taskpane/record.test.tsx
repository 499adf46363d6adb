/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, screen, waitFor, within } from "@testing-library/react";
import { toHaveNoViolations } from "jest-axe";
import { CSV_HEADER } from "../../src/record/csv";
import type { RecordEntry } from "../../src/record/entry";
import { readRecordCsv } from "../../src/record/read-csv";
import { FakeHost, inviteWith } from "../support/fake-host";
import { testServices } from "./fake-m365";
import { axe, hostFor, renderPane, verdictRegion } from "./helpers";

expect.extend(toHaveNoViolations);
jest.setTimeout(30_000);

const SECRET = "Case file 4471-B concerns the Nguyen children";

function secretInvite() {
  return inviteWith("secret-1", {
    subject: "QAMT review",
    requiredAttendees: [
      { displayName: "Grace Liu (QACI)", emailAddress: "grace.liu@dcj-demo.example", recipientType: "user" },
    ],
    start: "2026-12-10T03:00:00.000Z",
    location: "Penrith CSC, Room 2",
    body: `QAMT review with QACI. ${SECRET}.`,
  });
}

async function openRecord(user: ReturnType<typeof import("@testing-library/user-event").default.setup>) {
  await user.click(screen.getByRole("button", { name: "Your record" }));
  // Its contents come from their own chunk when first opened.
  await waitFor(() => expect(document.querySelector("[data-section-pending]")).toBeNull());
}

/** The Blob's bytes as UTF-8 text, byte order mark included (jsdom's Blob has no text()). */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(Buffer.from(reader.result as ArrayBuffer).toString("utf8"));
    reader.onerror = () => reject(reader.error ?? new Error("the blob could not be read"));
    reader.readAsArrayBuffer(blob);
  });
}

const realCreateObjectURL = URL.createObjectURL;
const realRevokeObjectURL = URL.revokeObjectURL;
afterEach(() => {
  URL.createObjectURL = realCreateObjectURL;
  URL.revokeObjectURL = realRevokeObjectURL;
  jest.restoreAllMocks();
});

test("each checked invite is added to the record once, newest first, without its body", async () => {
  const host = new FakeHost();
  host.item = secretInvite();
  const { user, services, container } = renderPane(host);
  await verdictRegion();
  await waitFor(() => expect(services.record.entries()).toHaveLength(1));

  const second = hostFor("team-meeting").item;
  act(() => host.selectItem(second));
  await waitFor(() => expect(services.record.entries()).toHaveLength(2));
  // Re-reading the same item updates its entry rather than adding one.
  act(() => host.selectItem(second));
  await verdictRegion();
  expect(services.record.entries()).toHaveLength(2);

  await openRecord(user);
  const list = screen.getByRole("list", { name: "Checked invites, newest first" });
  const items = within(list).getAllByRole("listitem");
  expect(items).toHaveLength(2);
  expect(items[0]).toHaveAttribute("data-record-entry", "item-team-meeting");
  expect(items[1]).toHaveTextContent("QAMT review");
  expect(items[1]).toHaveTextContent("Organizer: Helen Ward");
  expect(items[1]).toHaveTextContent("2 other people: role unknown, QACI");
  expect(items[1]).toHaveTextContent("Verdict: The PSA direction covers this meeting");
  expect(items[1]).toHaveTextContent("What I did: No action yet");
  expect(container).not.toHaveTextContent("4471-B");
  expect(services.storage.text).not.toContain("4471-B");
  expect(await axe(container)).toHaveNoViolations();
});

test("what the user did is recorded: replied, attended, ignored", async () => {
  const host = new FakeHost();
  host.item = secretInvite();
  const { user, services } = renderPane(host);
  await verdictRegion();
  const action = () => services.record.entries()[0]?.action;
  await waitFor(() => expect(action()).toBe("ignored"));

  await user.click(screen.getByRole("button", { name: "Reply to organizer" }));
  await waitFor(() => expect(action()).toBe("replied"));
  expect(document.querySelector("[data-record-action]")).toHaveTextContent("Your record says: Replied.");

  await user.click(screen.getByRole("button", { name: "I attended" }));
  expect(action()).toBe("attended");
  expect(screen.getByRole("button", { name: "I attended" })).toHaveAttribute("aria-pressed", "true");

  await user.click(screen.getByRole("button", { name: "I ignored it" }));
  expect(action()).toBe("ignored");
  const stored = JSON.parse(services.storage.text ?? "{}") as { entries: { action: string }[] };
  expect(stored.entries[0]?.action).toBe("ignored");
});

test("Export record downloads the record as CSV with a BOM, and never the invite's body", async () => {
  const host = new FakeHost();
  host.item = secretInvite();
  const { user, services } = renderPane(host);
  await verdictRegion();
  await waitFor(() => expect(services.record.entries()).toHaveLength(1));

  const blobs: Blob[] = [];
  URL.createObjectURL = jest.fn((blob: Blob) => {
    blobs.push(blob);
    return "blob:qa-record";
  });
  URL.revokeObjectURL = jest.fn();
  const clicks: HTMLAnchorElement[] = [];
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicks.push(this);
  });

  await openRecord(user);
  await user.click(screen.getByRole("button", { name: "Export record" }));
  expect(clicks).toHaveLength(1);
  expect(clicks[0]?.download).toBe("qa-meeting-record.csv");
  expect(clicks[0]?.href).toBe("blob:qa-record");
  expect(blobs[0]?.type).toBe("text/csv;charset=utf-8");
  const csv = await blobText(blobs[0] as Blob);
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const [header, row, ...rest] = csv.slice(1).split("\r\n");
  expect(header).toBe(CSV_HEADER.join(","));
  expect(row).toMatch(
    /^[^,]+Z,2026-12-10T03:00:00\.000Z,QAMT review,"Penrith CSC, Room 2",Helen Ward,helen\.ward@dcj-demo\.example,role unknown,2,role unknown; QACI,directive-applies,.*,ignored,Chris Park,chris\.park@dcj-demo\.example,psa-2022-09-in-force,2022-09\.1$/,
  );
  expect(rest).toEqual([""]);
  // What summary reads back is the entry itself, but for the mailbox's own item id.
  const { itemId, ...entry } = services.record.entries()[0] as RecordEntry;
  expect(itemId).toBe("secret-1");
  expect(readRecordCsv(csv)).toEqual({
    rows: [{ rowNumber: 2, row: entry }],
    problems: [],
    notRecord: undefined,
  });
  expect(csv).not.toContain("4471-B");
  expect(csv).not.toContain("Nguyen");
  expect(document.querySelector("[data-record-status]")).toHaveAttribute("data-record-status", "exported");
});

test("where downloads cannot work, Export record says so and Copy record as CSV copies it", async () => {
  const host = new FakeHost();
  host.item = secretInvite();
  const { user, services } = renderPane(host);
  await verdictRegion();
  await waitFor(() => expect(services.record.entries()).toHaveLength(1));
  URL.createObjectURL = undefined as unknown as typeof URL.createObjectURL;
  const writes: string[] = [];
  Object.defineProperty(navigator, "clipboard", {
    configurable: true,
    value: { writeText: async (text: string) => void writes.push(text) },
  });

  await openRecord(user);
  await user.click(screen.getByRole("button", { name: "Export record" }));
  expect(document.querySelector("[data-record-status]")).toHaveTextContent(
    "Outlook cannot save files here. Use Copy record as CSV instead.",
  );
  await user.click(screen.getByRole("button", { name: "Copy record as CSV" }));
  await waitFor(() => expect(writes).toHaveLength(1));
  expect(readRecordCsv(writes[0] as string).rows.map(({ row }) => row.subject)).toEqual(["QAMT review"]);
  expect(writes[0]).not.toContain("4471-B");
  expect(document.querySelector("[data-record-status]")).toHaveAttribute("data-record-status", "copied");
  Object.defineProperty(navigator, "clipboard", { configurable: true, value: undefined });
});

test("Clear record asks first; keeping it changes nothing, confirming empties it", async () => {
  const host = new FakeHost();
  host.item = secretInvite();
  const { user, services } = renderPane(host);
  await verdictRegion();
  await waitFor(() => expect(services.record.entries()).toHaveLength(1));
  await openRecord(user);

  await user.click(screen.getByRole("button", { name: "Clear record" }));
  const confirm = screen.getByRole("group", { name: "Confirm clearing your record" });
  expect(confirm).toHaveTextContent("Clear all 1 entry from your record? This cannot be undone.");
  await user.click(within(confirm).getByRole("button", { name: "Keep my record" }));
  expect(screen.queryByRole("group", { name: "Confirm clearing your record" })).toBeNull();
  expect(services.record.entries()).toHaveLength(1);
  expect(screen.getByRole("button", { name: "Clear record" })).toHaveFocus();

  await user.click(screen.getByRole("button", { name: "Clear record" }));
  await user.click(screen.getByRole("button", { name: "Yes, clear my record" }));
  expect(services.record.entries()).toHaveLength(0);
  expect(JSON.parse(services.storage.text ?? "{}")).toEqual({ version: 1, entries: [] });
  expect(screen.getByText("Your record is empty.")).toBeInTheDocument();
  expect(document.querySelector("[data-record-status]")).toHaveTextContent("Your record is cleared.");
});

test("a record that cannot be saved on this device says so, and the pane keeps working", async () => {
  const host = new FakeHost();
  host.item = secretInvite();
  const services = testServices();
  services.storage.save = () => ({
    ok: false,
    problem: { kind: "full", message: "There is no room left to keep your record on this device." },
  });
  const { user } = renderPane(host, services);
  await verdictRegion();
  await openRecord(user);
  expect(
    await screen.findByText("There is no room left to keep your record on this device."),
  ).toBeInTheDocument();
  expect(
    within(screen.getByRole("list", { name: "Checked invites, newest first" })).getAllByRole("listitem"),
  ).toHaveLength(1);
});

test("Your record draws a chart of itself by month, only once the section is opened", async () => {
  const host = new FakeHost();
  host.item = secretInvite();
  const { user, services } = renderPane(host);
  await verdictRegion();
  await waitFor(() => expect(services.record.entries()).toHaveLength(1));
  expect(document.querySelector("[data-record-chart]")).toBeNull();

  await openRecord(user);
  await waitFor(
    () => expect(document.querySelector("[data-record-chart]")).toHaveAttribute("data-record-chart", "drawn"),
    { timeout: 20_000 },
  );
  const figure = document.querySelector("[data-record-chart]") as HTMLElement;
  expect(within(figure).getByText("By month: Dec 2026: 1 covered by the direction.")).toBeInTheDocument();
  const chart = figure.querySelector('svg[aria-label="Your record by month"]');
  expect(chart).not.toBeNull();
  // One bar, for the one invite, labelled with its count.
  expect(chart?.querySelectorAll("g.bars rect")).toHaveLength(1);
  expect(chart?.textContent).toContain("Dec 2026");
});
