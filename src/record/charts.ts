import * as Plot from "@observablehq/plot";
import type { Verdict } from "../core";
import { monthLabel } from "./dates";
import { VERDICT_COLOURS, VERDICT_LABELS } from "./labels";
import type { MonthCount, Tally } from "./summary";

/**
 * The record's charts, drawn as SVG by Observable Plot: in the pane with the page's document, on
 * the command line with jsdom's. One definition for both.
 */

export interface ChartOptions {
  /** The document to draw in: the page's, or jsdom's on the command line. */
  document: Document;
  width: number;
  /** What the chart shows, for screen readers. */
  ariaLabel: string;
}

export type Chart = ReturnType<typeof Plot.plot>;

/**
 * The class Plot gives each chart, and the prefix of its parts' classes (`${CHART_CLASS}-swatch`...),
 * so that a page that cannot take Plot's own <style> elements can style them (withoutStyleElements).
 */
export const CHART_CLASS = "qa-chart";

/**
 * The chart without the <style> elements Plot puts in it. A page whose Content Security Policy
 * refuses inline styles (the task pane) takes it so, with the same rules in its own style sheet:
 * the chart's svg a block no wider than its box, text kept on one line, the legend's swatches in a
 * wrapping row.
 */
export function withoutStyleElements(chart: Chart): Chart {
  for (const style of chart.querySelectorAll("style")) style.remove();
  return chart;
}

/**
 * One image to assistive technology: its label on the chart, its parts silent (Plot labels each
 * group of marks, which axe finds on elements with no role). The text beside each chart says its
 * figures in words.
 */
function asImage(chart: Chart, label: string): Chart {
  // With a legend, Plot gives a figure: the legend's swatches, then the chart's own svg.
  const svg = chart.tagName.toLowerCase() === "svg" ? chart : chart.querySelector(":scope > svg");
  for (const part of chart.querySelectorAll("[aria-label]")) part.removeAttribute("aria-label");
  for (const swatch of chart.querySelectorAll("svg"))
    if (swatch !== svg) swatch.setAttribute("aria-hidden", "true");
  svg?.setAttribute("role", "img");
  svg?.setAttribute("aria-label", label);
  return chart;
}

/** Most months labelled on a month axis before labels are thinned to every second, third... */
const MONTH_LABELS = 12;

/** Bars of invites per month, stacked by verdict, for the verdicts given; the total above each bar. */
export function monthChart(
  counts: readonly MonthCount[],
  verdicts: readonly Verdict[],
  options: ChartOptions,
): Chart {
  const shown = counts.filter((count) => verdicts.includes(count.verdict) && count.count > 0);
  const months = [...new Set(counts.map((count) => count.month))];
  const step = Math.ceil(months.length / MONTH_LABELS);
  const totals = months.map((month) => ({
    month,
    count: shown.filter((count) => count.month === month).reduce((sum, count) => sum + count.count, 0),
  }));
  const highest = Math.max(1, ...totals.map((total) => total.count));
  const chart = Plot.plot({
    document: options.document,
    className: CHART_CLASS,
    width: options.width,
    height: Math.round(options.width * 0.45),
    marginTop: 24,
    x: {
      type: "band",
      domain: months,
      ticks: months.filter((_, index) => index % step === 0),
      tickFormat: monthLabel,
      label: null,
    },
    y: { domain: [0, highest], ticks: Math.min(highest, 5), tickFormat: "d", grid: true, label: "invites" },
    color: {
      domain: [...verdicts],
      range: verdicts.map((verdict) => VERDICT_COLOURS[verdict]),
      tickFormat: (verdict: Verdict) => VERDICT_LABELS[verdict],
      legend: verdicts.length > 1,
    },
    marks: [
      Plot.barY(shown, {
        x: "month",
        y: "count",
        fill: "verdict",
        order: [...verdicts],
        inset: 2,
        className: "bars",
      }),
      Plot.text(
        totals.filter((total) => total.count > 0),
        { x: "month", y: "count", text: "count", dy: -8 },
      ),
      Plot.ruleY([0]),
    ],
  });
  return asImage(chart, options.ariaLabel);
}

/** Horizontal bars, one for each label, with its count beside it; in the order given. */
export function countChart(tallies: readonly Tally[], colour: string, options: ChartOptions): Chart {
  const longest = Math.max(...tallies.map((entry) => entry.label.length));
  const highest = Math.max(1, ...tallies.map((entry) => entry.count));
  const chart = Plot.plot({
    document: options.document,
    className: CHART_CLASS,
    width: options.width,
    height: 16 + tallies.length * 26,
    marginLeft: Math.min(options.width / 2, 12 + longest * 6.5),
    marginRight: 40,
    x: { axis: null, domain: [0, highest] },
    y: { domain: tallies.map((entry) => entry.label), label: null, tickSize: 0 },
    marks: [
      Plot.barX(tallies, { x: "count", y: "label", fill: colour, inset: 3, className: "bars" }),
      Plot.text(tallies, { x: "count", y: "label", text: "count", dx: 6, textAnchor: "start" }),
    ],
  });
  return asImage(chart, options.ariaLabel);
}
