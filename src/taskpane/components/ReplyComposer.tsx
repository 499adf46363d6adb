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
import type { RefObject } from "react";
import { useReplyDraft, type ReplyDraft, type ReplyDraftInput } from "../hooks/useReplyDraft";
import type { Microsoft365Access } from "../microsoft365";
import { declineOfferFor, type DeclineOffer } from "../model/declineOffer";
import { DeclineAndSend } from "./DeclineAndSend";

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

/** The draft without its focus targets, which go to the elements they focus. */
type Draft = Omit<ReplyDraft, "templateSelectRef" | "outcomeRef">;

interface Props extends ReplyDraftInput {
  /** Microsoft 365 for this item: declining through it, once Outlook has said what it allows. */
  m365?: Microsoft365Access | undefined;
  /** Whether this Outlook has a reply form (not on phones); false offers copying instead. */
  replyForm?: boolean;
}

/** The reply to the organizer: a template, the text to edit, and ways to send or copy it. */
export function ReplyComposer({ m365, replyForm = true, ...input }: Props) {
  const styles = useStyles();
  const declineOffer = m365 && declineOfferFor(m365, input);
  const { templateSelectRef, outcomeRef, ...draft } = useReplyDraft(input);
  return (
    <section aria-labelledby="reply-title" className={styles.section}>
      <h2 id="reply-title">Reply to the organizer</h2>
      {draft.open ? (
        <>
          <ReplyEditor draft={draft} selectRef={templateSelectRef} />
          <ReplyActions
            draft={draft}
            declineOffer={declineOffer}
            outcomeRef={outcomeRef}
            replyForm={replyForm}
          />
        </>
      ) : (
        <div>
          <p>You do not need to reply to this invite. If you want to, QA Meeting Check can draft a reply.</p>
          <Button onClick={draft.requestReply}>Write a reply anyway</Button>
        </div>
      )}
    </section>
  );
}

/** The template choice and the text, with what went wrong with either. */
function ReplyEditor({ draft, selectRef }: { draft: Draft; selectRef: RefObject<HTMLSelectElement | null> }) {
  const styles = useStyles();
  return (
    <>
      <Field label="Reply template">
        <Select
          select={{ ref: selectRef }}
          value={draft.activeId}
          onChange={(_event, data) => draft.chooseTemplate(data.value)}
        >
          {draft.choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.label}
            </option>
          ))}
        </Select>
      </Field>
      {draft.choiceNote && <p data-template-note="failed">{draft.choiceNote}</p>}
      {draft.problem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{draft.problem}</MessageBarBody>
        </MessageBar>
      )}
      <Field label="Reply text" hint="Edit the text as you need before you send it.">
        <Textarea
          className={styles.text}
          resize="vertical"
          value={draft.text}
          onChange={(_event, data) => draft.edit(data.value)}
        />
      </Field>
      <p>
        A reply e-mail is not an RSVP. To decline the meeting itself, also choose Decline on the invite in
        Outlook.
      </p>
    </>
  );
}

interface ActionsProps {
  draft: Draft;
  declineOffer: DeclineOffer | undefined;
  outcomeRef: RefObject<HTMLParagraphElement | null>;
  replyForm: boolean;
}

/** Reply, copy or decline, and what came of the last of them. */
function ReplyActions({ draft, declineOffer, outcomeRef, replyForm }: ActionsProps) {
  const styles = useStyles();
  const { text, busy, outcome } = draft;
  return (
    <>
      {!replyForm && (
        <p className={styles.outcome} data-reply-form-unavailable="true">
          This Outlook cannot open a reply from the add-in (Outlook on phones has none). Copy the reply text
          and paste it into a reply to the organizer
          {declineOffer?.kind === "available" ? ", or decline and send it through Microsoft 365." : "."}
        </p>
      )}
      <div className={styles.actions}>
        {replyForm && (
          <Button
            appearance="primary"
            disabledFocusable={busy || text.trim() === ""}
            onClick={() => void draft.openReplyForm()}
          >
            Reply to organizer
          </Button>
        )}
        <Button
          appearance={replyForm ? "secondary" : "primary"}
          disabledFocusable={text === ""}
          onClick={() => void draft.copy()}
        >
          Copy reply text
        </Button>
        {declineOffer?.kind === "available" && (
          <DeclineAndSend
            offer={declineOffer}
            comment={text}
            disabled={busy}
            done={draft.declined}
            onConfirm={() => draft.decline(declineOffer)}
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
  );
}
