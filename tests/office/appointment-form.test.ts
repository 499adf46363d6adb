import { APPOINTMENT_FORM_MESSAGES } from "../../src/office/appointment-form";
import { createOfficeHost } from "../../src/office/office-host";
import { HostError } from "../../src/host";
import { callbackOf, callLater, failed, fakeOffice, succeeded } from "./office-fake";

const REST_ID =
  "AAMkAGVmMDEzMTM4LTZmYWUtNDdkNC1hMDZiLTU1OGY5OTZhYmY4OABGAAAAAAAiQ8W967B7TKBjgx9rVEURBwAiIsqMbYjsT5e-T7KzowPTAAAAAAENAAAiIsqMbYjsT5e-T7KzowPTAAAYbvZDAAA=";
const EWS_ID =
  "AAMkAGVmMDEzMTM4LTZmYWUtNDdkNC1hMDZiLTU1OGY5OTZhYmY4OABGAAAAAAAiQ8W967B7TKBjgx9rVEURBwAiIsqMbYjsT5e+T7KzowPTAAAAAAENAAAiIsqMbYjsT5e+T7KzowPTAAAYbvZDAAA=";

/** convertToEwsId as Outlook does it for a REST v2.0 id: the URL-safe base64 made standard again. */
const convertToEwsId = jest.fn((id: string) => id.replace(/-/g, "+").replace(/_/g, "/"));

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error,
  );
}

describe("opening a meeting from the pane (displayAppointmentForm)", () => {
  beforeEach(() => convertToEwsId.mockClear());

  it("opens the event with displayAppointmentFormAsync and its EWS id where Outlook has it", async () => {
    const displayAppointmentFormAsync = jest.fn((...args: unknown[]) =>
      callLater(callbackOf(args), succeeded()),
    );
    const displayAppointmentForm = jest.fn();
    const host = createOfficeHost(
      fakeOffice({ mailbox: { convertToEwsId, displayAppointmentFormAsync, displayAppointmentForm } }),
    );
    expect(host.capabilities().openAppointment).toBe(true);

    await host.openAppointment(REST_ID);

    expect(convertToEwsId).toHaveBeenCalledWith(REST_ID, "v2.0");
    expect(displayAppointmentFormAsync).toHaveBeenCalledWith(EWS_ID, expect.any(Function));
    expect(displayAppointmentForm).not.toHaveBeenCalled();
  });

  it("falls back to displayAppointmentForm before Mailbox 1.9", async () => {
    const displayAppointmentForm = jest.fn();
    const host = createOfficeHost(fakeOffice({ mailbox: { convertToEwsId, displayAppointmentForm } }));
    await host.openAppointment(REST_ID);
    expect(displayAppointmentForm).toHaveBeenCalledWith(EWS_ID);
  });

  it("rejects with a HostError in the user's words when Outlook fails to open it", async () => {
    const displayAppointmentFormAsync = jest.fn((...args: unknown[]) =>
      callLater(callbackOf(args), failed()),
    );
    const host = createOfficeHost(fakeOffice({ mailbox: { convertToEwsId, displayAppointmentFormAsync } }));
    const error = await rejectionOf(host.openAppointment(REST_ID));
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toBe(APPOINTMENT_FORM_MESSAGES.failed);
    expect((error as HostError).code).toBe("9041 NetworkError");
  });

  it("rejects when the synchronous form throws, or the id cannot be converted", async () => {
    const throwing = jest.fn(() => {
      throw new Error("Internal error");
    });
    const broken = createOfficeHost(
      fakeOffice({ mailbox: { convertToEwsId, displayAppointmentForm: throwing } }),
    );
    await expect(broken.openAppointment(REST_ID)).rejects.toThrow(APPOINTMENT_FORM_MESSAGES.failed);
    const noId = createOfficeHost(
      fakeOffice({ mailbox: { convertToEwsId: () => "", displayAppointmentForm: jest.fn() } }),
    );
    await expect(noId.openAppointment(REST_ID)).rejects.toThrow(APPOINTMENT_FORM_MESSAGES.failed);
  });

  it.each([
    ["Outlook on Android", { hostName: "OutlookAndroid" }],
    ["Outlook on iOS", { hostName: "OutlookIOS" }],
  ])("is unavailable on %s, which has no appointment form, and says so", async (_name, diagnostics) => {
    const displayAppointmentForm = jest.fn();
    const host = createOfficeHost(
      fakeOffice({ mailbox: { convertToEwsId, displayAppointmentForm, diagnostics } }),
    );
    expect(host.capabilities()).toMatchObject({ openAppointment: false, replyForm: false, mobile: true });
    await expect(host.openAppointment(REST_ID)).rejects.toThrow(APPOINTMENT_FORM_MESSAGES.unavailable);
    expect(displayAppointmentForm).not.toHaveBeenCalled();
  });

  it("is unavailable where Outlook has no displayAppointmentForm at all", async () => {
    const host = createOfficeHost(fakeOffice({ mailbox: { convertToEwsId } }));
    expect(host.capabilities().openAppointment).toBe(false);
    await expect(host.openAppointment(REST_ID)).rejects.toThrow(APPOINTMENT_FORM_MESSAGES.unavailable);
  });
});

describe("what the host says Outlook can do", () => {
  it("offers the reply form on the desktop for an item that has one", () => {
    const item = { itemType: "message", itemId: "AAMk1", displayReplyFormAsync: jest.fn() };
    const diagnostics = { hostName: "OutlookWebApp" };
    expect(createOfficeHost(fakeOffice({ item, mailbox: { diagnostics } })).capabilities()).toMatchObject({
      replyForm: true,
      mobile: false,
    });
  });
});
