import { escapeHtml, VERDICTS } from "../../core";
import { countChart, monthChart } from "../../record/charts";
import { dayLabel, monthLabel } from "../../record/dates";
import { USER_ACTIONS } from "../../record/entry";
import { ACTION_LABELS, VERDICT_COLOURS, VERDICT_LABELS } from "../../record/labels";
import type { MergedInvite, RecordSummary, Tally } from "../../record/summary";
import type { RecordFile } from "./read-records";
import { chartMarkup } from "./svg";
import { dateRange, plural, usualSize } from "./wording";

export interface ReportContext {
  summary: RecordSummary;
  files: readonly RecordFile[];
  since: string | undefined;
  until: string | undefined;
  /** Name the members (--members). */
  members: boolean;
  timeZone: string;
  version: string;
  generatedAt: Date;
}

const CHART_WIDTH = 640;

/** Nothing outside the file: no scripts, no fetches, no fonts; only the styles written here. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `
:root { color-scheme: light; font-family: system-ui, "Segoe UI", sans-serif; color: #1b1b1b; }
body { margin: 2rem auto; max-width: 46rem; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: 0.25rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #c8c8c8; padding-bottom: 0.2rem; }
.lead { color: #424242; margin-top: 0; }
.totals { display: flex; flex-wrap: wrap; gap: 0.75rem; padding: 0; list-style: none; }
.totals li { border-left: 0.4rem solid var(--colour); padding: 0.3rem 0.6rem; background: #f5f5f5; }
.totals strong { display: block; font-size: 1.5rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; font-size: 0.92rem; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid #e0e0e0; }
#meetings td:first-child { white-space: nowrap; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 0.75rem 0; }
svg { max-width: 100%; height: auto; }
.empty { padding: 1rem; background: #fff4ce; border-left: 0.4rem solid #f7a700; }
.problems li { font-family: ui-monospace, monospace; font-size: 0.85rem; }
footer { margin-top: 2.5rem; padding-top: 0.75rem; border-top: 1px solid #c8c8c8; font-size: 0.85rem; color: #424242; }
@page { margin: 15mm; }
@media print {
  body { margin: 0; max-width: none; }
  section, figure, tr { break-inside: avoid; }
  h2 { break-after: avoid; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

const text = escapeHtml;

function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly number[] = [],
): string {
  const cell = (tag: string, value: string, index: number) =>
    `<${tag}${numeric.includes(index) ? ' class="number"' : ""}>${value}</${tag}>`;
  return `<table><thead><tr>${headers.map((header, index) => cell("th", text(header), index)).join("")}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.map((value, index) => cell("td", value, index)).join("")}</tr>`)
    .join("")}</tbody></table>`;
}

function tallyTable(title: string, tallies: readonly Tally[], of: string): string {
  return table(
    [title, of],
    tallies.map(({ label, count }) => [text(label), String(count)]),
    [1],
  );
}

function membersCell(invite: MergedInvite, named: boolean): string {
  if (named) {
    return invite.members
      .map(
        (member) =>
          `${text(member.name || member.email || "unnamed member")}: ${text(ACTION_LABELS[member.action].toLowerCase())}`,
      )
      .join("<br>");
  }
  const actions = USER_ACTIONS.map((action) => ({
    action,
    count: invite.members.filter((member) => member.action === action).length,
  })).filter(({ count }) => count > 0);
  return text(
    `${plural(invite.members.length, "member")}: ${actions.map(({ action, count }) => `${count} ${ACTION_LABELS[action].toLowerCase()}`).join(", ")}`,
  );
}

function period(context: ReportContext): string {
  const { since, until, summary } = context;
  const range = dateRange(summary);
  if (!since && !until) return `Meetings from ${range}`;
  const asked =
    since && until
      ? `from ${dayLabel(since)} to ${dayLabel(until)}`
      : since
        ? `from ${dayLabel(since)}`
        : `up to ${dayLabel(until as string)}`;
  return `Meetings ${asked} (${summary.invites.length > 0 ? range : "none"})`;
}

function recordsLine(context: ReportContext): string {
  const { summary, files } = context;
  const records = files.filter((file) => file.isRecord).length;
  const parts = [
    `${plural(records, "record")} merged (${plural(summary.rows, "row")})`,
    `${plural(summary.duplicates, "duplicate")} removed`,
    ...(summary.outsideDates > 0
      ? [`${plural(summary.outsideDates, "invite")} outside these dates left out`]
      : []),
    `${plural(summary.invites.length, "invite")} from ${plural(summary.members, "member")}`,
  ];
  return parts.join(" · ");
}

function totalsSection(summary: RecordSummary, draw: ReturnType<typeof chartMarkup>["draw"]): string {
  const items = VERDICTS.map(
    (verdict) =>
      `<li style="--colour: ${VERDICT_COLOURS[verdict]}"><strong>${summary.totals[verdict]}</strong>${text(VERDICT_LABELS[verdict])}</li>`,
  ).join("");
  const chart = draw((document) =>
    monthChart(summary.perMonth, VERDICTS, {
      document,
      width: CHART_WIDTH,
      ariaLabel: "Invites per month, by verdict",
    }),
  );
  return `<section id="totals"><h2>Totals by verdict</h2><ul class="totals">${items}</ul><figure>${chart}<figcaption>Every invite in the records, by the month of the meeting.</figcaption></figure></section>`;
}

function coveredSection(summary: RecordSummary, draw: ReturnType<typeof chartMarkup>["draw"]): string {
  const perMonth = summary.perMonth.filter((count) => count.verdict === "directive-applies");
  const chart = draw((document) =>
    monthChart(perMonth, ["directive-applies"], {
      document,
      width: CHART_WIDTH,
      ariaLabel: "QA reviews covered by the direction, per month",
    }),
  );
  const months = table(
    ["Month", "QA reviews covered"],
    perMonth.map(({ month, count }) => [text(monthLabel(month)), String(count)]),
    [1],
  );
  return `<section id="per-month"><h2>QA reviews covered by the direction, per month</h2><figure>${chart}</figure>${months}</section>`;
}

function detailSections(context: ReportContext, draw: ReturnType<typeof chartMarkup>["draw"]): string {
  const { covered } = context.summary;
  if (covered.invites.length === 0)
    return `<section id="size"><p class="empty">None of these invites was a QA review covered by the direction.</p></section>`;
  const size = usualSize(context.summary);
  const actions = USER_ACTIONS.map((action) => ({
    label: ACTION_LABELS[action],
    count: covered.actions[action],
  }));
  const actionChart = draw((document) =>
    countChart(actions, "#5b5fc7", {
      document,
      width: CHART_WIDTH,
      ariaLabel: "What members did about them",
    }),
  );
  const meetings = covered.invites.map((invite) => [
    text(dayLabel(invite.day)) + (invite.dayIsChecked ? " (checked)" : ""),
    text(invite.row.subject || "(no subject)"),
    text(invite.row.organizer.name || invite.row.organizer.email || "not recorded") +
      (invite.row.organizer.role ? `<br>${text(invite.row.organizer.role)}` : ""),
    text(invite.row.location || "not given"),
    String(invite.row.otherPeople),
    text(invite.row.roles.join(", ")),
    membersCell(invite, context.members),
  ]);
  return [
    `<section id="size"><h2>Their usual size</h2><p>${text(size ? `Usually ${size}.` : "")}</p></section>`,
    `<section id="roles"><h2>Who was there</h2><p>How many of the QA reviews covered by the direction each role was present at.</p>${tallyTable("Role", covered.roles, "QA reviews")}</section>`,
    `<section id="organizers"><h2>Who organised them</h2>${tallyTable("Organizer's role", covered.organizerRoles, "QA reviews")}</section>`,
    `<section id="locations"><h2>Where they were held</h2>${tallyTable("Location", covered.locations, "QA reviews")}</section>`,
    `<section id="actions"><h2>What members did</h2><p>One for each member each QA review reached.</p><figure>${actionChart}</figure>${tallyTable("What they did", actions, "Members")}</section>`,
    `<section id="meetings"><h2>The QA reviews covered by the direction</h2>${table(
      ["Day", "Subject", "Organizer", "Location", "Other people", "Roles present", "Members"],
      meetings,
      [4],
    )}</section>`,
  ].join("");
}

/**
 * The records merged. Their files are named only with --members: a delegate often names a member's
 * file after them (priya.csv). Otherwise they are numbered in the order given, as stderr lists them.
 */
function filesSection(files: readonly RecordFile[], named: boolean): string {
  const rows = files.map((file, index) => [
    text(named ? file.path : `Record ${index + 1}`),
    file.isRecord ? String(file.rows) : "not read",
    text(
      file.problems.length === 0
        ? ""
        : file.problems
            .map((problem) =>
              problem.rowNumber > 0 ? `row ${problem.rowNumber}: ${problem.message}` : problem.message,
            )
            .join("; "),
    ),
  ]);
  const note = named
    ? ""
    : "<p>The files are numbered, not named, as their names may be members' (--members names them).</p>";
  return `<section id="records"><h2>Records merged</h2>${note}${table(["File", "Rows read", "What could not be read"], rows, [1])}</section>`;
}

function footer(context: ReportContext): string {
  const members = context.members
    ? "Members are named, because the report was made with --members."
    : "Members are not named, only counted, nor are the records' files, whose names may be theirs (run with --members to name them).";
  const policies = context.summary.policies
    .map(({ label, count }) => `${label} (${plural(count, "row")})`)
    .join(", ");
  return `<footer><p><strong>Privacy.</strong> This report holds only what the members' records hold, never an invite's text. Organizers are named as the records name them. ${text(members)}</p><p>Judged by: ${text(policies || "no rows")}. Days are on the clock of ${text(context.timeZone)}. Made by qa-meeting-check ${text(context.version)} on ${text(context.generatedAt.toISOString().slice(0, 10))}, from the records alone: nothing was fetched.</p></footer>`;
}

/** The report: one HTML file with its charts and styles inside, no scripts, readable offline and in print. */
export function htmlReport(context: ReportContext): string {
  const { summary } = context;
  const charts = chartMarkup();
  try {
    const body =
      summary.invites.length === 0
        ? `<p class="empty" data-empty="true">There are no invites in these records${context.since || context.until ? " between these dates" : ""}, so there is nothing to count.</p>`
        : totalsSection(summary, charts.draw) +
          coveredSection(summary, charts.draw) +
          detailSections(context, charts.draw);
    return `<!doctype html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<title>QA review meetings: members' records</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>QA review meetings: what members' records show</h1>
<p class="lead">${text(period(context))}. ${text(recordsLine(context))}.</p></header>
<main>${body}${filesSection(context.files, context.members)}</main>
${footer(context)}
</body>
</html>
`;
  } finally {
    charts.close();
  }
}
