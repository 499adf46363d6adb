import { DemoPage } from "./demo-page";
import { FakeOutlook } from "./fake-office";
import { DEMO_USER } from "./sample-mailbox";

/**
 * The demo page's entry. It must run before the task pane's own chunk: it installs the
 * simulated Office as the global `Office` that the pane's Office adapter expects.
 */

const ROAMING_STORAGE_KEY = "qaMeetingCheck.demo.roamingSettings";

declare global {
  interface Window {
    /**
     * For tests and benchmarks: the body-read delay in ms for an item (by its sample file name),
     * or undefined for the usual random 0-30 ms. Lets a test make an earlier read finish last.
     */
    qaDemoBodyDelay?: (sample: string) => number | undefined;
  }
}

let page: DemoPage | undefined;
const outlook = new FakeOutlook(
  {
    storage: window.localStorage,
    storageKey: ROAMING_STORAGE_KEY,
    onReplyForm: (reply) => page?.showReply(reply),
    bodyDelay: (item) => window.qaDemoBodyDelay?.(item.sample),
  },
  DEMO_USER,
);
(window as { Office?: typeof Office }).Office = outlook.office;

function start(): void {
  page = new DemoPage(outlook);
  page.start().catch((error: unknown) => {
    console.error("The demo mailbox could not start", error);
    const message = document.getElementById("demo-message");
    if (message) {
      message.dataset.kind = "error";
      message.textContent = `The demo mailbox could not start: ${error instanceof Error ? error.message : String(error)}`;
    }
  });
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
else start();
