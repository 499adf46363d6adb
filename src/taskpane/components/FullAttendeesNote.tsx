import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { describeError } from "../../host";
import type { FullAttendeesAccess, FullAttendeesState } from "../hooks/useFullAttendees";
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
  const { truncated, state, m365, itemId, settle } = access;
  if (!truncated) return null;
  const target = m365.target;
  const unavailable = !m365.availability.available
    ? m365.availability.reason
    : target && !target.item
      ? "Outlook cannot give Microsoft 365 this item."
      : undefined;
  const ready = target?.item !== undefined;

  const read = async () => {
    if (itemId === undefined || !target?.item) return;
    const item = target.item;
    settle({ itemId, state: { status: "reading" } });
    let next: FullAttendeesState;
    try {
      const services = await m365.services();
      const result = await services.fullAttendees(item, target.mailboxOwner);
      next =
        result.outcome === "read"
          ? { status: "read", attendees: result.attendees }
          : { status: "failed", message: result.error.message };
    } catch (error) {
      next = {
        status: "failed",
        message: `The Microsoft 365 part of QA Meeting Check could not load (${describeError(error)}). Check your connection.`,
      };
    }
    // Only the answer for the item asked about; a later request for it replaces an earlier one.
    settle((previous) => (previous?.itemId === itemId ? { itemId, state: next } : previous));
  };
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
