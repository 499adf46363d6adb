import { dayLabel } from "../../record/dates";
import type { RecordSummary } from "../../record/summary";

/** Words the HTML report and the text summary share. */

export const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

/** "10 Mar 2026 to 30 Jun 2026", or the one day. */
export function dateRange(summary: RecordSummary): string {
  const { firstDay, lastDay } = summary;
  if (!firstDay || !lastDay) return "no meetings";
  return firstDay === lastDay ? dayLabel(firstDay) : `${dayLabel(firstDay)} to ${dayLabel(lastDay)}`;
}

/** The usual size of the covered reviews: "3 other people (2 to 5)". */
export function usualSize(summary: RecordSummary): string | undefined {
  const size = summary.covered.size;
  if (!size) return undefined;
  const median = Number.isInteger(size.median) ? String(size.median) : size.median.toFixed(1);
  const range = size.smallest === size.largest ? "" : ` (from ${size.smallest} to ${size.largest})`;
  return `${median} other ${size.median === 1 ? "person" : "people"} besides the member${range}`;
}
