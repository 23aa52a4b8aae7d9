// The token step's claims panel, computed in the browser from lib/token/claims.ts: every claim that matters, each
// compared with the case, and the problems that explain an Exchange rejection. Pure: no I/O, no clock of its own.
import { mailPermissions } from "@/lib/knowledge/microsoft";
import { audienceMatches, decodeToken, sameId, type TokenClaims, type TokenProblem, tokenProblems } from "./claims";

export type Retrieval = "imap" | "pop3";

export type InspectContext = {
  tenant: string;
  /** The ECE app registration of the case. */
  clientId: string;
  /** The wizard operator's own sign-in app (ECE_DOCTOR_SIGNIN_CLIENT_ID), when one signed in instead of ECE's. */
  signInClientId?: string | null;
  /** The account that must own the token: the mailbox, or the delegate in the shared model. */
  owner: string;
  retrieval: Retrieval;
  outlookResource: string;
  now: Date;
  /** azure.accessTokenLifetimeMinutes of the case, when a lifetime policy is known. */
  configuredLifetimeMinutes?: number | null;
};

export type RowKey = "user" | "tenant" | "app" | "audience" | "scopes" | "issued" | "expires" | "lifetime" | "methods";
export type RowStatus = "ok" | "problem" | "warn" | "info";
export type ClaimRow = { key: RowKey; value: string; expected: string | null; status: RowStatus; note?: RowNote };
export type RowNote = "operator-app" | "wia" | "mfa" | "cae" | "no-user" | "no-expiry";

export type TokenInspection =
  | { ok: false; reason: "not-a-jwt" | "encrypted" | "bad-json"; problems: TokenProblem[] }
  | {
      ok: true;
      claims: TokenClaims;
      rows: ClaimRow[];
      problems: TokenProblem[];
      lifetimeMinutes: number | null;
      /** The workstation's Windows session signed the user in (amr "wia"). */
      windowsSso: boolean;
    };

/** Entra's default access-token lifetime is a random value between 60 and 90 minutes (research §2.2). */
export const defaultLifetime = { min: 60, max: 90 } as const;
const lifetimeSlackMinutes = 5;

export function protocolScopes(retrieval: Retrieval): [string, string] {
  return mailPermissions(retrieval);
}

/** The delegated scopes the token step asks for, on the cloud's Outlook resource (research §2.1). */
export function delegatedScopes(outlookResource: string, retrieval: Retrieval): string[] {
  const resource = outlookResource.replace(/\/+$/, "");
  return [...protocolScopes(retrieval).map((scope) => `${resource}/${scope}`), "offline_access"];
}

const problemOrder: TokenProblem["cause"][] = [
  "token-malformed",
  "token-wrong-user",
  "token-wrong-audience",
  "token-scope-missing",
  "token-wrong-tenant",
  "token-wrong-app",
  "token-expired",
];

export function inspectToken(raw: string, context: InspectContext): TokenInspection {
  const decoded = decodeToken(raw);
  if (!decoded.ok)
    return {
      ok: false,
      reason: decoded.reason,
      problems: [{ cause: "token-malformed", params: { reason: decoded.reason } }],
    };
  const { claims } = decoded;
  const operatorApp = Boolean(
    context.signInClientId && sameId(claims.app, context.signInClientId) && !sameId(claims.app, context.clientId),
  );
  const expectations = {
    tenant: context.tenant,
    clientId: context.clientId,
    owner: context.owner,
    mailbox: context.owner,
    outlookResource: context.outlookResource,
    now: context.now,
  };
  const all = protocolScopes(context.retrieval).flatMap((scope) => tokenProblems(decoded, { ...expectations, scope }));
  const problems = all
    .filter(
      (problem, index) =>
        all.findIndex(
          (other) => other.cause === problem.cause && JSON.stringify(other.params) === JSON.stringify(problem.params),
        ) === index,
    )
    // The operator's own app is expected to differ from ECE's: the mailbox test is still valid.
    .filter((problem) => !(operatorApp && problem.cause === "token-wrong-app"))
    .sort((a, b) => problemOrder.indexOf(a.cause) - problemOrder.indexOf(b.cause));
  const has = (cause: TokenProblem["cause"]) => problems.some((problem) => problem.cause === cause);

  const granted = [...claims.scopes, ...claims.roles];
  const required = protocolScopes(context.retrieval);
  const lifetimeMinutes =
    claims.issuedAt !== null && claims.expiresAt !== null
      ? Math.round((claims.expiresAt - claims.issuedAt) / 60)
      : null;
  const expectedLifetime = context.configuredLifetimeMinutes ?? null;
  // Entra's default range, or the lifetime policy the case names (10 minutes to a day, research §2.2).
  const lifetimeOk =
    lifetimeMinutes === null ||
    (lifetimeMinutes >= defaultLifetime.min - lifetimeSlackMinutes &&
      lifetimeMinutes <= defaultLifetime.max + lifetimeSlackMinutes) ||
    (expectedLifetime !== null && Math.abs(lifetimeMinutes - expectedLifetime) <= lifetimeSlackMinutes);
  const windowsSso = claims.authMethods.includes("wia");

  const rows: ClaimRow[] = [
    {
      key: "user",
      value: claims.user ?? "-",
      expected: context.owner,
      status: claims.user === null ? "info" : has("token-wrong-user") ? "problem" : "ok",
      ...(claims.user === null ? { note: "no-user" as const } : {}),
    },
    {
      key: "tenant",
      value: claims.tenant ?? "-",
      expected: context.tenant,
      status: has("token-wrong-tenant") ? "problem" : claims.tenant === null ? "info" : "ok",
    },
    {
      key: "app",
      value: claims.app ?? "-",
      expected: operatorApp ? (context.signInClientId ?? context.clientId) : context.clientId,
      status: has("token-wrong-app") ? "problem" : operatorApp ? "info" : claims.app === null ? "info" : "ok",
      ...(operatorApp ? { note: "operator-app" as const } : {}),
    },
    {
      key: "audience",
      value: claims.audience ?? "-",
      expected: context.outlookResource,
      status: audienceMatches(claims.audience, context.outlookResource) ? "ok" : "problem",
    },
    {
      key: "scopes",
      value: granted.join(" ") || "-",
      expected: required.join(" "),
      status: has("token-scope-missing") ? "problem" : "ok",
    },
    {
      key: "issued",
      value: claims.issuedAt === null ? "-" : new Date(claims.issuedAt * 1000).toISOString(),
      expected: null,
      status: "info",
    },
    {
      key: "expires",
      value: claims.expiresAt === null ? "-" : new Date(claims.expiresAt * 1000).toISOString(),
      expected: null,
      status: has("token-expired") ? "problem" : claims.expiresAt === null ? "warn" : "ok",
      ...(claims.expiresAt === null ? { note: "no-expiry" as const } : {}),
    },
    {
      key: "lifetime",
      value: lifetimeMinutes === null ? "-" : String(lifetimeMinutes),
      expected:
        expectedLifetime !== null && (expectedLifetime < defaultLifetime.min || expectedLifetime > defaultLifetime.max)
          ? String(expectedLifetime)
          : `${defaultLifetime.min}–${defaultLifetime.max}`,
      status: lifetimeOk ? (lifetimeMinutes === null ? "info" : "ok") : "warn",
      ...(!lifetimeOk && lifetimeMinutes !== null && lifetimeMinutes > 20 * 60 ? { note: "cae" as const } : {}),
    },
    {
      key: "methods",
      value: claims.authMethods.join(" ") || "-",
      expected: null,
      status: windowsSso ? (has("token-wrong-user") ? "problem" : "info") : "info",
      ...(windowsSso ? { note: "wia" as const } : claims.authMethods.includes("mfa") ? { note: "mfa" as const } : {}),
    },
  ];
  return { ok: true, claims, rows, problems, lifetimeMinutes, windowsSso };
}

/** Who must own the token: the delegate in the shared model, otherwise the chosen mailbox. */
export function tokenOwner(accessModel: string, signInAccount: string, mailbox: string): string {
  return accessModel === "shared" && signInAccount.trim() !== "" ? signInAccount.trim() : mailbox.trim();
}

/** A realm answer (getuserrealm) reduced to what the panel shows. */
export type RealmAnswer = {
  domain: string;
  namespaceType: "Managed" | "Federated" | "Unknown" | null;
  authUrl: string | null;
};
