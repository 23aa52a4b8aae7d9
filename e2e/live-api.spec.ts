// The live probes end to end: POST /api/diagnose with live: true against the Microsoft 365 simulator (loopback only),
// and the doctor CLI. Every cause the live layer can produce with the simulator has a row below.
import { spawn } from "node:child_process";
import { type Dirent, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { connect, createServer, type Server } from "node:net";
import { join, resolve } from "node:path";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { type CauseId, causeDef, causeIds } from "@/lib/catalogue/causes";
import { liveCheckIds } from "@/lib/catalogue/checks";
import { messages } from "@/lib/i18n/messages";
import { aadstsCauses } from "@/lib/knowledge/aadsts";
import { triagePatterns } from "@/lib/triage/patterns";
import {
  CA_BLOCKED_APP,
  CA_BLOCKED_APP_SECRET,
  CONTOSO,
  type Diagnosis,
  demoCasePath,
  ECE_APP,
  ECE_APP_EXPIRED_SECRET,
  ECE_APP_SECRET,
  ECE_APP_SECRET_ID,
  type Evidence,
  FABRIKAM,
  FABRIKAM_APP,
  forMailbox,
  freshClient,
  liveChecks,
  mintToken,
  nonPassingLive,
  onCloud,
  PUBLIC_APP,
  passwordToken,
  type Result,
  type Row,
  sharedModel,
  simCase,
  sortRows,
  UNCONSENTED_APP,
  UNKNOWN_APP,
  UNKNOWN_TENANT,
} from "./live-support";
import { repoRoot, simBasePort, simDir, simLog, toolEnv, toolLog } from "./sim-env";
import type { HostileBehaviour } from "./simulator/hostile";
import { portLayout } from "./simulator/simulator";
import { triageCases } from "./triage-cases";

const en = messages.en;

// Small budgets keep the hostile endpoints fast; the healthy ones get room for a busy machine (they answer in ms).
// The Playwright request timeout below is only a guard against a hang.
const fast = { connectMs: 1000, tlsMs: 1000, greetingMs: 1500, commandMs: 2000, totalMs: 5000 };
const timeouts = { connectMs: 5000, tlsMs: 5000, greetingMs: 5000, commandMs: 5000, totalMs: 15_000 };
const requestTimeout = 20_000;

// The ports of the simulator's hostile endpoints, as the simulator lays them out.
const hostilePorts = portLayout(simBasePort).hostile;
function hostile(behaviour: HostileBehaviour, service: "imap" | "pop" | "smtp"): string {
  const port = hostilePorts[behaviour][service];
  return `${service === "smtp" ? "smtp" : "outlook"}-${behaviour.replace(/\./g, "-")}.sim.test:${port}`;
}

// Profile sim-black-hole: IMAP, POP and SMTP all on the black hole's port, base+40 (portLayout()).
const blackHole = (name: "outlook" | "smtp") => `${name}-black-hole.sim.test:${simBasePort + 40}`;

const NET = "network-admin";
const M365 = "m365-admin";
const ECE = "ece-admin";
const support = "support@contoso.sim.test";

type Secrets = { clientSecret?: string; accessToken?: string };
type Probe = "network" | "entra" | "mail";
type Scenario = {
  name: string;
  patch?: Record<string, unknown>;
  secrets?: () => Promise<Secrets>;
  probes?: Probe[];
  /** Every live result that is not a pass: [check, status, cause, target, owner]. */
  expected: Row[];
  /** Live checks that must pass: [check, target]. */
  passes?: [string, string][];
  /** Extra checks on the evidence. */
  evidence?: (evidence: Evidence[]) => void;
};

const goodToken = async (): Promise<Secrets> => ({ accessToken: await mintToken() });
const ownToken = (upn: string) => async (): Promise<Secrets> => ({ accessToken: await mintToken({ upn }) });
const token = (options: Parameters<typeof mintToken>[0]) => async (): Promise<Secrets> => ({
  accessToken: await mintToken(options),
});
const secret = (clientSecret: string) => async (): Promise<Secrets> => ({ clientSecret });

const onEvery = (behaviour: HostileBehaviour, check: string, cause: string, owner = NET): Row[] =>
  (["imap", "pop", "smtp"] as const).map((service) => [check, "fail", cause, hostile(behaviour, service), owner]);

/** A hostile server ends the probe itself (bad bytes, reset, overlong line): no probe waits for its timeout. */
const endedByTheServer = (evidence: Evidence[]) => {
  const failed = evidence.filter((item) => item.error);
  expect(failed.length).toBeGreaterThan(0);
  expect(failed.map((item) => `${item.kind} ${item.error?.code}`).filter((line) => line.endsWith(" TIMEOUT"))).toEqual(
    [],
  );
};

const scenarios: Scenario[] = [
  // Network and TLS, on the hostile profiles of .sim/clouds.json (a good token, so the IMAP and SMTP probes run too).
  {
    name: "dns-failed: the mail host names do not exist",
    patch: onCloud("sim-nxdomain"),
    secrets: goodToken,
    expected: [
      ["dns", "fail", "dns-failed", "outlook.nx.sim.test", NET],
      ["dns", "fail", "dns-failed", "smtp.nx.sim.test", NET],
    ],
    passes: [["dns", "login.sim.test"]],
  },
  {
    name: "port-refused: nothing listens on the mail ports",
    patch: onCloud("sim-closed"),
    secrets: goodToken,
    expected: onEvery("closed", "tcp", "port-refused"),
  },
  {
    name: "port-timeout: the mail ports never answer (SYNs dropped)",
    patch: onCloud("sim-black-hole"),
    secrets: goodToken,
    expected: [
      ["tcp", "fail", "port-timeout", blackHole("outlook"), NET],
      ["tcp", "fail", "port-timeout", blackHole("smtp"), NET],
    ],
    // Each connect ends on the connect budget: not refused, not later than the budget allows.
    evidence: (evidence) => {
      // IMAP and POP share the black hole's host and port: three probes, two targets.
      const tcp = evidence.filter((item) => item.kind === "tcp" && item.target.includes("black-hole"));
      expect(tcp.length).toBe(3);
      expect(tcp.map((item) => [item.error?.code, item.error?.phase])).toEqual(tcp.map(() => ["TIMEOUT", "tcp"]));
      for (const item of tcp) expect(item.ms).toBeGreaterThanOrEqual(fast.connectMs - 50);
      for (const item of tcp) expect(item.ms).toBeLessThan(fast.connectMs + 1000);
    },
  },
  // The SSRF fence: the simulator's DNS answers an address no probe may reach for every host, the login host included.
  ...(
    [
      "metadata",
      "mapped-metadata",
      "unspecified",
      "aws-metadata-v6",
      "wireserver",
      "nat64-metadata",
      "alibaba-metadata",
    ] as const
  ).map((key) => ({
    name: `address-refused: every host, the login host included, resolves to the ${key} address`,
    patch: onCloud(`sim-addr-${key}`),
    secrets: async (): Promise<Secrets> => ({ accessToken: await mintToken(), clientSecret: ECE_APP_SECRET }),
    expected: [
      ["tcp", "fail", "address-refused", `login.${key}.addr.sim.test:${simBasePort + 1}`, NET],
      ["tcp", "fail", "address-refused", `outlook.${key}.addr.sim.test:${simBasePort + 2}`, NET],
      ["tcp", "fail", "address-refused", `outlook.${key}.addr.sim.test:${simBasePort + 3}`, NET],
      ["tcp", "fail", "address-refused", `smtp.${key}.addr.sim.test:${simBasePort + 4}`, NET],
    ] as Row[],
    // Nothing connected: every probe on those hosts, the Entra requests with the client secret included, stopped
    // at the address policy.
    evidence: (evidence: Evidence[]) => {
      const onHosts = evidence.filter((item) => item.kind !== "dns" && item.target.includes(`.${key}.addr.sim.test`));
      expect(onHosts.length).toBeGreaterThan(6);
      for (const item of onHosts)
        expect([item.kind, item.error?.code, (item as { remoteAddress?: string }).remoteAddress]).toEqual([
          item.kind,
          "REFUSED_TARGET",
          undefined,
        ]);
    },
  })),
  {
    name: "port-unreachable: the mail host names resolve to a multicast address",
    patch: onCloud("sim-unreachable"),
    secrets: goodToken,
    expected: [
      ["tcp", "fail", "port-unreachable", `outlook.multicast.sim.test:${simBasePort + 2}`, NET],
      ["tcp", "fail", "port-unreachable", `outlook.multicast.sim.test:${simBasePort + 3}`, NET],
      ["tcp", "fail", "port-unreachable", `smtp.multicast.sim.test:${simBasePort + 4}`, NET],
    ],
    // Named at once from the DNS answer: nothing is sent to 224.0.0.1, nothing waits.
    evidence: (evidence) => {
      const tcp = evidence.filter((item) => item.kind === "tcp" && item.target.includes(".multicast."));
      expect(tcp.length).toBe(3);
      for (const item of tcp) expect([item.error?.code, item.ms < 1000]).toEqual(["ENETUNREACH", true]);
    },
  },
  {
    name: "no-greeting: the servers accept and stay silent",
    patch: onCloud("sim-silent"),
    secrets: goodToken,
    expected: onEvery("silent", "tls", "no-greeting"),
    // The probes end on their own clock (the TLS or greeting budget), and the route still answers.
    evidence: (evidence) => {
      const mail = evidence.filter((item) => item.kind === "imap" || item.kind === "smtp");
      expect(mail.map((item) => [item.kind, item.error?.code, item.error?.phase])).toEqual(
        expect.arrayContaining([
          ["imap", "TIMEOUT", "tls"],
          ["smtp", "TIMEOUT", "greeting"],
        ]),
      );
    },
  },
  {
    name: "connection-dropped: random bytes (implicit TLS reads them as a plain-text server)",
    patch: onCloud("sim-garbage"),
    secrets: goodToken,
    expected: [
      ["tls", "fail", "tls-mode-mismatch", hostile("garbage", "imap"), ECE],
      ["tls", "fail", "tls-mode-mismatch", hostile("garbage", "pop"), ECE],
      ["tls", "fail", "connection-dropped", hostile("garbage", "smtp"), NET],
    ],
    evidence: endedByTheServer,
  },
  {
    name: "connection-dropped: a 1 MB line without CRLF (IMAP)",
    patch: onCloud("sim-huge-line"),
    secrets: goodToken,
    expected: [
      ["imap", "fail", "connection-dropped", hostile("huge-line", "imap"), NET],
      ["tls", "fail", "connection-dropped", hostile("huge-line", "smtp"), NET],
    ],
    evidence: endedByTheServer,
  },
  {
    name: "connection-dropped: a 1 MB line without CRLF (POP3)",
    patch: { ...onCloud("sim-huge-line"), mail: { retrieval: "pop3" } },
    secrets: goodToken,
    expected: [
      ["pop3", "fail", "connection-dropped", hostile("huge-line", "pop"), NET],
      ["tls", "fail", "connection-dropped", hostile("huge-line", "smtp"), NET],
    ],
    evidence: endedByTheServer,
  },
  {
    name: "connection-dropped: the server hangs up during the TLS handshake",
    patch: onCloud("sim-close-mid-handshake"),
    secrets: goodToken,
    expected: onEvery("close-mid-handshake", "tls", "connection-dropped"),
    evidence: endedByTheServer,
  },
  {
    name: "tls-untrusted: a certificate from an unknown CA",
    patch: onCloud("sim-untrusted-cert"),
    secrets: goodToken,
    expected: onEvery("untrusted-cert", "tls", "tls-untrusted"),
  },
  {
    name: "tls-expired: an expired certificate",
    patch: onCloud("sim-expired-cert"),
    secrets: goodToken,
    expected: onEvery("expired-cert", "tls", "tls-expired"),
  },
  {
    name: "tls-name-mismatch: a certificate for another name",
    patch: onCloud("sim-wrong-name-cert"),
    secrets: goodToken,
    expected: onEvery("wrong-name-cert", "tls", "tls-name-mismatch"),
  },
  {
    name: "tls-too-old: TLS 1.1 only",
    patch: onCloud("sim-tls-1.1"),
    secrets: goodToken,
    expected: onEvery("tls-1.1", "tls", "tls-too-old"),
  },
  {
    name: "starttls-missing: SMTP without STARTTLS",
    patch: onCloud("sim-no-starttls"),
    secrets: goodToken,
    expected: [["tls", "fail", "starttls-missing", hostile("no-starttls", "smtp"), NET]],
    passes: [["imap", support]],
  },

  // Mailbox protocols (probes: mail), each with a token whose claims are right unless said otherwise.
  {
    name: "imap-auth-failed and smtp-auth-failed: good claims, wrong signing key",
    secrets: token({ signature: "wrong-key" }),
    probes: ["mail"],
    expected: [
      ["imap", "fail", "imap-auth-failed", support, M365],
      ["smtp", "fail", "smtp-auth-failed", support, M365],
    ],
    passes: [["access-token", support]],
  },
  {
    name: "imap-disabled-or-no-access: IMAP switched off for the mailbox",
    patch: forMailbox("imapoff@contoso.sim.test"),
    secrets: ownToken("imapoff@contoso.sim.test"),
    probes: ["mail"],
    expected: [["imap", "fail", "imap-disabled-or-no-access", "imapoff@contoso.sim.test", M365]],
    passes: [["smtp", "imapoff@contoso.sim.test"]],
  },
  {
    name: "imap-disabled-or-no-access: an F3 licence has no IMAP",
    patch: forMailbox("f3user@contoso.sim.test"),
    secrets: ownToken("f3user@contoso.sim.test"),
    probes: ["mail"],
    expected: [["imap", "fail", "imap-disabled-or-no-access", "f3user@contoso.sim.test", M365]],
  },
  {
    name: "pop-auth-failed: wrong signing key over POP3",
    patch: { mail: { retrieval: "pop3" } },
    secrets: token({ signature: "wrong-key" }),
    probes: ["mail"],
    expected: [
      ["pop3", "fail", "pop-auth-failed", support, M365],
      ["smtp", "fail", "smtp-auth-failed", support, M365],
    ],
  },
  {
    name: "pop-auth-failed: POP switched off for the mailbox",
    patch: {
      mail: { retrieval: "pop3", mailboxes: ["popoff@contoso.sim.test"], tokenSignedInAs: "popoff@contoso.sim.test" },
    },
    secrets: ownToken("popoff@contoso.sim.test"),
    probes: ["mail"],
    expected: [["pop3", "fail", "pop-auth-failed", "popoff@contoso.sim.test", M365]],
  },
  {
    name: "smtp-auth-disabled-tenant (and federated-domain): a Fabrikam mailbox",
    patch: { azure: { tenant: FABRIKAM, clientId: FABRIKAM_APP }, ...forMailbox("support@fabrikam.sim.test") },
    secrets: token({ tenant: FABRIKAM, clientId: FABRIKAM_APP, upn: "support@fabrikam.sim.test" }),
    probes: ["mail"],
    expected: [
      ["smtp", "fail", "smtp-auth-disabled-tenant", "support@fabrikam.sim.test", M365],
      ["entra-realm", "warn", "federated-domain", "fabrikam.sim.test", ECE],
    ],
    passes: [["imap", "support@fabrikam.sim.test"]],
  },
  {
    name: "smtp-auth-disabled-mailbox: SMTP AUTH off for the mailbox",
    patch: forMailbox("smtpoff@contoso.sim.test"),
    secrets: ownToken("smtpoff@contoso.sim.test"),
    probes: ["mail"],
    expected: [["smtp", "fail", "smtp-auth-disabled-mailbox", "smtpoff@contoso.sim.test", M365]],
    passes: [["imap", "smtpoff@contoso.sim.test"]],
  },
  {
    name: "federated-domain and auth-not-tested: a mailbox on a federated domain, no token",
    patch: forMailbox("support@fabrikam.sim.test"),
    probes: ["mail"],
    expected: [
      ["entra-realm", "warn", "federated-domain", "fabrikam.sim.test", ECE],
      ["imap+smtp", "skipped", "auth-not-tested", "support@fabrikam.sim.test", ECE],
    ],
  },
  {
    name: "domain-not-in-entra: a mailbox domain no tenant has",
    patch: forMailbox("support@nowhere.sim.test"),
    probes: ["mail"],
    expected: [
      ["entra-realm", "fail", "domain-not-in-entra", "nowhere.sim.test", M365],
      ["imap+smtp", "skipped", "auth-not-tested", "support@nowhere.sim.test", ECE],
    ],
  },

  // Entra (probes: entra): the tenant's discovery document and the client-credentials grant.
  {
    name: "tenant-wrong-cloud: the tenant asked for in another national cloud's Entra",
    patch: onCloud("sim-other-cloud"),
    probes: ["entra"],
    expected: [["entra-tenant", "fail", "tenant-wrong-cloud", CONTOSO, M365]],
  },
  {
    name: "tenant-not-found: an unknown tenant GUID",
    patch: { azure: { tenant: UNKNOWN_TENANT } },
    probes: ["entra"],
    expected: [["entra-tenant", "fail", "tenant-not-found", UNKNOWN_TENANT, M365]],
  },
  {
    name: "app-not-found: an unknown client id with a secret",
    patch: { azure: { clientId: UNKNOWN_APP } },
    secrets: secret(ECE_APP_SECRET),
    probes: ["entra"],
    expected: [["entra-app", "fail", "app-not-found", UNKNOWN_APP, M365]],
    passes: [["entra-tenant", CONTOSO]],
  },
  {
    name: "secret-invalid: a wrong secret value",
    secrets: secret("sim-wrong-secret-value-0123456789abcdef"),
    probes: ["entra"],
    expected: [["entra-app", "fail", "secret-invalid", ECE_APP, M365]],
  },
  {
    name: "secret-expired: the expired secret's value",
    secrets: secret(ECE_APP_EXPIRED_SECRET),
    probes: ["entra"],
    expected: [["entra-app", "fail", "secret-expired", ECE_APP, M365]],
  },
  {
    name: "secret-is-secret-id: the secret's ID pasted as the secret",
    secrets: secret(ECE_APP_SECRET_ID),
    probes: ["entra"],
    expected: [["entra-app", "fail", "secret-is-secret-id", ECE_APP, M365]],
  },
  {
    name: "blocked-by-conditional-access: an app blocked by a Conditional Access policy",
    patch: { azure: { clientId: CA_BLOCKED_APP } },
    secrets: secret(CA_BLOCKED_APP_SECRET),
    probes: ["entra"],
    expected: [["entra-app", "fail", "blocked-by-conditional-access", CA_BLOCKED_APP, M365]],
  },
  {
    name: "public-client-secret-sent: a secret for a public client",
    patch: { azure: { clientId: PUBLIC_APP } },
    secrets: secret("sim-any-secret-value-0123456789abcdefgh"),
    probes: ["entra"],
    expected: [["entra-app", "fail", "public-client-secret-sent", PUBLIC_APP, M365]],
  },

  // The token read together with the replies (probes: mail).
  {
    name: "token-malformed: not a JWT",
    secrets: async () => ({ accessToken: "not-a-token-at-all" }),
    probes: ["mail"],
    expected: [["imap+smtp+access-token", "fail", "token-malformed", support, ECE]],
  },
  {
    name: "token-expired",
    secrets: token({ expired: true }),
    probes: ["mail"],
    expected: [["imap+smtp+access-token", "fail", "token-expired", support, ECE]],
  },
  {
    name: "token-wrong-audience: a Microsoft Graph token",
    secrets: token({ audience: "https://graph.microsoft.com" }),
    probes: ["mail"],
    // The audience follows the scope ECE requests (server type, ES): the ECE admin's (issue #13).
    expected: [["imap+smtp+access-token", "fail", "token-wrong-audience", support, ECE]],
  },
  {
    name: "token-wrong-user: sales@'s token against support@",
    secrets: ownToken("sales@contoso.sim.test"),
    probes: ["mail"],
    // One finding for the mailbox (issue #13 item 12): IMAP and SMTP refused, so it fails; the cause names both users
    // and how to tell whether they are the same account (UPN vs. address).
    expected: [["imap+smtp+access-token", "fail", "token-wrong-user", support, ECE]],
  },
  {
    name: "token-wrong-tenant: issued by Fabrikam",
    secrets: token({ claims: { tid: FABRIKAM, iss: `https://sts.windows.net/${FABRIKAM}/` } }),
    probes: ["mail"],
    expected: [["imap+smtp+access-token", "fail", "token-wrong-tenant", support, M365]],
  },
  {
    name: "token-wrong-app: issued to another app of the tenant (Exchange accepts it)",
    secrets: token({ clientId: UNCONSENTED_APP }),
    probes: ["mail"],
    expected: [["access-token", "fail", "token-wrong-app", support, ECE]],
    passes: [
      ["imap", support],
      ["smtp", support],
    ],
  },
  {
    name: "token-scope-missing: no IMAP.AccessAsUser.All",
    secrets: token({ scopes: ["POP.AccessAsUser.All", "SMTP.Send"] }),
    probes: ["mail"],
    expected: [["imap+access-token", "fail", "token-scope-missing", support, M365]],
    passes: [["smtp", support]],
  },

  // The shared model: one delegate's token opens the shared mailbox only with Full Access.
  {
    name: "shared model: delegate@ has Full Access to shared@",
    patch: sharedModel("delegate@contoso.sim.test", ["shared@contoso.sim.test"]),
    secrets: async () => ({ accessToken: await passwordToken("delegate@contoso.sim.test") }),
    probes: ["mail"],
    expected: [],
    passes: [
      ["imap", "shared@contoso.sim.test"],
      ["smtp", "shared@contoso.sim.test"],
      ["access-token", "delegate@contoso.sim.test"],
    ],
  },
  {
    name: "shared model: nodelegate@ has no Full Access to shared@",
    patch: sharedModel("nodelegate@contoso.sim.test", ["shared@contoso.sim.test"]),
    secrets: async () => ({ accessToken: await passwordToken("nodelegate@contoso.sim.test") }),
    probes: ["mail"],
    expected: [
      ["imap", "fail", "imap-disabled-or-no-access", "shared@contoso.sim.test", M365],
      ["smtp", "fail", "smtp-auth-failed", "shared@contoso.sim.test", M365],
    ],
    passes: [["access-token", "nodelegate@contoso.sim.test"]],
  },
];

// Causes with a live check, an AADSTS code or a triage pattern that neither a scenario above nor a triage case
// (e2e/triage-cases.ts, run by e2e/triage.spec.ts) produces end to end, each with the reason it cannot be. Every other
// such cause is produced end to end; the meta-test below fails when one is neither.
const notEndToEnd: Partial<Record<CauseId, string>> = {
  "password-expired":
    "the simulator has no account whose password expired (AADSTS50055); lib/rules/real-tenants.test.ts covers the mapping",
  "account-locked":
    "the simulator has no Smart Lockout (AADSTS50053); lib/rules/real-tenants.test.ts covers the mapping",
  "auth-code-redeemed":
    "AADSTS54005 needs a code from the simulator's interactive sign-in page redeemed twice, which the API tests do not drive",
  "refresh-token-revoked":
    "the simulator does not revoke refresh tokens (AADSTS50173); lib/triage/triage.test.ts names it from a pasted log",
  "token-user-differs":
    "the simulator's users sign in with their mail address as UPN; lib/rules/live.test.ts covers a UPN that differs",
  "aadsts-other":
    "an AADSTS code with no cause of its own: the simulator does not produce this text; real texts that name it are in lib/triage/corpus, run by lib/triage/corpus.test.ts",
  "mail-auth-failed":
    "an authentication failure printed without the server's reply: the simulator does not produce this text; real texts that name it are in lib/triage/corpus, run by lib/triage/corpus.test.ts",
  "tls-handshake-failed":
    "a TLS failure printed without its detail: the simulator does not produce this text; real texts that name it are in lib/triage/corpus, run by lib/triage/corpus.test.ts",
  "connection-failed":
    "a connection failure printed without its nested cause: the simulator does not produce this text; real texts that name it are in lib/triage/corpus, run by lib/triage/corpus.test.ts",
  "imap-session-closed":
    "a session closed after sign-in (FolderClosedException, BYE): the simulator does not produce this text; real texts that name it are in lib/triage/corpus, run by lib/triage/corpus.test.ts",
  "send-as-denied":
    "SendAs after DATA; the mail probe sends no message: the simulator does not produce this text; real texts that name it are in lib/triage/corpus, run by lib/triage/corpus.test.ts",
  "mailbox-logon-failed":
    "STOREDRV logon failure after DATA; the mail probe sends no message: the simulator does not produce this text; real texts that name it are in lib/triage/corpus, run by lib/triage/corpus.test.ts",
  "exchange-throttled":
    "throttling: the simulator does not produce this text; real texts that name it are in lib/triage/corpus, run by lib/triage/corpus.test.ts",
  "smtp-rejected":
    "any other SMTP refusal: the simulator does not produce this text; real texts that name it are in lib/triage/corpus, run by lib/triage/corpus.test.ts",
  "graph-ews-denied":
    "Graph and EWS are not probed (ECE uses IMAP, POP3 and SMTP): the simulator does not produce this text; real texts that name it are in lib/triage/corpus, run by lib/triage/corpus.test.ts",
  "redirect-not-web-platform":
    "AADSTS700084 needs a 24-hour-old SPA refresh token: the simulator does not produce this text; real texts that name it are in lib/triage/corpus, run by lib/triage/corpus.test.ts",
};

async function diagnose(request: APIRequestContext, body: Record<string, unknown>, query = "") {
  return request.post(`/api/diagnose${query}`, { data: body, headers: freshClient(), timeout: requestTimeout });
}

test.describe("live diagnosis through POST /api/diagnose", () => {
  for (const scenario of scenarios) {
    test(scenario.name, async ({ request }) => {
      const secrets = (await scenario.secrets?.()) ?? {};
      const hostileCloud = String((scenario.patch?.azure as { cloud?: string } | undefined)?.cloud ?? "sim") !== "sim";
      const response = await diagnose(request, {
        case: simCase(scenario.patch),
        secrets,
        live: true,
        timeouts: hostileCloud ? fast : timeouts,
        ...(scenario.probes ? { probes: scenario.probes } : {}),
      });
      expect(response.status()).toBe(200);
      const body = (await response.json()) as Diagnosis;
      expect(body.schema).toBe("ece-oauth-doctor/results@1");
      expect(nonPassingLive(body.results)).toEqual(sortRows(scenario.expected));
      for (const [check, target] of scenario.passes ?? []) {
        expect(body.results, `${check} passes for ${target}`).toContainEqual(
          expect.objectContaining({ check, target, status: "pass" }),
        );
      }
      scenario.evidence?.(body.evidence);
    });
  }

  test("every live cause is produced end to end or listed with the reason it cannot be", () => {
    // Every cause a probe, an Entra answer or a pasted error can name.
    const reachable = new Set<CauseId>([
      ...causeIds.filter((id) => (liveCheckIds as readonly string[]).includes(causeDef(id).check)),
      ...aadstsCauses.map(([, cause]) => cause),
      ...triagePatterns.map((pattern) => pattern.cause),
      "secret-is-secret-id",
    ]);
    // Produced end to end: by /api/diagnose against the simulator, or by triage of the simulator's texts.
    const covered = new Set<string>([
      ...scenarios.flatMap((scenario) => scenario.expected.map(([, , cause]) => cause)),
      ...triageCases.map((item) => item.cause),
    ]);
    const excused = Object.keys(notEndToEnd);
    expect(
      excused.filter((id) => covered.has(id)),
      "listed as not produced, yet produced",
    ).toEqual([]);
    expect(
      excused.filter((id) => !reachable.has(id as CauseId)),
      "listed, but no probe, AADSTS code or triage pattern names it",
    ).toEqual([]);
    expect(
      [...reachable].filter((id) => !covered.has(id) && !excused.includes(id)).sort(),
      "neither produced nor excused",
    ).toEqual([]);
    expect(
      [...covered].filter((id) => !reachable.has(id as CauseId)),
      "produced, but not a live or triage cause",
    ).toEqual([]);
  });

  test("a healthy case passes every live check, with a token from the password grant", async ({ request }) => {
    const accessToken = await passwordToken(support);
    const response = await diagnose(request, {
      case: simCase(),
      secrets: { clientSecret: ECE_APP_SECRET, accessToken },
      live: true,
      timeouts,
    });
    expect(response.status()).toBe(200);
    const { results, evidence } = (await response.json()) as Diagnosis;
    expect(
      results.filter((result) => result.status !== "pass").map((result) => `${result.check}/${result.cause}`),
    ).toEqual([]);
    const live = results.filter((result) => (liveChecks as readonly string[]).includes(result.check));
    const count = (check: string) => live.filter((result) => result.check === check).length;
    // Three hosts (outlook, smtp, login) and ECE's own host (resolved only), four endpoints (IMAP, POP, SMTP, login), one
    // mailbox, one domain.
    expect(
      ["dns", "tcp", "tls", "entra-tenant", "entra-realm", "entra-app", "imap", "smtp", "access-token"].map((check) => [
        check,
        count(check),
      ]),
    ).toEqual([
      ["dns", 4],
      ["tcp", 4],
      ["tls", 4],
      ["entra-tenant", 1],
      ["entra-realm", 1],
      ["entra-app", 1],
      ["imap", 1],
      ["smtp", 1],
      ["access-token", 1],
    ]);
    expect(evidence.filter((item) => item.error)).toEqual([]);
    const eceHost = new URL(simCase().ece.externalUrl ?? "").hostname;
    expect(
      evidence
        .filter((item) => item.target === eceHost)
        .map((item) => [item.kind, (item as { resolveOnly?: boolean }).resolveOnly]),
    ).toEqual([["dns", true]]);
    expect(evidence.filter((item) => item.kind !== "dns" && item.target.startsWith(`${eceHost}:`))).toEqual([]);
  });

  test("a healthy case over POP3 passes the pop3 check", async ({ request }) => {
    const response = await diagnose(request, {
      case: simCase({ mail: { retrieval: "pop3" } }),
      secrets: { accessToken: await passwordToken(support) },
      live: true,
      probes: ["mail"],
      timeouts,
    });
    expect(response.status()).toBe(200);
    const { results } = (await response.json()) as Diagnosis;
    expect(nonPassingLive(results)).toEqual([]);
    expect(results).toContainEqual(expect.objectContaining({ check: "pop3", status: "pass", target: support }));
  });

  test("?stream=1 sends one probe line per probe (its evidence only) as NDJSON, then done", async ({ request }) => {
    const accessToken = await passwordToken(support);
    const response = await diagnose(
      request,
      { case: simCase(), secrets: { clientSecret: ECE_APP_SECRET, accessToken }, live: true, timeouts },
      "?stream=1",
    );
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/x-ndjson");
    const text = await response.text();
    expect(text.endsWith("\n")).toBe(true);
    const lines = text
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as { type: string; evidence?: Evidence | Evidence[]; results?: Result[] });
    const done = lines.at(-1) as { type: string } & Diagnosis;
    expect(done.type).toBe("done");
    const probes = lines.slice(0, -1);
    expect(probes.map((line) => line.type)).toEqual(probes.map(() => "probe"));
    // 4 DNS (3 endpoint hosts + ECE's host, resolved only) + 4 TCP + 4 TLS + IMAP + SMTP + realm + discovery + client credentials.
    expect(probes).toHaveLength(17);
    const key = (item: Evidence) => `${item.kind} ${item.target}`;
    expect(probes.map((line) => key(line.evidence as Evidence)).sort()).toEqual(done.evidence.map(key).sort());
    // The findings come once, from the final pass on the done line; a probe line carries only its evidence.
    for (const line of probes) expect(Object.keys(line).sort()).toEqual(["evidence", "type"]);
    const keys = done.results.map(
      (result) => `${result.check} ${result.status} ${result.cause ?? ""} ${result.target ?? ""}`,
    );
    expect(keys).toEqual([...new Set(keys)]);
    expect(nonPassingLive(done.results)).toEqual([]);
    expect(done.results.filter((result) => result.status !== "pass")).toEqual([]);
  });
});

test.describe("requests the live API refuses", () => {
  test("a cloud with no profile on the server is 422 naming case.azure.cloud", async ({ request }) => {
    const response = await diagnose(request, { case: simCase(onCloud("no-such-cloud")), live: true });
    expect(response.status()).toBe(422);
    const { error } = (await response.json()) as {
      error: { code: string; message: string; details: { path: string }[] };
    };
    expect(error.code).toBe("unprocessable_entity");
    expect(error.message).toContain("case.azure.cloud");
    expect(error.details.map((detail) => detail.path)).toEqual(["case.azure.cloud"]);
  });

  test("fields naming a host, port or address are refused with 400 before any connection", async ({ request }) => {
    // A listener on loopback that would see any connection the tool made to the address in the body.
    const sentinel: Server = createServer((socket) => socket.destroy());
    let connections = 0;
    sentinel.on("connection", () => (connections += 1));
    await new Promise<void>((done) => sentinel.listen(0, "127.0.0.1", done));
    const port = (sentinel.address() as { port: number }).port;
    try {
      const good = simCase();
      const bodies: Record<string, unknown>[] = [
        { case: good, live: true, host: "127.0.0.1", port: 25 },
        { case: good, live: true, target: "169.254.169.254" },
        { case: good, live: true, host: "127.0.0.1", port },
        { case: good, live: true, target: `127.0.0.1:${port}` },
        { case: { ...good, azure: { ...good.azure, loginHost: `127.0.0.1:${port}` } }, live: true },
        { case: { ...good, mail: { ...good.mail, imap: { host: "127.0.0.1", port } } }, live: true },
        { case: good, live: true, timeouts: { ...timeouts, host: "127.0.0.1" } },
        { case: good, live: true, secrets: { clientSecret: ECE_APP_SECRET, endpoint: `https://127.0.0.1:${port}/` } },
        { case: good, live: true, probes: ["tcp"], port },
      ];
      for (const body of bodies) {
        const response = await diagnose(request, body);
        expect(response.status(), JSON.stringify(Object.keys(body))).toBe(400);
        const error = ((await response.json()) as { error: { code: string; message: string } }).error;
        expect(error.code).toBe("target_not_allowed");
        expect(error.message).toMatch(/^"[\w.]+": probes reach only the hosts and ports of the case's cloud profile/);
      }
      expect(connections).toBe(0);
      // And nothing listens on 127.0.0.1:25 here anyway (169.254.169.254 is never contacted, not even by this test).
      const smtpPort = await new Promise<string>((done) => {
        const socket = connect(25, "127.0.0.1");
        socket.once("connect", () => (socket.destroy(), done("open")));
        socket.once("error", (error: NodeJS.ErrnoException) => done(error.code ?? "error"));
      });
      expect(smtpPort).toBe("ECONNREFUSED");
    } finally {
      await new Promise((done) => sentinel.close(done));
    }
  });

  test("a body over 256 KB is 413, whether its length is declared or chunked", async ({ request, baseURL }) => {
    const big = { case: simCase(), live: true, padding: "x".repeat(300 * 1024) };
    const declared = await request.post("/api/diagnose", { data: big, headers: freshClient() });
    expect(declared.status()).toBe(413);
    expect(((await declared.json()) as { error: { code: string } }).error.code).toBe("payload_too_large");

    const url = new URL("/api/diagnose", baseURL);
    const chunked = await new Promise<{ status: number; body: string }>((done, fail) => {
      const req = httpRequest(
        url,
        { method: "POST", headers: { "Content-Type": "application/json", ...freshClient() } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
        },
      );
      req.on("error", fail);
      // No Content-Length: the server must count while it reads.
      for (let i = 0; i < 33; i++) req.write(`${i === 0 ? '{"padding":"' : ""}${"y".repeat(8 * 1024)}`);
      req.end('"}');
    });
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body)).toMatchObject({ error: { code: "payload_too_large" } });
  });

  test("malformed JSON is 400", async ({ request }) => {
    // A Buffer goes out as is (a string would be serialised as a JSON string).
    const response = await request.post("/api/diagnose", {
      data: Buffer.from('{"case": {"schema": '),
      headers: { "Content-Type": "application/json", ...freshClient() },
    });
    expect(response.status()).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("invalid_json");
  });
});

// --------------------------------------------------------------------------------------------------------------
// Secrets: a canary client secret and a canary token never come back, never reach a log, never land in a file.

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.isFile() ? [path] : [];
  });
}

test.describe("secrets", () => {
  test("canary secret and token appear in no response, log line or file under the simulator's directory or .next/", async ({
    request,
  }) => {
    test.setTimeout(90_000);
    const canarySecret = `CANARY-SECRET-${Date.now().toString(36)}-4f7e`;
    const canaryToken = await mintToken({ claims: { canary: "CANARY-TOKEN-9b1c" } });
    const opaqueToken = `CANARY-OPAQUE-TOKEN-${Date.now().toString(36)}`;
    const needles = [
      canarySecret,
      canaryToken,
      canaryToken.split(".")[1]!,
      canaryToken.split(".")[2]!,
      "CANARY-TOKEN-9b1c",
      opaqueToken,
    ];
    const leaks = (text: string) =>
      needles.filter((needle) => text.includes(needle)).map((needle) => needle.slice(0, 24));

    const requests: [string, Record<string, unknown>, string][] = [
      [
        "healthy, bad secret",
        { case: simCase(), secrets: { clientSecret: canarySecret, accessToken: canaryToken }, live: true, timeouts },
        "",
      ],
      [
        "healthy, bad secret, streamed",
        { case: simCase(), secrets: { clientSecret: canarySecret, accessToken: canaryToken }, live: true, timeouts },
        "?stream=1",
      ],
      [
        "opaque token",
        { case: simCase(), secrets: { clientSecret: canarySecret, accessToken: opaqueToken }, live: true, timeouts },
        "?stream=1",
      ],
      [
        "hostile endpoints",
        {
          case: simCase(onCloud("sim-garbage")),
          secrets: { clientSecret: canarySecret, accessToken: canaryToken },
          live: true,
          timeouts: fast,
        },
        "",
      ],
      [
        "shared model, wrong user",
        {
          case: simCase(sharedModel("nodelegate@contoso.sim.test", ["shared@contoso.sim.test"])),
          secrets: { clientSecret: canarySecret, accessToken: canaryToken },
          live: true,
          timeouts,
        },
        "",
      ],
      ["static only", { case: simCase(), secrets: { clientSecret: canarySecret, accessToken: canaryToken } }, ""],
      [
        "refused body",
        {
          case: simCase(),
          secrets: { clientSecret: canarySecret, accessToken: canaryToken },
          live: true,
          extra: canarySecret,
        },
        "",
      ],
    ];
    for (const [label, body, query] of requests) {
      const response = await diagnose(request, body, query);
      expect(response.status(), label).toBeLessThan(500);
      expect(leaks(await response.text()), label).toEqual([]);
    }
    // The probes did meet the canaries: the secret was refused and the token was read.
    const check = await diagnose(request, requests[0]![1]);
    const { results } = (await check.json()) as Diagnosis;
    expect(results).toContainEqual(expect.objectContaining({ check: "entra-app", cause: "secret-invalid" }));
    expect(results).toContainEqual(expect.objectContaining({ check: "imap", status: "pass", target: support }));

    expect(existsSync(toolLog), `${toolLog} (the tool's output)`).toBe(true);
    const logs = [toolLog, ...(existsSync(simLog) ? [simLog] : [])];
    for (const log of logs) {
      const lines = readFileSync(log, "utf8").split("\n");
      expect(lines.length).toBeGreaterThan(1);
      expect(lines.flatMap((line, index) => leaks(line).map((needle) => `${log}:${index + 1} ${needle}`))).toEqual([]);
    }
    const files = [...filesUnder(simDir), ...filesUnder(resolve(repoRoot, ".next"))];
    expect(files.length).toBeGreaterThan(10);
    const read = (file: string) => {
      try {
        return readFileSync(file).toString("latin1");
      } catch {
        return ""; // removed meanwhile (a build running beside the tests)
      }
    };
    const hits = files.filter((file) => leaks(read(file)).length > 0);
    expect(hits).toEqual([]);
  });
});

// --------------------------------------------------------------------------------------------------------------
// The doctor CLI on the same simulator.

type Run = { code: number | null; stdout: string; stderr: string };
function doctor(args: string[], secrets: Secrets = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...toolEnv, NEXT_TELEMETRY_DISABLED: "1" };
  delete env.ECE_DOCTOR_CLIENT_SECRET;
  delete env.ECE_DOCTOR_ACCESS_TOKEN;
  if (secrets.clientSecret) env.ECE_DOCTOR_CLIENT_SECRET = secrets.clientSecret;
  if (secrets.accessToken) env.ECE_DOCTOR_ACCESS_TOKEN = secrets.accessToken;
  return new Promise((done, fail) => {
    const child = spawn("npm", ["run", "--silent", "doctor", "--", ...args], {
      cwd: repoRoot,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

test.describe("npm run doctor", () => {
  test.describe.configure({ timeout: 90_000 });

  test("with a symptom, the console report opens with the most likely cause the live checks confirmed", async ({}, testInfo) => {
    // Weeks, not hours: a secret that worked for the first token does not fail at the first refresh (issue #13).
    const file = testInfo.outputPath("stopped-weeks.json");
    writeFileSync(
      file,
      JSON.stringify({
        ...simCase(),
        schema: "ece-oauth-doctor/case@2",
        symptom: { id: "stopped", stoppedAfter: "weeks", errorText: null },
      }),
    );
    const run = await doctor([file, "--no-prompt"], { clientSecret: ECE_APP_EXPIRED_SECRET });
    expect(run.code, run.stderr).toBe(1);
    const lines = run.stdout.split("\n");
    expect(lines[1]).toBe(`== ${en.symptom.report.heading} ==`);
    expect(lines[2]).toContain("entra-app / secret-expired");
    expect(run.stdout).toContain(en.symptom.reasons["long-after"]);
    expect(run.stdout).not.toContain(ECE_APP_EXPIRED_SECRET);
  });

  test("a failing case exits 1 and names the cause in --json", async ({}, testInfo) => {
    const file = testInfo.outputPath("closed.json");
    writeFileSync(file, JSON.stringify(simCase(onCloud("sim-closed"))));
    const accessToken = await mintToken();
    const run = await doctor([file, "--no-prompt", "--json"], { accessToken });
    expect(run.code, run.stderr).toBe(1);
    const { results } = JSON.parse(run.stdout) as Diagnosis;
    expect(nonPassingLive(results)).toEqual(onEvery("closed", "tcp", "port-refused"));
    expect(run.stdout + run.stderr).not.toContain(accessToken);
  });

  test("another user's token refused by IMAP and SMTP: one finding naming the three checks, and exit 1 as /api/diagnose fails", async ({}, testInfo) => {
    const file = testInfo.outputPath("wrong-user.json");
    writeFileSync(file, JSON.stringify(simCase()));
    const accessToken = await mintToken({ upn: "sales@contoso.sim.test" });
    const run = await doctor([file, "--no-prompt"], { accessToken });
    expect(run.code, run.stderr).toBe(1);
    const lines = run.stdout.split("\n").filter((line) => line.includes("token-wrong-user"));
    expect(lines).toEqual([`[${en.report.status.fail}] imap, smtp, access-token / token-wrong-user (${support})`]);
    expect(run.stdout).toContain("Get-Mailbox");
    expect(run.stdout + run.stderr).not.toContain(accessToken);
  });

  test("the demo case with the right secret and token exits 0, every live check passing", async () => {
    const accessToken = await passwordToken(support);
    const run = await doctor([demoCasePath, "--no-prompt", "--json"], { clientSecret: ECE_APP_SECRET, accessToken });
    expect(run.code, run.stderr).toBe(0);
    const { results } = JSON.parse(run.stdout) as Diagnosis;
    expect(results.filter((result) => result.status === "fail")).toEqual([]);
    expect(nonPassingLive(results)).toEqual([]);
    for (const check of ["imap", "smtp", "entra-app", "entra-tenant", "access-token"])
      expect(results).toContainEqual(expect.objectContaining({ check, status: "pass" }));
    expect(run.stdout + run.stderr).not.toContain(ECE_APP_SECRET);
    expect(run.stdout + run.stderr).not.toContain(accessToken);
  });

  test("a secret on the command line is refused with exit 2 and not echoed", async () => {
    for (const args of [
      [demoCasePath, "--client-secret=Abc8Q~cli-secret-value-0123456789", "--no-prompt"],
      [demoCasePath, "Abc8Q~cli-secret-value-0123456789", "--no-prompt"],
      ["Abc8Q~cli-secret-value-0123456789", demoCasePath, "--no-prompt"],
    ]) {
      const run = await doctor(args);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr).toMatch(/secrets are not accepted as arguments/i);
      expect(run.stdout + run.stderr).not.toContain("cli-secret-value");
    }
  });
});

// --------------------------------------------------------------------------------------------------------------
// Last: the per-client rate limit of live diagnoses (capacity 10, refill one per 5 s), on a client key of its own.

test.describe("rate limit", () => {
  test("hammering live diagnoses from one client ends in 429; another client is still served", async ({ request }) => {
    const hammer = { "X-Forwarded-For": `rate-limit-test-${Date.now()}` }; // a key of its own, new on every run
    const body = { case: simCase(), live: true, probes: ["entra"], timeouts };
    const statuses: number[] = [];
    for (let i = 0; i < 30 && !statuses.includes(429); i++) {
      const response = await request.post("/api/diagnose", { data: body, headers: hammer, timeout: requestTimeout });
      statuses.push(response.status());
      if (response.status() === 429)
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe("rate_limit_exceeded");
    }
    expect(statuses).toContain(429);
    expect(statuses.filter((status) => status !== 200 && status !== 429)).toEqual([]);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(10);
    const other = await diagnose(request, body);
    expect(other.status()).toBe(200);
  });
});
