import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type Ref } from "react";
import { DirectivePanel } from "./DirectivePanel";
import { EvidenceList } from "./EvidenceList";
import type { StoredSettings } from "./host";
import { PeopleList } from "./PeopleList";
import { ReplyComposer } from "./ReplyComposer";
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
      <VerdictBanner analysis={analysis} headingRef={headingRef} />
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
      />
      <DirectivePanel policy={policy} />
    </div>
  );
}
