import { config } from "zod/v4/core";

// Zod 4 probes for eval (`new Function`) the first time it parses an object; under this site's CSP (no 'unsafe-eval')
// the probe is blocked and Chromium reports a CSP issue. Jitless skips the probe. Every module that parses with zod in
// the browser imports this before its schemas, so that zod loads only with the pages that use it.
config({ jitless: true });
