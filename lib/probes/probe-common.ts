import "server-only";
import { certificateFailure, openConnection, type ProbeDeps, tlsEvidenceFields } from "./connect";
import { ProbeFailure, toProbeFailure } from "./errors";
import { LineClient } from "./line-client";
import type { LineLimits } from "./line-reader";
import type { ProbeRun } from "./run";
import { type AllowedTarget, assertAllowedTarget, describeTarget } from "./targets";
import type { ProbeTimeouts } from "./timeouts";
import { validateXoauth2Blob } from "./xoauth2";

export type ProbeOptions = {
  target: AllowedTarget;
  timeouts?: ProbeTimeouts;
  signal?: AbortSignal;
  deps?: ProbeDeps;
  limits?: LineLimits;
};

export type MailProbeOptions = ProbeOptions & {
  // The mailbox ECE reads or sends as: the user= of XOAUTH2 (for a shared mailbox, its own address).
  mailbox?: string;
  // Never stored: redacted from every transcript line and from the evidence.
  accessToken?: string;
};

export function targetLabel(target: unknown): string {
  return describeTarget(target);
}

// Throws RefusedTargetError before any I/O; the probe turns it into REFUSED_TARGET evidence.
export function checkTarget(run: ProbeRun, target: unknown): asserts target is AllowedTarget {
  run.currentPhase = "target";
  assertAllowedTarget(target);
}

// "* OK The Microsoft Exchange IMAP4 service is ready. [TQBSADEA...]": base64 of the UTF-16LE backend FQDN.
export function decodeExchangeBackend(greeting: string): string | undefined {
  const m = /\[([A-Za-z0-9+/]{8,}={0,2})\]\s*$/.exec(greeting);
  if (!m?.[1]) return undefined;
  const decoded = Buffer.from(m[1], "base64").toString("utf16le");
  return /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/.test(decoded) ? decoded : undefined;
}

// Transport failures leave nothing to say goodbye to; protocol outcomes still get LOGOUT/QUIT.
const brokenTransport = new Set([
  "CLOSED",
  "TIMEOUT",
  "ABORTED",
  "LINE_TOO_LONG",
  "TOO_MUCH_DATA",
  "ECONNRESET",
  "EPIPE",
  "PROTOCOL",
]);
export function canSayGoodbye(failure: ProbeFailure | undefined): boolean {
  // Nor do we keep talking to a peer whose certificate was refused.
  return failure === undefined || (!brokenTransport.has(String(failure.code)) && failure.phase !== "tls");
}

// LOGOUT / QUIT: a courtesy, so its own failure is only noted in the transcript, never the probe's result.
export async function sayGoodbye(
  run: ProbeRun,
  phase: "logout" | "quit",
  exchange: () => Promise<unknown>,
): Promise<void> {
  try {
    await run.phase(phase, exchange);
  } catch (err) {
    run.note(`${phase.toUpperCase()} not completed: ${toProbeFailure(err, phase).code}`);
  }
}

export function noteBlobProblems(run: ProbeRun, blob: string): void {
  for (const p of validateXoauth2Blob(blob)) run.note(`XOAUTH2 string check: ${p.code}: ${p.message}`);
}

export type Credentials = { mailbox: string; accessToken: string } | undefined;

// Without both, the probe stops after the capabilities and says so.
export function credentialsOf(run: ProbeRun, options: MailProbeOptions): Credentials {
  const mailbox = options.mailbox?.trim() ?? "";
  const accessToken = options.accessToken?.trim() ?? "";
  if (accessToken !== "") run.addSecret(accessToken);
  if (options.accessToken !== undefined && options.accessToken !== accessToken) run.addSecret(options.accessToken);
  if (mailbox !== "" && accessToken !== "") return { mailbox, accessToken };
  return undefined;
}

export function protocolFailure(message: string, phase: string): ProbeFailure {
  return new ProbeFailure("PROTOCOL", message, phase);
}

// Deadline for one command: every line of a multi-line answer shares it.
export function remaining(deadline: number): number {
  return Math.max(1, deadline - Date.now());
}

// Implicit TLS (IMAP 993, POP3 995), the certificate verdict and the greeting: how both mail probes begin. The client
// is handed over before a refused certificate throws, so the caller can still close it.
export async function openImplicitAndGreet(
  run: ProbeRun,
  options: MailProbeOptions & { target: AllowedTarget },
  evidence: { tls?: ReturnType<typeof tlsEvidenceFields>; greeting?: string; backend?: string },
  keep: (client: LineClient) => void,
): Promise<{ client: LineClient; greeting: string }> {
  const { target } = options;
  const conn = await openConnection({ target, tls: "implicit", run, ...(options.deps ? { deps: options.deps } : {}) });
  evidence.tls = tlsEvidenceFields(target, false, conn.tls);
  const client = new LineClient(conn.socket, run, options.limits);
  keep(client);
  const cert = conn.tls ? certificateFailure(conn.tls, target.host) : undefined;
  if (cert) throw cert;
  const greeting = await run.phase("greeting", () => client.read(run.timeouts.greetingMs));
  evidence.greeting = greeting;
  const backend = decodeExchangeBackend(greeting);
  if (backend) {
    evidence.backend = backend;
    run.note(`Backend server (decoded from the greeting): ${backend}`);
  }
  return { client, greeting };
}
