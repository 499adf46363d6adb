/** Days and months of the record, on the reader's clock. */

const DATE_ONLY = /^\d{4}-\d\d-\d\d$/;
const ZONED = /(?:z|[+-]\d\d:?\d\d)$/i;

/** Whether the time names its clock (an offset or Z); a date alone, or a "floating" time, does not. */
export function isZoned(iso: string): boolean {
  return !DATE_ONLY.test(iso) && ZONED.test(iso);
}

/** Formatters are slow to make and a summary dates every row: one per zone, or per label, kept. */
const formats = new Map<string, Intl.DateTimeFormat>();
function kept(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = formats.get(key);
  if (!format) formats.set(key, (format = make()));
  return format;
}

const dayFormat = (zone: string) =>
  kept(
    `day ${zone}`,
    () =>
      new Intl.DateTimeFormat("en-US", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }),
  );

/**
 * The day, YYYY-MM-DD, for a reader in `zone` (an IANA name). A date alone (an all-day event) or
 * a time written without a zone is that day wherever it is read.
 */
export function dayOf(iso: string, zone: string): string {
  if (!isZoned(iso)) return iso.slice(0, 10);
  const parts = dayFormat(zone).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** YYYY-MM of a YYYY-MM-DD day. */
export const monthOf = (day: string): string => day.slice(0, 7);

/** Every month from `first` to `last` (YYYY-MM), both included. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split("-").map(Number) as [number, number];
  for (let current = first; current <= last; current = `${year}-${String(month).padStart(2, "0")}`) {
    months.push(current);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

/** "Mar 2026" for 2026-03. */
export function monthLabel(month: string): string {
  const [year, number] = month.split("-").map(Number) as [number, number];
  return kept(
    "month label",
    () => new Intl.DateTimeFormat("en-AU", { month: "short", year: "numeric", timeZone: "UTC" }),
  ).format(new Date(Date.UTC(year, number - 1, 1)));
}

/** "10 Mar 2026" for 2026-03-10. */
export function dayLabel(day: string): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return kept(
    "day label",
    () =>
      new Intl.DateTimeFormat("en-AU", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }),
  ).format(new Date(Date.UTC(year, month - 1, date)));
}
