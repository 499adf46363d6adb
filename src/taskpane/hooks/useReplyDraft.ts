import { useEffect, useRef, useState } from "react";
import { textToHtml } from "../../core";
import { describeError, toHostError } from "../../host";
import type { AvailableDecline } from "../model/declineOffer";
import { replyOffered, replyText, templateChoices, type ReplyInput } from "../model/reply";

/**
 * One outcome at a time. `kind` is data-outcome; `of` (data-outcome-of) says which action it
 * belongs to: the reply form, copying, or declining through Microsoft 365.
 */
export type ReplyOutcome =
  | {
      kind: "opened" | "failed" | "copied" | "copy-failed" | "declined";
      of: "reply-form" | "copy" | "decline";
      message: string;
    }
  | undefined;

export interface ReplyDraftInput extends ReplyInput {
  savedTemplateId: string | undefined;
  displayReplyForm(html: string): Promise<void>;
  /** Remembers the choice; rejects with HostError when it cannot. */
  onTemplateChosen(templateId: string): Promise<void>;
  /** Called when the reply form opened or the decline was sent, for the record. */
  onDone?(action: "replied" | "declined"): void;
}

const NO_CLIPBOARD =
  "Copying is not available here. Select the text in the box, then press Ctrl+C (or Cmd+C) to copy it.";

/** Moves focus to `ref` after the render that follows `request()`, once. */
function useFocusAfter<T extends HTMLElement>(trigger: unknown) {
  const ref = useRef<T>(null);
  const pending = useRef(false);
  useEffect(() => {
    if (trigger && pending.current) {
      pending.current = false;
      ref.current?.focus();
    }
  }, [trigger]);
  const request = () => {
    pending.current = true;
  };
  return { ref, request };
}

/** The reply to the organizer as the user edits it, and what they can do with it. */
export function useReplyDraft(input: ReplyDraftInput) {
  const { analysis, policy, customTemplate, savedTemplateId, displayReplyForm, onTemplateChosen, onDone } =
    input;
  const choices = templateChoices(policy, customTemplate);
  const initial = choices.find((choice) => choice.id === savedTemplateId)?.id ?? choices[0]?.id ?? "";
  const [requested, setRequested] = useState(false);
  const [templateId, setTemplateId] = useState(initial);
  const [edited, setEdited] = useState<string | undefined>(undefined);
  const [outcome, setOutcome] = useState<ReplyOutcome>(undefined);
  const [busy, setBusy] = useState(false);
  const [choiceNote, setChoiceNote] = useState<string | undefined>(undefined);
  const [declined, setDeclined] = useState(false);

  const open = requested || replyOffered(analysis);
  // "Write a reply anyway" goes away when pressed: focus moves to the reply it opened.
  const templateFocus = useFocusAfter<HTMLSelectElement>(open);
  // After a decline the dialog has closed (and the button may be gone): the outcome takes focus.
  const outcomeFocus = useFocusAfter<HTMLParagraphElement>(outcome);

  const activeId = choices.some((choice) => choice.id === templateId) ? templateId : initial;
  const generated = open ? replyText(input, activeId) : undefined;
  const text = edited ?? generated?.text ?? "";

  const requestReply = () => {
    templateFocus.request();
    setRequested(true);
  };

  const edit = (value: string) => {
    setEdited(value);
    setOutcome(undefined);
  };

  const chooseTemplate = (id: string) => {
    setTemplateId(id);
    setEdited(undefined);
    setOutcome(undefined);
    setChoiceNote(undefined);
    onTemplateChosen(id).catch((error: unknown) =>
      setChoiceNote(`This choice applies now, but could not be remembered: ${toHostError(error).message}`),
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
      setOutcome({
        kind: "failed",
        of: "reply-form",
        message: `Outlook could not open the reply form: ${toHostError(error).message} Use Copy reply text instead, then paste it into a reply.`,
      });
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    setOutcome(undefined);
    const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
    if (!clipboard?.writeText) {
      setOutcome({ kind: "copy-failed", of: "copy", message: NO_CLIPBOARD });
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
      setOutcome({
        kind: "copy-failed",
        of: "copy",
        message: `The text could not be copied (${describeError(error)}). Select the text in the box, then press Ctrl+C (or Cmd+C).`,
      });
    }
  };

  const decline = async (offer: AvailableDecline) => {
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
    outcomeFocus.request();
  };

  return {
    open,
    requestReply,
    choices,
    activeId,
    chooseTemplate,
    choiceNote,
    problem: generated?.problem,
    text,
    edit,
    busy,
    declined,
    outcome,
    openReplyForm,
    copy,
    decline,
    templateSelectRef: templateFocus.ref,
    outcomeRef: outcomeFocus.ref,
  };
}

export type ReplyDraft = ReturnType<typeof useReplyDraft>;
