export const delegatedPermissionIds = [
  "IMAP.AccessAsUser.All",
  "POP.AccessAsUser.All",
  "SMTP.Send",
  "offline_access",
] as const;
export type DelegatedPermission = (typeof delegatedPermissionIds)[number];

export const redirectPlatformIds = ["web", "spa", "mobile-desktop", "unknown"] as const;
export type RedirectPlatform = (typeof redirectPlatformIds)[number];

// TAC says at least E3; Microsoft plan tables show IMAP/POP in E1 and Exchange Online Plan 1/2 too,
// but not in F1/F3 (shared/research/ece.md §5.2).
export const licenceIds = ["e5", "e3", "e1", "exchange-plan-2", "exchange-plan-1", "f3", "f1", "none", "other", "unknown"] as const;
export type Licence = (typeof licenceIds)[number];

export const licenceClass: Record<Licence, "recommended" | "below-e3" | "no-imap-pop" | "none" | "unknown"> = {
  e5: "recommended",
  e3: "recommended",
  e1: "below-e3",
  "exchange-plan-2": "below-e3",
  "exchange-plan-1": "below-e3",
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
