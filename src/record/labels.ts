import type { Verdict } from "../core";
import type { UserAction } from "./entry";

/** Each verdict as a label for a count of invites: charts, the summary and its report. */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  "directive-applies": "Covered by the direction",
  "one-to-one": "One-to-one with their Manager Casework",
  unclear: "Unclear",
  "not-qa-review": "Not a QA review",
};

/** A colour for each verdict, told apart in print by the labels beside them. */
export const VERDICT_COLOURS: Readonly<Record<Verdict, string>> = {
  "directive-applies": "#c4314b",
  "one-to-one": "#13a10e",
  unclear: "#f7a700",
  "not-qa-review": "#8a8886",
};

/** What members did, for counts of it. */
export const ACTION_LABELS: Readonly<Record<UserAction, string>> = {
  declined: "Declined",
  replied: "Replied",
  attended: "Attended",
  ignored: "Ignored, or nothing recorded",
};
