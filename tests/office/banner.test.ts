import { BANNER_ICON, BANNER_KEY, BANNER_MESSAGES } from "../../src/office/banner";
import { createOfficeHost } from "../../src/office/office-host";
import { failed, fakeOffice, notificationsOf, type NotificationsFake } from "./office-fake";

const LINE = "QA Meeting Check: the PSA direction covers this meeting. Open the pane for a reply.";
const OTHER_LINE = "QA Meeting Check: check this invite before you decide.";

function meetingRequest(notifications?: NotificationsFake) {
  return {
    itemType: "message",
    itemClass: "IPM.Schedule.Meeting.Request",
    itemId: "AAMk1",
    subject: "QAMT review panel",
    ...(notifications ? { notificationMessages: notifications.data } : {}),
  };
}

function hostWith(notifications: NotificationsFake, mailboxVersion = "1.14") {
  return createOfficeHost(fakeOffice({ item: meetingRequest(notifications), mailboxVersion }));
}

const ours = (fake: NotificationsFake) => fake.messages.filter((message) => message.owner === "us");

describe("the verdict's line on the invite (item.notificationMessages)", () => {
  it("puts one persistent informational notification under the add-in's key", async () => {
    const fake = notificationsOf();
    expect(await hostWith(fake).showBanner("AAMk1", LINE)).toEqual({ outcome: "shown" });
    expect(fake.messages).toEqual([
      {
        key: BANNER_KEY,
        type: "informationalMessage",
        message: LINE,
        icon: BANNER_ICON,
        persistent: true,
        owner: "us",
      },
    ]);
    expect(BANNER_KEY.length).toBeLessThanOrEqual(32);
  });

  it("replaces its line on a re-check instead of adding another, and leaves an unchanged one alone", async () => {
    const fake = notificationsOf();
    const host = hostWith(fake);
    await host.showBanner("AAMk1", LINE);
    await host.showBanner("AAMk1", OTHER_LINE);
    expect(ours(fake).map((message) => message.message)).toEqual([OTHER_LINE]);
    const calls = fake.calls.length;
    expect(await host.showBanner("AAMk1", OTHER_LINE)).toEqual({ outcome: "shown" });
    expect(fake.calls.slice(calls)).toEqual(["getAllAsync"]);
  });

  it("removes its line when the verdict is not a QA review, and only its own", async () => {
    const fake = notificationsOf({
      others: ["Signed by Contoso", "Scanned by Fabrikam"],
      othersListed: true,
    });
    const host = hostWith(fake);
    await host.showBanner("AAMk1", LINE);
    expect(await host.showBanner("AAMk1", undefined)).toEqual({ outcome: "removed" });
    expect(fake.messages.map((message) => message.message)).toEqual([
      "Signed by Contoso",
      "Scanned by Fabrikam",
    ]);
    expect(fake.calls.filter((call) => call.startsWith("removeAsync"))).toEqual([
      `removeAsync ${BANNER_KEY}`,
    ]);
  });

  it("asks Outlook to remove nothing when its line is not there", async () => {
    const fake = notificationsOf({ others: ["Signed by Contoso"], othersListed: true });
    expect(await hostWith(fake).showBanner("AAMk1", undefined)).toEqual({ outcome: "removed" });
    expect(fake.calls).toEqual(["getAllAsync"]);
  });

  it("counts a failed removal as removed when Outlook would not list the notifications", async () => {
    const fake = notificationsOf({ getAllResult: failed() });
    expect(await hostWith(fake).showBanner("AAMk1", undefined)).toEqual({ outcome: "removed" });
  });

  it("adds nothing, and removes nothing, when the item already has five notifications it can see", async () => {
    const others = ["one", "two", "three", "four", "five"];
    const fake = notificationsOf({ others, othersListed: true });
    expect(await hostWith(fake).showBanner("AAMk1", LINE)).toEqual({
      outcome: "not-shown",
      reason: BANNER_MESSAGES.full,
    });
    expect(fake.messages.map((message) => message.message)).toEqual(others);
    expect(fake.calls).toEqual(["getAllAsync"]);
  });

  it("says the item is full when Outlook refuses a sixth it could not see coming", async () => {
    const others = ["one", "two", "three", "four", "five"];
    const fake = notificationsOf({ others });
    expect(await hostWith(fake).showBanner("AAMk1", LINE)).toEqual({
      outcome: "not-shown",
      reason: BANNER_MESSAGES.full,
    });
    expect(fake.messages).toHaveLength(5);
  });

  it("still replaces its own line on a full item", async () => {
    const fake = notificationsOf({ others: ["one", "two", "three", "four"], othersListed: true });
    const host = hostWith(fake);
    await host.showBanner("AAMk1", LINE);
    expect(await host.showBanner("AAMk1", OTHER_LINE)).toEqual({ outcome: "shown" });
    expect(ours(fake).map((message) => message.message)).toEqual([OTHER_LINE]);
  });

  it("says Outlook could not show it when replaceAsync fails for another reason", async () => {
    const fake = notificationsOf();
    fake.data.replaceAsync = jest.fn((_key: string, _message: unknown, callback: (result: unknown) => void) =>
      setTimeout(() => callback(failed()), 0),
    );
    expect(await hostWith(fake).showBanner("AAMk1", LINE)).toEqual({
      outcome: "not-shown",
      reason: BANNER_MESSAGES.failed,
    });
  });

  it("touches nothing when another item is open now", async () => {
    const fake = notificationsOf();
    expect(await hostWith(fake).showBanner("AAMk-earlier", LINE)).toEqual({
      outcome: "not-shown",
      reason: BANNER_MESSAGES.otherItem,
    });
    expect(fake.calls).toEqual([]);
  });

  it.each([
    ["before Mailbox 1.3", "1.2", true],
    ["without notificationMessages on the item", "1.14", false],
  ])("says Outlook cannot show it %s", async (_case, mailboxVersion, hasMessages) => {
    const fake = notificationsOf();
    const office = fakeOffice({ item: meetingRequest(hasMessages ? fake : undefined), mailboxVersion });
    const host = createOfficeHost(office);
    expect(await host.showBanner("AAMk1", LINE)).toEqual({
      outcome: "not-shown",
      reason: BANNER_MESSAGES.unavailable,
    });
    expect(host.capabilities().banner).toBe(false);
    expect(fake.calls).toEqual([]);
  });

  it("reports the banner as available where the item has notificationMessages", () => {
    expect(hostWith(notificationsOf()).capabilities().banner).toBe(true);
  });
});
