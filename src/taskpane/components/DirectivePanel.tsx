import { Badge, Link, makeStyles, tokens } from "@fluentui/react-components";
import { formatIssued, type CheckPolicy } from "../../core";
import { withPolicyTexts } from "../model/policyTexts";
import { Disclosure } from "./Disclosure";

const useStyles = makeStyles({
  title: { fontSize: tokens.fontSizeBase300, margin: 0 },
  quote: {
    marginLeft: 0,
    marginRight: 0,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    fontStyle: "italic",
  },
  links: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  standing: { marginBottom: tokens.spacingVerticalM },
});

/** The direction itself: its words, who issued it and when, and whether it still stands. */
export function DirectivePanel({ policy }: { policy: CheckPolicy }) {
  const styles = useStyles();
  const { directive } = withPolicyTexts(policy);
  const withdrawn = directive.status === "withdrawn";
  return (
    <section aria-labelledby="directive-title" data-directive-status={directive.status}>
      <h2 id="directive-title">The PSA direction</h2>
      <h3 className={styles.title}>{directive.title}</h3>
      <blockquote className={styles.quote} cite={directive.sourceUrl}>
        {directive.text}
      </blockquote>
      <p>
        Issued by {directive.issuer}, {formatIssued(directive.issued)}.
      </p>
      <div className={styles.standing}>
        Standing:{" "}
        <Badge appearance="filled" color={withdrawn ? "warning" : "brand"}>
          {withdrawn ? "Withdrawn" : "In force"}
        </Badge>{" "}
        {directive.statusNote}
      </div>
      <div className={styles.links}>
        <Link href={directive.statusSourceUrl ?? directive.sourceUrl} target="_blank" rel="noopener">
          Check the PSA&apos;s current position
        </Link>
        {directive.statusSourceUrl && (
          <Link href={directive.sourceUrl} target="_blank" rel="noopener">
            Read the original direction
          </Link>
        )}
      </div>
      {directive.background.length > 0 && (
        <Disclosure level={3} title="Background to the direction">
          {directive.background.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </Disclosure>
      )}
    </section>
  );
}
