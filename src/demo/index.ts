import { DEFAULT_CLIENT_ID } from "../graph/client-id";
import { describeError } from "../host";
import { createMicrosoft365Loader } from "../taskpane/microsoft365";
import { createRecordLoader } from "../taskpane/record";
import { startPane } from "../taskpane/start";
import { DemoPage } from "./demo-page";
import { FakeOutlook } from "./fake-office";
import { DEMO_USER } from "./sample-mailbox";
import { MANAGER_STORAGE_KEY, SimulatedMicrosoft365 } from "./simulated-m365";

/**
 * The demo page's entry and the demo's composition root: it installs the simulated Office as the
 * global `Office` the pane's Office adapter expects, then starts the real pane as main.tsx does in
 * Outlook, but with the simulated Microsoft 365 behind src/graph's seams.
 */

const ROAMING_STORAGE_KEY = "qaMeetingCheck.demo.roamingSettings";

declare global {
  interface Window {
    /**
     * For tests and benchmarks: the body-read delay in ms for an item (by its sample file name),
     * or undefined for the usual random 0-30 ms. Lets a test make an earlier read finish last.
     */
    qaDemoBodyDelay?: (sample: string) => number | undefined;
    /** For tests: the simulated Microsoft 365 (its request log and failure modes). */
    qaDemoMicrosoft365?: SimulatedMicrosoft365;
    /** For tests: the simulated Outlook (another add-in's notifications on an item). */
    qaDemoOutlook?: FakeOutlook;
  }
}

/** demo.html?formFactor=phone: Outlook on a phone, its task pane full-screen. */
const phone = new URLSearchParams(window.location.search).get("formFactor") === "phone";
if (phone) document.documentElement.dataset.formFactor = "phone";

let page: DemoPage | undefined;
const outlook = new FakeOutlook(
  {
    storage: window.localStorage,
    storageKey: ROAMING_STORAGE_KEY,
    onReplyForm: (reply) => page?.showReply(reply),
    onNotifications: (itemId, notifications) => page?.showNotifications(itemId, notifications),
    onAppointmentForm: (item) => page?.showAppointment(item),
    items: () => page?.mailboxItems ?? [],
    bodyDelay: (item) => window.qaDemoBodyDelay?.(item.sample),
    phone,
  },
  DEMO_USER,
);
(window as { Office?: typeof Office }).Office = outlook.office;
window.qaDemoOutlook = outlook;

// A simulated Microsoft 365 (sign-in and Graph), so Decline and send and directory roles run
// through the pane's real code.
const microsoft365 = new SimulatedMicrosoft365({
  me: DEMO_USER,
  items: () => page?.mailboxItems ?? [],
  managerRecorded: () => window.localStorage.getItem(MANAGER_STORAGE_KEY) === "true",
});
window.qaDemoMicrosoft365 = microsoft365;

void startPane({
  loadMicrosoft365: createMicrosoft365Loader({
    createClient: microsoft365.createMsalClient,
    fetch: microsoft365.fetch,
  }),
  loadRecord: createRecordLoader(),
  defaultClientId: DEFAULT_CLIENT_ID,
  now: () => new Date(),
});

function start(): void {
  page = new DemoPage(outlook, microsoft365);
  page.start().catch((error: unknown) => {
    console.error("The demo mailbox could not start", error);
    const message = document.getElementById("demo-message");
    if (message) {
      message.dataset.kind = "error";
      message.textContent = `The demo mailbox could not start: ${describeError(error)}`;
    }
  });
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
else start();
