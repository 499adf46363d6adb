import type { Page, Request } from "playwright-core";
import {
  expectedVerdicts,
  installPaneReader,
  showSample,
  startDemoSite,
  waitForPaneStarted,
  type DemoSite,
} from "./support/demo";

jest.setTimeout(180_000);

const OFFICE_CDN = "appsforoffice.microsoft.com";

let site: DemoSite;

beforeAll(async () => {
  site = await startDemoSite();
});

afterAll(async () => {
  await site?.close();
});

function isLocal(request: Request): boolean {
  const url = new URL(request.url());
  if (["data:", "blob:", "about:"].includes(url.protocol)) return true;
  return url.hostname === "127.0.0.1" || url.hostname === "localhost";
}

/** Every request the page makes, from before its first byte. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on("request", (request) => requests.push(request));
  return requests;
}

describe("privacy: nothing leaves this computer", () => {
  test("the demo, used through every sample and a reply, requests nothing from elsewhere", async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const requests = recordRequests(page);
    await installPaneReader(page);
    await page.goto(`${site.server.origin}/demo.html`);
    await waitForPaneStarted(page);
    let replied = false;
    for (const [sample, verdicts] of expectedVerdicts()) {
      await showSample(page, sample);
      if (!replied && verdicts[0] === "directive-applies") {
        await page.getByRole("button", { name: "Reply to organizer" }).click();
        await page.locator("#demo-reply").waitFor({ state: "visible" });
        await page.getByRole("button", { name: "Send (simulated)" }).click();
        replied = true;
      }
    }
    expect(replied).toBe(true);
    // Microsoft 365 too: sign-in (MSAL's nested app authentication) and Graph stay in the page.
    await showSample(page, "qamt-panel-monthly.json");
    await page.locator("#root").getByRole("button", { name: "Decline and send", exact: true }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Decline and send now" }).click();
    await page.locator('#root [data-outcome="declined"]').waitFor();
    const graph = await page.evaluate(
      () => window.qaDemoMicrosoft365?.requests.map((request) => request.path) ?? [],
    );
    expect(graph.some((path) => path.startsWith("/me/people?"))).toBe(true);
    expect(graph.some((path) => path.endsWith("/decline"))).toBe(true);
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((request) => !isLocal(request)).map((request) => request.url())).toEqual([]);
    await context.close();
  });

  test("the real taskpane.html, with the Office.js CDN unreachable, says so instead of staying blank", async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const requests = recordRequests(page);
    // The CDN is unreachable here; abort it so the failure is immediate and the same on every run.
    await page.route(`https://${OFFICE_CDN}/**`, (route) => route.abort("internetdisconnected"));
    await page.goto(`${site.server.origin}/taskpane.html`);
    const failure = page.locator('[data-pane-state="startup-failed"]');
    await failure.waitFor({ timeout: 10_000 });
    expect(await failure.textContent()).toMatch(/Office\.js did not load/);
    expect(await page.getByRole("button", { name: "Reload" }).isVisible()).toBe(true);

    const elsewhere = requests
      .filter((request) => !isLocal(request))
      .map((request) => new URL(request.url()).hostname);
    expect(elsewhere.length).toBeGreaterThan(0);
    expect([...new Set(elsewhere)]).toEqual([OFFICE_CDN]);
    await context.close();
  });
});
