import type { InviteSnapshotInput } from "../core";

/**
 * What the task pane needs from where it runs: Outlook, through the Office adapter (src/office/),
 * which the demo mailbox runs over a simulated Office. The pane touches nothing else outside itself.
 * Every failure a Host reports is a HostError (./errors).
 */

export type ItemState =
  /** No item is selected, or the pinned pane's item was closed. */
  | { kind: "none" }
  /** An item that is not a meeting invite: an ordinary e-mail, a cancellation, a response. */
  | { kind: "not-invite"; itemId: string; itemClass: string; subject: string }
  /** A meeting invite, as a snapshot without directory or settings (the pane adds those). */
  | {
      kind: "invite";
      itemId: string;
      /** The snapshot's mailbox is the caseworker: the owner of a shared or delegated mailbox. */
      snapshot: InviteSnapshotInput;
      /** Set when the item is in someone else's mailbox: the signed-in user, acting for the owner. */
      delegate?: { displayName?: string; emailAddress: string };
    };

/**
 * The item to decline, as the host sees it. `restId` is the REST-formatted id:
 * Office.context.mailbox.convertToRestId(itemId, Office.MailboxEnums.RestVersion.v2_0).
 */
export type DeclineItem =
  /** A calendar item (an appointment the user opened from the calendar). */
  | { kind: "event"; restId: string }
  /** A meeting request message in the inbox. */
  | { kind: "meeting-request"; restId: string };

/** What Microsoft 365 (Graph) needs to act on the open item. */
export interface GraphTarget {
  /** The item to decline, with its REST id; undefined when this item cannot be declined through Graph. */
  item: DeclineItem | undefined;
  /** The owner's address when the item is in a shared or delegated mailbox; undefined for the user's own. */
  mailboxOwner?: string;
  /** Office.context.requirements.isSetSupported("NestedAppAuth", "1.1"). */
  naaSupported: boolean;
}

export type ThemeChoice = "auto" | "light" | "dark";

/** The user's settings, kept in Outlook's roaming settings. Everything here can be rebuilt by the user. */
export interface StoredSettings {
  /** E-mail address of the user's own Manager Casework. */
  managerCasework?: string;
  /** The name to sign replies with. */
  userName?: string;
  /** Role corrections: lower-case e-mail address to policy role id. */
  roles: Record<string, string>;
  /** The reply template last chosen. */
  templateId?: string;
  /** The user's own wording for the reply, with the same placeholders as the templates. */
  customTemplate?: string;
  /** A built-in policy id. */
  policyId: string;
  theme: ThemeChoice;
  /** The Entra app (client) id for Microsoft 365 actions, overriding the build-time default. */
  graphClientId?: string;
  /** Look up people's roles (and the user's manager) in the Microsoft 365 directory. Opt-in. */
  useDirectory?: boolean;
}

/** The stored settings as loaded, and what of them could not be read, in the user's words. */
export interface LoadedSettings {
  settings: StoredSettings;
  /** Set when part or all of what was stored could not be read and fell back to defaults. */
  unread?: string;
}

export interface Host {
  /** Reads the current item, body included. Rejects with HostError when Office fails. */
  readItem(): Promise<ItemState>;
  /** Calls the listener when the selected item changes (a pinned pane). Returns an unsubscribe. */
  onItemChanged(listener: () => void): () => void;
  loadSettings(): LoadedSettings;
  /** Rejects with HostError when the settings cannot be saved (too large, offline, API failure). */
  saveSettings(settings: StoredSettings): Promise<void>;
  /** Opens Outlook's reply form with this HTML body. Rejects with HostError when it cannot. */
  displayReplyForm(html: string): Promise<void>;
  /** Light or dark, as the host reports its theme now. */
  getTheme(): "light" | "dark";
  onThemeChanged(listener: () => void): () => void;
  /**
   * The open item as Microsoft Graph knows it, and whether sign-in can work here. Never rejects:
   * anything Outlook cannot answer counts as "not available" or "the user's own mailbox".
   */
  graphTarget(): Promise<GraphTarget>;
}
