/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { toHaveNoViolations } from "jest-axe";
import fs from "fs";
import path from "path";
import { describeWithShared } from "../support/shared-folder";
import { axe, EXPECTED, hostFor, renderPane, verdictRegion } from "./helpers";

expect.extend(toHaveNoViolations);
// Fluent's DOM is large, and axe and typing through user-event take a while in jsdom.
jest.setTimeout(30_000);

const SAMPLES = path.resolve(__dirname, "../../samples");

/** Snapshot files (.json) of a folder and the verdicts its expected.json allows for each. */
function labelled(folder: string): [string, string[]][] {
  const expected = JSON.parse(fs.readFileSync(path.join(folder, "expected.json"), "utf8")) as Record<
    string,
    string | string[]
  >;
  return Object.entries(expected)
    .filter(([file]) => !/\.(ics|eml)$/.test(file))
    .map(([file, verdicts]) => [file.replace(/\.json$/, ""), [verdicts].flat()]);
}

describe.each([
  ["every test invite (tests/fixtures/invites)", Object.entries(EXPECTED), undefined],
  ["every sample snapshot (samples/)", labelled(SAMPLES), SAMPLES],
])("%s", (_title, invites, folder) => {
  test.each(invites)("%s shows its expected verdict", async (name, verdicts) => {
    renderPane(hostFor(name, {}, folder));
    const region = await verdictRegion();
    expect(verdicts).toEqual([region.getAttribute("data-verdict")]);
    expect(region).toHaveAttribute("aria-live", "polite");
  });
});

describeWithShared("invites", "every labelled example in ../shared/invites", (folder) => {
  test.each(labelled(folder))("%s shows one of its expected verdicts", async (name, verdicts) => {
    renderPane(hostFor(name, {}, folder));
    const region = await verdictRegion();
    expect(verdicts).toContain(region.getAttribute("data-verdict"));
  });
});

describe("the directive-applies screen", () => {
  test("leads with the verdict, then shows why, who, the reply and the direction", async () => {
    const { container } = renderPane(hostFor("qamt-panel"));
    const region = await verdictRegion();
    expect(region).toHaveAttribute("data-verdict", "directive-applies");
    expect(within(region).getByRole("heading", { level: 2 })).toHaveTextContent(
      "The PSA direction covers this meeting",
    );
    expect(region).toHaveTextContent("This looks like a QAMT review with 3 other people");
    expect(region).toHaveTextContent(
      "The PSA directs members in Caseworker roles not to attend QA review meetings",
    );

    const why = screen.getByRole("region", { name: "Why" });
    const subjectEntry = why.querySelector('[data-evidence-source="subject"]');
    expect(subjectEntry).toHaveTextContent("Subject: QAMT");
    expect(subjectEntry).toHaveAttribute("data-evidence-effect", "for");
    expect(subjectEntry).toHaveTextContent("Counts toward a QA review (+3)");
    expect(why.querySelector('[data-evidence-source="recurrence"]')).toHaveTextContent("repeats monthly");

    const people = screen.getByRole("region", { name: "Who will be there" });
    const grace = within(people).getByRole("heading", { name: "Grace Liu" }).closest("li") as HTMLElement;
    expect(within(grace).getByText("QACI", { selector: "[data-role]" })).toBeInTheDocument();
    expect(grace).toHaveTextContent("Role from: directory (“QACI Officer”)");
    expect(within(grace).getByRole("combobox", { name: "Role of Grace Liu" })).toHaveValue("qaci");

    const reply = screen.getByRole("textbox", { name: /Reply text/ });
    expect((reply as HTMLTextAreaElement).value).toContain("I respectfully decline");
    expect(screen.getByText(/A reply e-mail is not an RSVP/)).toBeInTheDocument();

    const directive = screen.getByRole("region", { name: "The PSA direction" });
    expect(within(directive).getByRole("blockquote")).toHaveTextContent(
      "The PSA directs members who are in Caseworker roles not to attend meetings relating to Quality Assurance reviews (QAMT) unless it is one-to-one with their Manager Casework.",
    );
    expect(directive).toHaveTextContent("Issued by Public Service Association of NSW (PSA), September 2022.");
    expect(directive).toHaveTextContent("In force");
    const link = within(directive).getByRole("link", { name: "Check the PSA's current position" });
    expect(link).toHaveAttribute(
      "href",
      "https://psa.asn.au/quality-assurance-meetings-power-imbalance-caseworkers-disrespected",
    );
    expect(link).toHaveAttribute("target", "_blank");
    expect(link).toHaveAttribute("rel", "noopener");

    expect(await axe(container)).toHaveNoViolations();
  });

  test("the background to the direction opens and closes", async () => {
    const { user } = renderPane(hostFor("qamt-panel"));
    await verdictRegion();
    // The background is built when first opened.
    expect(screen.queryByText(/lectured and criticised/)).toBeNull();
    const toggle = screen.getByRole("button", { name: "Background to the direction" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    await user.click(toggle);
    const background = await screen.findByText(/lectured and criticised/);
    expect(background).toBeVisible();
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    await user.click(toggle);
    expect(background).not.toBeVisible();
  });
});

describe("the one-to-one screen", () => {
  test("says it is permitted and offers a reply only on request", async () => {
    const { container, user } = renderPane(hostFor("one-to-one-settings"));
    const region = await verdictRegion();
    expect(region).toHaveAttribute("data-verdict", "one-to-one");
    expect(within(region).getByRole("heading", { level: 2 })).toHaveTextContent(
      "Permitted: one-to-one with your Manager Casework",
    );
    const helen = screen.getByRole("heading", { name: "Helen Ward" }).closest("li") as HTMLElement;
    expect(helen).toHaveTextContent("Your Manager Casework");
    expect(helen).toHaveTextContent("Role from: your settings");
    expect(screen.queryByRole("textbox", { name: /Reply text/ })).not.toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();

    await user.click(screen.getByRole("button", { name: "Write a reply anyway" }));
    expect(screen.getByRole("textbox", { name: /Reply text/ })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Reply template" })).toHaveFocus();
  });
});

describe("the not-a-QA-review screen", () => {
  test("says the direction does not cover it", async () => {
    const { container } = renderPane(hostFor("team-meeting"));
    const region = await verdictRegion();
    expect(region).toHaveAttribute("data-verdict", "not-qa-review");
    expect(within(region).getByRole("heading", { level: 2 })).toHaveTextContent("Not a QA review");
    expect(region).toHaveTextContent("This does not look like a Quality Assurance review.");
    expect(screen.getByRole("button", { name: "Write a reply anyway" })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe("the unclear screen", () => {
  test("asks the user to check, listing what to check, and offers a reply", async () => {
    const { container } = renderPane(hostFor("unknown-single-person"));
    const region = await verdictRegion();
    expect(region).toHaveAttribute("data-verdict", "unclear");
    expect(within(region).getByRole("heading", { level: 2 })).toHaveTextContent("Check before you decide");
    const checks = within(region).getByRole("list", { name: "What to check" });
    expect(checks).toHaveTextContent("Check whether Pat Kim is your Manager Casework");
    const pat = screen.getByRole("heading", { name: "Pat Kim" }).closest("li") as HTMLElement;
    expect(within(pat).getByText("role unknown")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Reply text/ })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });
});
