// What the token step needs to know about the MSAL redirect without loading MSAL: the redirect path that must be
// registered (platform "Single-page application") and whether a full-page sign-in is waiting to be completed.

export const redirectPath = "/auth/redirect";
export const pendingRedirectKey = "ece-oauth-doctor/token-redirect";

export function redirectUriFor(origin: string): string {
  return `${origin}${redirectPath}`;
}

export function redirectPending(): boolean {
  try {
    return sessionStorage.getItem(pendingRedirectKey) !== null;
  } catch {
    return false;
  }
}
