// Relative imports: next.config.ts loads this module, and its loader knows no "@/" alias.
import { microsoftLoginHosts } from "../knowledge/clouds";
import { operatorProfiles } from "../live/clouds-file";

// The Content-Security-Policy of every page. connect-src names the login hosts of the clouds: the token step's
// sign-in (msal-browser) calls the cloud's token endpoint from the browser. Microsoft's hosts are fixed; an operator's
// cloud profiles (ECE_DOCTOR_CLOUDS_FILE, read at run time by proxy.ts) add theirs.

const hostPattern = /^[A-Za-z0-9.-]+(?::\d{1,5})?$/;

/** Pages that never sign in (the shared-report viewer) keep connect-src 'self' alone: `{ signIn: false }`. */
export function contentSecurityPolicy(
  extraLoginHosts: readonly string[] = [],
  options: { signIn?: boolean } = {},
): string {
  const hosts =
    options.signIn === false
      ? []
      : [
          ...new Set([
            ...microsoftLoginHosts,
            ...extraLoginHosts.filter((host) => hostPattern.test(host)).map((host) => host.toLowerCase()),
          ]),
        ];
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    ["connect-src 'self'", ...hosts.map((host) => `https://${host}`)].join(" "),
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** The loginHost of each profile in ECE_DOCTOR_CLOUDS_FILE; [] when unset or unreadable (profiles.ts reports that). */
export function operatorLoginHosts(path = process.env.ECE_DOCTOR_CLOUDS_FILE): string[] {
  if (!path) return [];
  return [...new Set(operatorProfiles(path).map((profile) => profile.loginHost.toLowerCase()))];
}
