import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { serveFolder, type StaticServer } from "./static-server";

export const REPO = path.resolve(__dirname, "../../..");
export const SAMPLES_DIR = path.join(REPO, "samples");
export const RESULTS_DIR = path.join(REPO, "test-results");
export const VERDICTS = ["directive-applies", "one-to-one", "not-qa-review", "unclear"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Where the demo keeps its simulated roaming settings, and the pane's key within them. */
export const ROAMING_STORAGE_KEY = "qaMeetingCheck.demo.roamingSettings";
export const SETTINGS_KEY = "qaMeetingCheck.settings";

/** The ordinary e-mail the demo mailbox holds besides the samples. */
export const ORDINARY_MESSAGE = "(demo) ordinary message";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The demo build made by global-setup.ts. */
export function demoDist(): string {
  const dist = process.env.QA_BROWSER_DIST;
  if (!dist || !fs.existsSync(path.join(dist, "demo.html"))) {
    throw new Error("No demo build: run the browser tests through jest (global-setup.ts builds it).");
  }
  return dist;
}

/** Debian's Chromium, never a downloaded browser. Playwright gives each launch a fresh profile. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
}

export interface DemoSite {
  server: StaticServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function startDemoSite(): Promise<DemoSite> {
  const server = await serveFolder(demoDist());
  const browser = await launchChromium();
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** The samples and the verdicts that count as right for each, from samples/expected.json. */
export function expectedVerdicts(): Map<string, Verdict[]> {
  const raw = JSON.parse(fs.readFileSync(path.join(SAMPLES_DIR, "expected.json"), "utf8")) as Record<
    string,
    string | string[]
  >;
  const files = fs.readdirSync(SAMPLES_DIR);
  const expected = new Map<string, Verdict[]>();
  for (const [key, value] of Object.entries(raw)) {
    const file = files.includes(key) ? key : files.find((name) => name.replace(/\.[^.]+$/, "") === key);
    if (!file) throw new Error(`samples/expected.json names ${key}, which is not in samples/`);
    const verdicts = (Array.isArray(value) ? value : [value]).map((verdict) => {
      if (!(VERDICTS as readonly string[]).includes(verdict))
        throw new Error(`${key}: unknown verdict ${verdict}`);
      return verdict as Verdict;
    });
    expected.set(file, verdicts);
  }
  return expected;
}

export interface OpenDemo {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors in the page: a test fails if any appear. */
  errors: string[];
}

export interface OpenDemoOptions {
  /**
   * The pane's settings as saved before the first visit, instead of the demo's first-visit
   * settings (which turn directory look-ups on with the simulated Microsoft 365).
   */
  settings?: Record<string, unknown>;
  /** A query for demo.html, e.g. "formFactor=phone" (Outlook on a phone). */
  query?: string;
}

/** A fresh browser context (own localStorage) with the demo page loaded and the pane started. */
export async function openDemo(
  site: DemoSite,
  context?: BrowserContext,
  options: OpenDemoOptions = {},
): Promise<OpenDemo> {
  const ownContext = context ?? (await site.browser.newContext({ viewport: { width: 1400, height: 900 } }));
  const page = await ownContext.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  if (options.settings) {
    const roaming = JSON.stringify({ [SETTINGS_KEY]: JSON.stringify(options.settings) });
    await page.addInitScript(
      ([key, value]) => {
        // Init scripts run in every frame; only the page itself (not the sandboxed reply view) has storage.
        if (window !== window.top) return;
        if (window.localStorage.getItem(key) === null) window.localStorage.setItem(key, value);
      },
      [ROAMING_STORAGE_KEY, roaming] as const,
    );
  }
  await installPaneReader(page);
  await page.goto(`${site.server.origin}/demo.html${options.query ? `?${options.query}` : ""}`);
  await waitForPaneStarted(page);
  return { context: ownContext, page, errors };
}

export async function waitForPaneStarted(page: Page): Promise<void> {
  await page.locator('#demo-list[data-loaded="true"] [role=option]').first().waitFor();
  await page.waitForFunction(() => {
    const state = document.querySelector("#root [data-pane-state]")?.getAttribute("data-pane-state");
    return state !== undefined && state !== null && state !== "loading";
  });
}

export interface PaneView {
  /** The pane's view: result, loading, none, not-invite, error, startup-failed. */
  state: string | null;
  verdict: string | null;
  /** The subject the pane says it judged. */
  subject: string | null;
  /** "arrived" once the directory's answer (roles, manager) is in the verdict; null before or without. */
  directory: string | null;
}

/** What the pane shows now. Runs in the page; kept self-contained for page.evaluate. */
export function readPane(): PaneView {
  const root = document.getElementById("root");
  return {
    state: root?.querySelector("[data-pane-state]")?.getAttribute("data-pane-state") ?? null,
    verdict: root?.querySelector("[data-verdict]")?.getAttribute("data-verdict") ?? null,
    subject: root?.querySelector('[data-pane-state="result"] > p > q')?.textContent ?? null,
    directory: root?.querySelector("[data-directory]")?.getAttribute("data-directory") ?? null,
  };
}

/** Whether the pane's saved settings have directory look-ups on. Runs in the page; self-contained. */
export function directoryLookupsOn(): boolean {
  try {
    const roaming = JSON.parse(
      window.localStorage.getItem("qaMeetingCheck.demo.roamingSettings") ?? "{}",
    ) as Record<string, unknown>;
    const raw = roaming["qaMeetingCheck.settings"];
    const settings = (typeof raw === "string" ? JSON.parse(raw) : raw) as
      { useDirectory?: unknown } | undefined;
    return settings?.useDirectory === true;
  } catch {
    return false;
  }
}

declare global {
  interface Window {
    /** readPane, installed in the page by installPaneReader. */
    __readPane?: () => PaneView;
    /** directoryLookupsOn, installed in the page by installPaneReader. */
    __directoryLookupsOn?: () => boolean;
  }
}

/** Makes readPane callable inside the page (for waitForFunction and MutationObservers). */
export async function installPaneReader(page: Page): Promise<void> {
  await page.addInitScript({
    content: `window.__readPane = ${readPane.toString()}; window.__directoryLookupsOn = ${directoryLookupsOn.toString()};`,
  });
}

export function paneView(page: Page): Promise<PaneView> {
  return page.evaluate(readPane);
}

export function option(page: Page, sample: string) {
  return page.locator(`#demo-list [role=option][data-sample="${sample}"]`).first();
}

/** The subject the demo's reading view shows, as the pane should show it too. */
export async function readingSubject(page: Page): Promise<string> {
  return (await page.locator("#demo-subject").textContent()) ?? "";
}

/**
 * Waits until the pane shows a result for the subject selected in the reading view: with
 * directory look-ups on (the demo's first-visit settings), the result refined by the directory.
 */
export async function waitForResultOfSelection(page: Page): Promise<PaneView> {
  const subject = await readingSubject(page);
  await page.waitForFunction((wanted) => {
    const view = window.__readPane?.();
    const refined = !window.__directoryLookupsOn?.() || view?.directory === "arrived";
    return view?.state === "result" && view.verdict !== null && view.subject === wanted && refined;
  }, subject);
  return paneView(page);
}

/**
 * Selects a sample after the ordinary message, so the verdict that appears cannot be the one
 * left from before: the pane must go through "not an invite" first.
 */
export async function showSample(page: Page, sample: string): Promise<PaneView> {
  await option(page, ORDINARY_MESSAGE).click();
  await page.waitForFunction(() => document.querySelector('#root [data-pane-state="not-invite"]') !== null);
  await option(page, sample).click();
  return waitForResultOfSelection(page);
}

export function resultsPath(name: string): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  return path.join(RESULTS_DIR, name);
}

/** sRGB luminance (0 black, 1 white) of a computed CSS colour such as "rgb(41, 41, 41)". */
export function luminance(cssColor: string): number {
  const [red = 0, green = 0, blue = 0] = (cssColor.match(/[\d.]+/g) ?? []).map(Number);
  const channel = (value: number) => {
    const scaled = value / 255;
    return scaled <= 0.04045 ? scaled / 12.92 : ((scaled + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue);
}

/**
 * One demo site for the test file and a fresh demo (its own browser context) for each test, which
 * fails the test if the page threw. `contextFor` lets a file open its contexts with other options.
 */
export function freshDemoForEachTest(contextFor?: (site: DemoSite) => Promise<BrowserContext>): {
  site: () => DemoSite;
  demo: () => OpenDemo;
} {
  let site: DemoSite | undefined;
  let demo: OpenDemo | undefined;
  beforeAll(async () => {
    site = await startDemoSite();
  });
  beforeEach(async () => {
    if (!site) throw new Error("the demo site did not start");
    demo = await openDemo(site, contextFor ? await contextFor(site) : undefined);
  });
  afterEach(async () => {
    if (!demo) return;
    const errors = demo.errors;
    await demo.context.close();
    expect(errors).toEqual([]);
  });
  afterAll(async () => {
    await site?.close();
  });
  const current = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`no ${what}: the set-up failed`);
    return value;
  };
  return { site: () => current(site, "demo site"), demo: () => current(demo, "demo") };
}

/** Opens the pane's "Your coming weeks" (its chunk loads) and asks for "Check my calendar". */
export async function openScan(page: Page): Promise<void> {
  const pane = page.locator("#root");
  await pane.getByRole("button", { name: "Your coming weeks" }).click();
  await pane.getByRole("button", { name: "Check my calendar", exact: true }).click();
}
