import { officeCall } from "./office-call";

type Listener = () => void;

/**
 * One Office mailbox event, registered with Outlook once (on the first subscriber) and fanned
 * out to any number of listeners. Clients that lack the event, or refuse the handler, simply
 * never call the listeners: the pane works without them.
 */
export function createEventChannel(office: typeof Office, eventType: () => Office.EventType | undefined) {
  const listeners = new Set<{ listener: Listener }>();
  let registered = false;

  function notify(): void {
    const errors: unknown[] = [];
    for (const { listener } of [...listeners]) {
      try {
        listener();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length > 0) throw errors[0];
  }

  function register(): void {
    registered = true;
    const mailbox = office.context?.mailbox;
    const type = eventType();
    if (type === undefined || typeof mailbox?.addHandlerAsync !== "function") return;
    // Clients that reject the event type (by exception or in the callback) never fire it: the pane works without.
    officeCall<void>(office, (callback) => mailbox.addHandlerAsync(type, notify, callback), "").catch(
      () => undefined,
    );
  }

  return {
    subscribe(listener: Listener): () => void {
      const entry = { listener };
      listeners.add(entry);
      if (!registered) register();
      return () => {
        listeners.delete(entry);
      };
    },
  };
}
