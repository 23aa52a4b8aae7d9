import type { CauseId } from "@/lib/catalogue/causes";
import type { CheckId } from "@/lib/catalogue/checks";
import { causeForAadsts } from "@/lib/knowledge/aadsts";
import type {
  DnsEvidence,
  EntraDiscoveryEvidence,
  EntraRealmEvidence,
  EntraTokenEvidence,
  ImapEvidence,
  Pop3Evidence,
  ProbeEvidence,
  SmtpEvidence,
  TcpEvidence,
  TlsEvidence,
} from "@/lib/probes/types";
import { decodeToken, type TokenProblem, tokenProblems } from "@/lib/token/claims";
import { type Finding, finding, type LiveContext, type Params } from "./types";

export type { LiveContext } from "./types";

const certificateCauses: Record<string, CauseId> = {
  CERT_HAS_EXPIRED: "tls-expired",
  ERR_TLS_CERT_ALTNAME_INVALID: "tls-name-mismatch",
  HOSTNAME_MISMATCH: "tls-name-mismatch",
  SELF_SIGNED_CERT_IN_CHAIN: "tls-untrusted",
  DEPTH_ZERO_SELF_SIGNED_CERT: "tls-untrusted",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "tls-untrusted",
  UNABLE_TO_GET_ISSUER_CERT: "tls-untrusted",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "tls-untrusted",
  CERT_UNTRUSTED: "tls-untrusted",
  CERT_SIGNATURE_FAILURE: "tls-untrusted",
};

const oldTls = new Set(["TLSv1", "TLSv1.1", "SSLv3"]);

type Transport = {
  target: string;
  host: string;
  port: string;
  error?: { code: string; phase: string; message: string };
  tls?: Partial<TlsEvidence>;
};

// The network and TLS part shared by every probe that opens a connection: the first failure names the cause.
function transportFinding(check: CheckId, evidence: Transport, timeouts: { seconds: string }): Finding | null {
  const base: Params = { host: evidence.host, port: evidence.port, target: evidence.target };
  const tls = evidence.tls;
  if (tls?.authorizationError) {
    const cause = certificateCauses[tls.authorizationError] ?? "tls-untrusted";
    return finding(
      check,
      "fail",
      cause,
      {
        ...base,
        issuer: tls.certificate?.issuer ?? "-",
        names: tls.certificate?.altNames.join(", ") || tls.certificate?.subject || "-",
        validTo: tls.certificate?.validTo ?? "-",
      },
      evidence.target,
    );
  }
  if (tls?.protocol && oldTls.has(tls.protocol))
    return finding(check, "fail", "tls-too-old", { ...base, protocol: tls.protocol }, evidence.target);
  const error = evidence.error;
  if (!error) return null;
  const code = error.code;
  if (
    code === "ENOTFOUND" ||
    code === "EAI_AGAIN" ||
    code === "ENODATA" ||
    code === "ESERVFAIL" ||
    error.phase === "dns"
  )
    return finding(check, "fail", "dns-failed", { ...base, code }, evidence.target);
  if (code === "ECONNREFUSED") return finding(check, "fail", "port-refused", base, evidence.target);
  if (code === "EHOSTUNREACH" || code === "ENETUNREACH")
    return finding(check, "fail", "port-unreachable", { ...base, code }, evidence.target);
  if (code === "TIMEOUT" && error.phase === "tcp")
    return finding(check, "fail", "port-timeout", { ...base, seconds: timeouts.seconds }, evidence.target);
  if (code === "TIMEOUT" && (error.phase === "greeting" || error.phase === "tls"))
    return finding(check, "fail", "no-greeting", { ...base, seconds: timeouts.seconds }, evidence.target);
  if (/WRONG_VERSION_NUMBER|UNKNOWN_PROTOCOL|EPROTO/.test(code))
    return finding(check, "fail", "tls-mode-mismatch", base, evidence.target);
  if (code === "STARTTLS_MISSING") return finding(check, "fail", "starttls-missing", base, evidence.target);
  // The address policy refused every address DNS gave (metadata, link-local, private...): nothing was sent.
  if (code === "REFUSED_TARGET" && error.phase === "tcp") {
    return finding(
      check,
      "fail",
      "address-refused",
      { ...base, address: /resolved to ([0-9A-Fa-f:.]+),/.exec(error.message)?.[1] ?? "-" },
      evidence.target,
    );
  }
  if (code === "REFUSED_TARGET") return null;
  if (
    ["CLOSED", "ECONNRESET", "EPIPE", "LINE_TOO_LONG", "TOO_MUCH_DATA", "PROTOCOL", "TIMEOUT"].includes(code) ||
    error.phase === "tls"
  ) {
    return finding(check, "fail", "connection-dropped", { ...base, phase: error.phase }, evidence.target);
  }
  return null;
}

function split(target: string): { host: string; port: string } {
  const index = target.lastIndexOf(":");
  return index === -1 ? { host: target, port: "" } : { host: target.slice(0, index), port: target.slice(index + 1) };
}

const seconds = (evidence: ProbeEvidence) => String(Math.max(1, Math.round(evidence.ms / 1000)));

function transportOf(evidence: ProbeEvidence & { tls?: Partial<TlsEvidence> }): Transport {
  return {
    target: evidence.target,
    ...split(evidence.target),
    ...(evidence.error ? { error: evidence.error } : {}),
    ...(evidence.tls ? { tls: evidence.tls } : {}),
  };
}

export function dnsFindings(evidence: DnsEvidence): Finding[] {
  if (evidence.error || evidence.addresses.length === 0) {
    // ECE's own host may resolve only inside the customer's network: worth knowing, not proof of a fault.
    return [
      finding(
        "dns",
        evidence.resolveOnly ? "info" : "fail",
        "dns-failed",
        { host: evidence.host, code: evidence.error?.code ?? "NODATA", target: evidence.host },
        evidence.host,
      ),
    ];
  }
  return [
    {
      check: "dns",
      status: "pass",
      target: evidence.host,
      params: { host: evidence.host, addresses: evidence.addresses.join(", ") },
    },
  ];
}

export function tcpFindings(evidence: TcpEvidence): Finding[] {
  const problem = transportFinding("tcp", transportOf(evidence), { seconds: seconds(evidence) });
  if (problem) return [problem];
  if (!evidence.connected) return [];
  return [
    {
      check: "tcp",
      status: "pass",
      target: evidence.target,
      params: { host: evidence.host, port: String(evidence.port), target: evidence.target },
    },
  ];
}

export function tlsFindings(evidence: TlsEvidence): Finding[] {
  const problem = transportFinding("tls", { ...transportOf(evidence), tls: evidence }, { seconds: seconds(evidence) });
  if (problem) return [problem];
  if (!evidence.authorized || !evidence.protocol) return [];
  return [
    {
      check: "tls",
      status: "pass",
      target: evidence.target,
      params: {
        host: evidence.host,
        port: String(evidence.port),
        protocol: evidence.protocol,
        target: evidence.target,
      },
    },
  ];
}

const tokenCauseOrder: TokenProblem["cause"][] = [
  "token-malformed",
  "token-expired",
  "token-wrong-audience",
  "token-wrong-tenant",
  "token-wrong-app",
  "token-scope-missing",
  "token-wrong-user",
];

function tokenProblemsFor(context: LiveContext, mailbox: string, scope: string): TokenProblem[] {
  if (!context.token) return [];
  // In the per-mailbox model each mailbox signs in for itself (owner ""), in the shared model the delegate does.
  const owner = context.token.expectations.owner || mailbox;
  const problems = tokenProblems(decodeToken(context.token.raw), {
    ...context.token.expectations,
    owner,
    mailbox,
    scope,
  });
  return problems.sort((a, b) => tokenCauseOrder.indexOf(a.cause) - tokenCauseOrder.indexOf(b.cause));
}

// A rejection with a token whose claims are wrong is explained by the claims; only when they look right does the
// generic cause (which lists what remains possible) apply.
function rejection(
  check: CheckId,
  context: LiveContext,
  mailbox: string,
  scope: string,
  generic: CauseId,
  reply: string,
): Finding {
  const [first] = tokenProblemsFor(context, mailbox, scope);
  // The server refused: that is a fact, so the check fails. A user name that differs from the address is the likely
  // cause, not proof of the wrong person (UPN vs. primary SMTP address): the cause's text says how to tell.
  if (first) return finding(check, "fail", first.cause, { mailbox, reply, ...first.params }, mailbox);
  return finding(check, "fail", generic, { mailbox, reply, user: tokenUser(context) ?? mailbox }, mailbox);
}

function tokenUser(context: LiveContext): string | null {
  if (!context.token) return null;
  const decoded = decodeToken(context.token.raw);
  return decoded.ok ? decoded.claims.user : null;
}

const notTested = (check: CheckId, mailbox: string): Finding =>
  finding(check, "skipped", "auth-not-tested", { mailbox }, mailbox);

export function imapFindings(evidence: ImapEvidence, context: LiveContext): Finding[] {
  const problem = transportFinding("imap", transportOf(evidence), { seconds: seconds(evidence) });
  if (problem && !evidence.auth) return [problem];
  const mailbox = evidence.mailbox;
  if (!evidence.auth) return evidence.greeting ? [notTested("imap", mailbox)] : problem ? [problem] : [];
  const reply = `${evidence.auth.status} ${evidence.auth.text}`.trim();
  if (evidence.auth.status !== "OK")
    return [rejection("imap", context, mailbox, "IMAP.AccessAsUser.All", "imap-auth-failed", reply)];
  const after = evidence.afterAuth;
  if (after && after.status !== "OK") {
    // Exchange accepts a valid token for another user at AUTHENTICATE and refuses the next command.
    return [
      rejection(
        "imap",
        context,
        mailbox,
        "IMAP.AccessAsUser.All",
        "imap-disabled-or-no-access",
        `${after.status} ${after.text}`,
      ),
    ];
  }
  if (!after) return problem ? [problem] : [];
  return [{ check: "imap", status: "pass", target: mailbox, params: { mailbox, protocol: "IMAP" } }];
}

export function pop3Findings(evidence: Pop3Evidence, context: LiveContext): Finding[] {
  const problem = transportFinding("pop3", transportOf(evidence), { seconds: seconds(evidence) });
  if (problem && !evidence.auth) return [problem];
  const mailbox = evidence.mailbox;
  if (!evidence.auth) return evidence.greeting ? [notTested("pop3", mailbox)] : problem ? [problem] : [];
  const reply = `${evidence.auth.status} ${evidence.auth.text}`.trim();
  if (evidence.auth.status !== "+OK")
    return [rejection("pop3", context, mailbox, "POP.AccessAsUser.All", "pop-auth-failed", reply)];
  if (evidence.stat && evidence.stat.status !== "+OK")
    return [
      finding(
        "pop3",
        "fail",
        "pop-auth-failed",
        { mailbox, reply: `${evidence.stat.status} ${evidence.stat.text}` },
        mailbox,
      ),
    ];
  return [{ check: "pop3", status: "pass", target: mailbox, params: { mailbox, protocol: "POP3" } }];
}

export function smtpFindings(evidence: SmtpEvidence, context: LiveContext): Finding[] {
  const mailbox = evidence.mailbox;
  const transport = transportOf(evidence);
  if (evidence.starttls === "not-offered")
    return [
      finding("smtp", "fail", "starttls-missing", { host: transport.host, port: transport.port }, evidence.target),
    ];
  const problem = transportFinding("smtp", transport, { seconds: seconds(evidence) });
  if (problem && !evidence.auth) return [problem];
  if (!evidence.auth) return evidence.greeting ? [notTested("smtp", mailbox)] : problem ? [problem] : [];
  const reply = `${evidence.auth.status} ${evidence.auth.text}`.trim();
  if (evidence.auth.status === "235")
    return [{ check: "smtp", status: "pass", target: mailbox, params: { mailbox, protocol: "SMTP" } }];
  if (/SmtpClientAuthentication is disabled for the Tenant/i.test(reply))
    return [finding("smtp", "fail", "smtp-auth-disabled-tenant", { mailbox, reply }, mailbox)];
  if (/SmtpClientAuthentication is disabled for the Mailbox/i.test(reply))
    return [finding("smtp", "fail", "smtp-auth-disabled-mailbox", { mailbox, reply }, mailbox)];
  if (/basic authentication is (?:disabled|not supported)/i.test(reply))
    return [finding("smtp", "fail", "basic-auth-used", { mailbox, reply }, mailbox)];
  return [rejection("smtp", context, mailbox, "SMTP.Send", "smtp-auth-failed", reply)];
}

/** `accepted`: a live IMAP, POP or SMTP exchange with this token succeeded for its owner's mailbox. */
export function tokenFindings(context: LiveContext, owner: string, scopes: string[], accepted = false): Finding[] {
  if (!context.token) return [];
  const decoded = decodeToken(context.token.raw);
  const token = context.token;
  const problems = scopes.flatMap((scope) =>
    tokenProblemsFor({ ...context, token: { ...token, expectations: { ...token.expectations, owner } } }, owner, scope),
  );
  const unique = problems.filter(
    (problem, index) => problems.findIndex((other) => other.cause === problem.cause) === index,
  );
  if (unique.length > 0) {
    return unique.map((problem) => {
      if (problem.cause !== "token-wrong-user")
        return finding("access-token", "fail", problem.cause, { ...problem.params }, owner);
      // The UPN in the token and the mailbox address often differ for the same account: Exchange's answer decides.
      return finding(
        "access-token",
        accepted ? "info" : "warn",
        accepted ? "token-user-differs" : "token-wrong-user",
        { ...problem.params },
        owner,
      );
    });
  }
  const user = decoded.ok ? (decoded.claims.user ?? owner) : owner;
  return [{ check: "access-token", status: "pass", target: owner, params: { user } }];
}

// Entra cause texts can name a user, a scope, a secret's expiry or redirect URIs that an Entra probe does not know:
// those read "-" instead of a raw {placeholder}.
const unknownEntraParams: Params = {
  user: "-",
  scope: "-",
  expires: "-",
  ece: "-",
  registered: "-",
  clientId: "-",
  tenant: "-",
  cloud: "-",
  expectedCloud: "-",
};

export function discoveryFindings(evidence: EntraDiscoveryEvidence, cloud: string): Finding[] {
  const problem = transportFinding("entra-tenant", transportOf(evidence), { seconds: seconds(evidence) });
  if (problem) return [problem];
  const code = evidence.entraError?.aadsts;
  if (code === 90002)
    return [finding("entra-tenant", "fail", "tenant-not-found", { tenant: evidence.tenant, cloud }, evidence.tenant)];
  if (code === 90038)
    return [
      finding(
        "entra-tenant",
        "fail",
        "tenant-wrong-cloud",
        { tenant: evidence.tenant, cloud, expectedCloud: "-" },
        evidence.tenant,
      ),
    ];
  if (evidence.entraError) {
    const cause = code === undefined ? undefined : causeForAadsts(code);
    return cause
      ? [
          finding(
            "entra-tenant",
            "fail",
            cause,
            { ...unknownEntraParams, tenant: evidence.tenant, cloud },
            evidence.tenant,
          ),
        ]
      : [];
  }
  if (!evidence.issuer) return [];
  return [{ check: "entra-tenant", status: "pass", target: evidence.tenant, params: { tenant: evidence.tenant } }];
}

export function realmFindings(evidence: EntraRealmEvidence): Finding[] {
  const problem =
    evidence.error?.code === "REFUSED_TARGET"
      ? transportFinding("entra-realm", transportOf(evidence), { seconds: seconds(evidence) })
      : null;
  if (problem) return [problem];
  if (evidence.error || !evidence.namespaceType) return [];
  const params = { domain: evidence.domain, authUrl: evidence.authUrl ?? "-" };
  if (evidence.namespaceType === "Federated")
    return [finding("entra-realm", "warn", "federated-domain", params, evidence.domain)];
  if (evidence.namespaceType === "Unknown")
    return [finding("entra-realm", "fail", "domain-not-in-entra", params, evidence.domain)];
  return [{ check: "entra-realm", status: "pass", target: evidence.domain, params }];
}

export function appTokenFindings(evidence: EntraTokenEvidence, context: LiveContext): Finding[] {
  const problem = transportFinding("entra-app", transportOf(evidence), { seconds: seconds(evidence) });
  if (problem) return [problem];
  const params = { clientId: evidence.clientId, tenant: "-" };
  if (evidence.ok) return [{ check: "entra-app", status: "pass", target: evidence.clientId, params }];
  const code = evidence.entraError?.aadsts;
  if (code === 7000215 && context.secretLooksLikeSecretId)
    return [finding("entra-app", "fail", "secret-is-secret-id", params, evidence.clientId)];
  const cause = code === undefined ? undefined : causeForAadsts(code);
  // In the client-credentials grant the app itself signs in, so it is the "user" a policy blocks.
  if (cause)
    return [
      finding(
        "entra-app",
        "fail",
        cause,
        { ...unknownEntraParams, ...params, user: evidence.clientId },
        evidence.clientId,
      ),
    ];
  return [];
}
