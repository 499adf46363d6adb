import { DEFAULT_CLIENT_ID } from "../graph/client-id";
import { createMicrosoft365Loader } from "./microsoft365";
import { createRecordLoader } from "./record";
import { startPane } from "./start";

// The composition root in Outlook: the real Microsoft 365 (MSAL and fetch), the record in this
// device's storage, the clock. startPane waits for Office, makes the host, then renders <App>.
void startPane({
  loadMicrosoft365: createMicrosoft365Loader(),
  loadRecord: createRecordLoader(),
  defaultClientId: DEFAULT_CLIENT_ID,
  now: () => new Date(),
});
