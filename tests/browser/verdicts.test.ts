import {
  expectedVerdicts,
  openDemo,
  option,
  ORDINARY_MESSAGE,
  paneView,
  readingSubject,
  resultsPath,
  showSample,
  startDemoSite,
  waitForResultOfSelection,
  type DemoSite,
  type OpenDemo,
  type PaneView,
} from "./support/demo";

jest.setTimeout(180_000);

let site: DemoSite;
let demo: OpenDemo;

beforeAll(async () => {
  site = await startDemoSite();
  demo = await openDemo(site);
});

afterAll(async () => {
  await demo?.context.close();
  await site?.close();
});

afterEach(() => {
  expect(demo.errors).toEqual([]);
});

describe("the demo mailbox in a real browser", () => {
  test("lists every sample named in samples/expected.json, and an ordinary message", async () => {
    const listed = await demo.page
      .locator("#demo-list [role=option]")
      .evaluateAll((options) => options.map((element) => (element as HTMLElement).dataset.sample));
    expect(listed).toEqual(expect.arrayContaining([...expectedVerdicts().keys(), ORDINARY_MESSAGE]));
    expect(await demo.page.locator("#demo-message").textContent()).toBe("");
  });

  test("the pane shows each sample's expected verdict, and a screenshot of each verdict is saved", async () => {
    const shots = new Set<string>();
    const wrong: string[] = [];
    for (const [sample, verdicts] of expectedVerdicts()) {
      const view = await showSample(demo.page, sample);
      if (!verdicts.includes(view.verdict as never)) {
        wrong.push(`${sample}: pane says ${view.verdict}, expected ${verdicts.join(" or ")}`);
      }
      if (view.verdict && !shots.has(view.verdict)) {
        shots.add(view.verdict);
        await demo.page.screenshot({ path: resultsPath(`verdict-${view.verdict}.png`) });
      }
    }
    expect(wrong).toEqual([]);
    expect([...shots].sort()).toEqual(
      [...new Set([...expectedVerdicts().values()].map((verdicts) => verdicts[0]))].sort(),
    );
  });

  test("the ordinary message is not judged as an invite", async () => {
    await option(demo.page, ORDINARY_MESSAGE).click();
    await demo.page.waitForFunction(
      () => document.querySelector('#root [data-pane-state="not-invite"]') !== null,
    );
    expect((await paneView(demo.page)).verdict).toBeNull();
  });

  test("switching quickly between invites never shows another invite's verdict, and ends on the last", async () => {
    const { page } = demo;
    // Samples whose subject no other sample shares, so a subject names one invite.
    const subjects = new Map<string, string>();
    for (const sample of expectedVerdicts().keys()) {
      subjects.set(sample, ((await option(page, sample).locator(".subject").textContent()) ?? "").trim());
    }
    const counts = new Map<string, number>();
    for (const subject of subjects.values()) counts.set(subject, (counts.get(subject) ?? 0) + 1);
    const distinct = [...subjects]
      .filter(([, subject]) => counts.get(subject) === 1)
      .map(([sample]) => sample);
    expect(distinct.length).toBeGreaterThanOrEqual(6);

    // What each shows when given time: the reference for every state seen while switching fast.
    const settled = new Map<string, PaneView>();
    for (const sample of distinct) settled.set(sample, await showSample(page, sample));
    const verdictBySubject = new Map([...settled.values()].map((view) => [view.subject, view.verdict]));
    expect(new Set([...settled.values()].map((view) => view.verdict)).size).toBeGreaterThan(1);

    // Every change of the pane, as it happens.
    await page.evaluate(() => {
      const seen: unknown[] = [];
      (window as unknown as { __paneLog: unknown[] }).__paneLog = seen;
      const root = document.getElementById("root") as HTMLElement;
      new MutationObserver(() => {
        const view = window.__readPane?.();
        if (view) seen.push({ ...view, selected: document.getElementById("demo-subject")?.textContent });
      }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    });

    const rounds = 6;
    for (let round = 0; round < rounds; round += 1) {
      // A different order and length each round; sometimes through the ordinary message.
      const order = distinct.map(
        (sample, index) => distinct[(index * (round + 2) + round) % distinct.length] ?? sample,
      );
      const burst = [...order.slice(0, 4 + (round % 4)), ...(round % 2 === 1 ? [ORDINARY_MESSAGE] : [])];
      const last = distinct[(round * 5 + 3) % distinct.length] ?? "";
      // Clicked inside the page, a few ms apart, so several body reads (0-30 ms each) overlap.
      await page.evaluate(
        async (samples) => {
          for (const sample of samples) {
            document.querySelector<HTMLElement>(`#demo-list [data-sample="${CSS.escape(sample)}"]`)?.click();
            await new Promise((resolve) => setTimeout(resolve, Math.random() * 12));
          }
        },
        [...burst, last],
      );

      const view = await waitForResultOfSelection(page);
      expect(view.subject).toBe(subjects.get(last));
      // A late answer for an earlier invite would land after this; none may.
      await page.waitForTimeout(300);
      const after = await paneView(page);
      expect(after).toEqual(settled.get(last));
      expect(await readingSubject(page)).toBe(subjects.get(last));
    }

    // An earlier invite's body read made to finish last: its answer must not replace the newer one.
    const pairs: [string, string][] = [
      [distinct[0] ?? "", distinct[1] ?? ""],
      [distinct[2] ?? "", distinct[3] ?? ""],
    ];
    for (const [slow, last] of pairs) {
      await page.evaluate((name) => {
        window.qaDemoBodyDelay = (sample) => (sample === name ? 400 : 0);
      }, slow);
      await option(page, ORDINARY_MESSAGE).click();
      await page.waitForFunction(
        () => document.querySelector('#root [data-pane-state="not-invite"]') !== null,
      );
      await option(page, slow).click();
      await page.waitForFunction(() => window.__readPane?.().state === "loading");
      await option(page, last).click();
      await waitForResultOfSelection(page);
      await page.waitForTimeout(800);
      expect(await paneView(page)).toEqual(settled.get(last));
    }
    await page.evaluate(() => delete window.qaDemoBodyDelay);

    const log = await page.evaluate(
      () => (window as unknown as { __paneLog: (PaneView & { selected: string })[] }).__paneLog,
    );
    expect(log.length).toBeGreaterThan(rounds);

    // Before the directory's answer the pane shows the verdict without it: the verdict the same
    // invite gets with directory look-ups off (another browser context, the same samples).
    const withoutDirectory = await openDemo(site, undefined, {
      settings: { roles: {}, useDirectory: false },
    });
    const firstVerdictBySubject = new Map<string | null, string | null>();
    for (const sample of distinct) {
      const view = await showSample(withoutDirectory.page, sample);
      expect(view.directory).toBeNull();
      firstVerdictBySubject.set(view.subject, view.verdict);
    }
    expect(withoutDirectory.errors).toEqual([]);
    await withoutDirectory.context.close();

    const mismatched = log.filter(
      (view) =>
        view.state === "result" &&
        view.verdict !== null &&
        view.subject !== null &&
        (view.directory === "arrived" ? verdictBySubject : firstVerdictBySubject).get(view.subject) !==
          view.verdict,
    );
    expect(mismatched).toEqual([]);
    // Directory answers arrived while switching, and none for an earlier invite replaced a newer one.
    expect(log.some((view) => view.directory === "arrived")).toBe(true);
  });
});
