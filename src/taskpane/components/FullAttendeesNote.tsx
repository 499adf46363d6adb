import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { FullAttendeesAccess } from "../hooks/useFullAttendees";
import { everyoneCount } from "../model/fullAttendees";

const useStyles = makeStyles({
  note: { display: "grid", rowGap: tokens.spacingVerticalXS },
  line: { margin: 0 },
});

/**
 * When Outlook gave only the first recipients: says so, and offers to read everyone invited from
 * Microsoft 365 (the user asks; nothing is fetched before), then says what the re-check used.
 */
export function FullAttendeesNote({ access }: { access: FullAttendeesAccess }) {
  const styles = useStyles();
  const { truncated, state, unavailable, ready, read } = access;
  if (!truncated) return null;
  return (
    <div className={styles.note} data-full-attendees={state.status}>
      {state.status !== "read" && (
        <p className={styles.line}>
          Outlook gave QA Meeting Check only the first people on this invite, so there may be more than it
          counts.
        </p>
      )}
      <p role="status" className={styles.line}>
        {state.status === "reading" && "Reading everyone invited from Microsoft 365…"}
        {state.status === "read" &&
          `Checked again with everyone Microsoft 365 lists for this meeting: ${everyoneCount(state.attendees)} people invited.`}
        {state.status === "failed" && `The full list could not be read: ${state.message}`}
      </p>
      {unavailable && (
        <p className={styles.line} data-full-attendees-unavailable="true">
          Reading the full list is not available: {unavailable}
        </p>
      )}
      {ready && !unavailable && (state.status === "idle" || state.status === "failed") && (
        <div>
          <Button size="small" onClick={() => void read()}>
            Read everyone invited from Microsoft 365
          </Button>
        </div>
      )}
    </div>
  );
}
