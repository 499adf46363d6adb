import { Button } from "@fluentui/react-components";
import { lazy, Suspense, useId, useState } from "react";
import type { AvailableDecline } from "../model/declineOffer";

/** The dialog and Fluent's Dialog (with its motion library) load when first needed. */
const DeclineDialog = lazy(() => import(/* webpackChunkName: "decline-dialog" */ "./DeclineDialog"));

interface Props {
  offer: AvailableDecline;
  comment: string;
  disabled: boolean;
  /** The meeting is declined: the button goes (the component stays until its dialog has closed). */
  done: boolean;
  /** Called after the user confirms; resolves when Microsoft 365 has answered. */
  onConfirm(): Promise<void>;
  /** The id of what the button declines, where several are listed (a row's subject). */
  describedBy?: string;
}

/**
 * "Decline and send": a decline cannot be undone from the pane, so a dialog shows exactly what
 * will be sent and to whom, and nothing is sent until the user confirms.
 */
export function DeclineAndSend({ offer, comment, disabled, done, onConfirm, describedBy }: Props) {
  const [open, setOpen] = useState(false);
  // Once loaded the dialog stays mounted and closes through its `open` prop: unmounting an open
  // Fluent Dialog can leave the rest of the pane hidden from screen readers.
  const [loaded, setLoaded] = useState(false);
  const [sending, setSending] = useState(false);
  const buttonId = useId();

  const cancel = () => {
    setOpen(false);
    document.getElementById(buttonId)?.focus();
  };

  const confirm = async () => {
    setSending(true);
    try {
      await onConfirm();
    } finally {
      setSending(false);
      setOpen(false);
    }
  };

  return (
    <>
      {!done && (
        <Button
          id={buttonId}
          aria-haspopup="dialog"
          {...(describedBy ? { "aria-describedby": describedBy } : {})}
          disabledFocusable={disabled || comment.trim() === ""}
          onClick={() => {
            setLoaded(true);
            setOpen(true);
          }}
        >
          Decline and send
        </Button>
      )}
      {loaded && (
        <Suspense fallback={null}>
          <DeclineDialog
            open={open}
            summary={offer}
            comment={comment}
            sending={sending}
            onConfirm={() => void confirm()}
            onCancel={cancel}
          />
        </Suspense>
      )}
    </>
  );
}
