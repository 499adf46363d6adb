import { BusySpinner, Notice, PlainButton } from "./basics";
import type { Ref } from "react";
import type { HostError } from "../../host";

interface HeadingProps {
  headingRef?: Ref<HTMLHeadingElement> | undefined;
}

export function LoadingView() {
  return (
    <div data-pane-state="loading">
      <BusySpinner label="Reading the meeting invite…" />
    </div>
  );
}

export function NoItemView({ headingRef }: HeadingProps) {
  return (
    <section data-pane-state="none" aria-labelledby="state-title">
      <h2 id="state-title" tabIndex={-1} ref={headingRef}>
        Select a meeting invite
      </h2>
      <p>Open or select a meeting invite in your Inbox or calendar, and QA Meeting Check will check it.</p>
    </section>
  );
}

export function NotInviteView({ subject, headingRef }: HeadingProps & { subject: string }) {
  return (
    <section data-pane-state="not-invite" aria-labelledby="state-title">
      <h2 id="state-title" tabIndex={-1} ref={headingRef}>
        This is not a meeting invite
      </h2>
      {subject && (
        <p>
          Selected: <q>{subject}</q>
        </p>
      )}
      <p>
        QA Meeting Check only checks meeting invites. Open a meeting invite from your Inbox or calendar, then
        choose Check QA meeting.
      </p>
    </section>
  );
}

interface ErrorProps extends HeadingProps {
  title: string;
  message: string;
  code?: string | undefined;
  onRetry(): void;
}

export function ReadErrorView({ title, message, code, onRetry, headingRef }: ErrorProps) {
  return (
    <section data-pane-state="error" aria-labelledby="state-title">
      <h2 id="state-title" tabIndex={-1} ref={headingRef}>
        {title}
      </h2>
      <Notice intent="error">
        {message}
        {code && <> (Details: {code})</>}
      </Notice>
      <p>
        <PlainButton appearance="primary" onClick={onRetry}>
          Retry
        </PlainButton>
      </p>
    </section>
  );
}

/** When Office.js never became ready: say so, and offer to reload. */
export function StartupFailure({ error, onReload }: { error: HostError | undefined; onReload(): void }) {
  return (
    <main data-pane-state="startup-failed">
      <h1>QA Meeting Check could not start</h1>
      <Notice intent="error">
        {error?.message ?? "Outlook did not finish loading the add-in."} Reload the pane to try again. If this
        keeps happening, close and reopen Outlook.
      </Notice>
      <p>
        <PlainButton appearance="primary" onClick={onReload}>
          Reload
        </PlainButton>
      </p>
    </main>
  );
}
