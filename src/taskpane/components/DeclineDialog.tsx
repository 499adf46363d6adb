import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { DeclineSummary } from "../model/declineOffer";

const useStyles = makeStyles({
  comment: {
    whiteSpace: "pre-wrap",
    maxHeight: "12em",
    overflowY: "auto",
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
  },
  line: { marginTop: 0 },
});

interface Props {
  open: boolean;
  summary: DeclineSummary;
  comment: string;
  sending: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * Exactly what declining will send, and to whom. A Fluent Dialog (focus kept inside, Escape
 * cancels); it is loaded with its motion library only when the user first asks to decline.
 */
export default function DeclineDialog({ open, summary, comment, sending, onConfirm, onCancel }: Props) {
  const styles = useStyles();
  const { organizer, owner, recurring } = summary;
  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_event, data) => {
        if (!data.open && !sending) onCancel();
      }}
    >
      <DialogSurface aria-describedby="decline-summary">
        <DialogBody>
          <DialogTitle>Decline this meeting?</DialogTitle>
          <DialogContent>
            <p id="decline-summary" className={styles.line} data-decline-to={organizer.email}>
              Outlook will decline the meeting{owner ? ` for ${owner}` : ""} and send this reply to{" "}
              {organizer.name ? `${organizer.name} (${organizer.email})` : organizer.email}. You cannot undo
              this from QA Meeting Check.
            </p>
            {recurring && (
              <p className={styles.line} data-decline-series="true">
                This is a recurring meeting: declining declines the whole series.
              </p>
            )}
            <p className={styles.line}>The reply:</p>
            <p className={styles.comment} data-testid="decline-comment">
              {comment}
            </p>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabledFocusable={sending} onClick={onConfirm}>
              {sending ? "Declining…" : "Decline and send now"}
            </Button>
            <Button disabledFocusable={sending} onClick={onCancel}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
