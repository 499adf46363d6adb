import {
  analyze,
  builtInPolicy,
  parseSnapshot,
  type Analysis,
  type InviteSnapshotInput,
} from "../../src/core";
import type { RecipientType } from "../../src/core/snapshot";

type ItemInput = InviteSnapshotInput["item"];

export const CASEWORKER = { displayName: "Chris Park", emailAddress: "chris.park@dcj-demo.example" };
export const MANAGER = { displayName: "Helen Ward", emailAddress: "helen.ward@dcj-demo.example" };
export const QACI = { displayName: "Grace Liu", emailAddress: "grace.liu@dcj-demo.example" };
export const MCS = { displayName: "Omar Haddad", emailAddress: "omar.haddad@dcj-demo.example" };

export const DIRECTORY = {
  [MANAGER.emailAddress]: { jobTitle: "Manager Casework" },
  [QACI.emailAddress]: { jobTitle: "QACI Officer" },
  [MCS.emailAddress]: { jobTitle: "Manager Client Services" },
};

/** A meeting request from Helen to Chris; override any part. */
export function invite(
  item: Partial<ItemInput> = {},
  rest: Partial<Omit<InviteSnapshotInput, "item">> = {},
): InviteSnapshotInput {
  return {
    mailbox: CASEWORKER,
    item: {
      itemType: "message",
      itemClass: "IPM.Schedule.Meeting.Request",
      subject: "Catch up",
      organizer: MANAGER,
      requiredAttendees: [{ ...CASEWORKER, recipientType: "user" }],
      optionalAttendees: [],
      resources: [],
      start: "2026-12-10T14:00:00+11:00",
      end: "2026-12-10T15:00:00+11:00",
      body: "",
      ...item,
    },
    directory: DIRECTORY,
    ...rest,
  };
}

export function attendee(
  person: { displayName: string; emailAddress: string },
  recipientType: RecipientType = "user",
) {
  return { ...person, recipientType };
}

export function check(input: InviteSnapshotInput, policyId?: string): Analysis {
  return analyze(parseSnapshot(input), builtInPolicy(policyId));
}
