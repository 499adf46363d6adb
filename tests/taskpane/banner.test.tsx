/** @jest-environment jsdom */
import { act, waitFor } from "@testing-library/react";
import { bannerText, builtInPolicy } from "../../src/core";
import { inviteWith } from "../support/fake-host";
import { CLIENT_ID, testServices } from "./fake-m365";
import { hostFor, renderPane, verdictOf, verdictRegion } from "./helpers";

jest.setTimeout(30_000);

const policy = builtInPolicy();
const PAT = "pat.kim@dcj-demo.example";

describe("the verdict's line on the invite, after each check", () => {
  test("a QA review panel gets the policy's line for its verdict, on its own item", async () => {
    const host = hostFor("qamt-panel");
    renderPane(host);
    await verdictRegion();
    await waitFor(() =>
      expect(host.banners).toEqual([
        { itemId: "item-qamt-panel", text: bannerText(policy, "directive-applies") },
      ]),
    );
  });

  test("a meeting that is not a QA review has the line taken away", async () => {
    const host = hostFor("team-meeting");
    renderPane(host);
    await verdictRegion();
    expect(verdictOf()).toBe("not-qa-review");
    await waitFor(() => expect(host.banners).toEqual([{ itemId: "item-team-meeting", text: undefined }]));
  });

  test("each item gets its own line as the user moves between them, and nothing for an e-mail", async () => {
    const host = hostFor("qamt-panel");
    renderPane(host);
    await waitFor(() => expect(host.banners).toHaveLength(1));
    act(() =>
      host.selectItem({ kind: "not-invite", itemId: "mail-1", itemClass: "IPM.Note", subject: "Lunch" }),
    );
    act(() => host.selectItem(inviteWith("item-2", { subject: "QAMT review", organizer: undefined })));
    await waitFor(() =>
      expect(host.banners.map((banner) => banner.itemId)).toEqual(["item-qamt-panel", "item-2"]),
    );
    expect(host.banners[1]?.text).toBe(bannerText(policy, "unclear"));
  });

  test("the line follows the verdict when directory roles change it", async () => {
    const host = hostFor("unknown-single-person", { graphClientId: CLIENT_ID, useDirectory: true });
    const services = testServices();
    const roles = services.m365.holdRoles();
    renderPane(host, services);
    await waitFor(() =>
      expect(host.banners.map((banner) => banner.text)).toEqual([bannerText(policy, "unclear")]),
    );
    await act(async () => roles.resolve({ directory: { [PAT]: { jobTitle: "QACI Officer" } } }));
    await waitFor(() =>
      expect(host.banners.map((banner) => banner.text)).toEqual([
        bannerText(policy, "unclear"),
        bannerText(policy, "directive-applies"),
      ]),
    );
  });
});

describe("where Outlook cannot show the line", () => {
  test("the pane says why, under the verdict, and the check is unaffected", async () => {
    const host = hostFor("qamt-panel");
    host.bannerResult = {
      outcome: "not-shown",
      reason: "This version of Outlook cannot show the verdict on the invite itself.",
    };
    renderPane(host);
    await verdictRegion();
    expect(verdictOf()).toBe("directive-applies");
    await waitFor(() =>
      expect(document.querySelector("[data-banner-problem]")?.textContent).toBe(
        "This version of Outlook cannot show the verdict on the invite itself.",
      ),
    );
  });

  test("nothing is said when the line was shown", async () => {
    const host = hostFor("qamt-panel");
    renderPane(host);
    await verdictRegion();
    await waitFor(() => expect(host.banners).toHaveLength(1));
    expect(document.querySelector("[data-banner-problem]")).toBeNull();
  });
});
