import { makeStyles, tokens } from "@fluentui/react-components";
import type { Ref } from "react";
import { VERDICT_TITLES, type Analysis, type Verdict } from "../../core";
import { Notice, type NoticeIntent } from "./basics";

const INTENTS: Readonly<Record<Verdict, NoticeIntent>> = {
  "directive-applies": "warning",
  "one-to-one": "success",
  "not-qa-review": "info",
  unclear: "warning",
};

const useStyles = makeStyles({
  bar: {
    alignItems: "flex-start",
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  headline: { marginTop: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalXS },
  advice: { margin: 0 },
  checks: { marginTop: tokens.spacingVerticalXS, marginBottom: 0, paddingLeft: tokens.spacingHorizontalL },
});

interface Props {
  analysis: Analysis;
  headingRef?: Ref<HTMLHeadingElement> | undefined;
}

/** The verdict, first and in plain words, announced when it changes. */
export function VerdictBanner({ analysis, headingRef }: Props) {
  const styles = useStyles();
  const { verdict } = analysis;
  return (
    <section aria-labelledby="verdict-title" data-verdict={verdict} aria-live="polite" aria-atomic="true">
      <Notice intent={INTENTS[verdict]} className={styles.bar}>
        <h2 id="verdict-title" className={styles.title} tabIndex={-1} ref={headingRef}>
          {VERDICT_TITLES[verdict]}
        </h2>
        <p className={styles.headline} data-testid="verdict-headline">
          {analysis.headline}
        </p>
        <p className={styles.advice} data-testid="verdict-advice">
          {analysis.advice}
        </p>
        {analysis.checks.length > 0 && (
          <ul className={styles.checks} aria-label="What to check">
            {analysis.checks.map((check) => (
              <li key={check}>{check}</li>
            ))}
          </ul>
        )}
      </Notice>
    </section>
  );
}
