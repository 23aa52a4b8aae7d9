import type { CauseId } from "@/lib/catalogue/causes";
import { aadstsCauses } from "@/lib/knowledge/aadsts";

// Each pattern recognises one error text from Microsoft, Exchange Online, Java, .NET, Python or Node, however a log
// reformats it: the patterns read the normalised text (lib/triage/normalise.ts: whitespace folded, escapes and HTML
// entities undone) and ignore case. Bounded gaps only (.{0,n}), never nested quantifiers, so no input can make a
// pattern backtrack for long.
//
// A family is what a generic pattern defers to: a generic match (the family is certain, the cause is not) is dropped
// when a specific cause of a family it defers to is found in the same text.
export type Family = "entra" | "mail-auth" | "token" | "session" | "smtp" | "tls" | "network" | "graph";
export type TriagePattern = {
  id: string;
  cause: CauseId;
  family: Family;
  pattern: RegExp;
  generic?: readonly Family[];
  params?: (match: RegExpExecArray) => Record<string, string>;
};

const aadsts = (codes: readonly number[], cause: CauseId): TriagePattern => ({
  id: `aadsts-${codes[0]}`,
  cause,
  family: "entra",
  pattern: new RegExp(`\\bAADSTS(?:${codes.join("|")})\\b`, "i"),
});

export const triagePatterns: TriagePattern[] = [
  // Entra ID: the code when there is one, the wording when a client printed only the message.
  ...aadstsCauses.map(([codes, cause]) => aadsts(codes, cause)),
  {
    id: "aadsts-70000-redirect",
    cause: "redirect-uri-mismatch",
    family: "entra",
    pattern: /\bAADSTS70000\b.{0,200}?redirect_uri/i,
  },
  {
    id: "invalid-redirect-uri",
    cause: "redirect-uri-mismatch",
    family: "entra",
    pattern: /input parameter 'redirect_uri' is not valid/i,
  },
  {
    id: "reply-url-mismatch",
    cause: "redirect-uri-mismatch",
    family: "entra",
    pattern: /reply url specified in the request does not match/i,
  },
  {
    id: "secret-invalid-text",
    cause: "secret-invalid",
    family: "entra",
    pattern: /invalid client secret (?:is )?provided/i,
  },
  {
    id: "secret-expired-text",
    cause: "secret-expired",
    family: "entra",
    pattern: /client secret keys (?:for app '[^']{0,100}' )?are expired/i,
  },
  {
    id: "app-not-found-text",
    cause: "app-not-found",
    family: "entra",
    pattern: /application (?:id )?with identifier .{1,200}? was not found in the directory/i,
  },
  {
    id: "consent-missing-text",
    cause: "consent-missing",
    family: "entra",
    pattern:
      /has not consented to use the application|Need admin approval|only an admin can grant|prevents you from granting .{1,200}? permissions/i,
  },
  // AADSTS700084: a refresh token issued to a single-page-app redirect lasts 24 hours. Here and not in the AADSTS table,
  // because the live checks render that table's causes without the platform this cause's text names.
  {
    id: "spa-refresh-token-text",
    cause: "redirect-not-web-platform",
    family: "entra",
    pattern: /\bAADSTS700084\b|refresh token was issued to a single page app/i,
    params: () => ({ platform: "spa" }),
  },
  {
    id: "conditional-access-text",
    cause: "blocked-by-conditional-access",
    family: "entra",
    pattern: /blocked by conditional access/i,
  },
  {
    id: "mfa-required-text",
    cause: "mfa-required",
    family: "entra",
    pattern: /you must use multi-factor authentication to access/i,
  },
  {
    id: "invalid-credentials-text",
    cause: "invalid-credentials",
    family: "entra",
    pattern: /error validating credentials due to invalid username or password/i,
  },
  { id: "aadsts-other", cause: "aadsts-other", family: "entra", generic: ["entra"], pattern: /\bAADSTS\d{4,7}\b/i },

  // IMAP, POP3 and SMTP replies of Exchange Online.
  {
    id: "imap-not-connected",
    cause: "imap-disabled-or-no-access",
    family: "mail-auth",
    pattern: /User is authenticated but not connected/i,
  },
  {
    id: "imap-auth-failed",
    cause: "imap-auth-failed",
    family: "mail-auth",
    pattern: /\b(?:NO )?AUTHENTICATE failed\b/i,
  },
  {
    id: "imap-login-failed",
    cause: "basic-auth-used",
    family: "mail-auth",
    pattern: /\bLOGIN failed\b|Logon failure: unknown user name or bad password/i,
  },
  // A password sent instead of a token (AUTHENTICATE PLAIN, AUTH LOGIN) and refused: basic authentication, whatever
  // the reply. Only a refusal counts, never the capability list that merely offers AUTH LOGIN.
  {
    id: "password-auth-refused",
    cause: "basic-auth-used",
    family: "mail-auth",
    pattern:
      /AUTHENTICATE PLAIN .{0,300}?NO AUTHENTICATE failed|AUTH LOGIN failed|Password command failed|Password not accepted|auth \[LOGIN\]: .{0,40}?NO|command: 'AUTH LOGIN'|5\.7\.139 Authentication unsuccessful, the user credentials were incorrect/i,
  },
  // POP3 needs AUTH XOAUTH2 and the string on two lines (research microsoft.md §1.3); a string on the AUTH line that
  // Exchange answers with -ERR is the one-line form. SMTP accepts the one-line form and IMAP says AUTHENTICATE.
  {
    id: "pop-one-line-auth",
    cause: "pop-one-line-auth",
    family: "mail-auth",
    pattern: /\bAUTH XOAUTH2 (?:<redacted \d+ chars>|[A-Za-z0-9+/]{8,}={0,2}).{0,300}? -ERR\b/i,
  },
  {
    id: "pop-auth-failed",
    cause: "pop-auth-failed",
    family: "mail-auth",
    pattern: /\bERR Authentication failure|Authentication failure: unknown user name or bad password/i,
  },
  {
    id: "smtp-disabled-tenant",
    cause: "smtp-auth-disabled-tenant",
    family: "mail-auth",
    pattern: /5\.7\.139.{0,120}?SmtpClientAuthentication is disabled for the Tenant/i,
  },
  {
    id: "smtp-disabled-mailbox",
    cause: "smtp-auth-disabled-mailbox",
    family: "mail-auth",
    pattern: /5\.7\.139.{0,120}?SmtpClientAuthentication is disabled for the Mailbox/i,
  },
  {
    id: "smtp-basic-disabled",
    cause: "basic-auth-used",
    family: "mail-auth",
    pattern: /5\.7\.139.{0,80}?basic authentication is disabled/i,
  },
  {
    id: "smtp-basic-not-supported",
    cause: "basic-auth-used",
    family: "mail-auth",
    pattern: /5\.7\.30.{0,40}?Basic authentication is not supported/i,
  },
  {
    id: "smtp-535-573",
    cause: "smtp-auth-failed",
    family: "mail-auth",
    pattern: /\b535[ -]+5\.7\.3\b|\b5\.7\.3 Authentication unsuccessful/i,
  },
  {
    id: "starttls-not-offered",
    cause: "starttls-missing",
    family: "mail-auth",
    pattern: /STARTTLS is required but host does not support STARTTLS/i,
  },
  { id: "send-as-denied", cause: "send-as-denied", family: "smtp", pattern: /SendAsDenied|\b5\.7\.60\b/i },
  {
    id: "mailbox-logon-failed",
    cause: "mailbox-logon-failed",
    family: "smtp",
    pattern: /STOREDRV.{0,40}?mailbox logon failure|MapiExceptionLogonFailed/i,
  },
  {
    id: "xoauth2-user-invalid",
    cause: "xoauth2-malformed",
    family: "token",
    pattern: /5\.5\.124 Invalid XOAUTH2 auth data/i,
    params: () => ({ problems: "Exchange did not accept the address after user= (501 5.5.124)" }),
  },
  // Throttling and concurrency limits of Exchange Online (IMAP, POP, SMTP and EWS word them differently).
  {
    id: "exchange-throttled",
    cause: "exchange-throttled",
    family: "smtp",
    pattern:
      /Request is throttled|exceeded the available concurrent connections|too many concurrent connections|throttling budget|maximum number of concurrent connections|\b4\.7\.0 .{0,40}?(?:throttl|too many|temporar)|SubmissionQuotaExceeded|Connection rate limit exceeded/i,
  },
  {
    id: "smtp-504-auth-type",
    cause: "tls-mode-mismatch",
    family: "mail-auth",
    pattern: /\b504[ -]+5\.7\.4 Unrecognized authentication type/i,
  },
  // JavaMail, MailKit and others when the server's reply is not in the text: only the family is certain.
  {
    id: "mail-auth-generic",
    cause: "mail-auth-failed",
    family: "mail-auth",
    generic: ["mail-auth", "token", "entra"],
    pattern:
      /AuthenticationFailedException|\bAuthenticationException\b|SMTPAuthenticationError|Authentication failed|Authentication unsuccessful|Unable to log (?:in )?at server/i,
  },

  // TLS: Java's and Node's wording.
  {
    id: "tls-pkix",
    cause: "tls-untrusted",
    family: "tls",
    pattern:
      /PKIX path building failed|unable to find valid certification path|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|self[ -]signed certificate in certificate chain|unable to get local issuer certificate/i,
  },
  {
    id: "tls-name",
    cause: "tls-name-mismatch",
    family: "tls",
    pattern:
      /No subject alternative (?:DNS )?names? matching|No name matching \S{1,100} found|ERR_TLS_CERT_ALTNAME_INVALID|Hostname\/IP (?:does not|doesn't) match|doesn't match any of the subject alternative names/i,
  },
  {
    id: "tls-expired",
    cause: "tls-expired",
    family: "tls",
    pattern: /CertificateExpiredException|CERT_HAS_EXPIRED|certificate has expired/i,
  },
  {
    id: "tls-old",
    cause: "tls-too-old",
    family: "tls",
    pattern:
      /protocol_version|No appropriate protocol|TLS ?1\.[01] is (?:not supported|deprecated)|must use TLS ?1\.2/i,
  },
  {
    id: "tls-mode",
    cause: "tls-mode-mismatch",
    family: "tls",
    pattern:
      /Unsupported or unrecognized SSL message|wrong version number|plaintext connection\?|handshake failed due to an unexpected packet format/i,
  },
  {
    id: "tls-generic",
    cause: "tls-handshake-failed",
    family: "tls",
    generic: ["tls"],
    pattern:
      /SSLHandshakeException|handshake_failure|Remote host terminated the handshake|Received fatal alert|SSL handshake failed|TLS handshake failed|Could not convert socket to TLS/i,
  },

  // Network.
  {
    id: "dns-unknown-host",
    cause: "dns-failed",
    family: "network",
    pattern: /UnknownHostException|ENOTFOUND|getaddrinfo \w+|Name or service not known|No such host is known/i,
  },
  { id: "tcp-refused", cause: "port-refused", family: "network", pattern: /Connection refused|ECONNREFUSED/i },
  {
    id: "tcp-timeout",
    cause: "port-timeout",
    family: "network",
    pattern: /connect timed out|Connection timed out|ETIMEDOUT|SocketTimeoutException/i,
  },
  {
    id: "tcp-unreachable",
    cause: "port-unreachable",
    family: "network",
    pattern: /No route to host|Network is unreachable|EHOSTUNREACH|ENETUNREACH/i,
  },
  {
    id: "tcp-reset",
    cause: "connection-dropped",
    family: "network",
    pattern: /Connection reset|ECONNRESET|Broken pipe|EPIPE|forcibly closed by the remote host/i,
  },
  {
    id: "connect-generic",
    cause: "connection-failed",
    family: "network",
    generic: ["network", "tls"],
    pattern: /MailConnectException|Couldn't connect to host|Could not connect to SMTP host/i,
  },

  // The mail session closed under the client, without the reason in the text.
  // Exchange ends an IMAP session whose token has expired with this BYE (the session outlives the token's hour).
  {
    id: "imap-bye-token-expired",
    cause: "token-expired",
    family: "token",
    pattern: /BYE Session invalidated - AccessTokenExpired/i,
  },
  {
    id: "session-closed",
    cause: "imap-session-closed",
    family: "session",
    generic: ["mail-auth", "token", "network", "tls"],
    pattern:
      /FolderClosedException|StoreClosedException|Lost folder connection|ImapProtocolException|Unexpected token in IMAP greeting|\* BYE (?:Autologout|System Error|Connection closed|Server shutting down|Session invalidated)/i,
  },
  // Microsoft Graph and EWS refusing a token: which claim is wrong needs the token itself.
  {
    id: "graph-ews-denied",
    cause: "graph-ews-denied",
    family: "graph",
    generic: ["token", "entra"],
    pattern:
      /InvalidAuthenticationToken|Access token validation failure|ErrorAccessDenied|graph\.microsoft\.com\S{0,200} .{0,200}?\b401 Unauthorized|(?:remote server returned an error|serveur distant a retourné une erreur) ?: ?\(401\)|EWS request - HTTP code 401|HTTP Client error 401/i,
  },
  // Any other refusal with an SMTP or enhanced status code: the family is certain, the cause is not.
  {
    id: "smtp-rejected",
    cause: "smtp-rejected",
    family: "smtp",
    generic: ["mail-auth", "smtp", "token", "tls", "network", "session"],
    pattern:
      /SmtpCommandException|SMTPSendFailedException|Horde_Smtp_Exception|[Cc]lient (?:was )?not authenticated to send|SMTPAddressFailedException|SMTPDataError|SMTPRecipientsRefused|SMTPSenderRefused|\b5\d\d[ -]5\.\d{1,2}\.\d{1,3}\b|(?<![\w.])[45]\.\d{1,2}\.\d{1,3} (?=[A-Z])/,
  },
];
