import type { Ref } from "react";
import type { UserAction } from "../../record/entry";
import type { PaneModel } from "../hooks/usePaneModel";
import { ResultView } from "./ResultView";
import { LoadingView, NoItemView, NotInviteView, ReadErrorView } from "./StatusViews";

interface Props {
  model: PaneModel;
  displayReplyForm(html: string): Promise<void>;
  /** Whether Outlook has a reply form here (not on phones). */
  replyForm?: boolean;
  /** Reads the item again, focus then going to the heading of what was read. */
  onRetry(): void;
  headingRef: Ref<HTMLHeadingElement>;
}

/** The open item as the pane shows it: loading, nothing selected, not an invite, a failure, or the check. */
export function ItemView({ model, displayReplyForm, replyForm = true, onRetry, headingRef }: Props) {
  const { read, checked, record } = model;
  if (read.status === "loading") return <LoadingView />;
  if (read.status === "error")
    return (
      <ReadErrorView
        title="The invite could not be read"
        message={read.error.message}
        code={read.error.code}
        onRetry={onRetry}
        headingRef={headingRef}
      />
    );
  const { item } = read;
  if (item.kind === "none") return <NoItemView headingRef={headingRef} />;
  if (item.kind === "not-invite") return <NotInviteView subject={item.subject} headingRef={headingRef} />;
  if (!checked) return <LoadingView />;
  if (!checked.ok)
    return (
      <ReadErrorView
        title="The invite could not be checked"
        message={checked.message}
        onRetry={onRetry}
        headingRef={headingRef}
      />
    );
  return (
    <ResultView
      key={item.itemId}
      context={checked}
      fallbackNote={checked.fallbackNote}
      settings={model.settings}
      saveSettings={model.saveSettings}
      displayReplyForm={displayReplyForm}
      headingRef={headingRef}
      m365={model.m365}
      onBehalf={model.onBehalf}
      directory={model.directory}
      recordedAction={model.recordedAction}
      fullAttendees={model.fullAttendees}
      replyForm={replyForm}
      bannerProblem={model.banner?.outcome === "not-shown" ? model.banner.reason : undefined}
      onAction={(action: UserAction) => record.setAction(item.itemId, action)}
    />
  );
}
