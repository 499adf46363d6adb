import { ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { UserAction } from "../../record/entry";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  line: { marginTop: 0 },
});

export const ACTION_WORDS: Readonly<Record<UserAction, string>> = {
  declined: "Declined",
  replied: "Replied",
  attended: "Attended",
  ignored: "No action yet",
};

interface Props {
  action: UserAction | undefined;
  onAction(action: UserAction): void;
}

/** What the user did about this invite, for their record. */
export function RecordActions({ action, onAction }: Props) {
  const styles = useStyles();
  return (
    <section aria-labelledby="record-actions-title">
      <h2 id="record-actions-title">For your record</h2>
      <p className={styles.line} data-record-action={action}>
        Your record says: {action ? ACTION_WORDS[action] : "not recorded"}.
      </p>
      <div className={styles.actions} role="group" aria-label="What I did">
        <ToggleButton size="small" checked={action === "attended"} onClick={() => onAction("attended")}>
          I attended
        </ToggleButton>
        <ToggleButton size="small" checked={action === "ignored"} onClick={() => onAction("ignored")}>
          I ignored it
        </ToggleButton>
      </div>
    </section>
  );
}
