// Browser sign-in with @azure/msal-browser (popup, redirect as the fallback). Imported only with import() from the
// token step, so MSAL lands in that step's chunks and in no other page's. MSAL's cache lives in memory and is cleared
// as soon as the access token has been handed over; nothing here writes a token to storage.
import { type AuthenticationResult, type Configuration, PublicClientApplication } from "@azure/msal-browser";
import { microsoftLoginHosts } from "@/lib/knowledge/clouds";
import { delegatedScopes, type Retrieval } from "./inspect";
import { pendingRedirectKey, redirectUriFor } from "./redirect-state";

export type PromptChoice = "login" | "select_account" | "none";

export type SignInRequest = {
  clientId: string;
  tenant: string;
  /** host[:port] of the cloud's login endpoint (profile.loginHost). */
  loginHost: string;
  outlookResource: string;
  retrieval: Retrieval;
  loginHint: string;
  prompt: PromptChoice;
};

export type SignInFailure = {
  code: string;
  subError: string;
  aadsts: number | null;
  description: string;
  popupBlocked: boolean;
  cancelled: boolean;
};

export type SignInOutcome =
  | { ok: true; accessToken: string; username: string | null }
  | { ok: false; failure: SignInFailure };

// msal-browser 5 refuses a memory cache for redirects (in_mem_redirect_unavailable): the full-page sign-in keeps its
// cache in sessionStorage for the round trip, and it is cleared as soon as the token is handed over.
export function msalConfiguration(
  request: Pick<SignInRequest, "clientId" | "tenant" | "loginHost">,
  origin: string,
  mode: "popup" | "redirect" = "popup",
): Configuration {
  const host = request.loginHost.toLowerCase();
  return {
    auth: {
      clientId: request.clientId.trim(),
      authority: `https://${host}/${encodeURIComponent(request.tenant.trim())}`,
      ...(microsoftLoginHosts.includes(host) ? {} : { knownAuthorities: [host] }),
      redirectUri: redirectUriFor(origin),
    },
    cache: { cacheLocation: mode === "popup" ? "memoryStorage" : "sessionStorage" },
    system: { popupBridgeTimeout: 120_000 },
  };
}

export function popupRequest(request: SignInRequest) {
  return {
    scopes: delegatedScopes(request.outlookResource, request.retrieval),
    loginHint: request.loginHint,
    // "none" reproduces what ECE sends: no prompt, so Windows single sign-on may pick the account.
    ...(request.prompt === "none" ? {} : { prompt: request.prompt }),
  };
}

export function failureOf(error: unknown): SignInFailure {
  const e = (typeof error === "object" && error !== null ? error : {}) as {
    errorCode?: unknown;
    subError?: unknown;
    errorMessage?: unknown;
    errorNo?: unknown;
    message?: unknown;
  };
  const code = typeof e.errorCode === "string" ? e.errorCode : "unknown_error";
  const description =
    typeof e.errorMessage === "string" && e.errorMessage
      ? e.errorMessage
      : typeof e.message === "string"
        ? e.message
        : String(error);
  const fromText = /AADSTS(\d{5,7})/.exec(description)?.[1];
  const number = Number(e.errorNo);
  const aadsts = Number.isInteger(number) && number > 0 ? number : fromText ? Number(fromText) : null;
  return {
    code,
    subError: typeof e.subError === "string" ? e.subError : "",
    aadsts,
    description: (/AADSTS\d+:[^\r\n]*/.exec(description)?.[0] ?? description).slice(0, 500),
    popupBlocked: code === "popup_window_error" || code === "empty_window_error",
    cancelled: code === "user_cancelled",
  };
}

async function createApp(configuration: Configuration): Promise<PublicClientApplication> {
  const app = new PublicClientApplication(configuration);
  await app.initialize();
  return app;
}

/** Drops MSAL's copy of the tokens (and its refresh token): the wizard keeps only the access token, in memory. */
async function forget(app: PublicClientApplication): Promise<void> {
  await app.clearCache().catch(() => undefined);
  try {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith("msal.")) sessionStorage.removeItem(key);
  } catch {
    // no storage: nothing kept there either
  }
}

async function handOver(
  app: PublicClientApplication,
  result: AuthenticationResult | null,
): Promise<SignInOutcome | null> {
  const outcome: SignInOutcome | null = result
    ? { ok: true, accessToken: result.accessToken, username: result.account?.username ?? null }
    : null;
  await forget(app);
  return outcome;
}

export async function signInWithPopup(request: SignInRequest, origin: string): Promise<SignInOutcome> {
  try {
    const app = await createApp(msalConfiguration(request, origin));
    const outcome = await handOver(app, await app.acquireTokenPopup(popupRequest(request)));
    return outcome ?? { ok: false, failure: failureOf(new Error("no token")) };
  } catch (error) {
    return { ok: false, failure: failureOf(error) };
  }
}

/** Leaves the page for the sign-in; the token step finishes it with completeRedirect() when the browser comes back. */
export async function signInWithRedirect(request: SignInRequest, origin: string): Promise<SignInOutcome> {
  try {
    const app = await createApp(msalConfiguration(request, origin, "redirect"));
    // Only what MSAL needs to rebuild the same client: no token, no secret.
    sessionStorage.setItem(
      pendingRedirectKey,
      JSON.stringify({ clientId: request.clientId, tenant: request.tenant, loginHost: request.loginHost }),
    );
    await app.acquireTokenRedirect(popupRequest(request));
    return { ok: false, failure: failureOf(new Error("redirect did not leave the page")) };
  } catch (error) {
    sessionStorage.removeItem(pendingRedirectKey);
    return { ok: false, failure: failureOf(error) };
  }
}

export async function completeRedirect(origin: string): Promise<SignInOutcome | null> {
  const pending = sessionStorage.getItem(pendingRedirectKey);
  if (pending === null) return null;
  sessionStorage.removeItem(pendingRedirectKey);
  try {
    const request = JSON.parse(pending) as { clientId: string; tenant: string; loginHost: string };
    const app = await createApp(msalConfiguration(request, origin, "redirect"));
    try {
      return await handOver(app, await app.handleRedirectPromise());
    } catch (error) {
      await forget(app);
      return { ok: false, failure: failureOf(error) };
    }
  } catch (error) {
    return { ok: false, failure: failureOf(error) };
  }
}
