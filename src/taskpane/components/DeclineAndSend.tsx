import { Button } from "@fluentui/react-components";
import { lazy, Suspense, useId, useState } from "react";

/** The dialog and Fluent's Dialog (with its motion library) load when first needed. */
const DeclineDialog = lazy(() => import(/* webpackChunkName: "decline-dialog" */ "./DeclineDialog"));

/** The outcome of a decline, as the pane shows it. A failure gives the comment back. */
export type DeclineOutcome = { ok: true } | { ok: false; message: string; comment: string };

/** Who the decline goes to and what it covers: what the confirmation shows. */
export interface DeclineSummary {
  organizer: { name: string; email: string };
  /** The caseworker whose meeting this is, when the item is in a shared or delegated mailbox. */
  owner: string | undefined;
  recurring: boolean;
}

/** What declining through Microsoft 365 would do here, or why it cannot. */
export type DeclineOffer =
  | ({ kind: "available"; decline(comment: string): Promise<DeclineOutcome> } & DeclineSummary)
  | { kind: "unavailable"; reason: string };

interface Props {
  offer: Extract<DeclineOffer, { kind: "available" }>;
  comment: string;
  disabled: boolean;
  /** The meeting is declined: the button goes (the component stays until its dialog has closed). */
  done: boolean;
  /** Called after the user confirms; resolves when Microsoft 365 has answered. */
  onConfirm(): Promise<void>;
}

/**
 * "Decline and send": a decline cannot be undone from the pane, so a dialog shows exactly what
 * will be sent and to whom, and nothing is sent until the user confirms.
 */
export function DeclineAndSend({ offer, comment, disabled, done, onConfirm }: Props) {
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
