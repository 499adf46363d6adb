/** A display name as a person would write it: some tools wrap it in quotes ('Ann Lee', "Ann Lee"). */
export function cleanDisplayName(name: string | undefined): string | undefined {
  const trimmed = name?.replace(/\s+/g, " ").trim();
  if (!trimmed) return undefined;
  const quoted = /^(['"])(.*)\1$/.exec(trimmed);
  return (quoted ? quoted[2]?.trim() : trimmed) || undefined;
}
