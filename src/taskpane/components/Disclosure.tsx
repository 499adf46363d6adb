import { makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState, type ReactNode } from "react";
import { PlainButton } from "./basics";
import { LazySection } from "./LazySection";

const useStyles = makeStyles({
  heading: { margin: 0 },
  toggle: { paddingLeft: 0, justifyContent: "flex-start", fontSize: "inherit", fontWeight: "inherit" },
  marker: { display: "inline-block", width: "1.25em", transitionDuration: tokens.durationFast },
  open: { transform: "rotate(90deg)" },
});

interface Props {
  /** The heading level of the toggle, to keep headings in order. */
  level: 2 | 3;
  title: string;
  /** Built when first opened, then kept (hidden while closed), so nothing typed is lost. */
  children: ReactNode;
}

/**
 * A heading whose button shows or hides what follows (the disclosure pattern). Lighter than
 * Fluent's Accordion, which brings its motion library into the bundle.
 */
export function Disclosure({ level, title, children }: Props) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const panelId = useId();
  const Heading = level === 2 ? "h2" : "h3";
  const toggle = () => {
    setOpen((was) => !was);
    setOpened(true);
  };
  return (
    <div>
      <Heading className={styles.heading}>
        <PlainButton
          appearance="transparent"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={toggle}
        >
          <span aria-hidden="true" className={open ? `${styles.marker} ${styles.open}` : styles.marker}>
            ›
          </span>
          {title}
        </PlainButton>
      </Heading>
      <div id={panelId} hidden={!open}>
        {opened && (
          <LazySection name={title} shown>
            {children}
          </LazySection>
        )}
      </div>
    </div>
  );
}
