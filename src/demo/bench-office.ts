import type { InviteSnapshotInput } from "../core";
import { FakeOutlook, type DemoItem, type TimeZoneOffsetSpan } from "./fake-office";

/**
 * The Office.js stand-in `npm run bench:pane` serves in place of Microsoft's CDN script, to every
 * pane it compares: the demo's simulated Outlook holding the sample snapshots (samples/*.json), the
 * first one selected, body reads answered at once. No file readers and no demo page, so it costs
 * every pane the same little. `window.qaBench.select(index)` fires ItemChanged, as a pinned pane sees it.
 */

declare global {
  interface Window {
    qaBench?: { subjects: string[]; select(index: number): void };
  }
}

const samples = require.context("../../samples", false, /^\.\/(?!expected\.json$)[^/]+\.json$/);
const items: DemoItem[] = samples.keys().map((key, index) => ({
  id: `bench-item-${index}`,
  sample: key.slice(2),
  snapshot: samples(key) as InviteSnapshotInput,
}));

/**
 * The mailbox zone's offsets from UTC, worked out by `npm run bench:pane` as it builds this file
 * (webpack's DefinePlugin), as Office's start-up data brings them: so converting the invite's time
 * costs the pane what it costs in Outlook, not Intl's first look at its time zone data.
 */
declare const BENCH_TIME_ZONE_OFFSETS: TimeZoneOffsetSpan[] | undefined;
const timeZoneOffsets = typeof BENCH_TIME_ZONE_OFFSETS === "undefined" ? undefined : BENCH_TIME_ZONE_OFFSETS;

const outlook = new FakeOutlook(
  {
    ...(timeZoneOffsets ? { timeZoneOffsets } : {}),
    storage: window.sessionStorage,
    storageKey: "qaMeetingCheck.bench.roamingSettings",
    onReplyForm: () => undefined,
    bodyDelay: () => 0,
  },
  { displayName: "Priya Nair", emailAddress: "priya.nair@dcj-demo.example" },
);
(window as { Office?: typeof Office }).Office = outlook.office;
outlook.select(items[0]);
outlook.markReady();

window.qaBench = {
  subjects: items.map((item) => item.snapshot.item.subject ?? ""),
  select: (index) => outlook.select(items[index]),
};
