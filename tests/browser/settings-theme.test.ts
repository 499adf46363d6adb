import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Page } from "playwright-core";
import {
  expectedVerdicts,
  freshDemoForEachTest,
  luminance,
  option,
  paneView,
  resultsPath,
  showSample,
  waitForPaneStarted,
} from "./support/demo";

jest.setTimeout(180_000);

const fixture = freshDemoForEachTest();

/** The pane's own background: the element that holds its <main>, as the user sees it. */
function paneBackground(page: Page): Promise<string> {
  return page.evaluate(() => {
    let element: Element | null = document.querySelector("#root main");
    while (element && element !== document.documentElement) {
      const color = getComputedStyle(element).backgroundColor;
      if (color && color !== "rgba(0, 0, 0, 0)" && color !== "transparent") return color;
      element = element.parentElement;
    }
    return "none";
  });
}

/** Waits for the pane's background to turn dark (sum of RGB under 270) or light (over 600). */
async function waitForPaneShade(page: Page, shade: "dark" | "light"): Promise<void> {
  await page.waitForFunction(
    (wanted) => {
      let element: Element | null = document.querySelector("#root main");
      while (element && element !== document.documentElement) {
        const color = getComputedStyle(element).backgroundColor;
        if (color !== "rgba(0, 0, 0, 0)" && color !== "transparent") {
          const sum = (color.match(/[\d.]+/g) ?? [])
            .slice(0, 3)
            .map(Number)
            .reduce((total, part) => total + part, 0);
          return wanted === "dark" ? sum < 270 : sum > 600;
        }
        element = element.parentElement;
      }
      return false;
    },
    shade,
    { timeout: 15_000 },
  );
}

/** Shows the first sample expected to be unclear that has a person of unknown role. */
async function showUnknownReviewer(page: Page): Promise<string> {
  for (const [sample, verdicts] of expectedVerdicts()) {
    if (verdicts.length !== 1 || verdicts[0] !== "unclear") continue;
    await showSample(page, sample);
    if ((await page.locator('#root li[data-person] [data-role="unknown"]').count()) > 0) return sample;
  }
  throw new Error("no sample expected to be unclear has a person whose role is unknown");
}

/** The value of one of Fluent's theme tokens where the pane's heading is. */
function tokenAtHeading(page: Page, token: string): Promise<string> {
  return page.evaluate(
    (name) =>
      getComputedStyle(document.querySelector("#root h1") ?? document.body)
        .getPropertyValue(`--${name}`)
        .trim(),
    token,
  );
}

describe("settings and theme", () => {
  test("the light theme's tokens reach the pane from its style sheet, and the dark theme's replace them", async () => {
    const { page } = fixture.demo();
    await showSample(page, [...expectedVerdicts().keys()][0] ?? "");
    const TOKENS = [
      "colorBrandBackground",
      "colorNeutralForeground1",
      "fontFamilyBase",
      "spacingVerticalL",
    ] as const;
    for (const token of TOKENS) expect(await tokenAtHeading(page, token)).toBe(String(webLightTheme[token]));

    await page.getByRole("switch", { name: "Dark theme" }).click();
    await waitForPaneShade(page, "dark");
    expect(await tokenAtHeading(page, "colorNeutralForeground1")).toBe(webDarkTheme.colorNeutralForeground1);
  });

  test("a role correction and the settings survive a reload", async () => {
    const { page } = fixture.demo();
    const sample = await showUnknownReviewer(page);
    expect((await paneView(page)).verdict).toBe("unclear");

    // Correct the first person whose role is unknown: call them QACI.
    const person = page
      .locator("#root li[data-person]")
      .filter({ has: page.locator('[data-role="unknown"]') })
      .first();
    const name = ((await person.locator("h3").textContent()) ?? "").trim();
    await person.getByRole("combobox", { name: `Role of ${name}` }).selectOption("qaci");
    await page.locator('#root [data-correction="saved"]').waitFor();
    await page.waitForFunction(() => window.__readPane?.().verdict !== "unclear");
    const corrected = await page.evaluate(() => window.__readPane?.());
    expect(corrected?.verdict).not.toBe("unclear");

    // Settings: a name to sign replies with, saved from the Settings section.
    await page
      .getByRole("button", { name: /Settings/ })
      .first()
      .click();
    const nameField = page.getByRole("textbox", { name: "My name, to sign replies" });
    await nameField.fill("Priya N. (browser test)");
    await page.getByRole("button", { name: /^Save/ }).click();
    await page.waitForFunction(() =>
      window.localStorage.getItem("qaMeetingCheck.demo.roamingSettings")?.includes("browser test"),
    );

    await page.reload();
    await waitForPaneStarted(page);
    const after = await showSample(page, sample);
    expect(after).toEqual(corrected);
    const badge = page
      .locator("#root li[data-person]")
      .filter({ hasText: name })
      .first()
      .locator("[data-role]");
    expect(await badge.getAttribute("data-role")).toBe("qaci");
    await page
      .getByRole("button", { name: /Settings/ })
      .first()
      .click();
    expect(await page.getByRole("textbox", { name: "My name, to sign replies" }).inputValue()).toBe(
      "Priya N. (browser test)",
    );
  });

  test("the demo's dark theme turns the pane dark, and back", async () => {
    const { page } = fixture.demo();
    const samples = [...expectedVerdicts().keys()];
    await showSample(page, samples[0] ?? "");
    expect(luminance(await paneBackground(page))).toBeGreaterThan(0.8);

    const themeSwitch = page.getByRole("switch", { name: "Dark theme" });
    await themeSwitch.click();
    expect(await themeSwitch.getAttribute("aria-checked")).toBe("true");
    await waitForPaneShade(page, "dark");
    expect(luminance(await paneBackground(page))).toBeLessThan(0.1);
    await page.screenshot({ path: resultsPath("theme-dark.png") });

    // Like Outlook's, the theme survives a reload; and it switches back.
    await page.reload();
    await waitForPaneStarted(page);
    await waitForPaneShade(page, "dark");
    await page.getByRole("switch", { name: "Dark theme" }).click();
    await option(page, samples[1] ?? "").click();
    await waitForPaneShade(page, "light");
    expect(luminance(await paneBackground(page))).toBeGreaterThan(0.8);
  });
});
