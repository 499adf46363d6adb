import {
  NOT_IN_OUTLOOK,
  OFFICE_NOT_LOADED,
  OFFICE_NOT_READY,
  whenOfficeReady,
} from "../../src/office/office-ready";
import { HostError } from "../../src/host";
import { asOffice, mockOf, OFFICE_ENUMS } from "./office-fake";

function officeWithOnReady(onReady: () => Promise<unknown>): typeof Office {
  return asOffice(mockOf({ ...OFFICE_ENUMS, onReady }));
}

function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error,
  );
}

describe("whenOfficeReady", () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it("resolves with Office once Office.onReady reports Outlook", async () => {
    const office = officeWithOnReady(() => Promise.resolve({ host: "Outlook", platform: "OfficeOnline" }));
    await expect(whenOfficeReady(1000, () => office)).resolves.toBe(office);
  });

  it("rejects with a HostError when Office never becomes ready in time", async () => {
    jest.useFakeTimers();
    const office = officeWithOnReady(() => new Promise(() => undefined));
    const outcome = rejectionOf(whenOfficeReady(5000, () => office));

    await jest.advanceTimersByTimeAsync(5000);

    const error = await outcome;
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ message: OFFICE_NOT_READY, code: "OfficeReadyTimeout" });
  });

  it("stops its timer once Office is ready, so no late failure follows", async () => {
    jest.useFakeTimers();
    const office = officeWithOnReady(() => Promise.resolve({ host: "Outlook" }));
    await expect(whenOfficeReady(5000, () => office)).resolves.toBe(office);
    expect(jest.getTimerCount()).toBe(0);
  });

  it("rejects at once with a HostError asking to check the network when Office.js is missing", async () => {
    const error = await rejectionOf(whenOfficeReady(5000, () => undefined));
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ message: OFFICE_NOT_LOADED, code: "OfficeMissing" });
    expect(OFFICE_NOT_LOADED).toBe("Office.js did not load. Check your network connection, then reload.");
  });

  it("looks for the global Office by default", async () => {
    expect((globalThis as { Office?: unknown }).Office).toBeUndefined();
    await expect(whenOfficeReady(5000)).rejects.toMatchObject({ message: OFFICE_NOT_LOADED });
  });

  it("rejects with a HostError when Office.onReady fails", async () => {
    const office = officeWithOnReady(() => Promise.reject(new Error("script error")));
    await expect(whenOfficeReady(5000, () => office)).rejects.toMatchObject({ message: OFFICE_NOT_LOADED });
  });

  it("rejects with a HostError when the page is opened outside Outlook", async () => {
    const office = officeWithOnReady(() => Promise.resolve({ host: null, platform: null }));
    const error = await rejectionOf(whenOfficeReady(5000, () => office));
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toBe(NOT_IN_OUTLOOK);
  });
});
