export const delegatedPermissionIds = [
  "IMAP.AccessAsUser.All",
  "POP.AccessAsUser.All",
  "SMTP.Send",
  "offline_access",
] as const;
export type DelegatedPermission = (typeof delegatedPermissionIds)[number];

/** The permission ECE's mail retrieval needs, and with SMTP.Send the pair a mail token must carry (research §2.1). */
export function retrievalPermission(retrieval: "imap" | "pop3"): DelegatedPermission {
  return retrieval === "imap" ? "IMAP.AccessAsUser.All" : "POP.AccessAsUser.All";
}

export function mailPermissions(retrieval: "imap" | "pop3"): [DelegatedPermission, DelegatedPermission] {
  return [retrievalPermission(retrieval), "SMTP.Send"];
}

export const redirectPlatformIds = ["web", "spa", "mobile-desktop", "unknown"] as const;
export type RedirectPlatform = (typeof redirectPlatformIds)[number];

// TAC says at least E3; Microsoft plan tables show IMAP/POP in E1 and Exchange Online Plan 1/2 too,
// but not in F1/F3 (shared/research/ece.md §5.2). Microsoft 365 Business Basic, Standard and Premium include
// Exchange Online Plan 1 (IMAP, POP and SMTP AUTH), so they rank with it.
export const licenceIds = [
  "e5",
  "e3",
  "e1",
  "exchange-plan-2",
  "exchange-plan-1",
  "business-premium",
  "business-standard",
  "business-basic",
  "f3",
  "f1",
  "none",
  "other",
  "unknown",
] as const;
export type Licence = (typeof licenceIds)[number];

export const licenceClass: Record<Licence, "recommended" | "below-e3" | "no-imap-pop" | "none" | "unknown"> = {
  e5: "recommended",
  e3: "recommended",
  e1: "below-e3",
  "exchange-plan-2": "below-e3",
  "exchange-plan-1": "below-e3",
  "business-premium": "below-e3",
  "business-standard": "below-e3",
  "business-basic": "below-e3",
  f3: "no-imap-pop",
  f1: "no-imap-pop",
  none: "none",
  other: "unknown",
  unknown: "unknown",
};

// Microsoft assigns a random 60-90 minute lifetime by default; TAC expects 60 (ece.md §4.3).
export const accessTokenLifetime = { min: 60, max: 90 } as const;

export const secretExpiryWarningDays = 30;

export const basicAuthEnded = { imapPop: "2022-12-31" } as const;

// SMTP AUTH basic authentication, as the Exchange Team's update of 27 January 2026 (message center MC786329) put it:
// unchanged to the end of December 2026; then off by default for existing tenants (admins can turn it back on) and
// unavailable by default for tenants created after December 2026; the final removal date announced in the second
// half of 2027. Re-read the source on `reviewBy` and update the start page and the catalogue texts.
export const smtpBasicAuthTimeline = {
  announced: "2026-01-27",
  messageCenter: "MC786329",
  source:
    "https://techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835",
  unchangedUntil: "2026-12-31",
  finalRemovalAnnounced: "2027-H2",
  reviewBy: "2027-07-01",
} as const;

// A shared mailbox needs no licence unless it holds more than 50 GB, has an archive or is on hold (Microsoft 365
// admin: "Remove a license from a shared mailbox"); in the shared model only the delegate who signs in needs one.
export const sharedMailboxLicence = {
  source: "https://learn.microsoft.com/microsoft-365/admin/email/remove-license-from-shared-mailbox",
  freeUpToGb: 50,
} as const;
