import { config } from "zod";

// The pane's Content Security Policy forbids eval (taskpane.html). Unless told not to, zod tries
// `new Function` when the first schema is made, to compile faster parsers; the browser blocks that
// and reports it as a violation. Each composition root imports this module first, before any schema.
config({ jitless: true });
