import type { CauseId } from "@/lib/catalogue/causes";
import { docLink, type DocId } from "@/lib/catalogue/docs";
import type { Locale } from "@/lib/i18n/locales";

export const symptomIds = ["first-setup", "signin-error", "no-incoming", "no-outgoing", "neither", "alarms-not-sent", "stopped", "some-mailboxes"] as const;
export type SymptomId = (typeof symptomIds)[number];

export const stoppedAfterIds = ["minutes", "hours", "weeks"] as const;
export type StoppedAfter = (typeof stoppedAfterIds)[number];

export type Symptom = { id: SymptomId; stoppedAfter?: StoppedAfter };

export type SourceId = "tac-218453" | "oracle-12532" | "ms-refresh-tokens" | "ms-smtp-auth" | "ms-pop-imap" | "ms-oauth" | "ms-entra-errors";

// One rule per symptom (and timing): the causes it makes likely, most likely first, why, and where that comes from.
export const reasonIds = ["at-once", "refresh-fails", "long-after", "stopped", "signin", "incoming-only", "outgoing-only", "both", "alarms", "per-mailbox", "setup"] as const;
export type ReasonId = (typeof reasonIds)[number];

export type RankingRule = { symptom: Symptom; causes: readonly CauseId[]; reason: ReasonId; sources: readonly SourceId[]; rulesOut?: readonly CauseId[] };

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

export const rankingRules: readonly RankingRule[] = [
  {
    symptom: { id: "stopped", stoppedAfter: "minutes" },
    causes: ["token-wrong-user", "token-signed-in-as-other", "token-not-private-window", "full-access-missing", "retrieval-protocol-disabled", "smtp-auth-disabled", "imap-disabled-or-no-access"],
    reason: "at-once",
    sources: ["oracle-12532", "tac-218453"],
  },
  {
    symptom: { id: "stopped", stoppedAfter: "hours" },
    causes: ["sign-in-refresh-failing", "sign-in-policy-blocks", "secret-expired", "secret-is-secret-id", "secret-invalid", "permission-offline-missing", "network-blocked", "port-refused", "port-timeout", "refresh-token-expired", "blocked-by-conditional-access", "mfa-required", "user-disabled"],
    reason: "refresh-fails",
    sources: ["oracle-12532", "ms-refresh-tokens"],
  },
  {
    symptom: { id: "stopped", stoppedAfter: "weeks" },
    causes: ["sign-in-refresh-failing", "sign-in-policy-blocks", "refresh-token-expired", "secret-expired", "basic-auth-used", "licence-missing", "smtp-auth-disabled-tenant", "user-disabled"],
    reason: "long-after",
    sources: ["ms-refresh-tokens", "ms-smtp-auth"],
  },
  {
    symptom: { id: "stopped" },
    causes: ["sign-in-refresh-failing", "sign-in-policy-blocks", "secret-expired", "refresh-token-expired", "permission-offline-missing", "token-wrong-user", "basic-auth-used"],
    reason: "stopped",
    sources: ["oracle-12532", "ms-refresh-tokens"],
  },
  {
    symptom: { id: "signin-error" },
    causes: ["redirect-uri-mismatch", "redirect-host-mismatch", "url-missing", "url-console-mismatch", "consent-missing", "app-not-found", "tenant-not-found", "mfa-required", "blocked-by-conditional-access", "redirect-not-web-platform", "sign-in-interactive-failing", "sign-in-policy-blocks"],
    reason: "signin",
    sources: ["ms-entra-errors", "tac-218453"],
  },
  { symptom: { id: "no-incoming" }, causes: retrievalCauses, reason: "incoming-only", sources: ["ms-pop-imap", "tac-218453"], rulesOut: sendingCauses },
  { symptom: { id: "no-outgoing" }, causes: sendingCauses, reason: "outgoing-only", sources: ["ms-smtp-auth", "tac-218453"], rulesOut: retrievalCauses },
  {
    symptom: { id: "neither" },
    causes: ["token-wrong-user", "secret-expired", "network-blocked", "es-missing", "url-missing", "tenant-id-malformed", "client-id-malformed"],
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
    causes: ["full-access-missing", "retrieval-protocol-disabled", "smtp-auth-disabled-mailbox", "licence-missing", "licence-plan-without-imap-pop", "token-wrong-user"],
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
