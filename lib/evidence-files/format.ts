import type { ProbeEvidence } from "@/lib/probes/types";
import type { Finding } from "@/lib/rules/types";

// Public contract (README, "Evidence file: evidence@1"): what the probe on an ECE server writes and the wizard reads.
export const EVIDENCE_SCHEMA_ID = "ece-oauth-doctor/evidence@1";
export const PROBE_TOOL_NAME = "ece-oauth-doctor-probe";

export const serverRoles = ["services", "application"] as const;
export type ServerRole = (typeof serverRoles)[number];

export type EvidenceCase = {
  cloud: string;
  tenant: string;
  clientId: string;
  retrieval: "imap" | "pop3";
  mailboxes: string[];
};

export type EvidenceFile = {
  schema: typeof EVIDENCE_SCHEMA_ID;
  tool: { name: typeof PROBE_TOOL_NAME; version: string };
  role: ServerRole;
  host: string;
  os: string;
  createdAt: string;
  live: boolean;
  // The proxy the 443 calls went through, without its credentials; null when they went direct.
  proxy: string | null;
  case: EvidenceCase;
  findings: Finding[];
  evidence: ProbeEvidence[];
  // Detects a file edited or cut after the probe wrote it; anyone can recompute it, so it is no signature.
  integrity: { algorithm: "sha256"; value: string };
};

export type UnsealedEvidenceFile = Omit<EvidenceFile, "integrity">;

// Keys sorted at every depth, so the hash does not depend on how a reader re-serialises the file.
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value))
    return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

export async function sealEvidence(file: UnsealedEvidenceFile): Promise<EvidenceFile> {
  return { ...file, integrity: { algorithm: "sha256", value: await sha256Hex(canonicalJson(file)) } };
}

export function evidenceCase(file: {
  azure: { cloud: string; tenant: string; clientId: string };
  mail: { retrieval: "imap" | "pop3"; mailboxes: string[] };
}): EvidenceCase {
  return {
    cloud: file.azure.cloud,
    tenant: file.azure.tenant,
    clientId: file.azure.clientId,
    retrieval: file.mail.retrieval,
    mailboxes: [...file.mail.mailboxes],
  };
}

// A proxy URL as it may be shown: scheme, host and port, never a user name or password.
export function describeProxy(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return "(invalid proxy URL)";
  }
}
