// What the token step needs to know about the MSAL redirect without loading MSAL: the redirect path that must be
// registered (platform "Single-page application") and whether a full-page sign-in is waiting to be completed.

export const redirectPath = "/auth/redirect";
export const pendingRedirectKey = "ece-oauth-doctor/token-redirect";

export function redirectUriFor(origin: string): string {
  return `${origin}${redirectPath}`;
}

/** The app of a full-page sign-in waiting to be completed, so the token step shows the panel that completes it. */
export function pendingRedirectClientId(): string | null {
  try {
    const pending = JSON.parse(sessionStorage.getItem(pendingRedirectKey) ?? "null") as { clientId?: unknown } | null;
    return typeof pending?.clientId === "string" ? pending.clientId : null;
  } catch {
    return null;
  }
}

export function redirectPending(): boolean {
  try {
    return sessionStorage.getItem(pendingRedirectKey) !== null;
  } catch {
    return false;
  }
}
