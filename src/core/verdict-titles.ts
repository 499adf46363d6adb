import type { Verdict } from "./policy";

/** Each verdict in a few plain words: the pane's verdict heading, the record and the command line. */
export const VERDICT_TITLES: Readonly<Record<Verdict, string>> = {
  "directive-applies": "The PSA direction covers this meeting",
  "one-to-one": "Permitted: one-to-one with your Manager Casework",
  "not-qa-review": "Not a QA review",
  unclear: "Check before you decide",
};
