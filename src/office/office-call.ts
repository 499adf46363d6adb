import { HostError } from "../taskpane/host";

type OfficeCallback<T> = (result: Office.AsyncResult<T>) => void;

/** Office's own code and name for the details line, e.g. "9057 SettingsSizeLimit". */
export function officeErrorCode(error: unknown): string | undefined {
  if (error === null || typeof error !== "object") return undefined;
  const { code, name } = error as { code?: unknown; name?: unknown };
  const parts = [code, name].filter(
    (part) => typeof part === "number" || (typeof part === "string" && part !== ""),
  );
  return parts.length > 0 ? parts.join(" ") : undefined;
}

/** An exception thrown by Office, re-worded for the user. A HostError passes through unchanged. */
export function asHostError(error: unknown, message: string): HostError {
  if (error instanceof HostError) return error;
  return new HostError(message, officeErrorCode(error));
}

function hasFailed(office: typeof Office, result: Office.AsyncResult<unknown>): boolean {
  const failed = office.AsyncResultStatus?.Failed ?? "failed";
  return result.status === failed;
}

/**
 * Runs one callback-style Office call as a Promise. `start` receives the callback to hand to
 * Office. A failed result, or an exception thrown while starting, rejects with a HostError
 * carrying `failureMessage` and Office's error code.
 */
export function officeCall<T>(
  office: typeof Office,
  start: (callback: OfficeCallback<T>) => void,
  failureMessage: string,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        if (hasFailed(office, result)) reject(new HostError(failureMessage, officeErrorCode(result.error)));
        else resolve(result.value);
      });
    } catch (error) {
      reject(asHostError(error, failureMessage));
    }
  });
}
