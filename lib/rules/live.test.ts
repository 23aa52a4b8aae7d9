import { describe, expect, it } from "vitest";
import { type CauseId, causeIds } from "@/lib/catalogue/causes";
import type { Status } from "@/lib/catalogue/checks";
import { present } from "@/lib/catalogue/present";
import { locales } from "@/lib/i18n/locales";
import { aadstsCauses } from "@/lib/knowledge/aadsts";
import type {
  CertificateSummary,
  DnsEvidence,
  EntraDiscoveryEvidence,
  EntraRealmEvidence,
  EntraTokenEvidence,
  ImapEvidence,
  Pop3Evidence,
  ProbeBase,
  ProbeError,
  ProbeEvidence,
  SmtpEvidence,
  TcpEvidence,
  TlsEvidence,
} from "@/lib/probes/types";
import { makeJwt, v1Claims } from "@/lib/testing/jwt";
import { diagnose, diagnosis, findings, onePerCause, sortWorstFirst } from "./diagnose";
import { clientId, delegate, healthyCase, now, tenantId, withChanges } from "./fixtures";
import {
  appTokenFindings,
  discoveryFindings,
  dnsFindings,
  imapFindings,
  type LiveContext,
  pop3Findings,
  realmFindings,
  smtpFindings,
  tcpFindings,
  tlsFindings,
  tokenFindings,
} from "./live";
import { liveFindings } from "./live-findings";
import type { Finding } from "./types";

// ---------------------------------------------------------------------------------------------------------------
// Fixtures: evidence objects built by hand, shaped like lib/probes/types.ts.

const IMAP = "outlook.office365.com";
const SMTP = "smtp.office365.com";
const LOGIN = "login.microsoftonline.com";
const support = "support@example.com";
const sales = "sales@example.com";

type Base = Omit<ProbeBase, "kind">;
const base = (target: string, ms = 10_000): Base => ({
  target,
  startedAt: "2026-11-28T12:00:00.000Z",
  ms,
  phases: [],
  transcript: [],
});
const failure = (code: string, phase: string, message = `${code} (test)`): { error: ProbeError } => ({
  error: { code, phase, message },
});

const certificate = (host: string, patch: Partial<CertificateSummary> = {}): CertificateSummary => ({
  subject: `CN=${host}`,
  altNames: [host, `*.${host.split(".").slice(1).join(".")}`],
  issuer: "CN=DigiCert Cloud Services CA-1",
  validFrom: "2026-06-01T00:00:00.000Z",
  validTo: "2027-06-01T00:00:00.000Z",
  chain: ["CN=DigiCert Global Root G2"],
  ...patch,
});

const dns = (host: string, patch: Partial<DnsEvidence> = {}): DnsEvidence => ({
  ...base(`${host}:443`),
  kind: "dns",
  host,
  addresses: ["52.97.146.162"],
  ...patch,
});
const tcp = (host: string, port: number, patch: Partial<TcpEvidence> = {}): TcpEvidence => ({
  ...base(`${host}:${port}`),
  kind: "tcp",
  host,
  port,
  connected: true,
  ...patch,
});
const tls = (host: string, port: number, patch: Partial<TlsEvidence> = {}): TlsEvidence => ({
  ...base(`${host}:${port}`),
  kind: "tls",
  host,
  port,
  starttls: port === 587,
  protocol: "TLSv1.3",
  cipher: "TLS_AES_256_GCM_SHA384",
  authorized: true,
  certificate: certificate(host),
  ...patch,
});
const tlsFields = (host: string, port: number, patch: Partial<TlsEvidence> = {}) => {
  const {
    kind: _kind,
    target: _target,
    startedAt: _startedAt,
    ms: _ms,
    phases: _phases,
    transcript: _transcript,
    ...fields
  } = tls(host, port, patch);
  return fields;
};

const imapGreeting =
  "* OK The Microsoft Exchange IMAP4 service is ready. [TQBSADEAUAAyADYANABDAEEAMAAxADQANgAuAEYAUgBBAFAAMgA2ADQALgBQAFIATwBEAC4ATwBVAFQATABPAE8ASwAuAEMATwBNAA==]";
const imap = (mailbox: string, patch: Partial<ImapEvidence> = {}): ImapEvidence => ({
  ...base(`${IMAP}:993`),
  kind: "imap",
  mailbox,
  greeting: imapGreeting,
  backend: "MR1P264CA0146.FRAP264.PROD.OUTLOOK.COM",
  capabilities: ["IMAP4", "IMAP4rev1", "AUTH=PLAIN", "AUTH=XOAUTH2", "SASL-IR"],
  saslIr: true,
  tls: tlsFields(IMAP, 993),
  ...patch,
});
const imapNo = { auth: { status: "NO", text: "AUTHENTICATE failed." } };
const imapOk = { auth: { status: "OK", text: "AUTHENTICATE completed." } };
const notConnected = { command: 'LIST "" *', status: "BAD", text: "User is authenticated but not connected." };

const pop3 = (mailbox: string, patch: Partial<Pop3Evidence> = {}): Pop3Evidence => ({
  ...base(`${IMAP}:995`),
  kind: "pop3",
  mailbox,
  greeting:
    "+OK The Microsoft Exchange POP3 service is ready. [UwBDADEAUABSADgAMABDAEEAMAAxADAANQAuAGwAYQBtAHAAcgBkADgAMAAuAHAAcgBvAGQALgBvAHUAdABsAG8AbwBrAC4AYwBvAG0A]",
  capabilities: ["TOP", "UIDL", "SASL PLAIN XOAUTH2", "USER"],
  tls: tlsFields(IMAP, 995),
  ...patch,
});
const popErr = {
  auth: { status: "-ERR", text: "Authentication failure: unknown user name or bad password." },
  authStyle: "two-line" as const,
};

const smtp = (mailbox: string, patch: Partial<SmtpEvidence> = {}): SmtpEvidence => ({
  ...base(`${SMTP}:587`),
  kind: "smtp",
  mailbox,
  greeting:
    "220 SC1PR80CA0174.outlook.office365.com Microsoft ESMTP MAIL Service ready at Sat, 28 Nov 2026 12:00:00 +0000 [08DE2A6028D26C22]",
  ehloBeforeTls: ["SIZE 157286400", "PIPELINING", "STARTTLS"],
  starttls: "ok",
  ehloAfterTls: ["SIZE 157286400", "AUTH LOGIN XOAUTH2"],
  tls: tlsFields(SMTP, 587),
  ...patch,
});
const smtpReply = (status: string, text: string) => ({ auth: { status, text }, authStyle: "two-step" as const });
const smtp573 = smtpReply("535", "5.7.3 Authentication unsuccessful [SN2PR00CA0018.namprd00.prod.outlook.com]");

const discovery = (patch: Partial<EntraDiscoveryEvidence> = {}): EntraDiscoveryEvidence => ({
  ...base(`${LOGIN}:443`),
  kind: "entra-discovery",
  tenant: tenantId,
  issuer: `https://${LOGIN}/${tenantId}/v2.0`,
  cloudInstance: "microsoftonline.com",
  ...patch,
});
const entraError = (aadsts: number, error = "invalid_request", httpStatus = 400) => ({
  entraError: { error, aadsts, description: `AADSTS${aadsts}: test`, httpStatus },
});
const realm = (domain: string, patch: Partial<EntraRealmEvidence> = {}): EntraRealmEvidence => ({
  ...base(`${LOGIN}:443`),
  kind: "entra-realm",
  domain,
  ...patch,
});
const appToken = (patch: Partial<EntraTokenEvidence> = {}): EntraTokenEvidence => ({
  ...base(`${LOGIN}:443`),
  kind: "entra-token",
  clientId,
  grant: "client_credentials",
  ok: true,
  ...patch,
});

// Tokens: a good delegated token for support@, and variants.
const good = v1Claims();
const otherUser = v1Claims({ upn: "admin@example.com", unique_name: "admin@example.com" });
const graph = v1Claims({
  aud: "https://graph.microsoft.com",
  scp: "IMAP.AccessAsUser.All POP.AccessAsUser.All SMTP.Send User.Read",
});
const noScope = v1Claims({ scp: "offline_access User.Read" });
const expired = v1Claims({ exp: now.getTime() / 1000 - 60 });
const delegateToken = v1Claims({ upn: delegate, unique_name: delegate });

const context = (
  claims?: Record<string, unknown> | string,
  owner = "",
  secretLooksLikeSecretId = false,
): LiveContext => ({
  secretLooksLikeSecretId,
  ...(claims === undefined
    ? {}
    : {
        token: {
          raw: typeof claims === "string" ? claims : makeJwt(claims),
          expectations: { tenant: tenantId, clientId, owner, outlookResource: "https://outlook.office.com", now },
        },
      }),
});
const noToken = context();

type Summary = [check: string, status: Status, cause?: CauseId];
const summary = (findings: Finding[]): Summary[] =>
  findings.map((item) => (item.status === "pass" ? [item.check, "pass"] : [item.check, item.status, item.cause]));
/** The same, ignoring order (liveFindings may group findings by probe kind). */
const unordered = (findings: Finding[] | Summary[]): string[] =>
  (findings as unknown[])
    .map((item) => (Array.isArray(item) ? item : (summary([item as Finding])[0] ?? [])).join(" "))
    .sort();

// Every finding the tests produce, to check it against the catalogue at the end.
const produced: Finding[] = [];
const keep = (findings: Finding[]) => {
  produced.push(...findings);
  return findings;
};

// ---------------------------------------------------------------------------------------------------------------

describe("network and TLS findings", () => {
  it.each<[string, () => Finding[], Summary[], Record<string, string>?]>([
    ["DNS answer", () => dnsFindings(dns(IMAP)), [["dns", "pass"]], { host: IMAP, addresses: "52.97.146.162" }],
    [
      "DNS ENOTFOUND",
      () => dnsFindings(dns(IMAP, { addresses: [], ...failure("ENOTFOUND", "dns") })),
      [["dns", "fail", "dns-failed"]],
      { host: IMAP, code: "ENOTFOUND" },
    ],
    [
      "DNS answer without addresses",
      () => dnsFindings(dns(IMAP, { addresses: [] })),
      [["dns", "fail", "dns-failed"]],
      { host: IMAP, code: "NODATA" },
    ],
    ["TCP connected", () => tcpFindings(tcp(IMAP, 993)), [["tcp", "pass"]], { host: IMAP, port: "993" }],
    [
      "TCP ECONNREFUSED",
      () => tcpFindings(tcp(IMAP, 993, { connected: false, ...failure("ECONNREFUSED", "tcp") })),
      [["tcp", "fail", "port-refused"]],
      { host: IMAP, port: "993" },
    ],
    [
      "TCP TIMEOUT",
      () => tcpFindings(tcp(SMTP, 587, { connected: false, ...failure("TIMEOUT", "tcp") })),
      [["tcp", "fail", "port-timeout"]],
      { host: SMTP, port: "587", seconds: "10" },
    ],
    [
      "TCP EHOSTUNREACH",
      () => tcpFindings(tcp(IMAP, 993, { connected: false, ...failure("EHOSTUNREACH", "tcp") })),
      [["tcp", "fail", "port-unreachable"]],
      { code: "EHOSTUNREACH" },
    ],
    [
      "TCP ENETUNREACH",
      () => tcpFindings(tcp(IMAP, 993, { connected: false, ...failure("ENETUNREACH", "tcp") })),
      [["tcp", "fail", "port-unreachable"]],
      { code: "ENETUNREACH" },
    ],
    [
      "TCP ENOTFOUND while connecting",
      () => tcpFindings(tcp(IMAP, 993, { connected: false, ...failure("ENOTFOUND", "dns") })),
      [["tcp", "fail", "dns-failed"]],
    ],
    [
      "TLS good",
      () => tlsFindings(tls(IMAP, 993)),
      [["tls", "pass"]],
      { host: IMAP, port: "993", protocol: "TLSv1.3" },
    ],
    [
      "TLS CERT_HAS_EXPIRED",
      () =>
        tlsFindings(
          tls(IMAP, 993, {
            authorized: false,
            authorizationError: "CERT_HAS_EXPIRED",
            certificate: certificate(IMAP, { validTo: "2026-11-01T00:00:00.000Z" }),
          }),
        ),
      [["tls", "fail", "tls-expired"]],
      { validTo: "2026-11-01T00:00:00.000Z" },
    ],
    [
      "TLS ERR_TLS_CERT_ALTNAME_INVALID",
      () =>
        tlsFindings(
          tls(IMAP, 993, {
            authorized: false,
            authorizationError: "ERR_TLS_CERT_ALTNAME_INVALID",
            certificate: certificate("proxy.corp.example", { altNames: ["proxy.corp.example"] }),
          }),
        ),
      [["tls", "fail", "tls-name-mismatch"]],
      { names: "proxy.corp.example" },
    ],
    [
      "TLS SELF_SIGNED_CERT_IN_CHAIN",
      () =>
        tlsFindings(
          tls(IMAP, 993, {
            authorized: false,
            authorizationError: "SELF_SIGNED_CERT_IN_CHAIN",
            certificate: certificate(IMAP, { issuer: "CN=Corp TLS Inspection CA" }),
          }),
        ),
      [["tls", "fail", "tls-untrusted"]],
      { issuer: "CN=Corp TLS Inspection CA" },
    ],
    [
      "TLS UNABLE_TO_VERIFY_LEAF_SIGNATURE",
      () => tlsFindings(tls(SMTP, 587, { authorized: false, authorizationError: "UNABLE_TO_VERIFY_LEAF_SIGNATURE" })),
      [["tls", "fail", "tls-untrusted"]],
    ],
    [
      "TLS unknown verification error",
      () => tlsFindings(tls(SMTP, 587, { authorized: false, authorizationError: "SOMETHING_NEW" })),
      [["tls", "fail", "tls-untrusted"]],
    ],
    [
      "TLS without certificate details",
      () =>
        tlsFindings(
          tls(IMAP, 993, { authorized: false, authorizationError: "CERT_HAS_EXPIRED", certificate: undefined }),
        ),
      [["tls", "fail", "tls-expired"]],
      { validTo: "-", issuer: "-", names: "-" },
    ],
    [
      "TLS 1.1",
      () => tlsFindings(tls(IMAP, 993, { protocol: "TLSv1.1" })),
      [["tls", "fail", "tls-too-old"]],
      { protocol: "TLSv1.1" },
    ],
    [
      "TLS 1.0",
      () => tlsFindings(tls(IMAP, 993, { protocol: "TLSv1" })),
      [["tls", "fail", "tls-too-old"]],
      { protocol: "TLSv1" },
    ],
    ["TLS 1.2", () => tlsFindings(tls(IMAP, 993, { protocol: "TLSv1.2" })), [["tls", "pass"]]],
    [
      "implicit TLS on a plain port",
      () =>
        tlsFindings(
          tls(SMTP, 587, {
            authorized: false,
            protocol: undefined,
            certificate: undefined,
            ...failure("ERR_SSL_WRONG_VERSION_NUMBER", "tls"),
          }),
        ),
      [["tls", "fail", "tls-mode-mismatch"]],
      { host: SMTP, port: "587" },
    ],
    [
      "TLS reset during the handshake",
      () => tlsFindings(tls(IMAP, 993, { authorized: false, protocol: undefined, ...failure("ECONNRESET", "tls") })),
      [["tls", "fail", "connection-dropped"]],
      { phase: "tls" },
    ],
    [
      "greeting TIMEOUT",
      () => imapFindings(imap(support, { greeting: undefined, ...failure("TIMEOUT", "greeting") }), context(good)),
      [["imap", "fail", "no-greeting"]],
      { host: IMAP, port: "993", seconds: "10" },
    ],
    [
      "SMTP without STARTTLS",
      () =>
        smtpFindings(
          smtp(support, {
            starttls: "not-offered",
            ehloBeforeTls: ["SIZE 157286400"],
            ...failure("STARTTLS_MISSING", "ehlo"),
          }),
          context(good),
        ),
      [["smtp", "fail", "starttls-missing"]],
      { host: SMTP, port: "587" },
    ],
    [
      "IMAP refused before TLS",
      () =>
        imapFindings(
          imap(support, { greeting: undefined, tls: undefined, ...failure("ECONNREFUSED", "tcp") }),
          context(good),
        ),
      [["imap", "fail", "port-refused"]],
    ],
    [
      "IMAP through a TLS-inspecting proxy",
      () =>
        imapFindings(
          imap(support, {
            greeting: undefined,
            tls: tlsFields(IMAP, 993, { authorized: false, authorizationError: "SELF_SIGNED_CERT_IN_CHAIN" }),
            ...failure("SELF_SIGNED_CERT_IN_CHAIN", "tls"),
          }),
          context(good),
        ),
      [["imap", "fail", "tls-untrusted"]],
    ],
  ])("%s", (_label, run, expected, params) => {
    const findings = keep(run());
    expect(summary(findings)).toEqual(expected);
    if (params) expect(findings[0]?.params).toMatchObject(params);
  });
});

describe("IMAP: the reply read together with the token's claims", () => {
  it.each<[string, ImapEvidence, LiveContext, Summary[], Record<string, string>?]>([
    [
      "NO with good claims",
      imap(support, imapNo),
      context(good),
      [["imap", "fail", "imap-auth-failed"]],
      { mailbox: support, reply: "NO AUTHENTICATE failed.", user: support },
    ],
    [
      "NO with a token of another user",
      imap(support, imapNo),
      context(otherUser),
      [["imap", "fail", "token-wrong-user"]],
      { user: "admin@example.com", mailbox: support },
    ],
    [
      "NO with a Graph token",
      imap(support, imapNo),
      context(graph),
      [["imap", "fail", "token-wrong-audience"]],
      { audience: "https://graph.microsoft.com" },
    ],
    [
      "NO without the IMAP scope",
      imap(support, imapNo),
      context(noScope),
      [["imap", "fail", "token-scope-missing"]],
      { scope: "IMAP.AccessAsUser.All" },
    ],
    ["NO with an expired token", imap(support, imapNo), context(expired), [["imap", "fail", "token-expired"]]],
    [
      "NO with an expired token of another user: expiry first",
      imap(support, imapNo),
      context({ ...otherUser, exp: now.getTime() / 1000 - 60 }),
      [["imap", "fail", "token-expired"]],
    ],
    [
      "NO with an unreadable token",
      imap(support, imapNo),
      context("opaque-refresh-token"),
      [["imap", "fail", "token-malformed"]],
      { reason: "not-a-jwt" },
    ],
    [
      "OK then BAD User is authenticated but not connected.",
      imap(support, { ...imapOk, afterAuth: notConnected }),
      context(good),
      [["imap", "fail", "imap-disabled-or-no-access"]],
      { mailbox: support, user: support, reply: "BAD User is authenticated but not connected." },
    ],
    [
      "OK then LIST OK",
      imap(support, { ...imapOk, afterAuth: { command: 'LIST "" *', status: "OK", text: "LIST completed." } }),
      context(good),
      [["imap", "pass"]],
      { mailbox: support },
    ],
    ["OK without a command after it is not a pass", imap(support, imapOk), context(good), []],
    ["no token, greeting seen", imap(support), noToken, [["imap", "skipped", "auth-not-tested"]], { mailbox: support }],
    ["no token, nothing seen", imap(support, { greeting: undefined }), noToken, []],
  ])("%s", (_label, evidence, ctx, expected, params) => {
    const findings = keep(imapFindings(evidence, ctx));
    expect(summary(findings)).toEqual(expected);
    if (params) expect(findings[0]?.params).toMatchObject(params);
  });

  it("the per-mailbox model compares the token with the mailbox probed", () => {
    expect(summary(imapFindings(imap(sales, imapNo), context(good, "")))).toEqual([
      ["imap", "fail", "token-wrong-user"],
    ]);
    expect(imapFindings(imap(sales, imapNo), context(good, ""))[0]?.params).toMatchObject({
      user: support,
      mailbox: sales,
    });
  });

  it("the shared model compares the token with the delegate", () => {
    expect(summary(imapFindings(imap(support, imapNo), context(delegateToken, delegate)))).toEqual([
      ["imap", "fail", "imap-auth-failed"],
    ]);
    expect(summary(imapFindings(imap(support, imapNo), context(good, delegate)))).toEqual([
      ["imap", "fail", "token-wrong-user"],
    ]);
  });
});

describe("POP3", () => {
  it.each<[string, Pop3Evidence, LiveContext, Summary[], Record<string, string>?]>([
    [
      "-ERR with good claims",
      pop3(support, popErr),
      context(good),
      [["pop3", "fail", "pop-auth-failed"]],
      { mailbox: support, reply: "-ERR Authentication failure: unknown user name or bad password." },
    ],
    [
      "-ERR with another user's token",
      pop3(support, popErr),
      context(otherUser),
      [["pop3", "fail", "token-wrong-user"]],
    ],
    [
      "-ERR without the POP scope",
      pop3(support, popErr),
      context(v1Claims({ scp: "IMAP.AccessAsUser.All SMTP.Send" })),
      [["pop3", "fail", "token-scope-missing"]],
      { scope: "POP.AccessAsUser.All" },
    ],
    [
      "+OK and STAT +OK",
      pop3(support, {
        auth: { status: "+OK", text: "User successfully authenticated." },
        stat: { status: "+OK", text: "3 4096" },
      }),
      context(good),
      [["pop3", "pass"]],
    ],
    [
      "+OK then STAT -ERR",
      pop3(support, {
        auth: { status: "+OK", text: "User successfully authenticated." },
        stat: { status: "-ERR", text: "Mailbox unavailable." },
      }),
      context(good),
      [["pop3", "fail", "pop-auth-failed"]],
    ],
    ["no token, greeting seen", pop3(support), noToken, [["pop3", "skipped", "auth-not-tested"]]],
  ])("%s", (_label, evidence, ctx, expected, params) => {
    const findings = keep(pop3Findings(evidence, ctx));
    expect(summary(findings)).toEqual(expected);
    if (params) expect(findings[0]?.params).toMatchObject(params);
  });
});

describe("SMTP", () => {
  const tenantOff = smtpReply(
    "535",
    "5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [TY1PR01CA0183.jpnprd01.prod.outlook.com]",
  );
  const mailboxOff = smtpReply(
    "535",
    "5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.",
  );
  const basicOff = smtpReply(
    "535",
    "5.7.139 Authentication unsuccessful, basic authentication is disabled. [BM1P287CA0015.INDP287.PROD.OUTLOOK.COM]",
  );
  it.each<[string, SmtpEvidence, LiveContext, Summary[], Record<string, string>?]>([
    [
      "5.7.139 disabled for the Tenant",
      smtp(support, tenantOff),
      context(good),
      [["smtp", "fail", "smtp-auth-disabled-tenant"]],
      { mailbox: support },
    ],
    [
      "5.7.139 disabled for the Tenant, even with a wrong-user token",
      smtp(support, tenantOff),
      context(otherUser),
      [["smtp", "fail", "smtp-auth-disabled-tenant"]],
    ],
    [
      "5.7.139 disabled for the Mailbox",
      smtp(support, mailboxOff),
      context(good),
      [["smtp", "fail", "smtp-auth-disabled-mailbox"]],
      { mailbox: support },
    ],
    [
      "5.7.139 basic authentication is disabled",
      smtp(support, basicOff),
      context(good),
      [["smtp", "fail", "basic-auth-used"]],
      { reply: expect.stringContaining("basic authentication is disabled") as unknown as string },
    ],
    [
      "550 5.7.30 basic not supported",
      smtp(support, smtpReply("550", "5.7.30 Basic authentication is not supported for Client Submission.")),
      context(good),
      [["smtp", "fail", "basic-auth-used"]],
    ],
    [
      "535 5.7.3 with good claims",
      smtp(support, smtp573),
      context(good),
      [["smtp", "fail", "smtp-auth-failed"]],
      { mailbox: support, reply: "535 5.7.3 Authentication unsuccessful [SN2PR00CA0018.namprd00.prod.outlook.com]" },
    ],
    [
      "535 5.7.3 with another user's token",
      smtp(support, smtp573),
      context(otherUser),
      [["smtp", "fail", "token-wrong-user"]],
      { user: "admin@example.com", mailbox: support },
    ],
    [
      "535 5.7.3 without SMTP.Send",
      smtp(support, smtp573),
      context(v1Claims({ scp: "IMAP.AccessAsUser.All" })),
      [["smtp", "fail", "token-scope-missing"]],
      { scope: "SMTP.Send" },
    ],
    [
      "535 5.7.3 with a Graph token",
      smtp(support, smtp573),
      context(graph),
      [["smtp", "fail", "token-wrong-audience"]],
    ],
    [
      "235",
      smtp(support, smtpReply("235", "2.7.0 Authentication successful")),
      context(good),
      [["smtp", "pass"]],
      { mailbox: support },
    ],
    ["no token, greeting seen", smtp(support), noToken, [["smtp", "skipped", "auth-not-tested"]], { mailbox: support }],
    ["no token, nothing seen", smtp(support, { greeting: undefined, starttls: "not-reached" }), noToken, []],
  ])("%s", (_label, evidence, ctx, expected, params) => {
    const findings = keep(smtpFindings(evidence, ctx));
    expect(summary(findings)).toEqual(expected);
    if (params) expect(findings[0]?.params).toMatchObject(params);
  });
});

describe("access-token check", () => {
  it.each<[string, LiveContext, string, Summary[]]>([
    ["good token", context(good), support, [["access-token", "pass"]]],
    ["another user", context(otherUser), support, [["access-token", "warn", "token-wrong-user"]]],
    ["Graph audience", context(graph), support, [["access-token", "fail", "token-wrong-audience"]]],
    [
      "no scope at all: reported once",
      context(v1Claims({ scp: "User.Read" })),
      support,
      [["access-token", "fail", "token-scope-missing"]],
    ],
    [
      "expired and another tenant",
      context(v1Claims({ exp: now.getTime() / 1000 - 1, tid: "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee" })),
      support,
      [
        ["access-token", "fail", "token-expired"],
        ["access-token", "fail", "token-wrong-tenant"],
      ],
    ],
    ["no token", noToken, support, []],
  ])("%s", (_label, ctx, owner, expected) => {
    expect(summary(keep(tokenFindings(ctx, owner, ["IMAP.AccessAsUser.All", "SMTP.Send"])))).toEqual(expected);
  });
});

describe("Entra probes", () => {
  it.each<[string, () => Finding[], Summary[], Record<string, string>?]>([
    [
      "discovery OK",
      () => discoveryFindings(discovery(), "worldwide"),
      [["entra-tenant", "pass"]],
      { tenant: tenantId },
    ],
    [
      "discovery AADSTS90002",
      () => discoveryFindings(discovery({ issuer: undefined, ...entraError(90002, "invalid_tenant") }), "worldwide"),
      [["entra-tenant", "fail", "tenant-not-found"]],
      { tenant: tenantId, cloud: "worldwide" },
    ],
    [
      "discovery AADSTS90038",
      () => discoveryFindings(discovery({ issuer: undefined, ...entraError(90038) }), "worldwide"),
      [["entra-tenant", "fail", "tenant-wrong-cloud"]],
      { tenant: tenantId, cloud: "worldwide" },
    ],
    [
      "discovery, unknown AADSTS code",
      () => discoveryFindings(discovery({ issuer: undefined, ...entraError(12345) }), "worldwide"),
      [],
    ],
    [
      "discovery, DNS failure",
      () => discoveryFindings(discovery({ issuer: undefined, ...failure("ENOTFOUND", "dns") }), "worldwide"),
      [["entra-tenant", "fail", "dns-failed"]],
    ],
    [
      "realm Federated",
      () =>
        realmFindings(
          realm("example.com", { namespaceType: "Federated", authUrl: "https://sts.example.com/adfs/ls/" }),
        ),
      [["entra-realm", "warn", "federated-domain"]],
      { domain: "example.com", authUrl: "https://sts.example.com/adfs/ls/" },
    ],
    [
      "realm Unknown",
      () => realmFindings(realm("exmaple.com", { namespaceType: "Unknown" })),
      [["entra-realm", "fail", "domain-not-in-entra"]],
      { domain: "exmaple.com" },
    ],
    [
      "realm Managed",
      () => realmFindings(realm("example.com", { namespaceType: "Managed", cloudInstance: "microsoftonline.com" })),
      [["entra-realm", "pass"]],
      { domain: "example.com" },
    ],
    ["realm not answered", () => realmFindings(realm("example.com", failure("TIMEOUT", "realm"))), []],
    ["client credentials OK", () => appTokenFindings(appToken(), context()), [["entra-app", "pass"]], { clientId }],
    [
      "7000215, secret looks like a secret ID",
      () =>
        appTokenFindings(
          appToken({ ok: false, ...entraError(7000215, "invalid_client", 401) }),
          context(undefined, "", true),
        ),
      [["entra-app", "fail", "secret-is-secret-id"]],
    ],
    [
      "7000215, secret looks like a Value",
      () =>
        appTokenFindings(
          appToken({ ok: false, ...entraError(7000215, "invalid_client", 401) }),
          context(undefined, "", false),
        ),
      [["entra-app", "fail", "secret-invalid"]],
      { clientId },
    ],
    [
      "7000222",
      () => appTokenFindings(appToken({ ok: false, ...entraError(7000222, "invalid_client", 401) }), context()),
      [["entra-app", "fail", "secret-expired"]],
    ],
    [
      "7000222 even when the secret looks like an ID",
      () =>
        appTokenFindings(
          appToken({ ok: false, ...entraError(7000222, "invalid_client", 401) }),
          context(undefined, "", true),
        ),
      [["entra-app", "fail", "secret-expired"]],
    ],
    [
      "700016",
      () => appTokenFindings(appToken({ ok: false, ...entraError(700016, "unauthorized_client") }), context()),
      [["entra-app", "fail", "app-not-found"]],
      { clientId },
    ],
    [
      "53003",
      () => appTokenFindings(appToken({ ok: false, ...entraError(53003, "invalid_grant") }), context()),
      [["entra-app", "fail", "blocked-by-conditional-access"]],
    ],
    ["unknown code", () => appTokenFindings(appToken({ ok: false, ...entraError(12345) }), context()), []],
    [
      "login host refused",
      () => appTokenFindings(appToken({ ok: false, ...failure("ECONNREFUSED", "tcp") }), context()),
      [["entra-app", "fail", "port-refused"]],
    ],
  ])("%s", (_label, run, expected, params) => {
    const findings = keep(run());
    expect(summary(findings)).toEqual(expected);
    if (params) expect(findings[0]?.params).toMatchObject(params);
  });

  const codes = aadstsCauses.flatMap(([list, cause]) => list.map((code) => [code, cause] as const));
  it.each(codes)("client credentials AADSTS%i → %s, rendered without placeholders", (code, cause) => {
    const findings = keep(appTokenFindings(appToken({ ok: false, ...entraError(code) }), context()));
    expect(summary(findings)).toEqual([["entra-app", "fail", cause]]);
  });
  it.each(codes)("discovery AADSTS%i → %s, rendered without placeholders", (code, cause) => {
    const findings = keep(discoveryFindings(discovery({ issuer: undefined, ...entraError(code) }), "gcc-high"));
    expect(summary(findings)).toEqual([["entra-tenant", "fail", cause]]);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe("liveFindings", () => {
  const file = healthyCase();
  const forHost = (findings: Finding[], host: string) =>
    findings.filter((item) => item.target?.startsWith(host) || item.params?.host === host);

  it("DNS failure for a host: only dns-failed, no tcp/tls/imap repeats", () => {
    const notFound = failure("ENOTFOUND", "dns");
    const evidence: ProbeEvidence[] = [
      dns(IMAP, { addresses: [], ...notFound }),
      tcp(IMAP, 993, { connected: false, ...notFound }),
      tls(IMAP, 993, { authorized: false, protocol: undefined, certificate: undefined, ...notFound }),
      imap(support, { greeting: undefined, tls: undefined, ...notFound }),
      dns(SMTP),
      tcp(SMTP, 587),
      tls(SMTP, 587),
      smtp(support, smtpReply("235", "2.7.0 Authentication successful")),
    ];
    const findings = keep(liveFindings(file, evidence, context(good)));
    expect(unordered(findings.filter((item) => item.check !== "access-token"))).toEqual(
      unordered([
        ["dns", "fail", "dns-failed"],
        ["dns", "pass"],
        ["tcp", "pass"],
        ["tls", "pass"],
        ["smtp", "pass"],
      ]),
    );
    expect(summary(forHost(findings, IMAP))).toEqual([["dns", "fail", "dns-failed"]]);
  });

  it("TCP refused for a target: tls and smtp findings of the same cause are dropped", () => {
    const refused = failure("ECONNREFUSED", "tcp");
    const evidence: ProbeEvidence[] = [
      dns(SMTP),
      tcp(SMTP, 587, { connected: false, ...refused }),
      tls(SMTP, 587, { authorized: false, protocol: undefined, certificate: undefined, ...refused }),
      smtp(support, {
        greeting: undefined,
        starttls: "not-reached",
        ehloBeforeTls: [],
        ehloAfterTls: [],
        tls: undefined,
        ...refused,
      }),
      dns(IMAP),
      tcp(IMAP, 993),
      tls(IMAP, 993),
      imap(support, { greeting: undefined, tls: undefined, ...failure("ECONNREFUSED", "tcp") }),
    ];
    const findings = keep(liveFindings(file, evidence, noToken));
    expect(unordered(findings)).toEqual(
      unordered([
        ["dns", "pass"],
        ["tcp", "fail", "port-refused"],
        ["dns", "pass"],
        ["tcp", "pass"],
        ["tls", "pass"],
        // 993 answered the tcp probe, so a refusal seen by the IMAP probe is its own finding.
        ["imap", "fail", "port-refused"],
      ]),
    );
    expect(unordered(findings.filter((item) => item.target?.startsWith(SMTP)))).toEqual(
      unordered([
        ["dns", "pass"],
        ["tcp", "fail", "port-refused"],
      ]),
    );
  });

  it("a TLS problem behind a working TCP connection is kept", () => {
    const evidence: ProbeEvidence[] = [
      dns(IMAP),
      tcp(IMAP, 993),
      tls(IMAP, 993, { authorized: false, authorizationError: "CERT_HAS_EXPIRED" }),
    ];
    expect(summary(keep(liveFindings(file, evidence, noToken)))).toEqual([
      ["dns", "pass"],
      ["tcp", "pass"],
      ["tls", "fail", "tls-expired"],
    ]);
  });

  it("token findings appear once, on the access-token check, when a token is given", () => {
    const evidence: ProbeEvidence[] = [
      imap(support, imapNo),
      smtp(support, smtp573),
      imap(sales, imapNo),
      smtp(sales, smtp573),
    ];
    const findings = keep(
      liveFindings(
        withChanges({ mail: { accessModel: "shared", signInAccount: delegate, fullAccess: "yes" } }),
        evidence,
        context(otherUser, delegate),
      ),
    );
    const tokenChecks = findings.filter((item) => item.check === "access-token");
    expect(summary(tokenChecks)).toEqual([["access-token", "warn", "token-wrong-user"]]);
    expect(tokenChecks[0]?.params).toMatchObject({ user: "admin@example.com", mailbox: delegate });
    expect(unordered(findings.filter((item) => item.check !== "access-token"))).toEqual(
      unordered([
        ["imap", "fail", "token-wrong-user"],
        ["smtp", "fail", "token-wrong-user"],
        ["imap", "fail", "token-wrong-user"],
        ["smtp", "fail", "token-wrong-user"],
      ]),
    );
    expect(
      findings
        .filter((item) => item.check === "imap")
        .map((item) => item.target)
        .sort(),
    ).toEqual([sales, support]);
    expect(findings.find((item) => item.check === "imap")?.params).toMatchObject({ user: "admin@example.com" });
    expect(liveFindings(file, evidence, noToken).some((item) => item.check === "access-token")).toBe(false);
  });

  it('per-mailbox model (owner ""): each mailbox is compared with the token, and a mailbox\'s own token passes', () => {
    const evidence: ProbeEvidence[] = [
      imap(support, { ...imapOk, afterAuth: { command: 'LIST "" *', status: "OK", text: "LIST completed." } }),
      smtp(support, smtpReply("235", "2.7.0 Authentication successful")),
    ];
    const findings = keep(liveFindings(file, evidence, context(good, "")));
    expect(summary(findings)).toEqual([
      ["imap", "pass"],
      ["smtp", "pass"],
      ["access-token", "pass"],
    ]);
    expect(findings.at(-1)?.params).toEqual({ user: support });
  });

  it('per-mailbox model (owner ""): a token of one mailbox used for another is the wrong user', () => {
    const findings = keep(liveFindings(file, [imap(sales, imapNo), smtp(sales, smtp573)], context(good, "")));
    expect(summary(findings.filter((item) => item.check !== "access-token"))).toEqual([
      ["imap", "fail", "token-wrong-user"],
      ["smtp", "fail", "token-wrong-user"],
    ]);
    expect(findings[0]?.params).toMatchObject({ user: support, mailbox: sales });
    for (const item of findings) expect(item.params?.mailbox ?? "set").not.toBe("");
  });

  it('per-mailbox model (owner ""): a token of nobody in the case is the wrong user on the access-token check too', () => {
    const findings = keep(liveFindings(file, [imap(support, imapNo)], context(otherUser, "")));
    expect(summary(findings)).toEqual([
      ["imap", "fail", "token-wrong-user"],
      ["access-token", "warn", "token-wrong-user"],
    ]);
    expect(findings[1]?.params).toMatchObject({ user: "admin@example.com" });
    expect(findings[1]?.params?.mailbox).not.toBe("");
  });

  it("shared model: the delegate's token against a mailbox with BAD after auth → imap-disabled-or-no-access", () => {
    const shared = withChanges({ mail: { accessModel: "shared", signInAccount: delegate, fullAccess: "unknown" } });
    const findings = keep(
      liveFindings(shared, [imap(support, { ...imapOk, afterAuth: notConnected })], context(delegateToken, delegate)),
    );
    expect(summary(findings)).toEqual([
      ["imap", "fail", "imap-disabled-or-no-access"],
      ["access-token", "pass"],
    ]);
    expect(findings[0]?.params).toMatchObject({ mailbox: support, user: delegate });
  });

  it("uses the POP scope for the access-token check when the case retrieves with POP3", () => {
    const pop = withChanges({ mail: { retrieval: "pop3" } });
    const imapOnly = context(v1Claims({ scp: "IMAP.AccessAsUser.All SMTP.Send" }), "");
    const findings = keep(liveFindings(pop, [pop3(support, popErr)], imapOnly));
    expect(summary(findings)).toEqual([
      ["pop3", "fail", "token-scope-missing"],
      ["access-token", "fail", "token-scope-missing"],
    ]);
    expect(findings[1]?.params).toMatchObject({ scope: "POP.AccessAsUser.All" });
  });

  it("passes the cloud to the Entra findings", () => {
    const findings = keep(
      liveFindings(
        file,
        [discovery({ issuer: undefined, ...entraError(90002, "invalid_tenant") })],
        noToken,
        "gcc-high",
      ),
    );
    expect(findings[0]?.params).toMatchObject({ cloud: "gcc-high" });
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe("every finding above is in the catalogue and renders fully", () => {
  it("produced a broad set of findings", () => {
    expect(
      new Set(produced.map((item) => (item.status === "pass" ? `pass:${item.check}` : item.cause))).size,
    ).toBeGreaterThan(50);
  });

  it.each(locales)("%s: known cause, no leftover {placeholder}", (locale) => {
    expect(produced.length).toBeGreaterThan(100);
    const leftovers: string[] = [];
    for (const item of produced) {
      if (item.status !== "pass") expect(causeIds).toContain(item.cause);
      const shown = present(item, locale);
      for (const text of [shown.title, shown.why, ...shown.fix]) {
        const left = text.match(/\{\w+\}/g);
        if (left) leftovers.push(`${item.check}/${item.status === "pass" ? "pass" : item.cause}: ${left.join(" ")}`);
      }
    }
    expect([...new Set(leftovers)]).toEqual([]);
  });
});

describe("owner", () => {
  // docs/catalogue.md lists one owner per cause; a result has that owner whichever probe met the cause.
  it.each<[string, () => Finding[], string]>([
    [
      "a dropped connection met by the IMAP probe is the network team's",
      () =>
        imapFindings(imap(support, { greeting: undefined, ...failure("LINE_TOO_LONG", "greeting") }), context(good)),
      "network-admin",
    ],
    [
      "a login host refused on the Entra app check is the network team's",
      () => appTokenFindings(appToken({ ok: false, ...failure("ECONNREFUSED", "tcp") }), context()),
      "network-admin",
    ],
    [
      "a wrong-user token on the SMTP check is the ECE admin's, as on the access-token check",
      () => smtpFindings(smtp(support, smtp573), context(otherUser)),
      "ece-admin",
    ],
    [
      "an expired token on the IMAP check is the ECE admin's",
      () => imapFindings(imap(support, imapNo), context(expired)),
      "ece-admin",
    ],
    [
      "SMTP AUTH disabled stays with the Microsoft 365 admin",
      () =>
        smtpFindings(
          smtp(
            support,
            smtpReply(
              "535",
              "5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.",
            ),
          ),
          context(good),
        ),
      "m365-admin",
    ],
  ])("%s", (_label, run, owner) => {
    const [item] = run();
    // The server refused, so the exchange check fails whatever the named cause (a wrong-user token included).
    expect(item?.status).toBe("fail");
    expect(present(item!, "en").owner).toBe(owner);
  });
});

// Issue #13, item 10: the token names the UPN, which is often not the mailbox's address for the same account.
describe("UPN versus mail address", () => {
  const upnOnly = v1Claims({ upn: "jdoe@contoso.onmicrosoft.com", unique_name: "jdoe@contoso.onmicrosoft.com" });
  const file = healthyCase();
  const accessToken = (findings: Finding[]) => findings.filter((item) => item.check === "access-token");

  it("a claims mismatch whose live exchange for the mailbox succeeds is information, not the wrong user", () => {
    const evidence: ProbeEvidence[] = [
      imap(support, { ...imapOk, afterAuth: { command: 'LIST "" *', status: "OK", text: "LIST completed." } }),
      smtp(support, smtpReply("235", "2.7.0 Authentication successful")),
    ];
    const findings = liveFindings(file, evidence, context(upnOnly));
    expect(summary(accessToken(findings))).toEqual([["access-token", "info", "token-user-differs"]]);
    const text = present(accessToken(findings)[0]!, "en");
    expect(text.title).toContain("jdoe@contoso.onmicrosoft.com");
    expect(text.title).toContain(support);
    expect(text.fix.join(" ")).toContain(
      `Get-Mailbox ${support} | fl UserPrincipalName,PrimarySmtpAddress,EmailAddresses`,
    );
  });

  it("with a failed exchange it is a warning naming both and how to check", () => {
    const findings = liveFindings(file, [imap(support, imapNo)], context(upnOnly));
    expect(summary(accessToken(findings))).toEqual([["access-token", "warn", "token-wrong-user"]]);
    const text = present(accessToken(findings)[0]!, "en");
    expect(text.title).toMatch(/jdoe@contoso\.onmicrosoft\.com.*support@example\.com/);
    expect(text.fix[0]).toContain(`Get-Mailbox ${support} | fl UserPrincipalName,PrimarySmtpAddress,EmailAddresses`);
  });

  it("without a live mail check it is a warning too, never a failure", () => {
    expect(summary(accessToken(liveFindings(file, [], context(upnOnly))))).toEqual([
      ["access-token", "warn", "token-wrong-user"],
    ]);
  });
});

describe("diagnose with live evidence", () => {
  // Production runs the probes, then this one pure pass: the answers' findings and the live ones, worst first.
  const file = healthyCase();
  const probes: ProbeEvidence[] = [
    dns(IMAP),
    tcp(IMAP, 993),
    tls(IMAP, 993),
    imap(support, imapNo),
    imap(sales, imapOk),
    smtp(support, smtp573),
  ];

  it("adds the live findings to the answers' findings in one worst-first pass", () => {
    const live = { probes, context: context(otherUser) };
    const { findings: all, results } = diagnosis(file, { live }, { now });
    // One finding per cause and target (0.3.0's onePerCause, after the worst-first order): the same list as the parts.
    const expected = onePerCause(
      sortWorstFirst([...findings(file, {}, now), ...liveFindings(file, probes, live.context)]),
    );
    expect(unordered(all)).toEqual(unordered(expected));
    expect(all.map((item) => item.status)).toEqual(sortWorstFirst(all).map((item) => item.status));
    expect(results).toEqual(diagnose(file, { live }, { now }));
    expect(results.map((result) => [result.check, result.status])).toEqual(
      all.map((item) => [item.check, item.status]),
    );
  });

  it("reports the token's problems once, not once per probe", () => {
    const { findings: all } = diagnosis(file, { live: { probes, context: context(otherUser) } }, { now });
    // The refused IMAP and SMTP exchanges and the access-token check meet it for the same mailbox: one finding, which
    // names the other checks.
    const wrongUser = all.filter((item) => item.status !== "pass" && item.cause === "token-wrong-user");
    expect(wrongUser).toHaveLength(1);
    expect(wrongUser[0]?.params?.checks?.split(",")).toEqual(expect.arrayContaining(["access-token", "smtp"]));
  });

  it("without live evidence, only the answers are judged", () => {
    expect(diagnosis(file, {}, { now }).findings).toEqual(sortWorstFirst(findings(file, {}, now)));
    expect(
      diagnosis(file, {}, { now }).findings.some((item) =>
        ["dns", "tcp", "tls", "imap", "smtp", "access-token"].includes(item.check),
      ),
    ).toBe(false);
  });
});
