// Error texts for the triage end-to-end tests (e2e/triage.spec.ts), each with the cause it must be named as. Most are
// what the Microsoft 365 simulator itself answers (its token endpoint, sign-in page and mail servers, reached on
// loopback); the rest are the research's documented texts for sign-in errors the simulator has no flow for.
import { readFileSync } from "node:fs";
import { request } from "node:https";
import { resolve } from "node:path";
import type { CauseId } from "@/lib/catalogue/causes";
import { CONTOSO, ECE_APP, ECE_APP_SECRET, UNCONSENTED_APP, USER_PASSWORD, simPost } from "./live-support";
import { entraPort, simBasePort, simDir } from "./sim-env";
import { portLayout } from "./simulator/simulator";
import { LineClient } from "./simulator/test-client";
import { buildXoauth2 } from "@/lib/probes/xoauth2";

const UNCONSENTED_APP_SECRET = "sim-unconsented-secret-value-0123456789";
const ECE_REDIRECT = "https://ece.contoso.sim.test/oauth/callback";
const ports = portLayout(simBasePort);
const ca = () => readFileSync(resolve(simDir, "ca.pem"));
const outlookScopes = ["IMAP.AccessAsUser.All", "POP.AccessAsUser.All", "SMTP.Send"].map((name) => `https://outlook.office.com/${name}`).join(" ");

export type TriageCase = { name: string; cause: CauseId; source: "simulator" | "research"; text: () => Promise<string> };

/** The token endpoint's JSON error body, as ECE logs it; throws unless Entra answered the expected AADSTS code. */
async function tokenError(code: number, form: Record<string, string>, tenant = CONTOSO, at?: { port: number; host: string }): Promise<string> {
  const { status, json } = await simPost(`/${tenant}/oauth2/v2.0/token`, form, at);
  const codes = json.error_codes;
  if (status < 400 || !Array.isArray(codes) || codes[0] !== code) throw new Error(`expected AADSTS${code}, the simulator answered ${status} ${JSON.stringify(codes)}`);
  return `Token request failed: ${JSON.stringify(json)}`;
}

const password = (upn: string, extra: Record<string, string> = {}) => ({
  grant_type: "password",
  client_id: ECE_APP,
  client_secret: ECE_APP_SECRET,
  username: upn,
  password: USER_PASSWORD,
  scope: `${outlookScopes} offline_access`,
  ...extra,
});
const appOnly = (scope: string) => ({ grant_type: "client_credentials", client_id: ECE_APP, client_secret: ECE_APP_SECRET, scope });

/** GET on the simulated Entra's sign-in page: the redirect it sends the browser to, or the page's text. */
function signIn(query: Record<string, string>): Promise<{ status: number; location: string; text: string }> {
  const path = `/${CONTOSO}/oauth2/v2.0/authorize?${new URLSearchParams({ client_id: ECE_APP, response_type: "code", scope: `${outlookScopes} offline_access`, ...query })}`;
  return new Promise((done, fail) => {
    const req = request({ host: "127.0.0.1", port: entraPort, servername: "login.sim.test", ca: ca(), path, headers: { Host: `login.sim.test:${entraPort}` }, timeout: 10_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => done({ status: res.statusCode ?? 0, location: res.headers.location ?? "", text: Buffer.concat(chunks).toString("utf8").replace(/<[^>]+>/g, " ") }));
    });
    req.on("timeout", () => req.destroy(new Error("the simulator did not answer")));
    req.on("error", fail);
    req.end();
  });
}

/** What ECE's callback receives: error and error_description from the redirect URI's query. */
async function callbackError(query: Record<string, string>): Promise<string> {
  const { location } = await signIn(query);
  const params = new URL(location).searchParams;
  if (!params.get("error")) throw new Error(`no error in the redirect: ${location.slice(0, 120)}`);
  return `OAuth callback error=${params.get("error")} error_description=${params.get("error_description")}`;
}

/** A mail-server conversation as a DEBUG log shows it: "C: …" and "S: …" lines, the server's lines as it sent them. */
async function conversation(port: number, lines: string[], isLast: (line: string) => boolean): Promise<string> {
  const client = await LineClient.tls(port, { host: "127.0.0.1", servername: "outlook.sim.test", ca: ca() });
  try {
    const log = [`S: ${await client.readLine()}`];
    for (const line of lines) {
      client.send(line);
      log.push(`C: ${line}`);
    }
    log.push(...(await client.readUntil(isLast)).map((line) => `S: ${line}`));
    return log.join("\n");
  } finally {
    client.close();
  }
}

/** Research microsoft.md §3.2 [C-doc]: a sign-in error as Entra's error page shows it. */
const documented = (code: number, text: string) => async () => `Sign in to your account\nAADSTS${code}: ${text}\nTrace ID: 0c4b8f6e-1a2b-4c3d-9e8f-7a6b5c4d3e00`;

// A token-like string, so the tests can check that the outputs never carry it.
export const canaryJwt = ["eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9", Buffer.from(JSON.stringify({ upn: "support@contoso.sim.test", canary: "TRIAGE-CANARY-5e1f" })).toString("base64url"), "c2lnbmF0dXJlLW5vdC1jaGVja2Vk"].join(".");
const spacedBlob = Buffer.from(`user= support@contoso.sim.test\x01auth=Bearer ${canaryJwt}\x01\x01`).toString("base64");

export const triageCases: TriageCase[] = [
  // The simulated Entra's token endpoint.
  { name: "an app nobody consented to (password grant)", cause: "consent-missing", source: "simulator", text: () => tokenError(65001, { ...password("support@contoso.sim.test"), client_id: UNCONSENTED_APP, client_secret: UNCONSENTED_APP_SECRET }) },
  { name: "a user who must do MFA (password grant)", cause: "mfa-required", source: "simulator", text: () => tokenError(50076, password("mfa@contoso.sim.test")) },
  { name: "a user blocked by Conditional Access", cause: "blocked-by-conditional-access", source: "simulator", text: () => tokenError(53003, password("blocked@contoso.sim.test")) },
  { name: "a disabled user", cause: "user-disabled", source: "simulator", text: () => tokenError(50057, password("disabled@contoso.sim.test")) },
  { name: "a wrong password", cause: "invalid-credentials", source: "simulator", text: () => tokenError(50126, password("support@contoso.sim.test", { password: "not-the-password" })) },
  {
    name: "a refresh token ECE did not use for 90 days",
    cause: "refresh-token-expired",
    source: "simulator",
    text: async () => {
      const { json } = await simPost("/sim/mint-refresh", { options: JSON.stringify({ tenant: CONTOSO, clientId: ECE_APP, upn: "support@contoso.sim.test", expired: true }) });
      return tokenError(700082, { grant_type: "refresh_token", client_id: ECE_APP, client_secret: ECE_APP_SECRET, refresh_token: String(json.refresh_token), scope: outlookScopes });
    },
  },
  { name: "client credentials with a named scope", cause: "scope-invalid", source: "simulator", text: () => tokenError(1002012, appOnly("https://outlook.office365.com/IMAP.AccessAsApp")) },
  { name: "a resource the tenant does not have", cause: "exchange-not-provisioned", source: "simulator", text: () => tokenError(500011, appOnly("https://erp.contoso.sim.test/.default")) },
  { name: "no secret for an app without public client flows", cause: "public-client-flows-disabled", source: "simulator", text: () => tokenError(7000218, { ...password("support@contoso.sim.test"), client_secret: "" }) },
  {
    name: "the tenant asked for in the second cloud",
    cause: "tenant-wrong-cloud",
    source: "simulator",
    text: () => tokenError(90038, appOnly("https://outlook.office365.com/.default"), CONTOSO, { port: ports.otherEntra, host: "login-other-cloud.sim.test" }),
  },
  // The simulated sign-in page.
  {
    name: "a redirect URI the app does not have",
    cause: "redirect-uri-mismatch",
    source: "simulator",
    text: async () => {
      const page = await signIn({ redirect_uri: "https://ece.contoso.sim.test/oauth/wrong-callback", login_hint: "support@contoso.sim.test" });
      if (!page.text.includes("AADSTS50011")) throw new Error(`expected AADSTS50011 on the page, got ${page.status}`);
      return page.text;
    },
  },
  { name: "prompt=none without a session", cause: "interaction-required", source: "simulator", text: () => callbackError({ redirect_uri: ECE_REDIRECT, prompt: "none" }) },
  // The simulated mail servers, as a Retriever DEBUG log shows the conversation.
  { name: "IMAP LOGIN with a password (Retriever)", cause: "basic-auth-used", source: "simulator", text: () => conversation(ports.imap, ["a1 LOGIN support@contoso.sim.test ********"], (line) => line.startsWith("a1 ")) },
  { name: "POP3 AUTH XOAUTH2 with the string on the same line (Retriever)", cause: "pop-one-line-auth", source: "simulator", text: () => conversation(ports.pop, [`AUTH XOAUTH2 ${buildXoauth2("support@contoso.sim.test", canaryJwt)}`], (line) => /^[+-]/.test(line)) },
  { name: "IMAP XOAUTH2 string with a space after user= (Retriever)", cause: "xoauth2-malformed", source: "simulator", text: () => conversation(ports.imap, [`a1 AUTHENTICATE XOAUTH2 ${spacedBlob}`], (line) => line.startsWith("a1 ")) },
  // Sign-in errors the simulator has no flow for: the research's documented texts (microsoft.md §3.2, [C-doc]).
  { name: "MFA registration required", cause: "mfa-registration-required", source: "research", text: documented(50072, "User needs to enroll for second factor authentication") },
  { name: "blocked by security defaults", cause: "blocked-by-security-defaults", source: "research", text: documented(530035, "Access has been blocked by security defaults. This is due to the request using legacy auth or being deemed unsafe by security defaults policies.") },
  { name: "an account of another tenant", cause: "account-not-in-tenant", source: "research", text: documented(50020, "User account 'admin@fabrikam.sim.test' from identity provider 'https://sts.windows.net/44444444-4444-4444-8444-444444444444/' does not exist in tenant 'Contoso' and cannot access the application.") },
  { name: "Windows SSO signed in another user", cause: "sso-user-mismatch", source: "research", text: documented(81012, "DesktopSsoMismatchBetweenTokenUpnAndChosenUpn - The user trying to sign in to Microsoft Entra ID is different from the user signed into the device.") },
  { name: "a user not assigned to the app", cause: "user-not-assigned", source: "research", text: documented(50105, "EntitlementGrantsNotFound - The signed in user isn't assigned to a role for the signed in app.") },
  { name: "the Exchange permission not added", cause: "permission-not-configured", source: "research", text: documented(650056, "Misconfigured application … the client has not listed any permissions for 'Office 365 Exchange Online' in the requested permissions…") },
  { name: "a single-tenant app on /common", cause: "app-not-multitenant", source: "research", text: documented(50194, "Application '22222222-2222-4222-8222-222222222222'(ECE) isn't configured as a multitenant application. Usage of the /common endpoint isn't supported…") },
  { name: "/common or /consumers refused", cause: "authority-not-supported", source: "research", text: documented(90130, "/common or /consumers not supported…") },
];
