/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, screen, waitFor } from "@testing-library/react";
import type { ItemState } from "../../src/host";
import { FakeHost, inviteFromFile } from "../support/fake-host";
import { CLIENT_ID, FakeMicrosoft365, testServices } from "./fake-m365";
import { renderPane, verdictRegion } from "./helpers";

jest.setTimeout(30_000);

const person = (index: number) => ({
  displayName: `Person ${index}`,
  emailAddress: `person${index}@dcj-demo.example`,
  recipientType: "user" as const,
});

/** The QAMT panel as Outlook on the web gives it with the header collapsed: 20 recipients, cut short. */
function cutShort(itemId = "item-big-panel"): ItemState {
  const { item } = inviteFromFile("qamt-panel");
  if (item.kind !== "invite") throw new Error("not an invite");
  const { snapshot } = item;
  // The caseworker and 19 others in To; the organizer, Helen, is in From: 20 other people.
  const others = snapshot.item.requiredAttendees ?? [];
  const padding = Array.from({ length: 20 - others.length }, (_, index) => person(index));
  return {
    ...item,
    itemId,
    snapshot: {
      ...snapshot,
      item: { ...snapshot.item, requiredAttendees: [...others, ...padding], attendeesTruncated: true },
    },
  };
}

function everyone(count: number) {
  const { item } = inviteFromFile("qamt-panel");
  if (item.kind !== "invite") throw new Error("not an invite");
  const required = [
    ...(item.snapshot.item.requiredAttendees ?? []),
    ...Array.from({ length: count }, (_, i) => person(i)),
  ];
  return {
    outcome: "read" as const,
    attendees: {
      organizer: {
        displayName: "Helen Ward",
        emailAddress: "helen.ward@dcj-demo.example",
        recipientType: undefined,
      },
      requiredAttendees: required.map((address) => ({
        displayName: address.displayName ?? undefined,
        emailAddress: address.emailAddress ?? undefined,
        recipientType: undefined,
      })),
      optionalAttendees: [],
      resources: [],
    },
  };
}

function render(m365 = new FakeMicrosoft365()) {
  const host = new FakeHost({ graphClientId: CLIENT_ID });
  host.item = cutShort();
  return { host, m365, ...renderPane(host, testServices({ m365 })) };
}

test('with exactly 20 recipients the verdict says "at least 20 other people", and nothing is fetched unasked', async () => {
  const { m365 } = render();
  const region = await verdictRegion();
  expect(region).toHaveTextContent("at least 20 other people");
  expect(screen.getByText(/only the first people on this invite/)).toBeInTheDocument();
  await screen.findByRole("button", { name: "Read everyone invited from Microsoft 365" });
  expect(m365.attendeeLookups).toHaveLength(0);
});

test("reads everyone invited from Microsoft 365 and checks again with the whole list", async () => {
  const m365 = new FakeMicrosoft365();
  m365.attendees = everyone(32);
  const { user, host } = render(m365);
  await verdictRegion();
  await user.click(await screen.findByRole("button", { name: "Read everyone invited from Microsoft 365" }));
  await screen.findByText(
    /Checked again with everyone Microsoft 365 lists for this meeting: 35 people invited./,
  );
  const region = await verdictRegion();
  // Grace, Omar and 32 more invited, and Helen who organized it.
  expect(region).toHaveTextContent("with 35 other people");
  expect(region).not.toHaveTextContent("at least");
  expect(m365.attendeeLookups).toEqual([
    { item: { kind: "meeting-request", restId: "rest-item-big-panel" }, mailboxOwner: undefined },
  ]);
  // The banner on the invite follows the new check.
  expect(host.banners.at(-1)?.itemId).toBe("item-big-panel");
});

test("says why the list could not be read, and offers to try again", async () => {
  const { user } = render();
  await verdictRegion();
  await user.click(await screen.findByRole("button", { name: "Read everyone invited from Microsoft 365" }));
  await screen.findByText("The full list could not be read: Outlook could not find this meeting.");
  expect(
    screen.getByRole("button", { name: "Read everyone invited from Microsoft 365" }),
  ).toBeInTheDocument();
  expect(await verdictRegion()).toHaveTextContent("at least 20 other people");
});

test("an answer that arrives after another item was opened is dropped", async () => {
  const m365 = new FakeMicrosoft365();
  const held = m365.holdAttendees();
  const { user, host } = render(m365);
  await verdictRegion();
  await user.click(await screen.findByRole("button", { name: "Read everyone invited from Microsoft 365" }));
  await waitFor(() => expect(m365.attendeeLookups).toHaveLength(1));

  act(() => host.selectItem(cutShort("item-other-panel")));
  await waitFor(() => expect(host.banners.at(-1)?.itemId).toBe("item-other-panel"));
  await act(async () => {
    held.resolve(everyone(32));
    await held.promise;
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  expect(await verdictRegion()).toHaveTextContent("at least 20 other people");
  expect(screen.queryByText(/Checked again with everyone/)).toBeNull();
});

test("says so where Microsoft 365 sign-in is not available", async () => {
  const host = new FakeHost({ graphClientId: CLIENT_ID });
  host.item = cutShort();
  host.target = { item: { kind: "meeting-request", restId: "x" }, naaSupported: false };
  renderPane(host);
  await verdictRegion();
  expect(
    await screen.findByText(/Reading the full list is not available: This version of Outlook cannot sign in/),
  ).toBeInTheDocument();
  expect(screen.queryByRole("button", { name: "Read everyone invited from Microsoft 365" })).toBeNull();
});
