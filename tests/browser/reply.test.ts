import type { Page } from "playwright-core";
import {
  expectedVerdicts,
  freshDemoForEachTest,
  paneView,
  resultsPath,
  waitForResultOfSelection,
} from "./support/demo";

jest.setTimeout(180_000);

const fixture = freshDemoForEachTest();

const HOSTILE_SUBJECT = `QAMT review <img src=x onerror="window.__pwned=1"><b id="injected-subject">bold</b> & "quotes"`;
const HOSTILE_ORGANIZER = `<script>window.__pwned=2</script>Dana <i id="injected-name">Kowalski</i>`;

/** A QA review with QACI and the MCS, so a reply is offered, with markup in every text field. */
const hostileInvite = {
  mailbox: { displayName: "Priya Nair", emailAddress: "priya.nair@dcj-demo.example" },
  item: {
    itemType: "message",
    itemClass: "IPM.Schedule.Meeting.Request",
    subject: HOSTILE_SUBJECT,
    organizer: { displayName: HOSTILE_ORGANIZER, emailAddress: "dana.kowalski@dcj-demo.example" },
    requiredAttendees: [
      { displayName: "Priya Nair", emailAddress: "priya.nair@dcj-demo.example" },
      { displayName: "Karen Mitchell (QACI)", emailAddress: "karen.mitchell@dcj-demo.example" },
      { displayName: "Omar Haddad (Manager Client Services)", emailAddress: "omar.haddad@dcj-demo.example" },
    ],
    start: "2026-12-11T10:00:00+11:00",
    end: "2026-12-11T11:00:00+11:00",
    location: `<iframe id="injected-location" src="about:blank"></iframe>`,
    body: `QAMT review of your files with QACI and the Manager Client Services. <img id="injected-body" src=x onerror="window.__pwned=3">`,
  },
};

async function openHostileInvite(page: Page): Promise<void> {
  await page.setInputFiles("#demo-file", {
    name: "hostile.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(hostileInvite)),
  });
  await page.locator('#demo-list [role=option][aria-selected="true"][data-sample="hostile.json"]').waitFor();
  await waitForResultOfSelection(page);
}

/** Nothing from the invite became markup anywhere in the page, and no handler ran. */
async function expectNothingInjected(page: Page): Promise<void> {
  const found = await page.evaluate(() => ({
    elements: document.querySelectorAll(
      "#injected-subject, #injected-name, #injected-location, #injected-body, img[src=x], script:not([src])",
    ).length,
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
  }));
  expect(found).toEqual({ elements: 0, pwned: null });
}

/** The simulated reply form: the HTML source as text, and the document the sandboxed frame rendered. */
async function replyForm(page: Page) {
  const dialog = page.locator("#demo-reply");
  await dialog.waitFor({ state: "visible" });
  const source = (await page.locator("#demo-reply-source").textContent()) ?? "";
  const frame = page.frameLocator("#demo-reply-view");
  await frame.locator("body").waitFor({ state: "attached" });
  const renderedText = await frame.locator("body").innerText();
  const renderedInjected = await frame
    .locator("#injected-subject, #injected-name, #injected-location, #injected-body, img, script, iframe")
    .count();
  return {
    source,
    renderedText,
    renderedInjected,
    to: (await page.locator("#demo-reply-to").textContent()) ?? "",
    subject: (await page.locator("#demo-reply-subject").textContent()) ?? "",
  };
}

async function openReply(page: Page): Promise<void> {
  const writeAnyway = page.getByRole("button", { name: "Write a reply anyway" });
  if (await writeAnyway.isVisible()) await writeAnyway.click();
  await page.getByRole("button", { name: "Reply to organizer" }).click();
}

describe("the reply to the organizer", () => {
  test("opens the simulated reply form with the pane's text, escaped", async () => {
    const { page } = fixture.demo();
    const sample =
      [...expectedVerdicts()].find(([, verdicts]) => verdicts[0] === "directive-applies")?.[0] ?? "";
    await page.locator(`#demo-list [data-sample="${sample}"]`).click();
    await waitForResultOfSelection(page);
    await openReply(page);
    const reply = await replyForm(page);
    const textarea = await page.getByRole("textbox", { name: /Reply text/ }).inputValue();
    // The reply form shows the pane's text, word for word (whitespace aside).
    const words = (text: string) => text.replace(/\s+/g, " ").trim();
    expect(words(reply.renderedText)).toBe(words(textarea));
    expect(reply.renderedInjected).toBe(0);
    expect(reply.to).toContain("@");
    await expect(page.locator("[data-outcome]").getAttribute("data-outcome")).resolves.toBe("opened");
  });

  test("an invite with markup in its subject, organizer and body stays text everywhere", async () => {
    const { page } = fixture.demo();
    await openHostileInvite(page);
    await expectNothingInjected(page);
    // The reading view and the pane show the subject literally.
    expect(await page.locator("#demo-subject").textContent()).toBe(HOSTILE_SUBJECT);
    expect((await paneView(page)).subject).toBe(HOSTILE_SUBJECT);

    await openReply(page);
    const reply = await replyForm(page);
    expect(reply.subject).toBe(`RE: ${HOSTILE_SUBJECT}`);
    expect(reply.to).toContain("<script>window.__pwned=2</script>");
    // Outlook receives the subject as escaped text, and shows it literally.
    expect(reply.source).toContain("&lt;img src=x onerror=");
    expect(reply.source).not.toMatch(/<img|<b id|<script|<iframe/i);
    expect(reply.renderedText).toContain(
      `<img src=x onerror="window.__pwned=1"><b id="injected-subject">bold</b>`,
    );
    expect(reply.renderedInjected).toBe(0);
    await expectNothingInjected(page);
    await page.screenshot({ path: resultsPath("reply-form-hostile.png") });

    await page.getByRole("button", { name: "Send (simulated)" }).click();
    await page.locator("#demo-message", { hasText: "Reply sent (simulated)" }).waitFor();
    expect(await page.locator("#demo-reply").isVisible()).toBe(false);
  });

  test("works from the keyboard alone: choose an invite, reach the verdict, open and send the reply", async () => {
    const { page } = fixture.demo();
    const target =
      [...expectedVerdicts()].find(([, verdicts]) => verdicts[0] === "directive-applies")?.[0] ?? "";
    const focused = () =>
      page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        return {
          role: active?.getAttribute("role") ?? null,
          sample: active?.dataset.sample ?? null,
          text: active?.textContent?.trim() ?? "",
          inPane: !!active?.closest("#root"),
          inDialog: !!active?.closest("#demo-reply"),
          visibleFocus: active
            ? getComputedStyle(active).outlineStyle !== "none" ||
              getComputedStyle(active).boxShadow !== "none"
            : false,
        };
      });
    async function tabUntil(check: (state: Awaited<ReturnType<typeof focused>>) => boolean, limit = 200) {
      for (let presses = 0; presses < limit; presses += 1) {
        await page.keyboard.press("Tab");
        const state = await focused();
        if (check(state)) return state;
      }
      throw new Error("Tab never reached the element");
    }

    // The inbox: one Tab stop, then arrow keys (selection follows focus, as in Outlook).
    const first = await tabUntil((state) => state.role === "option");
    expect(first.visibleFocus).toBe(true);
    await page.keyboard.press("Home");
    for (let presses = 0; presses < 100 && (await focused()).sample !== target; presses += 1) {
      await page.keyboard.press("ArrowDown");
    }
    expect((await focused()).sample).toBe(target);
    await page.keyboard.press("Enter");
    const view = await waitForResultOfSelection(page);
    expect(expectedVerdicts().get(target)).toContain(view.verdict);

    // Into the pane: the verdict comes before the reply button in Tab order.
    const entered = await tabUntil((state) => state.inPane);
    expect(entered.visibleFocus).toBe(true);
    await tabUntil((state) => state.inPane && state.text === "Reply to organizer");
    const verdictFirst = await page.evaluate(() => {
      const verdict = document.querySelector("#root [data-verdict]");
      const active = document.activeElement;
      return (
        !!verdict &&
        !!active &&
        !!(verdict.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING)
      );
    });
    expect(verdictFirst).toBe(true);
    await page.keyboard.press("Enter");

    // The reply form opens with focus inside it; Tab to Send and press Space.
    await page.locator("#demo-reply").waitFor({ state: "visible" });
    await page.waitForFunction(() => !!document.activeElement?.closest("#demo-reply"));
    await tabUntil((state) => state.inDialog && state.text === "Send (simulated)", 20);
    await page.keyboard.press("Space");
    await page.locator("#demo-reply").waitFor({ state: "hidden" });
    await page.locator("#demo-message", { hasText: "Reply sent (simulated)" }).waitFor();
    await expect(page.locator("[data-outcome]").getAttribute("data-outcome")).resolves.toBe("opened");
  });
});
