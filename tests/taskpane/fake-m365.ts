import { GraphError, type GraphErrorKind } from "../../src/graph/graph-error";
import type { DeclineResult } from "../../src/graph/decline";
import type { DeclineItem } from "../../src/host";
import type { Directory } from "../../src/core";
import type { DirectoryResult, ManagerResult } from "../../src/graph/directory";
import { createMeetingRecord, type MeetingRecord } from "../../src/record/meeting-record";
import { createMemoryStorage } from "../../src/record/storage";
import type { Microsoft365, Microsoft365Config } from "../../src/taskpane/microsoft365";
import type { PaneServices } from "../../src/taskpane/services";
import { deferred, type Deferred } from "../support/fake-host";

export const CLIENT_ID = "11111111-2222-3333-4444-555555555555";

/** Microsoft 365 as the pane sees it, without MSAL or a network: each call is recorded. */
export class FakeMicrosoft365 implements Microsoft365 {
  readonly declines: { item: DeclineItem; comment: string; mailboxOwner: string | undefined }[] = [];
  declineFailure: GraphError | undefined;
  readonly roleLookups: string[][] = [];
  directory: Directory = {};
  directoryError: GraphError | undefined;
  /** Answers held for the next rolesFor calls, in order: each waits for the test to settle it. */
  private readonly heldRoles: Deferred<DirectoryResult>[] = [];
  manager: ManagerResult = { outcome: "none" };
  managerCalls = 0;
  readonly loads: Microsoft365Config[] = [];

  decline(item: DeclineItem, comment: string, mailboxOwner: string | undefined): Promise<DeclineResult> {
    this.declines.push({ item, comment, mailboxOwner });
    return Promise.resolve(
      this.declineFailure
        ? { outcome: "failed", error: this.declineFailure, comment }
        : { outcome: "declined" },
    );
  }

  rolesFor(addresses: readonly string[]): Promise<DirectoryResult> {
    this.roleLookups.push([...addresses]);
    const held = this.heldRoles.shift();
    if (held) return held.promise;
    return Promise.resolve(
      this.directoryError
        ? { directory: this.directory, error: this.directoryError }
        : { directory: this.directory },
    );
  }

  /** Makes the next rolesFor call (after those already held) wait until the test settles the answer. */
  holdRoles(): Deferred<DirectoryResult> {
    const held = deferred<DirectoryResult>();
    this.heldRoles.push(held);
    return held;
  }

  findManager(): Promise<ManagerResult> {
    this.managerCalls += 1;
    return Promise.resolve(this.manager);
  }
}

export function graphError(kind: GraphErrorKind, message: string, status?: number): GraphError {
  return new GraphError(kind, message, status);
}

export interface TestServices extends PaneServices {
  m365: FakeMicrosoft365;
  /** The record loadRecord gives the pane. */
  record: MeetingRecord;
  storage: ReturnType<typeof createMemoryStorage>;
}

/** Services for pane tests: a fake Microsoft 365, the record in memory, a fixed clock. */
export function testServices(
  options: { storedRecord?: string | null; m365?: FakeMicrosoft365 } = {},
): TestServices {
  const m365 = options.m365 ?? new FakeMicrosoft365();
  const storage = createMemoryStorage(options.storedRecord ?? null);
  const record = createMeetingRecord(storage);
  return {
    m365,
    storage,
    record,
    loadRecord: () => Promise.resolve(record),
    defaultClientId: "",
    now: () => new Date("2026-11-26T05:30:00Z"),
    loadMicrosoft365: (config) => {
      m365.loads.push(config);
      return Promise.resolve(m365);
    },
  };
}
