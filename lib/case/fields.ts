import { cloudIdPattern, cloudIds } from "@/lib/knowledge/clouds";
import { eceReleaseIds, parseEs, splitEsList } from "@/lib/knowledge/ece-releases";
import { delegatedPermissionIds, licenceIds, redirectPlatformIds } from "@/lib/knowledge/microsoft";
import { stoppedAfterIds, symptomIds } from "@/lib/symptoms/ranking";

export const yesNoUnknown = ["yes", "no", "unknown"] as const;
export const accessModels = ["per-mailbox", "shared"] as const;
export const retrievals = ["imap", "pop3"] as const;
export const pathStates = ["verified", "blocked", "not-checked"] as const;

export type ErrorKey =
  | "required"
  | "choose"
  | "url"
  | "email"
  | "emailList"
  | "esList"
  | "number"
  | "date"
  | "tooLong"
  | "tooMany";

export type FieldKind =
  | "cloud"
  | "radio"
  | "checkboxes"
  | "text"
  | "paste"
  | "url"
  | "email"
  | "emails"
  | "es-list"
  | "date"
  | "number"
  | "secret";

export type FieldDef = {
  kind: FieldKind;
  options?: readonly string[];
  optional?: boolean;
  max?: number;
};

export const maxErrorText = 20_000;

export const fields = {
  "symptom.id": { kind: "radio", options: symptomIds, optional: true },
  "symptom.stoppedAfter": { kind: "radio", options: stoppedAfterIds, optional: true },
  // Redacted as it is typed or pasted (lib/probes/redact), so a token in a log excerpt never reaches storage.
  "symptom.errorText": { kind: "paste", optional: true, max: maxErrorText },
  "ece.version": { kind: "radio", options: eceReleaseIds },
  "ece.installedES": { kind: "es-list", optional: true },
  "ece.esIsLatest": { kind: "radio", options: yesNoUnknown },
  "ece.externalUrl": { kind: "url", optional: true },
  "ece.consoleUrl": { kind: "url" },
  "azure.cloud": { kind: "cloud", options: cloudIds },
  "azure.tenant": { kind: "text", max: 256 },
  "azure.clientId": { kind: "text", max: 256 },
  "secrets.clientSecret": { kind: "secret", optional: true, max: 1024 },
  "secrets.accessToken": { kind: "secret", optional: true, max: 16384 },
  "azure.secretExpires": { kind: "date", optional: true },
  "azure.redirectUri": { kind: "url" },
  "azure.redirectPlatform": { kind: "radio", options: redirectPlatformIds },
  "azure.eceRedirectUri": { kind: "url", optional: true },
  "azure.delegatedPermissions": { kind: "checkboxes", options: delegatedPermissionIds, optional: true },
  "azure.adminConsent": { kind: "radio", options: yesNoUnknown },
  "azure.accessTokenLifetimeMinutes": { kind: "number", optional: true },
  "mail.accessModel": { kind: "radio", options: accessModels },
  "mail.mailboxes": { kind: "emails", max: 50 },
  "mail.signInAccount": { kind: "email" },
  "mail.fullAccess": { kind: "radio", options: yesNoUnknown },
  "mail.retrieval": { kind: "radio", options: retrievals },
  "mail.retrievalEnabled": { kind: "radio", options: yesNoUnknown },
  "mail.authenticatedSmtp": { kind: "radio", options: yesNoUnknown },
  "mail.licence": { kind: "radio", options: licenceIds },
  "mail.privateWindow": { kind: "radio", options: yesNoUnknown },
  "mail.tokenSignedInAs": { kind: "email", optional: true },
  "network.servicesServer": { kind: "radio", options: pathStates },
  "network.applicationServer": { kind: "radio", options: pathStates },
  "network.tlsInspection": { kind: "radio", options: yesNoUnknown },
  // The case file's evidence (lib/evidence/schema.ts) as JSON; set by the sign-in log and PowerShell panels, never typed.
  evidence: { kind: "paste", optional: true, max: 200_000 },
} as const satisfies Record<string, FieldDef>;

export type FieldId = keyof typeof fields;
export const fieldIds = Object.keys(fields) as FieldId[];

export type DraftValue = string | string[];
export type Draft = Partial<Record<FieldId, DraftValue>>;

export const maxUrl = 2048;
export const maxEmail = 320;
// Deliberately simple: Exchange addresses are plain local@domain; anything odder is more likely a typo.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

// The rules for single values, plain functions so that the wizard's pages check answers without loading a schema
// library; lib/case/schema.ts wraps the same functions for the case file (one source of rules).
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export function isEmailAddress(value: string): boolean {
  return emailPattern.test(value);
}

export function isEsName(value: string): boolean {
  return parseEs(value) !== null;
}

// Round-trip through Date: V8 rolls impossible days over (Date.parse("2027-02-30") is 2 March), so compare the string back.
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

const email = (value: string): ErrorKey | null =>
  value.length > maxEmail ? "tooLong" : isEmailAddress(value) ? null : "email";
const esItem = (value: string): boolean => value.length <= 40 && isEsName(value);

export function textOf(value: DraftValue | undefined): string {
  if (value === undefined) return "";
  return (Array.isArray(value) ? value.join("\n") : value).trim();
}

export function listOf(value: DraftValue | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

export function splitLines(text: string): string[] {
  return text
    .split(/[\n,;]+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export type FieldError = { field: FieldId; key: ErrorKey };

export function validateField(id: FieldId, value: DraftValue | undefined): ErrorKey | null {
  const def: FieldDef = fields[id];
  const text = textOf(value);
  if (def.kind === "checkboxes") {
    const chosen = listOf(value);
    return chosen.every((option) => def.options?.includes(option)) ? null : "choose";
  }
  if (text === "") {
    if (def.optional) return null;
    return def.kind === "radio" || def.kind === "cloud" ? "choose" : "required";
  }
  if (def.max !== undefined && def.kind !== "emails" && text.length > def.max) return "tooLong";
  switch (def.kind) {
    case "radio":
      return def.options?.includes(text) ? null : "choose";
    case "cloud":
      return cloudIdPattern.test(text) ? null : "choose";
    case "url":
      return text.length > maxUrl ? "tooLong" : isHttpUrl(text) ? null : "url";
    case "email":
      return email(text);
    case "emails": {
      const lines = splitLines(text);
      if (def.max !== undefined && lines.length > def.max) return "tooMany";
      return lines.every((line) => email(line) === null) ? null : "emailList";
    }
    case "es-list":
      return splitEsList(text).every(esItem) ? null : "esList";
    case "date":
      return isIsoDate(text) ? null : "date";
    case "number": {
      const number = Number(text);
      return Number.isInteger(number) && number >= 1 && number <= 1440 ? null : "number";
    }
    case "text":
    case "paste":
    case "secret":
      return null;
  }
}
