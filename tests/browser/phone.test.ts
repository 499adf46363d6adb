import path from "node:path";
import type { Page } from "playwright-core";
import {
  openDemo,
  openScan,
  REPO,
  showSample,
  startDemoSite,
  type DemoSite,
  type OpenDemo,
} from "./support/demo";

/**
 * The pane as Outlook on a phone shows it: full-screen at 360 px, with no reply form and no way to
 * open a meeting from the add-in (demo.html?formFactor=phone makes the simulated Outlook an iPhone's).
 */

jest.setTimeout(180_000);

const AXE = path.join(REPO, "node_modules/axe-core/axe.min.js");
const PANEL = "qamt-panel-monthly.json";
const WIDTH = 360;

let site: DemoSite;
let demo: OpenDemo;

beforeAll(async () => {
  site = await startDemoSite();
  const context = await site.browser.newContext({
    viewport: { width: WIDTH, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  // axe goes in through the browser: the page's Content Security Policy refuses inline scripts.
  await context.addInitScript({ path: AXE });
  demo = await openDemo(site, context, { query: "formFactor=phone" });
});

afterAll(async () => {
  expect(demo?.errors ?? []).toEqual([]);
  await demo?.context.close();
  await site?.close();
});

/** axe-core's serious and critical violations in the pane. */
async function paneViolations(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Element,
            options: object,
          ): Promise<{ violations: { id: string; impact: string | null; nodes: { html: string }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document.getElementById("root")!, { resultTypes: ["violations"] });
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => node.html.slice(0, 120)).join(" | ")}`,
      );
  });
}

/** Elements in the pane that stick out past its right edge (something a phone would cut off or scroll). */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.getElementById("root")!;
    const edge = root.getBoundingClientRect().right + 0.5;
    return [...root.querySelectorAll<HTMLElement>("*")]
      .filter(
        (element) => element.getClientRects().length > 0 && element.getBoundingClientRect().right > edge,
      )
      .map((element) => element.outerHTML.slice(0, 100));
  });
}

describe("the pane on a phone (360 px)", () => {
  test("fits the width, offers Copy reply text and Decline and send instead of a reply form, and passes axe", async () => {
    const { page } = demo;
    await showSample(page, PANEL);
    const pane = page.locator("#root");
    expect((await pane.boundingBox())?.width).toBeLessThanOrEqual(WIDTH);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
    expect(await overflowing(page)).toEqual([]);

    expect(await pane.getByRole("button", { name: "Reply to organizer" }).count()).toBe(0);
    await pane.getByRole("button", { name: "Copy reply text" }).waitFor();
    await pane.getByRole("button", { name: "Decline and send", exact: true }).waitFor();
    expect(await pane.locator("[data-reply-form-unavailable]").textContent()).toContain(
      "Outlook on phones has none",
    );
    expect(await paneViolations(page)).toEqual([]);

    // The same confirmation as on the desktop, and it fits too.
    await pane.getByRole("button", { name: "Decline and send", exact: true }).click();
    const dialog = page.getByRole("alertdialog", { name: "Decline this meeting?" });
    await dialog.waitFor();
    expect((await dialog.boundingBox())?.width).toBeLessThanOrEqual(WIDTH);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "hidden" });
  });

  test("Check my calendar works at phone width, and says a meeting cannot be opened from the add-in", async () => {
    const { page } = demo;
    const pane = page.locator("#root");
    await openScan(page);
    await pane.locator('[data-scan-state="done"]').waitFor();
    expect(await pane.locator("[data-scan-verdict]").count()).toBeGreaterThan(0);
    expect(await pane.getByRole("button", { name: /in Outlook$/ }).count()).toBe(0);
    expect(await pane.locator("[data-scan-open-unavailable]").textContent()).toContain(
      "cannot open a meeting from the add-in",
    );
    expect(await overflowing(page)).toEqual([]);
    expect(await paneViolations(page)).toEqual([]);
  });
});
