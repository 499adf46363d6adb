import { makeStyles, tokens } from "@fluentui/react-components";
import type { Evidence, EvidenceSource } from "../../core";
import { TintBadge } from "./basics";
import { plainList } from "./styles";

const WHERE: Readonly<Record<EvidenceSource, string>> = {
  subject: "Subject",
  body: "Body",
  recurrence: "Recurrence",
  attendees: "Attendees",
};

export type EvidenceEffect = "for" | "against" | "neutral";

export function effectOf(entry: Evidence): EvidenceEffect {
  return entry.weight > 0 ? "for" : entry.weight < 0 ? "against" : "neutral";
}

const EFFECT_WORDS: Readonly<Record<EvidenceEffect, string>> = {
  for: "Counts toward a QA review",
  against: "Counts against a QA review",
  neutral: "Noted, not counted",
};

const EFFECT_COLOURS = { for: "warning", against: "success", neutral: "informative" } as const;

const useStyles = makeStyles({
  list: { ...plainList, rowGap: tokens.spacingVerticalS },
  item: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  line: { margin: 0 },
  quote: { fontWeight: tokens.fontWeightSemibold },
});

/** Why: each thing found, where it was found, the exact words, and what it counted for. */
export function EvidenceList({ evidence }: { evidence: readonly Evidence[] }) {
  const styles = useStyles();
  return (
    <section aria-labelledby="evidence-title">
      <h2 id="evidence-title">Why</h2>
      {evidence.length === 0 ? (
        <p>Nothing in this invite points to a QA review.</p>
      ) : (
        <ul className={styles.list}>
          {evidence.map((entry, index) => {
            const effect = effectOf(entry);
            return (
              <li
                key={`${entry.source}-${entry.label}-${entry.quote}-${index}`}
                className={styles.item}
                data-evidence-source={entry.source}
                data-evidence-effect={effect}
              >
                <p className={styles.line}>
                  {WHERE[entry.source]}: <q className={styles.quote}>{entry.quote}</q>
                </p>
                <p className={styles.line}>
                  {entry.label}: {entry.meaning}
                </p>
                <TintBadge color={EFFECT_COLOURS[effect]}>
                  {EFFECT_WORDS[effect]}
                  {entry.weight !== 0 ? ` (${entry.weight > 0 ? "+" : "−"}${Math.abs(entry.weight)})` : ""}
                </TintBadge>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
