import { CASE_SCHEMA_ID, type CaseFile } from "@/lib/case/schema";
import { describeSecret } from "./guid";
import type { Evidence } from "./types";

/** The fixed "current time" every rule test runs at. */
export const now = new Date("2026-11-28T12:00:00Z");

export const tenantId = "3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f";
export const clientId = "9a8b7c6d-1e2f-4a3b-8c5d-6e7f8a9b0c1d";
/** Shaped like an Entra client secret Value (not a GUID, not the client id). */
export const secretValue = "Xy8Q~abcdEFGH1234ijklMNOP5678qrstUVWX9z0";
export const mailboxes = ["support@example.com", "sales@example.com"] as const;
export const delegate = "ece-delegate@example.com";

/** A complete case that passes every check (at `now`, with `healthyEvidence()`). */
export function healthyCase(): CaseFile {
  return {
    schema: CASE_SCHEMA_ID,
    symptom: null,
    ece: {
      version: "12.6(1)",
      installedES: ["ES1"],
      esIsLatest: "yes",
      externalUrl: "https://ece.example.com",
      consoleUrl: "https://ece.example.com",
    },
    azure: {
      cloud: "worldwide",
      tenant: tenantId,
      clientId,
      secretExpires: "2028-06-30",
      redirectUri: "https://ece.example.com/system/oauth/callback",
      redirectPlatform: "web",
      eceRedirectUri: "https://ece.example.com/system/oauth/callback",
      delegatedPermissions: ["IMAP.AccessAsUser.All", "POP.AccessAsUser.All", "SMTP.Send", "offline_access"],
      adminConsent: "yes",
      accessTokenLifetimeMinutes: 60,
    },
    mail: {
      accessModel: "per-mailbox",
      mailboxes: [...mailboxes],
      signInAccount: null,
      fullAccess: null,
      retrieval: "imap",
      retrievalEnabled: "yes",
      authenticatedSmtp: "yes",
      licence: "e3",
      privateWindow: "yes",
      tokenSignedInAs: "support@example.com",
    },
    network: {
      servicesServer: "verified",
      applicationServer: "verified",
      tlsInspection: "no",
    },
    evidence: null,
  };
}

/** Evidence for the healthy case: a secret Value was entered in the wizard. */
export function healthyEvidence(file: CaseFile = healthyCase()): Evidence {
  return { clientSecret: describeSecret(secretValue, file.azure.clientId) };
}

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K];
};

export type CasePatch = DeepPartial<CaseFile>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function deepMerge(base: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const current = result[key];
    // Arrays and null replace; only nested objects merge.
    result[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
  }
  return result;
}

/** A fresh healthy case with `patch` deep-merged into it (arrays and nulls replace). */
export function withChanges(patch: CasePatch): CaseFile {
  return deepMerge(
    healthyCase() as unknown as Record<string, unknown>,
    patch as Record<string, unknown>,
  ) as unknown as CaseFile;
}

/** The UTC calendar day `offsetDays` after `now`, as YYYY-MM-DD. */
export function dayFromNow(offsetDays: number): string {
  return new Date(now.getTime() + offsetDays * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
