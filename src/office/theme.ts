type Rgb = readonly [number, number, number];

/** A dark background reads better with white text than with black at or below this luminance. */
const DARK_LUMINANCE = Math.sqrt(1.05 * 0.05) - 0.05;

function parseHexColor(value: unknown): Rgb | undefined {
  if (typeof value !== "string") return undefined;
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim())?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join("") : hex;
  return [0, 2, 4].map((at) => parseInt(full.slice(at, at + 2), 16)) as unknown as Rgb;
}

function channelLuminance(channel: number): number {
  const value = channel / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
function relativeLuminance([red, green, blue]: Rgb): number {
  return 0.2126 * channelLuminance(red) + 0.7152 * channelLuminance(green) + 0.0722 * channelLuminance(blue);
}

function bodyBackgroundOf(office: typeof Office): unknown {
  try {
    return office.context?.officeTheme?.bodyBackgroundColor;
  } catch {
    // Outlook before Mailbox 1.14 may throw instead of returning nothing: treat as no theme.
    return undefined;
  }
}

/** Outlook has no isDarkTheme; the body background colour tells light from dark. */
export function themeOf(office: typeof Office): "light" | "dark" {
  const rgb = parseHexColor(bodyBackgroundOf(office));
  if (!rgb) return "light";
  return relativeLuminance(rgb) <= DARK_LUMINANCE ? "dark" : "light";
}
