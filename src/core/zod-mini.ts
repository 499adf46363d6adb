import { en } from "zod/locales";
import * as z from "zod/mini";

/**
 * zod/mini, for the schemas on the pane's way to its first verdict (the invite snapshot, the
 * stored settings): the same validation as classic zod in a fraction of the code. Classic zod
 * (policy.ts, the record) loads only where it is needed. Its messages in English, as classic's.
 */
z.config(en());

export { z };
