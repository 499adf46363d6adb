import ICAL from "ical.js";

type Time = InstanceType<typeof ICAL.Time>;
type Component = InstanceType<typeof ICAL.Component>;

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** Formatters that name a zone's offset ("GMT+11:00"), one per zone: creating one is slow. */
const offsetFormatters = new Map<string, Intl.DateTimeFormat | undefined>();

function offsetFormatter(zone: string): Intl.DateTimeFormat | undefined {
  if (offsetFormatters.has(zone)) return offsetFormatters.get(zone);
  let formatter: Intl.DateTimeFormat | undefined;
  try {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
  } catch {
    formatter = undefined;
  }
  offsetFormatters.set(zone, formatter);
  return formatter;
}

/** An IANA zone name ("Australia/Sydney"), not a Windows one ("AUS Eastern Standard Time") or an abbreviation. */
export function isIanaZone(name: string): boolean {
  if (!name.includes("/") && name !== "UTC") return false;
  return offsetFormatter(name) !== undefined;
}

function offsetText(seconds: number): string {
  const sign = seconds < 0 ? "-" : "+";
  const minutes = Math.round(Math.abs(seconds) / 60);
  return `${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

function wallClock(time: Time): string {
  const date = `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`;
  return `${date}T${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`;
}

/** The zone's offset from UTC, in seconds, at the given UTC instant ("GMT+11:00" read back). */
function ianaOffsetAt(zone: string, utcMillis: number): number {
  const parts = offsetFormatter(zone)?.formatToParts(utcMillis) ?? [];
  const name = parts.find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0;
  const seconds = Number(match[2]) * 3600 + Number(match[3] ?? 0) * 60;
  return match[1] === "-" ? -seconds : seconds;
}

/** Offset of a wall-clock time in an IANA zone; checked twice so times near a change land right. */
function ianaOffsetOfWallClock(zone: string, time: Time): number {
  const asIfUtc = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
  const first = ianaOffsetAt(zone, asIfUtc);
  return ianaOffsetAt(zone, asIfUtc - first * 1000);
}

function vtimezoneNamed(calendar: Component, tzid: string): Component | undefined {
  return calendar
    .getAllSubcomponents("vtimezone")
    .find((zone) => String(zone.getFirstPropertyValue("tzid") ?? "") === tzid);
}

type Timezone = InstanceType<typeof ICAL.Timezone>;

/**
 * ical.js works out offsets by expanding a zone's rules year by year from their DTSTART, and
 * Outlook starts them in 1601, so building a zone is slow. A batch of invites shares a handful of
 * zones: keep each, by its exact definition, for the next invite.
 */
const zonesByDefinition = new Map<string, Timezone>();
const MAX_CACHED_ZONES = 64;

function zoneFor(vtimezone: Component): Timezone {
  const definition = vtimezone.toString();
  const cached = zonesByDefinition.get(definition);
  if (cached) return cached;
  const zone = new ICAL.Timezone(vtimezone);
  if (zonesByDefinition.size >= MAX_CACHED_ZONES) zonesByDefinition.clear();
  zonesByDefinition.set(definition, zone);
  return zone;
}

function offsetOf(time: Time, tzid: string | undefined, calendar: Component): number | undefined {
  if (!tzid) return undefined;
  const vtimezone = vtimezoneNamed(calendar, tzid);
  if (vtimezone) return zoneFor(vtimezone).utcOffset(time);
  if (isIanaZone(tzid)) return ianaOffsetOfWallClock(tzid, time);
  return undefined;
}

/**
 * An iCalendar time as ISO 8601: with the real UTC offset when its zone is known (from the
 * calendar's VTIMEZONE or an IANA name), "Z" for UTC, bare for floating times and all-day dates.
 * Undefined when the file's value is not a real date.
 */
export function isoTime(time: Time, tzid: string | undefined, calendar: Component): string | undefined {
  let iso: string;
  if (time.isDate) {
    iso = wallClock(time).slice(0, 10);
  } else if (time.zone === ICAL.Timezone.utcTimezone) {
    iso = `${wallClock(time)}Z`;
  } else {
    const offset = offsetOf(time, tzid, calendar);
    iso = offset === undefined ? wallClock(time) : `${wallClock(time)}${offsetText(offset)}`;
  }
  return /^\d{4}-\d{2}-\d{2}/.test(iso) && !Number.isNaN(Date.parse(iso)) ? iso : undefined;
}
