import { config } from "zod/v4/core";

/**
 * Zod 4 compiles fast object parsers with `new Function` when the page allows it, and probes for
 * that once. The page's Content-Security-Policy allows no eval, so the probe is reported as a
 * violation on every page that parses anything. Parsing without compiled code is just as correct.
 * Call this before any schema is created: zod decides per schema when the schema is built.
 */
export function disableZodEval(): void {
  config({ jitless: true });
}
