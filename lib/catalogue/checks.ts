export const staticCheckIds = [
  "ece-version",
  "external-url",
  "redirect-uri",
  "app-ids",
  "client-secret",
  "api-permissions",
  "token-lifetime",
  "account-model",
  "mailbox-protocols",
  "licence",
  "token-generation",
  "network-plan",
] as const;

// Checks fed by live probes (network, Entra, protocols) rather than by the answers alone.
export const liveCheckIds = [
  "dns",
  "tcp",
  "tls",
  "entra-tenant",
  "entra-realm",
  "entra-app",
  "entra-sign-in",
  "access-token",
  "imap",
  "pop3",
  "smtp",
] as const;

// Checks fed by evidence the admin already has: Entra sign-in log exports and pasted Exchange PowerShell output.
export const evidenceCheckIds = ["sign-in-logs", "powershell-output"] as const;

export const checkIds = [...staticCheckIds, ...liveCheckIds, ...evidenceCheckIds] as const;
export type CheckId = (typeof checkIds)[number];
export type StaticCheckId = (typeof staticCheckIds)[number];

export const owners = ["ece-admin", "m365-admin", "network-admin"] as const;
export type Owner = (typeof owners)[number];

export const statuses = ["fail", "warn", "info", "skipped", "pass"] as const;
export type Status = (typeof statuses)[number];

export const checkOwner: Record<CheckId, Owner> = {
  "ece-version": "ece-admin",
  "external-url": "ece-admin",
  "redirect-uri": "m365-admin",
  "app-ids": "m365-admin",
  "client-secret": "m365-admin",
  "api-permissions": "m365-admin",
  "token-lifetime": "m365-admin",
  "account-model": "m365-admin",
  "mailbox-protocols": "m365-admin",
  licence: "m365-admin",
  "token-generation": "ece-admin",
  "network-plan": "network-admin",
  dns: "network-admin",
  tcp: "network-admin",
  tls: "network-admin",
  "entra-tenant": "m365-admin",
  "entra-realm": "ece-admin",
  "entra-app": "m365-admin",
  "entra-sign-in": "m365-admin",
  "access-token": "ece-admin",
  imap: "m365-admin",
  pop3: "m365-admin",
  smtp: "m365-admin",
  "sign-in-logs": "m365-admin",
  "powershell-output": "m365-admin",
};
