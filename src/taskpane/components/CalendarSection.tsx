import { Button, Spinner } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import type { Host, StoredSettings } from "../../host";
import type { RecordState } from "../hooks/useRecord";
import { ErrorBoundary } from "./ErrorBoundary";

/** The scan view, with its hook and Fluent's ProgressBar, loads only when the user asks for it. */
const CalendarScan = lazy(() => import(/* webpackChunkName: "calendar-scan" */ "./CalendarScan"));

interface Props {
  host: Host;
  settings: StoredSettings;
  saveSettings(next: StoredSettings): Promise<void>;
  record: RecordState;
}

/** "Your coming weeks": one button until the user asks; then the scan, in its own chunk. */
export function CalendarSection(props: Props) {
  const [opened, setOpened] = useState(false);
  return (
    <section aria-labelledby="calendar-heading" data-section="calendar">
      <h2 id="calendar-heading">Your coming weeks</h2>
      {opened ? (
        <ErrorBoundary>
          <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
            <CalendarScan {...props} />
          </Suspense>
        </ErrorBoundary>
      ) : (
        <>
          <p>
            Check the meetings in your calendar for the next weeks in one go. QA Meeting Check reads them
            through Microsoft 365 (you may be asked to allow it to read your calendar), checks them here, and
            keeps nothing but your record.
          </p>
          <Button onClick={() => setOpened(true)}>Check my calendar</Button>
        </>
      )}
    </section>
  );
}
