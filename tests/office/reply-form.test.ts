import { createOfficeHost } from "../../src/office/office-host";
import { REPLY_FORM_FAILED } from "../../src/office/reply-form";
import { HostError } from "../../src/host";
import { callbackOf, callLater, failed, fakeOffice, succeeded, type OfficeErrorData } from "./office-fake";

const HTML = "<p>Hi Helen,</p><p>I will not attend the QAMT review.</p>";
const MULTIPLE_ACCOUNTS_ERROR: OfficeErrorData = {
  code: 9002,
  name: "InternalServerError",
  message: "An internal error has occurred.",
};

function invite(methods: Record<string, unknown>) {
  return {
    itemType: "message",
    itemClass: "IPM.Schedule.Meeting.Request",
    itemId: "AAMk1",
    subject: "QAMT Review",
    ...methods,
  };
}

function displayReplyFormAsyncAnswering(result: unknown) {
  return jest.fn((...args: unknown[]) => callLater(callbackOf(args), result));
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error,
  );
}

describe("displayReplyForm", () => {
  it("opens the reply form with displayReplyFormAsync where Outlook has it", async () => {
    const displayReplyFormAsync = displayReplyFormAsyncAnswering(succeeded());
    const displayReplyForm = jest.fn();
    const host = createOfficeHost(fakeOffice({ item: invite({ displayReplyFormAsync, displayReplyForm }) }));

    await host.displayReplyForm(HTML);

    expect(displayReplyFormAsync).toHaveBeenCalledWith(HTML, expect.any(Function));
    expect(displayReplyForm).not.toHaveBeenCalled();
  });

  it("falls back to displayReplyForm on clients before Mailbox 1.9", async () => {
    const displayReplyForm = jest.fn();
    const host = createOfficeHost(fakeOffice({ item: invite({ displayReplyForm }) }));

    await host.displayReplyForm(HTML);

    expect(displayReplyForm).toHaveBeenCalledWith(HTML);
  });

  it("rejects with a HostError suggesting to copy the text when the async call fails", async () => {
    const displayReplyFormAsync = displayReplyFormAsyncAnswering(failed(MULTIPLE_ACCOUNTS_ERROR));
    const host = createOfficeHost(
      fakeOffice({ item: invite({ displayReplyFormAsync, displayReplyForm: jest.fn() }) }),
    );

    const error = await rejectionOf(host.displayReplyForm(HTML));

    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ message: REPLY_FORM_FAILED, code: "9002 InternalServerError" });
    expect(REPLY_FORM_FAILED).toMatch(/could not open the reply form.*copy the reply text/is);
  });

  it("rejects with a HostError when displayReplyForm throws", async () => {
    const displayReplyForm = jest.fn(() => {
      throw new Error("The form could not be displayed.");
    });
    const host = createOfficeHost(fakeOffice({ item: invite({ displayReplyForm }) }));

    await expect(host.displayReplyForm(HTML)).rejects.toMatchObject({ message: REPLY_FORM_FAILED });
  });

  it("rejects with a HostError on clients with neither method (mobile)", async () => {
    const host = createOfficeHost(fakeOffice({ item: invite({}) }));

    const error = await rejectionOf(host.displayReplyForm(HTML));

    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ message: REPLY_FORM_FAILED, code: "ReplyFormUnavailable" });
  });

  it("rejects with a HostError when no item is selected", async () => {
    const host = createOfficeHost(fakeOffice({ item: null }));
    await expect(host.displayReplyForm(HTML)).rejects.toBeInstanceOf(HostError);
  });
});
