/**
 * The Entra app registration's client id. A build-time default, replaced by webpack's DefinePlugin:
 *   new webpack.DefinePlugin({ "process.env.QA_CHECK_CLIENT_ID": JSON.stringify(process.env.QA_CHECK_CLIENT_ID ?? "") })
 * An organisation can override it with a setting, without a rebuild.
 */
function buildTimeClientId(): string {
  try {
    return process.env.QA_CHECK_CLIENT_ID ?? "";
  } catch {
    // No DefinePlugin and no `process` in the browser: no default.
    return "";
  }
}

export const DEFAULT_CLIENT_ID: string = buildTimeClientId().trim();

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isClientId(value: string): boolean {
  return GUID.test(value.trim());
}

/** The setting when it is a client id, else the build-time default; undefined when there is neither. */
export function resolveClientId(
  setting: string | undefined,
  fallback: string = DEFAULT_CLIENT_ID,
): string | undefined {
  const fromSetting = setting?.trim();
  if (fromSetting && isClientId(fromSetting)) return fromSetting;
  return isClientId(fallback) ? fallback.trim() : undefined;
}
