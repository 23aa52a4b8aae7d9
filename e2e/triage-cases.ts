// Error texts for the triage end-to-end tests (e2e/triage.spec.ts), each with the cause it must be named as. Every one
// is what the Microsoft 365 simulator itself answers (its token endpoint, sign-in page and mail servers, reached on
// loopback), and each case throws unless the simulator gave the expected answer.
import { readFileSync } from "node:fs";
import { request } from "node:https";
import { resolve } from "node:path";
import type { CauseId } from "@/lib/catalogue/causes";
import { buildXoauth2 } from "@/lib/probes/xoauth2";
import {
  ASSIGNMENT_APP,
  ASSIGNMENT_APP_SECRET,
  CONTOSO,
  ECE_APP,
  ECE_APP_SECRET,
  GRAPH_ONLY_APP,
  GRAPH_ONLY_APP_SECRET,
  SINGLE_TENANT_APP,
  SINGLE_TENANT_APP_SECRET,
  simPost,
  UNCONSENTED_APP,
  USER_PASSWORD,
} from "./live-support";
import { entraPort, simBasePort, simDir } from "./sim-env";
import { portLayout } from "./simulator/simulator";
import { LineClient } from "./simulator/test-client";

const UNCONSENTED_APP_SECRET = "sim-unconsented-secret-value-0123456789";
const ECE_REDIRECT = "https://ece.contoso.sim.test/oauth/callback";
const ports = portLayout(simBasePort);
const ca = () => readFileSync(resolve(simDir, "ca.pem"));
const outlookScopes = ["IMAP.AccessAsUser.All", "POP.AccessAsUser.All", "SMTP.Send"]
  .map((name) => `https://outlook.office.com/${name}`)
  .join(" ");

export type TriageCase = { name: string; cause: CauseId; source: "simulator"; text: () => Promise<string> };

/** The token endpoint's JSON error body, as ECE logs it; throws unless Entra answered the expected AADSTS code. */
async function tokenError(
  code: number,
  form: Record<string, string>,
  tenant = CONTOSO,
  at?: { port: number; host: string },
): Promise<string> {
  const { status, json } = await simPost(`/${tenant}/oauth2/v2.0/token`, form, at);
  const codes = json.error_codes;
  if (status < 400 || !Array.isArray(codes) || codes[0] !== code)
    throw new Error(`expected AADSTS${code}, the simulator answered ${status} ${JSON.stringify(codes)}`);
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
const appOnly = (scope: string, clientId = ECE_APP, clientSecret = ECE_APP_SECRET) => ({
  grant_type: "client_credentials",
  client_id: clientId,
  client_secret: clientSecret,
  scope,
});
const exchangeApp = "https://outlook.office365.com/.default";

/** GET on the simulated Entra's sign-in page: the redirect it sends the browser to, or the page's text. `workstation`:
 * the user signed in to Windows (the simulator's sim_workstation cookie), for the single sign-on answers. */
function signIn(
  query: Record<string, string>,
  workstation = "",
): Promise<{ status: number; location: string; text: string }> {
  const path = `/${CONTOSO}/oauth2/v2.0/authorize?${new URLSearchParams({ client_id: ECE_APP, response_type: "code", scope: `${outlookScopes} offline_access`, ...query })}`;
  const headers = { Host: `login.sim.test:${entraPort}`, Cookie: `sim_workstation=${encodeURIComponent(workstation)}` };
  return new Promise((done, fail) => {
    const req = request(
      { host: "127.0.0.1", port: entraPort, servername: "login.sim.test", ca: ca(), path, headers, timeout: 10_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          done({
            status: res.statusCode ?? 0,
            location: res.headers.location ?? "",
            text: Buffer.concat(chunks)
              .toString("utf8")
              .replace(/<[^>]+>/g, " "),
          }),
        );
      },
    );
    req.on("timeout", () => req.destroy(new Error("the simulator did not answer")));
    req.on("error", fail);
    req.end();
  });
}

/** What ECE's callback receives: error and error_description from the redirect URI's query; throws unless the
 * description carries the expected AADSTS code. */
async function callbackError(code: number, query: Record<string, string>, workstation = ""): Promise<string> {
  const { location } = await signIn(query, workstation);
  const params = new URL(location, "https://no-redirect.invalid").searchParams;
  if (!params.get("error_description")?.startsWith(`AADSTS${code}:`))
    throw new Error(`expected AADSTS${code} in the redirect, got: ${location.slice(0, 120)}`);
  return `OAuth callback error=${params.get("error")} error_description=${params.get("error_description")}`;
}

/** The simulated Entra's error page (tags dropped), as an admin copies it; throws unless it shows the expected code. */
async function errorPage(code: number, query: Record<string, string>): Promise<string> {
  const page = await signIn(query);
  if (!page.text.includes(`AADSTS${code}:`)) throw new Error(`expected AADSTS${code} on the page, got ${page.status}`);
  return page.text;
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

// A token-like string, so the tests can check that the outputs never carry it.
export const canaryJwt = [
  "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9",
  Buffer.from(JSON.stringify({ upn: "support@contoso.sim.test", canary: "TRIAGE-CANARY-5e1f" })).toString("base64url"),
  "c2lnbmF0dXJlLW5vdC1jaGVja2Vk",
].join(".");
const spacedBlob = Buffer.from(`user= support@contoso.sim.test\x01auth=Bearer ${canaryJwt}\x01\x01`).toString("base64");

export const triageCases: TriageCase[] = [
  // The simulated Entra's token endpoint.
  {
    name: "an app nobody consented to (password grant)",
    cause: "consent-missing",
    source: "simulator",
    text: () =>
      tokenError(65001, {
        ...password("support@contoso.sim.test"),
        client_id: UNCONSENTED_APP,
        client_secret: UNCONSENTED_APP_SECRET,
      }),
  },
  {
    name: "a user who must do MFA (password grant)",
    cause: "mfa-required",
    source: "simulator",
    text: () => tokenError(50076, password("mfa@contoso.sim.test")),
  },
  {
    name: "a user blocked by Conditional Access",
    cause: "blocked-by-conditional-access",
    source: "simulator",
    text: () => tokenError(53003, password("blocked@contoso.sim.test")),
  },
  {
    name: "a disabled user",
    cause: "user-disabled",
    source: "simulator",
    text: () => tokenError(50057, password("disabled@contoso.sim.test")),
  },
  {
    name: "a wrong password",
    cause: "invalid-credentials",
    source: "simulator",
    text: () => tokenError(50126, password("support@contoso.sim.test", { password: "not-the-password" })),
  },
  {
    name: "a refresh token ECE did not use for 90 days",
    cause: "refresh-token-expired",
    source: "simulator",
    text: async () => {
      const { json } = await simPost("/sim/mint-refresh", {
        options: JSON.stringify({ tenant: CONTOSO, clientId: ECE_APP, upn: "support@contoso.sim.test", expired: true }),
      });
      return tokenError(700082, {
        grant_type: "refresh_token",
        client_id: ECE_APP,
        client_secret: ECE_APP_SECRET,
        refresh_token: String(json.refresh_token),
        scope: outlookScopes,
      });
    },
  },
  {
    name: "client credentials with a named scope",
    cause: "scope-invalid",
    source: "simulator",
    text: () => tokenError(1002012, appOnly("https://outlook.office365.com/IMAP.AccessAsApp")),
  },
  {
    name: "a resource the tenant does not have",
    cause: "exchange-not-provisioned",
    source: "simulator",
    text: () => tokenError(500011, appOnly("https://erp.contoso.sim.test/.default")),
  },
  {
    name: "no secret for an app without public client flows",
    cause: "public-client-flows-disabled",
    source: "simulator",
    text: () => tokenError(7000218, { ...password("support@contoso.sim.test"), client_secret: "" }),
  },
  {
    name: "the tenant asked for in the second cloud",
    cause: "tenant-wrong-cloud",
    source: "simulator",
    text: () =>
      tokenError(90038, appOnly(exchangeApp), CONTOSO, { port: ports.otherEntra, host: "login-other-cloud.sim.test" }),
  },
  // The simulated sign-in page.
  {
    name: "a redirect URI the app does not have",
    cause: "redirect-uri-mismatch",
    source: "simulator",
    text: () =>
      errorPage(50011, {
        redirect_uri: "https://ece.contoso.sim.test/oauth/wrong-callback",
        login_hint: "support@contoso.sim.test",
      }),
  },
  {
    name: "prompt=none without a session",
    cause: "interaction-required",
    source: "simulator",
    text: () => callbackError(50058, { redirect_uri: ECE_REDIRECT, prompt: "none" }),
  },
  // The simulated mail servers, as a Retriever DEBUG log shows the conversation.
  {
    name: "IMAP LOGIN with a password (Retriever)",
    cause: "basic-auth-used",
    source: "simulator",
    text: () =>
      conversation(ports.imap, ["a1 LOGIN support@contoso.sim.test ********"], (line) => line.startsWith("a1 ")),
  },
  {
    name: "POP3 AUTH XOAUTH2 with the string on the same line (Retriever)",
    cause: "pop-one-line-auth",
    source: "simulator",
    text: () =>
      conversation(ports.pop, [`AUTH XOAUTH2 ${buildXoauth2("support@contoso.sim.test", canaryJwt)}`], (line) =>
        /^[+-]/.test(line),
      ),
  },
  {
    name: "IMAP XOAUTH2 string with a space after user= (Retriever)",
    cause: "xoauth2-malformed",
    source: "simulator",
    text: () => conversation(ports.imap, [`a1 AUTHENTICATE XOAUTH2 ${spacedBlob}`], (line) => line.startsWith("a1 ")),
  },
  // Sign-in errors from the registration, the user's state and the authority (scenario flags in e2e/simulator/README.md).
  {
    name: "a user who has not registered MFA (password grant)",
    cause: "mfa-registration-required",
    source: "simulator",
    text: () => tokenError(50072, password("mfareg@contoso.sim.test")),
  },
  {
    name: "security defaults refuse the password grant",
    cause: "blocked-by-security-defaults",
    source: "simulator",
    text: () => tokenError(530035, password("secdefaults@contoso.sim.test")),
  },
  {
    name: "an account of another tenant on the sign-in page",
    cause: "account-not-in-tenant",
    source: "simulator",
    text: () => errorPage(50020, { redirect_uri: ECE_REDIRECT, login_hint: "admin@fabrikam.sim.test" }),
  },
  {
    name: "a silent sign-in for the mailbox while Windows SSO holds another user",
    cause: "sso-user-mismatch",
    source: "simulator",
    text: () =>
      callbackError(
        81012,
        { redirect_uri: ECE_REDIRECT, prompt: "none", login_hint: "support@contoso.sim.test" },
        "admin@contoso.sim.test",
      ),
  },
  {
    name: "a user not assigned to an app that requires assignment",
    cause: "user-not-assigned",
    source: "simulator",
    text: () =>
      tokenError(
        50105,
        password("sales@contoso.sim.test", { client_id: ASSIGNMENT_APP, client_secret: ASSIGNMENT_APP_SECRET }),
      ),
  },
  {
    name: "an app without the Exchange permission",
    cause: "permission-not-configured",
    source: "simulator",
    text: () =>
      tokenError(
        650056,
        password("support@contoso.sim.test", { client_id: GRAPH_ONLY_APP, client_secret: GRAPH_ONLY_APP_SECRET }),
      ),
  },
  {
    name: "a single-tenant app on /common",
    cause: "app-not-multitenant",
    source: "simulator",
    text: () => tokenError(50194, appOnly(exchangeApp, SINGLE_TENANT_APP, SINGLE_TENANT_APP_SECRET), "common"),
  },
  {
    name: "the ECE app on /consumers",
    cause: "authority-not-supported",
    source: "simulator",
    text: () => tokenError(90130, appOnly(exchangeApp), "consumers"),
  },
];
