import { ATTACHED_NOTE, NO_CALENDAR, withNote, type FileReading, type ReaderContext } from "./types";

/** A file attached to an e-mail: its name, and its bytes when asked (taking them can fail). */
export interface AttachedFile {
  name: string;
  bytes: () => Uint8Array;
}

/**
 * The first attached file that is an invite or a not-request, with a note that it came attached;
 * undefined when none is. Whose mailbox it is, when the attached file cannot tell, is probably
 * the sender's: a member forwarding an invite to their delegate.
 */
export async function readFirstAttached(
  files: readonly AttachedFile[],
  context: ReaderContext,
  sender: string | undefined,
): Promise<FileReading | undefined> {
  const inner: ReaderContext = { ...context, ownerHint: context.ownerHint ?? sender };
  let firstError: Error | undefined;
  for (const file of files) {
    try {
      const reading = await context.readAttached(file.name, file.bytes(), inner);
      if (reading.kind === "invite" || reading.reason !== NO_CALENDAR)
        return withNote(reading, ATTACHED_NOTE);
    } catch (error) {
      firstError ??= error instanceof Error ? error : new Error(String(error));
    }
  }
  if (firstError) throw firstError;
  return undefined;
}
