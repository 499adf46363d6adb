import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type Ref } from "react";
import { DirectivePanel } from "./DirectivePanel";
import { EvidenceList } from "./EvidenceList";
import type { StoredSettings } from "../../host";
import type { UserAction } from "../../record/entry";
import type { DeclineOffer } from "./DeclineAndSend";
import { DirectoryNote } from "./DirectoryNote";
import { PeopleList } from "./PeopleList";
import { RecordActions } from "./RecordActions";
import { ReplyComposer, type OnBehalf } from "./ReplyComposer";
import type { ManagerSuggestion } from "../hooks/useDirectoryInfo";
import type { InviteContext } from "./SettingsPanel";
import { VerdictBanner } from "./VerdictBanner";

const useStyles = makeStyles({
  view: { display: "grid", rowGap: tokens.spacingVerticalL },
  subject: { margin: 0, overflowWrap: "anywhere" },
});

interface Props {
  context: InviteContext;
  fallbackNote: string | undefined;
  settings: StoredSettings;
  saveSettings(next: StoredSettings, options: { applyFirst: boolean }): Promise<void>;
  displayReplyForm(html: string): Promise<void>;
  headingRef?: Ref<HTMLHeadingElement> | undefined;
  /** Declining through Microsoft 365, or why it cannot; undefined while Outlook has not answered. */
  declineOffer?: DeclineOffer | undefined;
  /** Set when the invite is in someone else's mailbox. */
  onBehalf?: OnBehalf | undefined;
  directory?: DirectoryView | undefined;
  /** What the record says the user did about this invite. */
  recordedAction?: UserAction | undefined;
  onAction?(action: UserAction): void;
}

/** What the Microsoft 365 directory added (only when directory look-ups are on). */
export interface DirectoryView {
  change: string | undefined;
  problem: string | undefined;
  manager: ManagerSuggestion | undefined;
}

type Status = { kind: "saved" | "failed"; message: string } | undefined;

/** One invite, checked: the verdict first, then why, who, the reply and the direction. */
export function ResultView({
  context,
  fallbackNote,
  settings,
  saveSettings,
  displayReplyForm,
  headingRef,
  declineOffer,
  onBehalf,
  directory,
  recordedAction,
  onAction,
}: Props) {
  const styles = useStyles();
  const { snapshot, analysis, policy } = context;
  const [status, setStatus] = useState<Status>(undefined);

  const remember = (next: StoredSettings, what: string) => {
    setStatus(undefined);
    saveSettings(next, { applyFirst: true }).then(
      () => setStatus({ kind: "saved", message: `${what} Saved, so QA Meeting Check will remember it.` }),
      (error: unknown) =>
        setStatus({
          kind: "failed",
          message: `${what} It applies now, but could not be saved: ${error instanceof Error ? error.message : String(error)}`,
        }),
    );
  };

  const correctRole = (email: string, roleId: string) => {
    const roles = { ...settings.roles };
    if (roleId) roles[email] = roleId;
    else delete roles[email];
    const label = policy.roles.find((role) => role.id === roleId)?.label;
    remember(
      { ...settings, roles },
      label ? `${email} is now ${label}.` : `Your correction for ${email} is cleared.`,
    );
  };

  const setManager = (email: string) => {
    remember({ ...settings, managerCasework: email }, `${email} is now your Manager Casework.`);
  };
  const [managerStatus, setManagerStatus] = useState<Status>(undefined);
  const confirmManager = (email: string) => {
    setManagerStatus(undefined);
    saveSettings({ ...settings, managerCasework: email }, { applyFirst: true }).then(
      () => setManagerStatus({ kind: "saved", message: `${email} is saved as your Manager Casework.` }),
      (error: unknown) =>
        setManagerStatus({
          kind: "failed",
          message: `${email} is your Manager Casework for now, but could not be saved: ${error instanceof Error ? error.message : String(error)}`,
        }),
    );
  };

  const chooseTemplate = (templateId: string) =>
    saveSettings({ ...settings, templateId }, { applyFirst: true });

  return (
    <div className={styles.view} data-pane-state="result">
      {fallbackNote && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{fallbackNote}</MessageBarBody>
        </MessageBar>
      )}
      <p className={styles.subject}>
        Meeting: <q>{snapshot.item.subject || "(no subject)"}</q>
      </p>
      {onBehalf && (
        <p className={styles.subject} data-on-behalf={snapshot.mailbox.emailAddress}>
          This invite is in {onBehalf.ownerName}&apos;s mailbox, so the check is about {onBehalf.ownerName}.
          You are acting for them as {onBehalf.delegateName}.
        </p>
      )}
      <VerdictBanner analysis={analysis} headingRef={headingRef} />
      {directory && (
        <DirectoryNote
          change={directory.change}
          problem={directory.problem}
          manager={settings.managerCasework ? undefined : directory.manager}
          onConfirmManager={confirmManager}
        />
      )}
      {directory && (
        <p role="status" className={styles.subject} data-manager-saved={managerStatus?.kind}>
          {managerStatus?.message}
        </p>
      )}
      <EvidenceList evidence={analysis.evidence} />
      <PeopleList
        people={analysis.people}
        policy={policy}
        onCorrectRole={correctRole}
        onSetManager={setManager}
        status={status}
      />
      <ReplyComposer
        snapshot={snapshot}
        analysis={analysis}
        policy={policy}
        customTemplate={settings.customTemplate}
        savedTemplateId={settings.templateId}
        displayReplyForm={displayReplyForm}
        onTemplateChosen={chooseTemplate}
        declineOffer={declineOffer}
        onBehalf={onBehalf}
        onDone={(action) => onAction?.(action)}
      />
      {onAction && <RecordActions action={recordedAction} onAction={onAction} />}
      <DirectivePanel policy={policy} />
    </div>
  );
}
