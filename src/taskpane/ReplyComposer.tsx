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
import { renderReply, type Analysis, type InviteSnapshot, type Policy } from "../core";
import { textToHtml } from "../core";
import { asHostError } from "./usePaneState";

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
}

type Outcome = { kind: "opened" | "failed" | "copied" | "copy-failed"; message: string } | undefined;

const OFFERED_FOR = new Set(["directive-applies", "unclear"]);

function replyText(props: Props, templateId: string): { text: string; problem: string | undefined } {
  const { snapshot, analysis, policy, customTemplate } = props;
  if (templateId !== CUSTOM_TEMPLATE_ID || !customTemplate) {
    return { text: renderReply(snapshot, analysis, policy, { templateId }).text, problem: undefined };
  }
  try {
    return {
      text: renderReply(snapshot, analysis, policy, { customText: customTemplate }).text,
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
        message: "Outlook opened a reply to the organizer with this text. Check it, then send.",
      });
    } catch (error) {
      const problem = asHostError(error);
      setOutcome({
        kind: "failed",
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
        message:
          "Copying is not available here. Select the text in the box, then press Ctrl+C (or Cmd+C) to copy it.",
      });
      return;
    }
    try {
      await clipboard.writeText(text);
      setOutcome({ kind: "copied", message: "The reply text is copied. Paste it into your reply." });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      setOutcome({
        kind: "copy-failed",
        message: `The text could not be copied (${detail}). Select the text in the box, then press Ctrl+C (or Cmd+C).`,
      });
    }
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
          </div>
          <p role="status" className={styles.outcome} data-outcome={outcome?.kind}>
            {outcome?.message}
          </p>
        </>
      )}
    </section>
  );
}
