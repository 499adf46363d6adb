import { config, locales } from "zod/mini";

/**
 * zod/mini, for the schemas on the pane's way to its first verdict (the invite snapshot, the
 * stored settings): the same validation as classic zod in a fraction of the code. Classic zod
 * (policy.ts, the record) loads only where it is needed. Import it as a namespace
 * (`import * as z from "./zod-mini"`), so webpack keeps only what is used. Its messages are in
 * English, as classic's are, and it never tries `new Function` (a Content Security Policy
 * without 'unsafe-eval' would report the attempt).
 */
config({ ...locales.en(), jitless: true });

export * from "zod/mini";
