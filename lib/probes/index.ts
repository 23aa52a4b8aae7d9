import "server-only";

export { type Connection, type OpenOptions, openConnection, type ProbeDeps, startTls, type TlsInfo } from "./connect";
// Public API of the live network probes (server only).
export { probeDns } from "./dns";
export { imapAfterAuthCommand, probeImap } from "./imap";
export { defaultLineLimits, type LineLimits, LineReader } from "./line-reader";
export { type Pop3AuthStyle, type Pop3ProbeOptions, probePop3 } from "./pop3";
export type { MailProbeOptions, ProbeOptions } from "./probe-common";
export { redactDeep, redactionMarker, redactSecrets } from "./redact";
export {
  dnsServersEnv,
  parseDnsServers,
  type Resolution,
  type Resolve,
  type ResolveOptions,
  resolveHost,
} from "./resolver";
export { probeSmtp, type SmtpAuthStyle, type SmtpProbeOptions } from "./smtp";
export {
  type AllowedTarget,
  allowedTarget,
  allowedTargets,
  assertAllowedTarget,
  findAllowedTarget,
  isAllowedTarget,
  RefusedTargetError,
  type TargetService,
} from "./targets";
export { probeTcp } from "./tcp";
export { defaultTimeouts, type ProbeTimeouts, timeoutBounds } from "./timeouts";
export { probeTls } from "./tls";
export type * from "./types";
export { probeKinds } from "./types";
export { buildXoauth2, validateXoauth2Blob, type Xoauth2Problem, type Xoauth2ProblemCode } from "./xoauth2";
