import { formatWhen } from "./reply";

/**
 * When the meeting starts, for a reader in `zone` (an IANA name): formatWhen on the reader's
 * clock, with the zone named ("Sydney time") when the invite was written on a clock that differs,
 * so the organizer reading a reply knows which is meant. The invite's clock is the offset written
 * in `start`, or else its own IANA zone; a UTC "Z" alone says nothing of where it was written.
 */
export function formatWhenFor(
  start: string | undefined,
  zone: string,
  inviteZone?: string,
): string | undefined {
  const when = formatWhen(start, zone);
  const written = /[+-]\d\d:?\d\d$/.test(start ?? "")
    ? formatWhen(start)
    : inviteZone && formatWhen(start, inviteZone);
  if (!when || !written || written === when) return when;
  return `${when} (${zone.slice(zone.lastIndexOf("/") + 1).replace(/_/g, " ")} time)`;
}
