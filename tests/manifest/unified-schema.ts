import fs from "node:fs";
import path from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";

/**
 * Validation against the unified app manifest's published JSON schema, offline: the schema file is
 * the one @microsoft/app-manifest ships for the manifest's own version (the same file as
 * https://developer.microsoft.com/json-schemas/teams/v<version>/MicrosoftTeams.schema.json).
 */

const SCHEMAS = path.join(
  path.dirname(require.resolve("@microsoft/app-manifest/package.json")),
  "build/json-schemas/teams",
);

export function schemaPathFor(manifestVersion: string): string {
  return path.join(SCHEMAS, `v${manifestVersion}`, "MicrosoftTeams.schema.json");
}

/** The schema's complaints about the manifest, one line each; none when it is valid. */
export function schemaErrors(manifest: { manifestVersion?: unknown }): string[] {
  const version = String(manifest.manifestVersion);
  const schema = JSON.parse(fs.readFileSync(schemaPathFor(version), "utf8")) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? ""}`);
}
