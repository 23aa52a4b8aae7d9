// Evidence a live probe returns. Public: it appears in /api/diagnose answers and in shared reports.
// Secrets never appear here: tokens and XOAUTH2 blobs read "<redacted N chars>" in transcripts.

export const probeKinds = [
  "dns",
  "tcp",
  "tls",
  "imap",
  "pop3",
  "smtp",
  "entra-discovery",
  "entra-realm",
  "entra-token",
] as const;
export type ProbeKind = (typeof probeKinds)[number];

export type TranscriptEntry = { ms: number; from: "client" | "server" | "note"; text: string };

export type PhaseTiming = { phase: string; ms: number; outcome: "ok" | "error" | "timeout" };

// Stable codes; a network error keeps Node's code (ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH, ENETUNREACH, ENOTFOUND,
// ECONNRESET, ...) and TLS errors keep Node's/OpenSSL's (CERT_HAS_EXPIRED, ERR_TLS_CERT_ALTNAME_INVALID,
// SELF_SIGNED_CERT_IN_CHAIN, UNABLE_TO_VERIFY_LEAF_SIGNATURE, ...).
export type ProbeErrorCode =
  | "TIMEOUT"
  | "ABORTED"
  | "CLOSED"
  | "LINE_TOO_LONG"
  | "TOO_MUCH_DATA"
  | "PROTOCOL"
  | "REFUSED_TARGET"
  // Mail protocol outcomes (the exact server text is in auth / afterAuth / stat and the transcript).
  | "AUTH_FAILED"
  | "AFTER_AUTH_FAILED"
  | "XOAUTH2_NOT_OFFERED"
  | "STARTTLS_MISSING"
  | "STARTTLS_REFUSED"
  | "DNS_CONFIG"
  | (string & {});

export type ProbeError = { code: ProbeErrorCode; message: string; phase: string };

export type ProbeBase = {
  kind: ProbeKind;
  target: string;
  remoteAddress?: string;
  startedAt: string;
  ms: number;
  phases: PhaseTiming[];
  transcript: TranscriptEntry[];
  error?: ProbeError;
};

// resolveOnly: the ECE external URL's host, looked up but never connected to.
export type DnsEvidence = ProbeBase & { kind: "dns"; host: string; addresses: string[]; resolveOnly?: true };

export type TcpEvidence = ProbeBase & { kind: "tcp"; host: string; port: number; connected: boolean };

export type CertificateSummary = {
  subject: string;
  altNames: string[];
  issuer: string;
  validFrom: string;
  validTo: string;
  chain: string[];
  fingerprint256?: string;
};

export type TlsEvidence = ProbeBase & {
  kind: "tls";
  host: string;
  port: number;
  starttls: boolean;
  protocol?: string;
  cipher?: string;
  authorized: boolean;
  authorizationError?: string;
  certificate?: CertificateSummary;
};

export type ServerReply = { status: string; text: string };

export type ImapEvidence = ProbeBase & {
  kind: "imap";
  mailbox: string;
  greeting?: string;
  // Exchange backend FQDN decoded from the greeting's base64 UTF-16LE bracket.
  backend?: string;
  capabilities: string[];
  saslIr: boolean;
  auth?: ServerReply;
  afterAuth?: ServerReply & { command: string };
  tls?: Omit<TlsEvidence, keyof ProbeBase | "kind">;
};

export type Pop3Evidence = ProbeBase & {
  kind: "pop3";
  mailbox: string;
  greeting?: string;
  backend?: string;
  capabilities: string[];
  // "two-line" (AUTH XOAUTH2, "+", string: what Exchange needs) or "one-line" (string on the AUTH line).
  authStyle?: "two-line" | "one-line";
  auth?: ServerReply;
  stat?: ServerReply;
  tls?: Omit<TlsEvidence, keyof ProbeBase | "kind">;
};

export type SmtpEvidence = ProbeBase & {
  kind: "smtp";
  mailbox: string;
  greeting?: string;
  ehloBeforeTls: string[];
  // "not-reached": the probe stopped (see error) before EHLO could tell.
  starttls: "not-reached" | "not-offered" | "refused" | "ok";
  ehloAfterTls: string[];
  // "one-line": AUTH XOAUTH2 <blob>; "two-step": AUTH XOAUTH2, 334, <blob>.
  authStyle?: "one-line" | "two-step";
  auth?: ServerReply;
  tls?: Omit<TlsEvidence, keyof ProbeBase | "kind">;
};

export type ProbeEvidence =
  | DnsEvidence
  | TcpEvidence
  | TlsEvidence
  | ImapEvidence
  | Pop3Evidence
  | SmtpEvidence
  | EntraEvidence;

export type EntraError = { error?: string; aadsts?: number; description?: string; httpStatus?: number };

export type EntraDiscoveryEvidence = ProbeBase & {
  kind: "entra-discovery";
  tenant: string;
  issuer?: string;
  cloudInstance?: string;
  entraError?: EntraError;
};

export type EntraRealmEvidence = ProbeBase & {
  kind: "entra-realm";
  domain: string;
  namespaceType?: "Managed" | "Federated" | "Unknown";
  authUrl?: string;
  cloudInstance?: string;
};

export type EntraTokenEvidence = ProbeBase & {
  kind: "entra-token";
  clientId: string;
  grant: "client_credentials";
  ok: boolean;
  entraError?: EntraError;
};

export type EntraEvidence = EntraDiscoveryEvidence | EntraRealmEvidence | EntraTokenEvidence;
