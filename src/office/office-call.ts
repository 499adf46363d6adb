import { errorCode, HostError, toHostError } from "../host";

type OfficeCallback<T> = (result: Office.AsyncResult<T>) => void;

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
        if (hasFailed(office, result)) reject(new HostError(failureMessage, errorCode(result.error)));
        else resolve(result.value);
      });
    } catch (error) {
      reject(toHostError(error, failureMessage));
    }
  });
}
