import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { renderReply, textToHtml, type Analysis, type InviteSnapshot, type Policy } from "../../core";
import { DeclineAndSend, type DeclineOffer } from "./DeclineAndSend";
import { asHostError } from "../hooks/usePaneState";

/** The template id for the user's own wording from settings. */
export const CUSTOM_TEMPLATE_ID = "custom";

const useStyles = makeStyles({
  section: { display: "grid", rowGap: tokens.spacingVerticalS },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  text: { minHeight: "16em" },
  outcome: { margin: 0 },
});

interface Props {
  snapshot: InviteSnapshot;
  analysis: Analysis;
  policy: Policy;
  customTemplate: string | undefined;
  savedTemplateId: string | undefined;
  displayReplyForm(html: string): Promise<void>;
  /** Remembers the choice; rejects with HostError when it cannot. */
  onTemplateChosen(templateId: string): Promise<void>;
  /** Declining through Microsoft 365; undefined hides it (Outlook has not answered yet). */
  declineOffer?: DeclineOffer | undefined;
  /** When the item is in someone else's mailbox: the user writes for its owner. */
  onBehalf?: OnBehalf | undefined;
  /** Called when the reply form opened or the decline was sent, for the record. */
  onDone?(action: "replied" | "declined"): void;
}

export interface OnBehalf {
  delegateName: string;
  ownerName: string;
}

/**
 * One outcome at a time. `kind` is data-outcome; `of` (data-outcome-of) says which action it
 * belongs to: the reply form, copying, or declining through Microsoft 365.
 */
type Outcome =
  | {
      kind: "opened" | "failed" | "copied" | "copy-failed" | "declined";
      of: "reply-form" | "copy" | "decline";
      message: string;
    }
  | undefined;

const OFFERED_FOR = new Set(["directive-applies", "unclear"]);

/**
 * For someone else's mailbox: a member's reply is in the owner's voice, signed by the owner and
 * marked as sent by the delegate; a PSA delegate's template already speaks for the member.
 */
function forOwner(props: Props, templateId: string): { snapshot: InviteSnapshot; footer: string } {
  const { snapshot, policy, onBehalf } = props;
  if (!onBehalf) return { snapshot, footer: "" };
  const audience = policy.templates.find((template) => template.id === templateId)?.audience;
  if (audience === "delegate") {
    // The PSA delegate signs with their own name, never the member's.
    const userName = snapshot.settings.userName || onBehalf.delegateName;
    return { snapshot: { ...snapshot, settings: { ...snapshot.settings, userName } }, footer: "" };
  }
  return {
    snapshot: { ...snapshot, settings: { ...snapshot.settings, userName: undefined } },
    footer: `\n\nSent by ${onBehalf.delegateName} on behalf of ${onBehalf.ownerName}.`,
  };
}

function replyText(props: Props, templateId: string): { text: string; problem: string | undefined } {
  const { analysis, policy, customTemplate } = props;
  const { snapshot, footer } = forOwner(props, templateId);
  if (templateId !== CUSTOM_TEMPLATE_ID || !customTemplate) {
    return {
      text: renderReply(snapshot, analysis, policy, { templateId }).text + footer,
      problem: undefined,
    };
  }
  try {
    return {
      text: renderReply(snapshot, analysis, policy, { customText: customTemplate }).text + footer,
      problem: undefined,
    };
  } catch (error) {
    const fallback = policy.templates[0];
    const detail = error instanceof Error ? error.message : String(error);
    return {
      text: renderReply(snapshot, analysis, policy, { templateId: fallback?.id }).text,
      problem: `Your own wording has a mistake (${detail}), so this shows "${fallback?.label ?? "the first template"}" instead. Fix it in Settings.`,
    };
  }
}

/** The reply to the organizer: a template, the text to edit, and ways to send or copy it. */
export function ReplyComposer(props: Props) {
  const { analysis, policy, customTemplate, savedTemplateId, displayReplyForm, onTemplateChosen } = props;
  const { declineOffer, onDone } = props;
  const styles = useStyles();
  const choices = [
    ...policy.templates.map((template) => ({ id: template.id, label: template.label })),
    ...(customTemplate ? [{ id: CUSTOM_TEMPLATE_ID, label: "My own wording (from Settings)" }] : []),
  ];
  const initial = choices.find((choice) => choice.id === savedTemplateId)?.id ?? choices[0]?.id ?? "";
  const [requested, setRequested] = useState(false);
  const [templateId, setTemplateId] = useState(initial);
  const [edited, setEdited] = useState<string | undefined>(undefined);
  const [outcome, setOutcome] = useState<Outcome>(undefined);
  const [busy, setBusy] = useState(false);
  const [choiceNote, setChoiceNote] = useState<string | undefined>(undefined);
  const [declined, setDeclined] = useState(false);
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  const focusOutcome = useRef(false);

  useEffect(() => {
    // After a decline the dialog has closed (and the button may be gone): the outcome takes focus.
    if (outcome && focusOutcome.current) {
      focusOutcome.current = false;
      outcomeRef.current?.focus();
    }
  }, [outcome]);
  const templateSelect = useRef<HTMLSelectElement>(null);
  const focusTemplate = useRef(false);

  const open = requested || OFFERED_FOR.has(analysis.verdict);

  useEffect(() => {
    // "Write a reply anyway" goes away when pressed: focus moves to the reply it opened.
    if (open && focusTemplate.current) {
      focusTemplate.current = false;
      templateSelect.current?.focus();
    }
  }, [open]);
  const activeId = choices.some((choice) => choice.id === templateId) ? templateId : initial;
  const generated = open ? replyText(props, activeId) : undefined;
  const text = edited ?? generated?.text ?? "";

  const chooseTemplate = (id: string) => {
    setTemplateId(id);
    setEdited(undefined);
    setOutcome(undefined);
    setChoiceNote(undefined);
    onTemplateChosen(id).catch((error: unknown) =>
      setChoiceNote(`This choice applies now, but could not be remembered: ${asHostError(error).message}`),
    );
  };

  const openReplyForm = async () => {
    setBusy(true);
    setOutcome(undefined);
    try {
      await displayReplyForm(textToHtml(text));
      setOutcome({
        kind: "opened",
        of: "reply-form",
        message: "Outlook opened a reply to the organizer with this text. Check it, then send.",
      });
      onDone?.("replied");
    } catch (error) {
      const problem = asHostError(error);
      setOutcome({
        kind: "failed",
        of: "reply-form",
        message: `Outlook could not open the reply form: ${problem.message} Use Copy reply text instead, then paste it into a reply.`,
      });
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    setOutcome(undefined);
    const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
    if (!clipboard?.writeText) {
      setOutcome({
        kind: "copy-failed",
        of: "copy",
        message:
          "Copying is not available here. Select the text in the box, then press Ctrl+C (or Cmd+C) to copy it.",
      });
      return;
    }
    try {
      await clipboard.writeText(text);
      setOutcome({
        kind: "copied",
        of: "copy",
        message: "The reply text is copied. Paste it into your reply.",
      });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      setOutcome({
        kind: "copy-failed",
        of: "copy",
        message: `The text could not be copied (${detail}). Select the text in the box, then press Ctrl+C (or Cmd+C).`,
      });
    }
  };

  const decline = async (offer: Extract<DeclineOffer, { kind: "available" }>) => {
    setOutcome(undefined);
    const result = await offer.decline(text);
    if (result.ok) {
      setDeclined(true);
      const to = offer.organizer.name || offer.organizer.email;
      setOutcome({
        kind: "declined",
        of: "decline",
        message: `Declined. Outlook sent your reply to ${to} with the decline${offer.recurring ? " (the whole series)" : ""}.`,
      });
      onDone?.("declined");
    } else {
      // The user's words are never lost: the box holds exactly what they wrote.
      setEdited(result.comment);
      setOutcome({
        kind: "failed",
        of: "decline",
        message: `The meeting was not declined. ${result.message} Your reply is still in the box: use Reply to organizer or Copy reply text to send it yourself.`,
      });
    }
    focusOutcome.current = true;
  };

  return (
    <section aria-labelledby="reply-title" className={styles.section}>
      <h2 id="reply-title">Reply to the organizer</h2>
      {!open ? (
        <div>
          <p>You do not need to reply to this invite. If you want to, QA Meeting Check can draft a reply.</p>
          <Button
            onClick={() => {
              focusTemplate.current = true;
              setRequested(true);
            }}
          >
            Write a reply anyway
          </Button>
        </div>
      ) : (
        <>
          <Field label="Reply template">
            <Select
              select={{ ref: templateSelect }}
              value={activeId}
              onChange={(_event, data) => chooseTemplate(data.value)}
            >
              {choices.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.label}
                </option>
              ))}
            </Select>
          </Field>
          {choiceNote && <p data-template-note="failed">{choiceNote}</p>}
          {generated?.problem && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{generated.problem}</MessageBarBody>
            </MessageBar>
          )}
          <Field label="Reply text" hint="Edit the text as you need before you send it.">
            <Textarea
              className={styles.text}
              resize="vertical"
              value={text}
              onChange={(_event, data) => {
                setEdited(data.value);
                setOutcome(undefined);
              }}
            />
          </Field>
          <p>
            A reply e-mail is not an RSVP. To decline the meeting itself, also choose Decline on the invite in
            Outlook.
          </p>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabledFocusable={busy || text.trim() === ""}
              onClick={() => void openReplyForm()}
            >
              Reply to organizer
            </Button>
            <Button disabledFocusable={text === ""} onClick={() => void copy()}>
              Copy reply text
            </Button>
            {declineOffer?.kind === "available" && (
              <DeclineAndSend
                offer={declineOffer}
                comment={text}
                disabled={busy}
                done={declined}
                onConfirm={() => decline(declineOffer)}
              />
            )}
          </div>
          {declineOffer?.kind === "unavailable" && (
            <p className={styles.outcome} data-decline-unavailable="true">
              Decline and send is not available: {declineOffer.reason}
            </p>
          )}
          <p
            role="status"
            tabIndex={-1}
            ref={outcomeRef}
            className={styles.outcome}
            data-outcome={outcome?.kind}
            data-outcome-of={outcome?.of}
          >
            {outcome?.message}
          </p>
        </>
      )}
    </section>
  );
}
