import { makeStyles, tokens } from "@fluentui/react-components";
import { useLayoutEffect, useMemo, useRef } from "react";
import type { RecordLog } from "../../record/log";
import { describeMonths, drawOwnRecord, ownMonths } from "../../record/own-chart";

/**
 * The rules Plot would put in the chart's own <style> elements, which the pane's Content Security
 * Policy refuses (drawOwnRecord leaves them out): the chart a block no wider than the pane, its text
 * on one line, the legend's swatches in a wrapping row. "qa-chart" is CHART_CLASS (src/record/charts.ts),
 * written out, as these styles are compiled when the pane is built.
 */
const useStyles = makeStyles({
  figure: { margin: 0 },
  chart: {
    // As wide as the pane gives it, never as wide as the chart was last drawn: the width it is
    // drawn at is read from here, and an svg's own width would otherwise widen the section.
    contain: "inline-size",
    color: tokens.colorNeutralForeground1,
    "& .qa-chart-figure": { margin: 0 },
    "& svg.qa-chart": { display: "block", maxWidth: "100%", height: "auto" },
    "& .qa-chart text, & .qa-chart tspan": { whiteSpace: "pre" },
    "& .qa-chart-swatches": {
      display: "flex",
      flexWrap: "wrap",
      alignItems: "center",
      columnGap: tokens.spacingHorizontalM,
      rowGap: tokens.spacingVerticalXS,
      marginBottom: tokens.spacingVerticalS,
      fontSize: tokens.fontSizeBase200,
    },
    "& .qa-chart-swatch": { display: "inline-flex", alignItems: "center" },
    "& .qa-chart-swatch > svg": {
      flexShrink: 0,
      marginRight: tokens.spacingHorizontalXS,
      overflow: "visible",
    },
  },
});

/** The narrowest the chart is drawn, for a pane not yet laid out. */
const MIN_WIDTH = 280;

/**
 * A small chart of the user's own record by month, drawn by Observable Plot. This module and the
 * library are a chunk of their own, loaded only when the record is first opened (RecordSection).
 */
export default function RecordChart({ entries }: { entries: RecordLog }) {
  const styles = useStyles();
  const container = useRef<HTMLDivElement>(null);
  const months = useMemo(
    () => ownMonths(entries, Intl.DateTimeFormat().resolvedOptions().timeZone),
    [entries],
  );

  useLayoutEffect(() => {
    const target = container.current;
    if (!target) return;
    target.replaceChildren(
      drawOwnRecord(months, { document, width: Math.max(MIN_WIDTH, target.clientWidth) }),
    );
  }, [months]);

  return (
    <figure className={styles.figure} data-record-chart="drawn">
      <div ref={container} className={styles.chart} />
      <figcaption>By month: {describeMonths(months)}.</figcaption>
    </figure>
  );
}
