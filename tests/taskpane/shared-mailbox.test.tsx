/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import type { ItemState } from "../../src/host";
import { FakeHost } from "../support/fake-host";
import { CLIENT_ID } from "./fake-m365";
import { renderPane, verdictOf, verdictRegion } from "./helpers";

jest.setTimeout(30_000);

const JORDAN = { displayName: "Jordan Ellis", emailAddress: "jordan.ellis@dcj-demo.example" };
const CHRIS = { displayName: "Chris Park", emailAddress: "chris.park@dcj-demo.example" };
const HELEN = {
  displayName: "Helen Ward",
  emailAddress: "helen.ward@dcj-demo.example",
  recipientType: "user" as const,
};

/** A QAMT review in Jordan's mailbox, opened by Chris, their delegate: Helen is Jordan's Manager Casework. */
function inJordansMailbox(): ItemState {
  return {
    kind: "invite",
    itemId: "shared-1",
    snapshot: {
      mailbox: JORDAN,
      item: {
        itemType: "message",
        itemClass: "IPM.Schedule.Meeting.Request",
        subject: "QAMT review",
        organizer: HELEN,
        requiredAttendees: [{ ...JORDAN, recipientType: "user" }],
        optionalAttendees: [],
        body: "QAMT review of Jordan's files.",
      },
    },
    delegate: CHRIS,
  };
}

function replyBox(): HTMLTextAreaElement {
  return screen.getByRole<HTMLTextAreaElement>("textbox", { name: /Reply text/ });
}

test("in someone else's mailbox the verdict is about the owner, and the reply is in their voice", async () => {
  const host = new FakeHost({ managerCasework: "helen.ward@dcj-demo.example", userName: "Chris Park" });
  host.item = inJordansMailbox();
  const { user } = renderPane(host);
  await verdictRegion();

  expect(screen.getByText(/This invite is in Jordan Ellis's mailbox/)).toHaveTextContent(
    "so the check is about Jordan Ellis. You are acting for them as Chris Park.",
  );
  // Helen alone with Jordan: one-to-one with Jordan's Manager Casework. Jordan is not counted as a guest.
  expect(verdictOf()).toBe("one-to-one");
  const people = screen.getByRole("region", { name: "Who will be there" });
  expect(within(people).queryByText("Jordan Ellis")).toBeNull();

  await user.click(screen.getByRole("button", { name: "Write a reply anyway" }));
  expect(replyBox().value).toMatch(
    /Kind regards,\nJordan Ellis\n\nSent by Chris Park on behalf of Jordan Ellis\.$/,
  );

  await user.selectOptions(
    screen.getByRole("combobox", { name: "Reply template" }),
    "PSA delegate, on behalf of a member",
  );
  expect(replyBox().value).toContain("I am writing as a PSA workplace delegate on behalf of Jordan Ellis");
  expect(replyBox().value).toMatch(/Regards,\nChris Park\nPSA workplace delegate$/);
  expect(replyBox().value).not.toContain("Sent by");
});

test("declining in someone else's mailbox declines for the owner", async () => {
  const host = new FakeHost({ graphClientId: CLIENT_ID });
  host.item = inJordansMailbox();
  host.target = {
    item: { kind: "meeting-request", restId: "rest-shared-1" },
    mailboxOwner: JORDAN.emailAddress,
    naaSupported: true,
  };
  const { user, services } = renderPane(host);
  await verdictRegion();
  expect(verdictOf()).toBe("unclear");
  await user.click(await screen.findByRole("button", { name: "Decline and send" }));
  const dialog = await screen.findByRole("alertdialog");
  expect(dialog).toHaveTextContent("Outlook will decline the meeting for jordan.ellis@dcj-demo.example");
  await user.click(within(dialog).getByRole("button", { name: "Decline and send now" }));
  await waitFor(() => expect(services.m365.declines).toHaveLength(1));
  expect(services.m365.declines[0]?.mailboxOwner).toBe(JORDAN.emailAddress);
  expect(services.m365.declines[0]?.comment).toContain("Sent by Chris Park on behalf of Jordan Ellis.");
  await waitFor(() =>
    expect(document.querySelector("[data-outcome]")).toHaveAttribute("data-outcome", "declined"),
  );
});
