import type { CheckId, Owner } from "./checks";
import type { DocId } from "./docs";

type CauseDef = { check: CheckId; owner?: Owner; docs: readonly DocId[] };

export const causes = {
  "version-without-oauth": { check: "ece-version", docs: ["tac-218453", "cisco-ece-support"] },
  "version-later-check-docs": { check: "ece-version", docs: ["cisco-ece-install-guides"] },
  "es-missing": { check: "ece-version", docs: ["tac-218453", "cisco-ece-support"] },
  "es-et1-missing": { check: "ece-version", docs: ["tac-218453", "cisco-bug-search"] },
  "es-et1-unverified": { check: "ece-version", docs: ["tac-218453", "cisco-bug-search"] },
  "es-not-latest": { check: "ece-version", docs: ["tac-218453", "cisco-ece-support"] },
  "es-latest-unknown": { check: "ece-version", docs: ["cisco-ece-support"] },
  "url-missing": { check: "external-url", docs: ["tac-218453", "egain-email-accounts"] },
  "url-not-https": { check: "external-url", docs: ["tac-218453"] },
  "url-not-fqdn": { check: "external-url", docs: ["tac-218453"] },
  "url-has-path": { check: "external-url", docs: ["tac-218453"] },
  "url-console-mismatch": { check: "external-url", docs: ["tac-218453"] },
  "redirect-not-https": { check: "redirect-uri", docs: ["ms-entra-errors"] },
  "redirect-host-mismatch": { check: "redirect-uri", docs: ["tac-218453", "ms-entra-errors"] },
  "redirect-uri-mismatch": { check: "redirect-uri", docs: ["ms-entra-errors"] },
  "redirect-ece-unknown": { check: "redirect-uri", owner: "ece-admin", docs: ["cisco-ece-install-guides"] },
  "redirect-not-web-platform": { check: "redirect-uri", docs: ["ms-refresh-tokens"] },
  "redirect-platform-unknown": { check: "redirect-uri", docs: ["ms-refresh-tokens"] },
  "tenant-id-malformed": { check: "app-ids", docs: ["ms-entra-errors"] },
  "client-id-malformed": { check: "app-ids", docs: ["ms-entra-errors"] },
  "client-id-is-tenant-id": { check: "app-ids", docs: ["ms-entra-errors"] },
  "secret-is-secret-id": { check: "app-ids", docs: ["ms-entra-errors"] },
  "secret-not-given": { check: "app-ids", docs: ["ms-entra-errors"] },
  "secret-expired": { check: "client-secret", docs: ["ms-entra-errors"] },
  "secret-expiring-soon": { check: "client-secret", docs: ["ms-entra-errors"] },
  "secret-expiry-unknown": { check: "client-secret", docs: ["ms-entra-errors"] },
  "permission-retrieval-missing": { check: "api-permissions", docs: ["ms-oauth-imap-pop-smtp"] },
  "permission-smtp-missing": { check: "api-permissions", docs: ["ms-oauth-imap-pop-smtp"] },
  "permission-offline-missing": { check: "api-permissions", docs: ["ms-oauth-imap-pop-smtp", "ms-refresh-tokens"] },
  "consent-missing": { check: "api-permissions", docs: ["ms-entra-errors"] },
  "consent-unknown": { check: "api-permissions", docs: ["ms-entra-errors"] },
  "token-lifetime-unusual": { check: "token-lifetime", docs: ["ms-refresh-tokens"] },
  "token-lifetime-unknown": { check: "token-lifetime", docs: ["ms-refresh-tokens"] },
  "full-access-missing": { check: "account-model", docs: ["ms-oauth-imap-pop-smtp"] },
  "full-access-unknown": { check: "account-model", docs: ["ms-oauth-imap-pop-smtp"] },
  "retrieval-protocol-disabled": { check: "mailbox-protocols", docs: ["ms-pop-imap-enable"] },
  "smtp-auth-disabled": { check: "mailbox-protocols", docs: ["ms-smtp-auth"] },
  "protocols-unknown": { check: "mailbox-protocols", docs: ["ms-pop-imap-enable", "ms-smtp-auth"] },
  "licence-missing": { check: "licence", docs: ["tac-218453"] },
  "licence-plan-without-imap-pop": { check: "licence", docs: ["tac-218453"] },
  "licence-below-e3": { check: "licence", docs: ["tac-218453"] },
  "licence-unknown": { check: "licence", docs: ["tac-218453"] },
  "token-not-private-window": { check: "token-generation", docs: ["tac-218453"] },
  "token-signed-in-as-other": { check: "token-generation", docs: ["tac-218453"] },
  "token-generation-unknown": { check: "token-generation", docs: ["tac-218453"] },
  "network-blocked": { check: "network-plan", docs: ["tac-218453", "ms-connectivity-analyzer"] },
  "network-not-verified": { check: "network-plan", docs: ["tac-218453", "ms-connectivity-analyzer"] },
  "tls-inspection": { check: "network-plan", docs: ["ms-connectivity-analyzer"] },
} as const satisfies Record<string, CauseDef>;

export type CauseId = keyof typeof causes;
export const causeIds = Object.keys(causes) as CauseId[];

export function causeDef(id: CauseId): CauseDef {
  return causes[id];
}
