export const checkIds = [
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
export type CheckId = (typeof checkIds)[number];

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
};
