import "server-only";
// Public API of the live network probes (server only).
export { probeDns } from "./dns";
export { probeTcp } from "./tcp";
export { probeTls } from "./tls";
export { probeImap, imapAfterAuthCommand } from "./imap";
export { probePop3, type Pop3ProbeOptions, type Pop3AuthStyle } from "./pop3";
export { probeSmtp, type SmtpProbeOptions, type SmtpAuthStyle } from "./smtp";
export { openConnection, startTls, type Connection, type OpenOptions, type ProbeDeps, type TlsInfo } from "./connect";
export { resolveHost, parseDnsServers, dnsServersEnv, type Resolve, type ResolveOptions, type Resolution } from "./resolver";
export { LineReader, defaultLineLimits, type LineLimits } from "./line-reader";
export {
  allowedTargets,
  allowedTarget,
  findAllowedTarget,
  isAllowedTarget,
  assertAllowedTarget,
  RefusedTargetError,
  type AllowedTarget,
  type TargetService,
} from "./targets";
export { buildXoauth2, validateXoauth2Blob, type Xoauth2Problem, type Xoauth2ProblemCode } from "./xoauth2";
export { redactSecrets, redactDeep, redactionMarker } from "./redact";
export { defaultTimeouts, timeoutBounds, type ProbeTimeouts } from "./timeouts";
export type { ProbeOptions, MailProbeOptions } from "./probe-common";
export { probeKinds } from "./types";
export type * from "./types";
