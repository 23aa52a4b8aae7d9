import type { CauseId } from "@/lib/catalogue/causes";
import { aadstsCauses } from "@/lib/knowledge/aadsts";

// Each pattern recognises one error text from Microsoft, Exchange Online, Java or Node, whatever its surrounding
// text, case or line breaks (research notes: microsoft.md §1–3, ece.md §4.2). Order matters: specific before generic.
export type TriagePattern = { id: string; cause: CauseId; pattern: RegExp; params?: (match: RegExpMatchArray) => Record<string, string> };

const aadsts = (codes: readonly number[], cause: CauseId): TriagePattern => ({
  id: `aadsts-${codes[0]}`,
  cause,
  pattern: new RegExp(`\\bAADSTS(${codes.join("|")})\\b`, "i"),
});

export const triagePatterns: TriagePattern[] = [
  ...aadstsCauses.map(([codes, cause]) => aadsts(codes, cause)),
  { id: "aadsts-70000-redirect", cause: "redirect-uri-mismatch", pattern: /\bAADSTS70000\b[\s\S]{0,200}?redirect_uri/i },
  { id: "invalid-redirect-uri", cause: "redirect-uri-mismatch", pattern: /input parameter\s+'redirect_uri'\s+is not valid/i },
  { id: "reply-url-mismatch", cause: "redirect-uri-mismatch", pattern: /reply url specified in the request does not match/i },
  { id: "imap-not-connected", cause: "imap-disabled-or-no-access", pattern: /User\s+is\s+authenticated\s+but\s+not\s+connected/i },
  { id: "imap-auth-failed", cause: "imap-auth-failed", pattern: /\bNO\s+AUTHENTICATE\s+failed/i },
  { id: "imap-login-failed", cause: "basic-auth-used", pattern: /\bNO\s+LOGIN\s+failed/i },
  // POP3 needs AUTH XOAUTH2 and the string on two lines (research microsoft.md §1.3); a string on the AUTH line that
  // Exchange answers with -ERR is the one-line form. SMTP accepts the one-line form and IMAP says AUTHENTICATE.
  { id: "pop-one-line-auth", cause: "pop-one-line-auth", pattern: /\bAUTH\s+XOAUTH2\s+(?:<redacted\s\d+\schars>|[A-Za-z0-9+/]{8,}={0,2})[\s\S]{0,300}?\s-ERR\b/i },
  { id: "pop-auth-failed", cause: "pop-auth-failed", pattern: /-ERR\s+Authentication\s+failure/i },
  { id: "smtp-disabled-tenant", cause: "smtp-auth-disabled-tenant", pattern: /5\.7\.139[\s\S]{0,120}?SmtpClientAuthentication\s+is\s+disabled\s+for\s+the\s+Tenant/i },
  { id: "smtp-disabled-mailbox", cause: "smtp-auth-disabled-mailbox", pattern: /5\.7\.139[\s\S]{0,120}?SmtpClientAuthentication\s+is\s+disabled\s+for\s+the\s+Mailbox/i },
  { id: "smtp-basic-disabled", cause: "basic-auth-used", pattern: /5\.7\.139[\s\S]{0,80}?basic\s+authentication\s+is\s+disabled/i },
  { id: "smtp-basic-not-supported", cause: "basic-auth-used", pattern: /5\.7\.30[\s\S]{0,40}?Basic\s+authentication\s+is\s+not\s+supported/i },
  { id: "smtp-535-573", cause: "smtp-auth-failed", pattern: /\b535[\s-]+5\.7\.3\b/i },
  { id: "smtp-504-auth-type", cause: "tls-mode-mismatch", pattern: /\b504[\s-]+5\.7\.4\s+Unrecognized\s+authentication\s+type/i },
  { id: "tls-pkix", cause: "tls-untrusted", pattern: /PKIX\s+path\s+building\s+failed|unable\s+to\s+find\s+valid\s+certification\s+path|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|self[\s-]signed\s+certificate\s+in\s+certificate\s+chain|unable\s+to\s+get\s+local\s+issuer\s+certificate/i },
  { id: "tls-name", cause: "tls-name-mismatch", pattern: /No\s+subject\s+alternative\s+(?:DNS\s+)?names?\s+matching|ERR_TLS_CERT_ALTNAME_INVALID|Hostname\/IP\s+does\s+not\s+match|doesn't\s+match\s+any\s+of\s+the\s+subject\s+alternative\s+names/i },
  { id: "tls-expired", cause: "tls-expired", pattern: /CertificateExpiredException|CERT_HAS_EXPIRED|certificate\s+has\s+expired/i },
  { id: "tls-old", cause: "tls-too-old", pattern: /protocol_version|No\s+appropriate\s+protocol|TLS\s*1\.[01]\s+is\s+(?:not\s+supported|deprecated)|must\s+use\s+TLS\s*1\.2/i },
  { id: "tls-mode", cause: "tls-mode-mismatch", pattern: /Unsupported\s+or\s+unrecognized\s+SSL\s+message|wrong\s+version\s+number|plaintext\s+connection\?/i },
  { id: "dns-unknown-host", cause: "dns-failed", pattern: /UnknownHostException|ENOTFOUND|getaddrinfo\s+\w+|Name\s+or\s+service\s+not\s+known|No\s+such\s+host\s+is\s+known/i },
  { id: "tcp-refused", cause: "port-refused", pattern: /Connection\s+refused|ECONNREFUSED/i },
  { id: "tcp-timeout", cause: "port-timeout", pattern: /connect\s+timed\s+out|Connection\s+timed\s+out|ETIMEDOUT|SocketTimeoutException/i },
  { id: "tcp-unreachable", cause: "port-unreachable", pattern: /No\s+route\s+to\s+host|Network\s+is\s+unreachable|EHOSTUNREACH|ENETUNREACH/i },
  { id: "tcp-reset", cause: "connection-dropped", pattern: /Connection\s+reset|ECONNRESET|Broken\s+pipe|EPIPE/i },
];
