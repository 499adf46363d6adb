import { VERDICTS } from "../core";
import { monthChart, withoutStyleElements, type Chart } from "./charts";
import type { RecordRow } from "./csv";
import { monthLabel } from "./dates";
import { VERDICT_LABELS } from "./labels";
import { countPerMonth, mergeRows, type MonthCount } from "./summary";

/** The invites of one member's record by month and verdict, months with none included. */
export function ownMonths(rows: readonly RecordRow[], timeZone: string): MonthCount[] {
  return countPerMonth(
    mergeRows(
      rows.map((row, index) => ({ row, file: "", rowNumber: index + 1 })),
      timeZone,
    ),
  );
}

/** The months in words, for those who cannot see the chart: "Mar 2026: 2 covered by the direction, 1 not a QA review". */
export function describeMonths(months: readonly MonthCount[]): string {
  const byMonth = new Map<string, string[]>();
  for (const { month, verdict, count } of months) {
    const parts = byMonth.get(month) ?? [];
    if (count > 0) parts.push(`${count} ${VERDICT_LABELS[verdict].toLowerCase()}`);
    byMonth.set(month, parts);
  }
  return [...byMonth]
    .map(([month, parts]) => `${monthLabel(month)}: ${parts.join(", ") || "none"}`)
    .join("; ");
}

/**
 * The pane's chart of the user's own record by month (ownMonths). Loaded only when the record is
 * opened. It carries no <style> element, which the pane's Content Security Policy would refuse: the
 * pane styles it (RecordChart).
 */
export function drawOwnRecord(
  months: readonly MonthCount[],
  options: { document: Document; width: number },
): Chart {
  return withoutStyleElements(
    monthChart(months, VERDICTS, {
      document: options.document,
      width: options.width,
      ariaLabel: "Your record by month",
    }),
  );
}
