import { parseSnapshot } from "../../src/core";
import { BODY_READ_FAILED, ITEM_READ_FAILED } from "../../src/office/item-reader";
import { createOfficeHost } from "../../src/office/office-host";
import { HostError, type ItemState } from "../../src/host";
import {
  MAILBOX_OWNER,
  NETWORK_ERROR,
  bodyOf,
  failed,
  fakeOffice,
  mockOf,
  OFFICE_ENUMS,
  asOffice,
} from "./office-fake";

const HELEN = {
  displayName: "Helen Ward",
  emailAddress: "helen.ward@dcj-demo.example",
  recipientType: "user",
};
const SAM = { displayName: "Sam Lee", emailAddress: "sam.lee@dcj-demo.example", recipientType: "user" };
const QA_TEAM = {
  displayName: "QA Team",
  emailAddress: "qa.team@dcj-demo.example",
  recipientType: "distributionList",
};
const UNION = {
  displayName: "PSA Delegate",
  emailAddress: "delegate@psa-demo.example",
  recipientType: "externalUser",
};
const ROOM = {
  displayName: "Wollongong CSC Room 2",
  emailAddress: "room2@dcj-demo.example",
  recipientType: "other",
};
const CHRIS = { ...MAILBOX_OWNER, recipientType: "user" };
const BODY = "Please bring three files for the QAMT review.";
/** 2 pm on 10 December 2026 in Sydney (UTC+11). */
const START = new Date(Date.UTC(2026, 11, 10, 3, 0));
const END = new Date(Date.UTC(2026, 11, 10, 4, 0));

function meetingRequest(overrides: Record<string, unknown> = {}) {
  return {
    itemType: "message",
    itemClass: "IPM.Schedule.Meeting.Request",
    itemId: "AAMkRequest1",
    subject: "QAMT Review",
    from: HELEN,
    to: [CHRIS, SAM],
    cc: [QA_TEAM, UNION],
    start: START,
    end: END,
    location: "Wollongong CSC",
    recurrence: { recurrenceType: "monthly", seriesTime: {} },
    body: bodyOf(BODY),
    ...overrides,
  };
}

function calendarItem(overrides: Record<string, unknown> = {}) {
  return {
    itemType: "appointment",
    itemClass: "IPM.Appointment",
    itemId: "AAMkAppointment1",
    subject: "QAMT Review",
    organizer: HELEN,
    requiredAttendees: [HELEN, CHRIS],
    optionalAttendees: [QA_TEAM],
    resources: [ROOM],
    start: START,
    end: END,
    location: "Wollongong CSC",
    recurrence: { recurrenceType: "weekday" },
    body: bodyOf(BODY),
    ...overrides,
  };
}

function inviteOf(state: ItemState) {
  if (state.kind !== "invite") throw new Error(`expected an invite, got ${state.kind}`);
  return state;
}

describe("readItem: a meeting request in the Inbox", () => {
  it("maps From, To and Cc to organizer, required and optional attendees, with the plain-text body", async () => {
    const item = meetingRequest();
    const state = inviteOf(await createOfficeHost(fakeOffice({ item })).readItem());

    expect(state.itemId).toBe("AAMkRequest1");
    expect(state.snapshot.mailbox).toEqual(expect.objectContaining(MAILBOX_OWNER));
    expect(state.snapshot.item).toEqual({
      itemType: "message",
      itemClass: "IPM.Schedule.Meeting.Request",
      itemId: "AAMkRequest1",
      subject: "QAMT Review",
      organizer: HELEN,
      requiredAttendees: [CHRIS, SAM],
      optionalAttendees: [QA_TEAM, UNION],
      resources: [],
      start: "2026-12-10T14:00:00+11:00",
      end: "2026-12-10T15:00:00+11:00",
      location: "Wollongong CSC",
      recurrence: { recurrenceType: "monthly" },
      body: BODY,
    });
    expect(item.body.getAsync).toHaveBeenCalledWith("text", expect.any(Function));
  });

  it("gives a snapshot the engine accepts", async () => {
    const state = inviteOf(await createOfficeHost(fakeOffice({ item: meetingRequest() })).readItem());
    const snapshot = parseSnapshot(state.snapshot);
    expect(snapshot.item.organizer?.emailAddress).toBe(HELEN.emailAddress);
    expect(snapshot.item.body).toBe(BODY);
  });

  it("leaves out recurrence where Mailbox 1.7 is not supported, even if the item has one", async () => {
    const office = fakeOffice({ item: meetingRequest(), mailboxVersion: "1.6" });
    const state = inviteOf(await createOfficeHost(office).readItem());
    expect(state.snapshot.item.recurrence).toBeUndefined();
    expect(state.snapshot.item.organizer).toEqual(HELEN);
  });

  it("treats a null recurrence (a single meeting) as no recurrence", async () => {
    const office = fakeOffice({ item: meetingRequest({ recurrence: null }) });
    expect((office.context.mailbox.item as Office.MessageRead).recurrence).toBeNull();
    const state = inviteOf(await createOfficeHost(office).readItem());
    expect(state.snapshot.item.recurrence).toBeUndefined();
  });

  it("falls back to UTC ISO times when the client cannot convert to the mailbox's time zone", async () => {
    const office = fakeOffice({ item: meetingRequest(), mailbox: { convertToLocalClientTime: undefined } });
    const state = inviteOf(await createOfficeHost(office).readItem());
    expect(state.snapshot.item.start).toBe("2026-12-10T03:00:00.000Z");
  });

  it("reads a forwarded invite that has no start, end, Cc or recurrence", async () => {
    const item = meetingRequest({ start: undefined, end: undefined, cc: undefined, recurrence: undefined });
    const state = inviteOf(await createOfficeHost(fakeOffice({ item })).readItem());
    expect(state.snapshot.item.start).toBeUndefined();
    expect(state.snapshot.item.end).toBeUndefined();
    expect(state.snapshot.item.optionalAttendees).toEqual([]);
    expect(state.snapshot.item.recurrence).toBeUndefined();
    expect(parseSnapshot(state.snapshot).item.requiredAttendees).toHaveLength(2);
  });
});

describe("readItem: a long recipient list Outlook may have cut short", () => {
  const people = (count: number) =>
    Array.from({ length: count }, (_, index) => ({
      displayName: `Person ${index}`,
      emailAddress: `person${index}@dcj-demo.example`,
      recipientType: "user",
    }));

  it("marks a meeting request whose To holds exactly 20 recipients as possibly cut short", async () => {
    const office = fakeOffice({ item: meetingRequest({ to: people(20), cc: [] }) });
    const state = inviteOf(await createOfficeHost(office).readItem());
    expect(state.snapshot.item.attendeesTruncated).toBe(true);
  });

  it("does not mark 19 or 21 recipients", async () => {
    for (const count of [19, 21]) {
      const office = fakeOffice({ item: meetingRequest({ to: people(count), cc: [] }) });
      const state = inviteOf(await createOfficeHost(office).readItem());
      expect(state.snapshot.item.attendeesTruncated).toBeUndefined();
    }
  });
});

describe("readItem: a calendar item", () => {
  it("keeps the organizer repeated among the required attendees, with optional attendees and rooms", async () => {
    const state = inviteOf(await createOfficeHost(fakeOffice({ item: calendarItem() })).readItem());
    const item = state.snapshot.item;
    expect(item.itemType).toBe("appointment");
    expect(item.organizer).toEqual(HELEN);
    expect(item.requiredAttendees).toEqual([HELEN, CHRIS]);
    expect(item.optionalAttendees).toEqual([QA_TEAM]);
    expect(item.resources).toEqual([ROOM]);
    expect(item.start).toBe("2026-12-10T14:00:00+11:00");
    expect(item.body).toBe(BODY);
  });

  it("reads Outlook's every-weekday recurrence as daily", async () => {
    const state = inviteOf(await createOfficeHost(fakeOffice({ item: calendarItem() })).readItem());
    expect(state.snapshot.item.recurrence).toEqual({ recurrenceType: "daily" });
  });

  it("drops a recipient type Office may add later rather than failing the whole invite", async () => {
    const stranger = {
      displayName: "Someone",
      emailAddress: "someone@example.com",
      recipientType: "unknown",
    };
    const state = inviteOf(
      await createOfficeHost(
        fakeOffice({ item: calendarItem({ optionalAttendees: [stranger] }) }),
      ).readItem(),
    );
    expect(state.snapshot.item.optionalAttendees).toEqual([{ ...stranger, recipientType: undefined }]);
    expect(() => parseSnapshot(state.snapshot)).not.toThrow();
  });
});

describe("readItem: items that are not invites", () => {
  it.each([
    ["an ordinary e-mail", "IPM.Note"],
    ["a cancellation", "IPM.Schedule.Meeting.Canceled"],
    ["an acceptance", "IPM.Schedule.Meeting.Resp.Pos"],
  ])("reports %s as not an invite, with its id, class and subject", async (_label, itemClass) => {
    const item = {
      itemType: "message",
      itemClass,
      itemId: "AAMkOther",
      subject: "Re: QAMT Review",
      from: HELEN,
      body: bodyOf("x"),
    };
    const state = await createOfficeHost(fakeOffice({ item })).readItem();
    expect(state).toEqual({ kind: "not-invite", itemId: "AAMkOther", itemClass, subject: "Re: QAMT Review" });
    expect(item.body.getAsync).not.toHaveBeenCalled();
  });

  it.each([null, undefined])("reports no item when mailbox.item is %p", async (item) => {
    await expect(createOfficeHost(fakeOffice({ item })).readItem()).resolves.toEqual({ kind: "none" });
  });

  it("reads the item selected at the time of the call (a pinned pane)", async () => {
    const mock = mockOf({
      ...OFFICE_ENUMS,
      context: {
        requirements: { isSetSupported: () => true },
        mailbox: { userProfile: MAILBOX_OWNER, item: meetingRequest() },
      },
    });
    const host = createOfficeHost(asOffice(mock));
    expect((await host.readItem()).kind).toBe("invite");
    const mailbox = (mock as unknown as { context: { mailbox: { item: unknown } } }).context.mailbox;
    mailbox.item = { itemType: "message", itemClass: "IPM.Note", itemId: "AAMkNext", subject: "Lunch" };
    await expect(host.readItem()).resolves.toEqual({
      kind: "not-invite",
      itemId: "AAMkNext",
      itemClass: "IPM.Note",
      subject: "Lunch",
    });
  });
});

describe("readItem: failures", () => {
  it("rejects with a HostError the user can read when the body cannot be read", async () => {
    const office = fakeOffice({ item: meetingRequest({ body: bodyOf(BODY, failed(NETWORK_ERROR)) }) });
    const error: unknown = await createOfficeHost(office)
      .readItem()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ message: BODY_READ_FAILED, code: "9041 NetworkError" });
    expect(BODY_READ_FAILED).toBe("Outlook could not read this invite's body. Try again.");
  });

  it("turns an exception from a property getter into a HostError", async () => {
    const office = fakeOffice({ item: meetingRequest() });
    Object.defineProperty(office.context.mailbox.item, "to", {
      get() {
        throw Object.assign(new Error("Internal error"), { name: "InternalError", code: 9002 });
      },
    });
    const error: unknown = await createOfficeHost(office)
      .readItem()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ message: ITEM_READ_FAILED, code: "9002 InternalError" });
  });
});
