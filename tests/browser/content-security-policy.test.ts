import type { BrowserContext, Page } from "playwright-core";
import {
  expectedVerdicts,
  installPaneReader,
  showSample,
  startDemoSite,
  waitForPaneStarted,
  type DemoSite,
} from "./support/demo";

/**
 * The pages' Content Security Policies in real Chromium: the demo (the real pane, with the simulated
 * Office and Microsoft 365) works under its policy with nothing reported, and what a hostile invite
 * could plant if an escaping bug let it in is blocked and reported, on the demo and on taskpane.html.
 * Every other host answers here (routed), so only the policy can be what stops a request.
 */

jest.setTimeout(180_000);

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const MICROSOFT_AJAX = "https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js";
const ELSEWHERE = "https://example.org/x";
const PIXEL = Buffer.from("R0lGODlhAQABAAAAACw=", "base64");

interface Violation {
  directive: string;
  blocked: string;
}

declare global {
  interface Window {
    __violations?: Violation[];
    /** Set by planted code, were it ever to run. */
    __planted?: string[];
  }
}

/** Collects every violation the page reports (securitypolicyviolation), from before its first script. */
async function listenForViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__violations?.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
    });
  });
}

function violations(page: Page): Promise<Violation[]> {
  return page.evaluate(() => window.__violations ?? []);
}

/** Answers every request to a host outside this machine, and lists them: were one let through, it would load. */
async function answerElsewhere(context: BrowserContext, scripts: Record<string, string> = {}) {
  const reached: string[] = [];
  await context.route(/^https:\/\//, (route) => {
    const url = route.request().url();
    reached.push(url);
    const script = scripts[url];
    void route.fulfill(
      script === undefined
        ? {
            status: 200,
            contentType: "image/gif",
            body: PIXEL,
            headers: { "Access-Control-Allow-Origin": "*" },
          }
        : { status: 200, contentType: "text/javascript", body: script },
    );
  });
  return reached;
}

/** What a hostile invite's text would try, were it ever let in as markup or code. */
async function plantHostileContent(page: Page): Promise<{ image: string; fetched: string }> {
  return page.evaluate(async (elsewhere) => {
    const image = await new Promise<string>((resolve) => {
      const holder = document.createElement("div");
      holder.innerHTML = `<img src="${elsewhere}" onerror="(window.__planted ??= []).push('onerror')">`;
      const planted = holder.querySelector("img");
      planted?.addEventListener("load", () => resolve("loaded"));
      planted?.addEventListener("error", () => resolve("blocked"));
      document.body.append(holder);
    });
    const fetched = await fetch(elsewhere).then(
      () => "fetched",
      () => "blocked",
    );
    const inline = document.createElement("script");
    inline.textContent = "(window.__planted ??= []).push('inline script')";
    document.body.append(inline);
    try {
      window.eval("(window.__planted ??= []).push('eval')");
    } catch {
      // blocked, as it should be
    }
    return { image, fetched };
  }, ELSEWHERE);
}

const byDirective = (list: Violation[]) =>
  list.map(({ directive, blocked }) => `${directive} ${blocked}`).sort();

let site: DemoSite;

beforeAll(async () => {
  site = await startDemoSite();
});

afterAll(async () => {
  await site?.close();
});

describe("the demo under its Content Security Policy", () => {
  let context: BrowserContext;
  let page: Page;
  let reached: string[];
  /** Chromium's console lines about the policy, from every frame (the reply's sandboxed view too). */
  const consoleReports: string[] = [];

  beforeAll(async () => {
    context = await site.browser.newContext({ viewport: { width: 1400, height: 900 } });
    reached = await answerElsewhere(context);
    page = await context.newPage();
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) consoleReports.push(message.text());
    });
    await listenForViolations(page);
    await installPaneReader(page);
    await page.goto(`${site.server.origin}/demo.html`);
    await waitForPaneStarted(page);
  });

  afterAll(async () => {
    await context?.close();
  });

  test("works through every sample, the settings, the dark theme, a reply and a decline, with nothing reported", async () => {
    let replied = false;
    for (const [sample, verdicts] of expectedVerdicts()) {
      const view = await showSample(page, sample);
      expect(verdicts).toContain(view.verdict);
      if (!replied && verdicts[0] === "directive-applies") {
        await page.getByRole("button", { name: "Reply to organizer" }).click();
        await page.locator("#demo-reply").waitFor({ state: "visible" });
        await page.getByRole("button", { name: "Send (simulated)" }).click();
        replied = true;
      }
    }
    expect(replied).toBe(true);
    await page
      .locator("#root")
      .getByRole("button", { name: /Settings/ })
      .first()
      .click();
    await page.getByRole("switch", { name: "Dark theme" }).click();
    await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");

    await showSample(page, "qamt-panel-monthly.json");
    await page.locator("#root").getByRole("button", { name: "Decline and send", exact: true }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Decline and send now" }).click();
    await page.locator('#root [data-outcome="declined"]').waitFor();

    // Fluent's styles did apply: the verdict banner is not the browser's unstyled default.
    const banner = page.locator("#root [data-verdict]").first();
    expect(await banner.evaluate((element) => getComputedStyle(element).display)).not.toBe("inline");
    expect(await violations(page)).toEqual([]);
    expect(consoleReports).toEqual([]);
    expect(reached).toEqual([]);
  });

  test("draws the record's chart, loaded once Your record is opened, with nothing reported", async () => {
    await page.locator("#root").getByRole("button", { name: "Your record" }).click();
    const chart = page.locator('#root [data-record-chart="drawn"]');
    await chart.waitFor();
    const drawn = await chart.evaluate((figure) => {
      const svg = figure.querySelector('svg[role="img"]');
      const box = svg?.getBoundingClientRect();
      const section = figure.parentElement?.getBoundingClientRect();
      return {
        label: svg?.getAttribute("aria-label"),
        bars: figure.querySelectorAll(".bars rect").length,
        styleElements: figure.querySelectorAll("style").length,
        // The pane's own rules for what Plot's <style> elements would have said: the legend in a row.
        legend: getComputedStyle(figure.querySelector(".qa-chart-swatches") ?? figure).display,
        // As wide as the record's section at most, drawn at the width it gives.
        fitsSection: box !== undefined && box.width > 0 && box.right <= (section?.right ?? 0) + 0.5,
        caption: figure.querySelector("figcaption")?.textContent ?? "",
      };
    });
    expect(drawn).toMatchObject({
      label: "Your record by month",
      styleElements: 0,
      legend: "flex",
      fitsSection: true,
    });
    expect(drawn.bars).toBeGreaterThan(0);
    expect(drawn.caption).toMatch(/^By month: \w{3} \d{4}: \d+ /);
    expect(await violations(page)).toEqual([]);
    expect(consoleReports).toEqual([]);
    expect(reached).toEqual([]);
  });

  test("blocks and reports a planted image, fetch, inline script, event handler and eval", async () => {
    expect(await plantHostileContent(page)).toEqual({ image: "blocked", fetched: "blocked" });
    expect(await page.evaluate(() => window.__planted ?? [])).toEqual([]);
    expect(byDirective(await violations(page))).toEqual(
      byDirective([
        { directive: "img-src", blocked: ELSEWHERE },
        { directive: "connect-src", blocked: ELSEWHERE },
        { directive: "script-src-attr", blocked: "inline" },
        { directive: "script-src-elem", blocked: "inline" },
        { directive: "script-src", blocked: "eval" },
      ]),
    );
    expect(reached).toEqual([]);
  });
});

describe("taskpane.html under its Content Security Policy", () => {
  test("loads Office.js and its MicrosoftAjax.js, reaches Graph and sign-in, and blocks everything else", async () => {
    const context = await site.browser.newContext();
    // A stand-in Office.js that loads MicrosoftAjax.js as Outlook's host files do, then stops:
    // without Office the pane says it could not start, which is all this page needs to show here.
    const reached = await answerElsewhere(context, {
      [OFFICE_JS]: `window.__planted = []; document.head.append(Object.assign(document.createElement("script"), { src: "${MICROSOFT_AJAX}" }));`,
      [MICROSOFT_AJAX]: "window.__microsoftAjax = true;",
    });
    const page = await context.newPage();
    await listenForViolations(page);
    await page.goto(`${site.server.origin}/taskpane.html`);
    await page.waitForFunction(() => (window as { __microsoftAjax?: boolean }).__microsoftAjax === true);
    await page.locator('[data-pane-state="startup-failed"]').waitFor({ timeout: 15_000 });
    expect(await violations(page)).toEqual([]);

    const answered = await page.evaluate(async () => {
      const status = (url: string) =>
        fetch(url).then(
          (response) => response.status,
          () => "blocked",
        );
      return {
        graph: await status("https://graph.microsoft.com/v1.0/me"),
        signIn: await status(
          "https://login.microsoftonline.com/organizations/v2.0/.well-known/openid-configuration",
        ),
        officeTelemetry: await status("https://browser.pipe.aria.microsoft.com/Collector/3.0/"),
        otherCdnPath: await new Promise((resolve) => {
          const script = document.createElement("script");
          script.src = "https://appsforoffice.microsoft.com/lib/beta/hosted/office.js";
          script.onload = () => resolve("loaded");
          script.onerror = () => resolve("blocked");
          document.head.append(script);
        }),
      };
    });
    expect(answered).toEqual({
      graph: 200,
      signIn: 200,
      officeTelemetry: "blocked",
      otherCdnPath: "blocked",
    });
    expect(await plantHostileContent(page)).toEqual({ image: "blocked", fetched: "blocked" });
    expect(await page.evaluate(() => window.__planted ?? [])).toEqual([]);
    expect(new Set(reached.map((url) => new URL(url).hostname))).toEqual(
      new Set([
        "appsforoffice.microsoft.com",
        "ajax.aspnetcdn.com",
        "graph.microsoft.com",
        "login.microsoftonline.com",
      ]),
    );
    await context.close();
  });
});
