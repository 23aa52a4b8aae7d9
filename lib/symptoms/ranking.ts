import type { CauseId } from "@/lib/catalogue/causes";
import { type DocId, docLink } from "@/lib/catalogue/docs";
import type { Locale } from "@/lib/i18n/locales";

export const symptomIds = [
  "first-setup",
  "signin-error",
  "no-incoming",
  "no-outgoing",
  "neither",
  "alarms-not-sent",
  "stopped",
  "some-mailboxes",
] as const;
export type SymptomId = (typeof symptomIds)[number];

export const stoppedAfterIds = ["minutes", "hours", "weeks"] as const;
export type StoppedAfter = (typeof stoppedAfterIds)[number];

export type Symptom = { id: SymptomId; stoppedAfter?: StoppedAfter };

export type SourceId =
  | "tac-218453"
  | "oracle-12532"
  | "ms-refresh-tokens"
  | "ms-smtp-auth"
  | "ms-pop-imap"
  | "ms-oauth"
  | "ms-entra-errors";

// One rule per symptom (and timing): the causes it makes likely, most likely first, why, and where that comes from.
export const reasonIds = [
  "at-once",
  "refresh-fails",
  "long-after",
  "stopped",
  "signin",
  "incoming-only",
  "outgoing-only",
  "both",
  "alarms",
  "per-mailbox",
  "setup",
] as const;
export type ReasonId = (typeof reasonIds)[number];

export type RankingRule = {
  symptom: Symptom;
  causes: readonly CauseId[];
  reason: ReasonId;
  sources: readonly SourceId[];
  rulesOut?: readonly CauseId[];
  /** Causes that may be real but cannot make this symptom: the report says so beside them. */
  cannotExplain?: readonly CauseId[];
};

const retrievalCauses: readonly CauseId[] = [
  "retrieval-protocol-disabled",
  "imap-disabled-or-no-access",
  "permission-retrieval-missing",
  "licence-plan-without-imap-pop",
  "licence-missing",
  "imap-auth-failed",
  "pop-auth-failed",
];

const sendingCauses: readonly CauseId[] = [
  "smtp-auth-disabled",
  "smtp-auth-disabled-tenant",
  "smtp-auth-disabled-mailbox",
  "permission-smtp-missing",
  "smtp-auth-failed",
  "starttls-missing",
  "basic-auth-used",
];

// ECE used the redirect URI and the partition URL to get the first token; a refresh does not send them (Microsoft:
// refresh token grant), so once mail has flowed they cannot be why it stopped.
const notAfterWorking: readonly CauseId[] = [
  "redirect-uri-mismatch",
  "redirect-host-mismatch",
  "redirect-not-https",
  "redirect-ece-unknown",
  "url-missing",
  "url-not-https",
  "url-not-fqdn",
  "url-has-path",
  "url-console-mismatch",
];

export const rankingRules: readonly RankingRule[] = [
  {
    symptom: { id: "stopped", stoppedAfter: "minutes" },
    causes: [
      "token-wrong-user",
      "token-signed-in-as-other",
      "token-not-private-window",
      "full-access-missing",
      "retrieval-protocol-disabled",
      "smtp-auth-disabled",
      "imap-disabled-or-no-access",
    ],
    reason: "at-once",
    sources: ["tac-218453"],
    cannotExplain: notAfterWorking,
  },
  {
    symptom: { id: "stopped", stoppedAfter: "hours" },
    // The confidential flow already used the same secret for the first token, so a wrong or expired secret fails at
    // once, not an hour later: what fails at the first refresh comes first.
    causes: [
      "sign-in-refresh-failing",
      "sign-in-policy-blocks",
      "permission-offline-missing",
      "network-blocked",
      "port-refused",
      "port-timeout",
      "blocked-by-conditional-access",
      "refresh-token-expired",
      "redirect-not-web-platform",
    ],
    reason: "refresh-fails",
    sources: ["oracle-12532", "ms-refresh-tokens", "ms-entra-errors"],
    cannotExplain: notAfterWorking,
  },
  {
    symptom: { id: "stopped", stoppedAfter: "weeks" },
    causes: [
      "sign-in-refresh-failing",
      "sign-in-policy-blocks",
      "refresh-token-expired",
      "refresh-token-revoked",
      "secret-expired",
      "user-disabled",
      "blocked-by-conditional-access",
      "mfa-required",
      "retrieval-protocol-disabled",
      "smtp-auth-disabled-mailbox",
      "basic-auth-used",
      "licence-missing",
      "smtp-auth-disabled-tenant",
    ],
    reason: "long-after",
    sources: ["ms-refresh-tokens", "ms-entra-errors", "ms-smtp-auth"],
    cannotExplain: notAfterWorking,
  },
  {
    symptom: { id: "stopped" },
    causes: [
      "sign-in-refresh-failing",
      "sign-in-policy-blocks",
      "secret-expired",
      "refresh-token-expired",
      "permission-offline-missing",
      "token-wrong-user",
      "basic-auth-used",
    ],
    reason: "stopped",
    sources: ["oracle-12532", "ms-refresh-tokens"],
    cannotExplain: notAfterWorking,
  },
  {
    symptom: { id: "signin-error" },
    causes: [
      "redirect-uri-mismatch",
      "redirect-host-mismatch",
      "secret-is-secret-id",
      "secret-invalid",
      "secret-expired",
      "url-missing",
      "url-console-mismatch",
      "consent-missing",
      "app-not-found",
      "tenant-not-found",
      "mfa-required",
      "blocked-by-conditional-access",
      "user-disabled",
      "user-not-assigned",
      "sso-user-mismatch",
      "auth-code-redeemed",
      "redirect-not-web-platform",
      "sign-in-interactive-failing",
      "sign-in-policy-blocks",
    ],
    reason: "signin",
    sources: ["ms-entra-errors", "tac-218453"],
  },
  // 587 answering while 993/995 are blocked is the commonest firewall rule that lets mail out but not in.
  {
    symptom: { id: "no-incoming" },
    causes: [...retrievalCauses, "port-refused", "port-timeout", "network-blocked"],
    reason: "incoming-only",
    sources: ["ms-pop-imap", "tac-218453"],
    rulesOut: sendingCauses,
  },
  {
    symptom: { id: "no-outgoing" },
    causes: sendingCauses,
    reason: "outgoing-only",
    sources: ["ms-smtp-auth", "tac-218453"],
    rulesOut: retrievalCauses,
  },
  {
    symptom: { id: "neither" },
    causes: [
      "token-wrong-user",
      "secret-expired",
      "network-blocked",
      "es-missing",
      "url-missing",
      "tenant-id-malformed",
      "client-id-malformed",
    ],
    reason: "both",
    sources: ["tac-218453"],
  },
  {
    symptom: { id: "alarms-not-sent" },
    causes: ["network-blocked", "port-refused", "port-timeout", "smtp-auth-disabled", "smtp-auth-failed"],
    reason: "alarms",
    sources: ["tac-218453"],
    rulesOut: retrievalCauses,
  },
  {
    symptom: { id: "some-mailboxes" },
    causes: [
      "full-access-missing",
      "retrieval-protocol-disabled",
      "smtp-auth-disabled-mailbox",
      "licence-missing",
      "licence-plan-without-imap-pop",
      "user-disabled",
      "token-wrong-user",
      "token-signed-in-as-other",
    ],
    reason: "per-mailbox",
    sources: ["tac-218453", "ms-pop-imap"],
  },
  { symptom: { id: "first-setup" }, causes: [], reason: "setup", sources: ["tac-218453"] },
];

export function ruleFor(symptom: Symptom): RankingRule | undefined {
  return (
    rankingRules.find((rule) => rule.symptom.id === symptom.id && rule.symptom.stoppedAfter === symptom.stoppedAfter) ??
    rankingRules.find((rule) => rule.symptom.id === symptom.id && rule.symptom.stoppedAfter === undefined)
  );
}

const sourceDocs: Record<Exclude<SourceId, "oracle-12532">, DocId> = {
  "tac-218453": "tac-218453",
  "ms-refresh-tokens": "ms-refresh-tokens",
  "ms-smtp-auth": "ms-smtp-auth",
  "ms-pop-imap": "ms-pop-imap-enable",
  "ms-oauth": "ms-oauth-imap-pop-smtp",
  "ms-entra-errors": "ms-entra-errors",
};

/** A rule's source as a link: a catalogue document, or the one outside source (a comparable product's support note). */
export function sourceLink(source: SourceId, locale: Locale): { url: string; doc: DocId | null } {
  if (source === "oracle-12532") return { url: "https://cx.rightnow.com/app/answers/detail/a_id/12532", doc: null };
  return { url: docLink(sourceDocs[source], locale).url, doc: sourceDocs[source] };
}
