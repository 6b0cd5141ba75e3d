// Next runs this file in the browser before any of the app's code, so zod is configured before
// the first schema exists. See lib/security/disable-zod-eval.ts.
import { disableZodEval } from "./lib/security/disable-zod-eval";

disableZodEval();
