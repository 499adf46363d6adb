import { makeStyles, tokens } from "@fluentui/react-components";
import type { Ref } from "react";
import type { StoredSettings } from "../../host";
import type { UserAction } from "../../record/entry";
import type { FullAttendeesAccess } from "../hooks/useFullAttendees";
import type { Microsoft365Access } from "../microsoft365";
import { useSaveStatus } from "../hooks/useSaveStatus";
import type { InviteContext } from "../model/checkInvite";
import type { DirectoryView } from "../model/directoryInfo";
import type { OnBehalf } from "../model/onBehalf";
import { Notice } from "./basics";
import { EvidenceList } from "./EvidenceList";
import { LazySection, lazySection, useAfterFirstPaint } from "./LazySection";
import { VerdictBanner } from "./VerdictBanner";

// Below the verdict and its reasons: each section in its own chunk, built once the verdict is
// painted. The directory's note is built with the verdict, as it says why the verdict is what it
// is, but from its own chunk: only those who turned directory look-ups on see it.
const PeopleList = lazySection(() =>
  import(/* webpackChunkName: "people" */ "./PeopleList").then((module) => module.PeopleList),
);
const ReplyComposer = lazySection(() =>
  import(/* webpackChunkName: "reply" */ "./ReplyComposer").then((module) => module.ReplyComposer),
);
// Only for an invite whose recipients Outlook cut short: reading everyone from Microsoft 365.
const FullAttendeesNote = lazySection(() =>
  import(/* webpackChunkName: "full-attendees" */ "./FullAttendeesNote").then(
    (module) => module.FullAttendeesNote,
  ),
);
const DirectoryNote = lazySection(() =>
  import(/* webpackChunkName: "directory-note" */ "./DirectoryNote").then((module) => module.DirectoryNote),
);
const RecordActions = lazySection(() =>
  import(/* webpackChunkName: "record-actions" */ "./RecordActions").then((module) => module.RecordActions),
);

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
  /** Microsoft 365 for this item, for declining through it. */
  m365?: Microsoft365Access | undefined;
  /** Set when the invite is in someone else's mailbox. */
  onBehalf?: OnBehalf | undefined;
  /** What the Microsoft 365 directory added (only when directory look-ups are on). */
  directory?: DirectoryView | undefined;
  /** What the record says the user did about this invite. */
  recordedAction?: UserAction | undefined;
  onAction?(action: UserAction): void;
  /** Reading everyone invited from Microsoft 365, when Outlook gave only the first recipients. */
  fullAttendees?: FullAttendeesAccess | undefined;
  /** Whether Outlook has a reply form here (not on phones). */
  replyForm?: boolean;
  /** Why Outlook could not put the verdict's line on the invite, once it has said so. */
  bannerProblem?: string | undefined;
}

/** One invite, checked: the verdict first, then why; who and the reply once the verdict is painted. */
export function ResultView({
  context,
  fallbackNote,
  settings,
  saveSettings,
  displayReplyForm,
  headingRef,
  m365,
  onBehalf,
  directory,
  recordedAction,
  onAction,
  fullAttendees,
  replyForm = true,
  bannerProblem,
}: Props) {
  const styles = useStyles();
  const later = useAfterFirstPaint();
  const { snapshot, analysis, policy } = context;
  const [correctionStatus, trackCorrection] = useSaveStatus();
  const [managerStatus, trackManager] = useSaveStatus();
  const applyAndSave = (next: Partial<StoredSettings>) =>
    saveSettings({ ...settings, ...next }, { applyFirst: true });

  /** A role correction or a Manager Casework chosen from the people list: applies at once, then is kept. */
  const remember = (next: Partial<StoredSettings>, what: string) =>
    trackCorrection(applyAndSave(next), {
      saved: `${what} Saved, so QA Meeting Check will remember it.`,
      failed: (reason) => `${what} It applies now, but could not be saved: ${reason}`,
    });

  const correctRole = (email: string, roleId: string) => {
    const roles = { ...settings.roles };
    if (roleId) roles[email] = roleId;
    else delete roles[email];
    const label = policy.roles.find((role) => role.id === roleId)?.label;
    remember({ roles }, label ? `${email} is now ${label}.` : `Your correction for ${email} is cleared.`);
  };

  const setManager = (email: string) =>
    remember({ managerCasework: email }, `${email} is now your Manager Casework.`);

  const confirmManager = (email: string) =>
    trackManager(applyAndSave({ managerCasework: email }), {
      saved: `${email} is saved as your Manager Casework.`,
      failed: (reason) => `${email} is your Manager Casework for now, but could not be saved: ${reason}`,
    });

  const chooseTemplate = (templateId: string) => applyAndSave({ templateId });

  return (
    <div className={styles.view} data-pane-state="result">
      {fallbackNote && <Notice intent="warning">{fallbackNote}</Notice>}
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
      {bannerProblem && (
        <p className={styles.subject} data-banner-problem="true">
          {bannerProblem}
        </p>
      )}
      {fullAttendees?.truncated && (
        <LazySection name="full-attendees" shown={later}>
          <FullAttendeesNote access={fullAttendees} />
        </LazySection>
      )}
      {directory && (
        <LazySection name="directory-note" shown>
          <DirectoryNote
            change={directory.change}
            problem={directory.problem}
            manager={settings.managerCasework ? undefined : directory.manager}
            onConfirmManager={confirmManager}
          />
        </LazySection>
      )}
      {directory && (
        <p role="status" className={styles.subject} data-manager-saved={managerStatus?.kind}>
          {managerStatus?.message}
        </p>
      )}
      <EvidenceList evidence={analysis.evidence} />
      <LazySection name="people" shown={later}>
        <PeopleList
          people={analysis.people}
          policy={policy}
          onCorrectRole={correctRole}
          onSetManager={setManager}
          status={correctionStatus}
        />
      </LazySection>
      <LazySection name="reply" shown={later}>
        <ReplyComposer
          snapshot={snapshot}
          analysis={analysis}
          policy={policy}
          customTemplate={settings.customTemplate}
          savedTemplateId={settings.templateId}
          displayReplyForm={displayReplyForm}
          onTemplateChosen={chooseTemplate}
          m365={m365}
          replyForm={replyForm}
          onBehalf={onBehalf}
          onDone={(action) => onAction?.(action)}
        />
      </LazySection>
      {onAction && (
        <LazySection name="record-actions" shown={later}>
          <RecordActions action={recordedAction} onAction={onAction} />
        </LazySection>
      )}
    </div>
  );
}
