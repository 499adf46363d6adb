/** A failure the pane can explain: what went wrong in words a caseworker understands. */
export class HostError extends Error {
  override readonly name = "HostError";
  constructor(
    message: string,
    /** The host's own error code or name, for the details line (e.g. "9057 SettingsSizeLimit"). */
    readonly code?: string,
  ) {
    super(message);
  }
}

/** What the pane says when a failure comes with no words of its own. */
export const SOMETHING_WENT_WRONG = "Something went wrong while talking to Outlook. Try again.";

/** A failure's own code and name for the details line, e.g. "9057 SettingsSizeLimit"; undefined without. */
export function errorCode(error: unknown): string | undefined {
  if (error === null || typeof error !== "object") return undefined;
  const { code, name } = error as { code?: unknown; name?: unknown };
  const parts = [code, name].filter(
    (part) => typeof part === "number" || (typeof part === "string" && part !== ""),
  );
  return parts.length > 0 ? parts.join(" ") : undefined;
}

/**
 * Any failure as a HostError, so the pane always has words to show: a HostError passes through
 * unchanged; anything else gets `message` and, for the details line, its own code or name.
 */
export function toHostError(error: unknown, message: string = SOMETHING_WENT_WRONG): HostError {
  if (error instanceof HostError) return error;
  return new HostError(message, errorCode(error));
}

/** A failure's message, for a sentence that quotes it ("could not be saved: …"). */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
