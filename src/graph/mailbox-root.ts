/** Where a mailbox's items are in Graph: /me, or /users/{owner} for a shared or delegated mailbox. */
export function mailboxRoot(owner: string | undefined): string {
  const trimmed = owner?.trim();
  return trimmed ? `/users/${encodeURIComponent(trimmed)}` : "/me";
}
