import { config } from "zod/v4/core";

// Zod 4 probes for eval (`new Function`) the first time it parses an object; under this site's CSP (no 'unsafe-eval')
// the probe is blocked and Chromium reports a CSP issue on every page that validates a form. Jitless skips the probe.
config({ jitless: true });
