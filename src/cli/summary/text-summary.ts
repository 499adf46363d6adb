import { VERDICTS } from "../../core";
import { monthLabel } from "../../record/dates";
import { USER_ACTIONS } from "../../record/entry";
import { ACTION_LABELS, VERDICT_LABELS } from "../../record/labels";
import type { RecordSummary, Tally } from "../../record/summary";
import { printable } from "../text-report";
import { dateRange, plural, usualSize } from "./wording";

const list = (tallies: readonly Tally[]) =>
  tallies.length > 0 ? tallies.map(({ label, count }) => `${label} ${count}`).join(", ") : "none";

/** The report's totals in a few lines, for a terminal or an e-mail. */
export function textSummary(summary: RecordSummary, records: number, reportPath: string): string {
  const lines = [
    `QA review meetings in ${plural(records, "record")}: ${plural(summary.invites.length, "invite")} from ${plural(summary.members, "member")}, ${dateRange(summary)} (${plural(summary.duplicates, "duplicate")} removed${summary.outsideDates > 0 ? `, ${summary.outsideDates} outside the dates left out` : ""}).`,
  ];
  if (summary.invites.length === 0) {
    lines.push("There are no invites in these records to count.");
  } else {
    const { covered } = summary;
    lines.push(
      VERDICTS.map((verdict) => `${VERDICT_LABELS[verdict]}: ${summary.totals[verdict]}`).join(". ") + ".",
    );
    const months = summary.perMonth.filter((count) => count.verdict === "directive-applies");
    lines.push(
      `Covered by the direction, per month: ${months.map(({ month, count }) => `${monthLabel(month)} ${count}`).join(", ")}.`,
    );
    if (covered.invites.length > 0) {
      lines.push(
        `Their usual size: ${usualSize(summary) ?? "not known"}.`,
        `Roles present: ${list(covered.roles)}.`,
        `Organizers' roles: ${list(covered.organizerRoles)}.`,
        `What members did: ${USER_ACTIONS.map((action) => `${ACTION_LABELS[action].toLowerCase()} ${covered.actions[action]}`).join(", ")}.`,
      );
    }
  }
  lines.push(`Report: ${reportPath}`);
  return printable(lines.join("\n")) + "\n";
}
