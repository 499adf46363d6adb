import { createOfficeHost } from "../../src/office/office-host";
import type { ItemState } from "../../src/host";
import { MAILBOX_OWNER, bodyOf, failed, fakeOffice, sharedPropertiesOf, succeeded } from "./office-fake";

const HELEN = {
  displayName: "Helen Ward",
  emailAddress: "helen.ward@dcj-demo.example",
  recipientType: "user",
};
const JORDAN = {
  displayName: "Jordan Ellis",
  emailAddress: "jordan.ellis@dcj-demo.example",
  recipientType: "user",
};
const GRACE = { displayName: "Grace Liu", emailAddress: "grace.liu@dcj-demo.example", recipientType: "user" };

function meetingRequest(overrides: Record<string, unknown> = {}) {
  return {
    itemType: "message",
    itemClass: "IPM.Schedule.Meeting.Request",
    itemId: "AAMk/Request+1",
    subject: "QAMT Review",
    from: HELEN,
    to: [JORDAN, GRACE],
    cc: [],
    body: bodyOf("Monthly QAMT review."),
    ...overrides,
  };
}

function calendarItem(overrides: Record<string, unknown> = {}) {
  return {
    itemType: "appointment",
    itemClass: "IPM.Appointment",
    itemId: "AAMk/Appointment+1",
    subject: "QAMT Review",
    organizer: HELEN,
    requiredAttendees: [HELEN, JORDAN],
    optionalAttendees: [],
    resources: [],
    body: bodyOf("Monthly QAMT review."),
    ...overrides,
  };
}

/** convertToRestId as Outlook does it: "/" and "+" become "-" and "_". */
const convertToRestId = jest.fn((itemId: string) => itemId.replace(/\//g, "-").replace(/\+/g, "_"));

function inviteOf(state: ItemState) {
  if (state.kind !== "invite") throw new Error(`expected an invite, got ${state.kind}`);
  return state;
}

beforeEach(() => convertToRestId.mockClear());

describe("graphTarget: the item as Microsoft Graph knows it", () => {
  it("gives a calendar item's id converted to REST v2.0, as an event", async () => {
    const office = fakeOffice({ item: calendarItem(), nestedAppAuth: true, mailbox: { convertToRestId } });
    const target = await createOfficeHost(office).graphTarget();
    expect(convertToRestId).toHaveBeenCalledWith("AAMk/Appointment+1", "v2.0");
    expect(target).toEqual({
      item: { kind: "event", restId: "AAMk-Appointment_1" },
      naaSupported: true,
      caseworker: MAILBOX_OWNER,
    });
  });

  it("gives a meeting request in the Inbox as the message's REST id", async () => {
    const office = fakeOffice({ item: meetingRequest(), nestedAppAuth: true, mailbox: { convertToRestId } });
    const target = await createOfficeHost(office).graphTarget();
    expect(target).toEqual({
      item: { kind: "meeting-request", restId: "AAMk-Request_1" },
      naaSupported: true,
      caseworker: MAILBOX_OWNER,
    });
  });

  it("says nested app authentication is not supported where the requirement set is missing", async () => {
    const office = fakeOffice({ item: meetingRequest(), mailbox: { convertToRestId } });
    expect((await createOfficeHost(office).graphTarget()).naaSupported).toBe(false);
  });

  it("has no item to decline when Outlook cannot convert the id, or the item is not an invite", async () => {
    const noConvert = fakeOffice({ item: meetingRequest(), nestedAppAuth: true });
    expect(await createOfficeHost(noConvert).graphTarget()).toEqual({
      item: undefined,
      naaSupported: true,
      caseworker: MAILBOX_OWNER,
    });

    const throwing = fakeOffice({
      item: meetingRequest(),
      nestedAppAuth: true,
      mailbox: {
        convertToRestId: () => {
          throw new Error("Invalid id");
        },
      },
    });
    expect((await createOfficeHost(throwing).graphTarget()).item).toBeUndefined();

    const email = fakeOffice({
      item: { itemType: "message", itemClass: "IPM.Note", itemId: "AAMkNote", subject: "Hello" },
      nestedAppAuth: true,
      mailbox: { convertToRestId },
    });
    expect((await createOfficeHost(email).graphTarget()).item).toBeUndefined();
  });
});

describe("a shared or delegated mailbox", () => {
  const owned = { owner: "jordan.ellis@dcj-demo.example", targetMailbox: "x", delegatePermissions: 1 };

  it("names the owner for Graph, and reads the invite as the owner's, with the user as delegate", async () => {
    const getSharedPropertiesAsync = sharedPropertiesOf(succeeded(owned));
    const office = fakeOffice({
      item: meetingRequest({ getSharedPropertiesAsync }),
      nestedAppAuth: true,
      mailbox: { convertToRestId },
    });
    const host = createOfficeHost(office);

    const target = await host.graphTarget();
    expect(target.mailboxOwner).toBe("jordan.ellis@dcj-demo.example");
    // "Check my calendar" reads the owner's calendar, for the owner.
    expect(target.caseworker).toEqual({ emailAddress: "jordan.ellis@dcj-demo.example" });

    const state = inviteOf(await host.readItem());
    expect(state.snapshot.mailbox).toEqual({
      displayName: "Jordan Ellis",
      emailAddress: "jordan.ellis@dcj-demo.example",
    });
    expect(state.delegate).toEqual({
      displayName: MAILBOX_OWNER.displayName,
      emailAddress: MAILBOX_OWNER.emailAddress,
    });
  });

  it("treats the item as the user's own when getSharedPropertiesAsync fails", async () => {
    const getSharedPropertiesAsync = sharedPropertiesOf(failed());
    const office = fakeOffice({
      item: meetingRequest({ getSharedPropertiesAsync }),
      nestedAppAuth: true,
      mailbox: { convertToRestId },
    });
    const host = createOfficeHost(office);
    expect((await host.graphTarget()).mailboxOwner).toBeUndefined();
    const state = inviteOf(await host.readItem());
    expect(state.snapshot.mailbox).toEqual(expect.objectContaining(MAILBOX_OWNER));
    expect(state.delegate).toBeUndefined();
    expect(getSharedPropertiesAsync).toHaveBeenCalledTimes(2);
  });

  it("treats the item as the user's own when getSharedPropertiesAsync throws or is missing", async () => {
    const throwing = jest.fn(() => {
      throw new Error("Not supported in this mailbox");
    });
    for (const item of [meetingRequest({ getSharedPropertiesAsync: throwing }), meetingRequest()]) {
      const host = createOfficeHost(fakeOffice({ item, nestedAppAuth: true, mailbox: { convertToRestId } }));
      expect((await host.graphTarget()).mailboxOwner).toBeUndefined();
      const state = inviteOf(await host.readItem());
      expect(state.snapshot.mailbox.emailAddress).toBe(MAILBOX_OWNER.emailAddress);
      expect(state.delegate).toBeUndefined();
    }
    expect(throwing).toHaveBeenCalled();
  });

  it("treats the user's own address as the owner as their own mailbox", async () => {
    const mine = { ...owned, owner: MAILBOX_OWNER.emailAddress.toUpperCase() };
    const office = fakeOffice({
      item: calendarItem({ getSharedPropertiesAsync: sharedPropertiesOf(succeeded(mine)) }),
      nestedAppAuth: true,
      mailbox: { convertToRestId },
    });
    const host = createOfficeHost(office);
    expect((await host.graphTarget()).mailboxOwner).toBeUndefined();
    expect(inviteOf(await host.readItem()).delegate).toBeUndefined();
  });
});
