import { errorCode, HostError } from "../host";

export const OFFICE_NOT_LOADED = "Office.js did not load. Check your network connection, then reload.";
export const OFFICE_NOT_READY =
  "Outlook did not finish starting the add-in. Close the pane and open it again.";
export const NOT_IN_OUTLOOK = "QA Meeting Check runs inside Outlook. Open it from an invite in Outlook.";

function globalOffice(): typeof Office | undefined {
  return (globalThis as { Office?: typeof Office }).Office;
}

function whenReadyOrTimeout(office: typeof Office, timeoutMs: number): Promise<{ host: unknown }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new HostError(OFFICE_NOT_READY, "OfficeReadyTimeout")), timeoutMs);
    const settle =
      <T>(finish: (value: T) => void) =>
      (value: T) => {
        clearTimeout(timer);
        finish(value);
      };
    Promise.resolve()
      .then(() => office.onReady())
      .then(
        settle(resolve),
        settle((error: unknown) => reject(new HostError(OFFICE_NOT_LOADED, errorCode(error)))),
      );
  });
}

/**
 * Resolves with the Office namespace once Office.js is ready in Outlook. Rejects with a HostError
 * when Office.js is missing (blocked or failed download), not ready within `timeoutMs`, or
 * running somewhere other than Outlook.
 */
export async function whenOfficeReady(
  timeoutMs: number,
  getOffice: () => typeof Office | undefined = globalOffice,
): Promise<typeof Office> {
  const office = getOffice();
  if (typeof office?.onReady !== "function") throw new HostError(OFFICE_NOT_LOADED, "OfficeMissing");
  const info = await whenReadyOrTimeout(office, timeoutMs);
  const outlook = office.HostType?.Outlook ?? "Outlook";
  if (info?.host !== outlook) throw new HostError(NOT_IN_OUTLOOK, `Host ${String(info?.host)}`);
  return office;
}
