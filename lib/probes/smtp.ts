import "server-only";
import { hostname } from "node:os";
import {
  certificateFailure,
  openConnection,
  type ProbeDeps,
  startTls,
  type TlsInfo,
  tlsEvidenceFields,
} from "./connect";
import { ProbeFailure, toProbeFailure } from "./errors";
import { LineClient } from "./line-client";
import {
  canSayGoodbye,
  checkTarget,
  credentialsOf,
  type MailProbeOptions,
  noteBlobProblems,
  protocolFailure,
  remaining,
  sayGoodbye,
  targetLabel,
} from "./probe-common";
import { type ProbeRun, probeRunFor } from "./run";
import type { AllowedTarget } from "./targets";
import type { ServerReply, SmtpEvidence } from "./types";
import { buildXoauth2 } from "./xoauth2";

// What ECE's Dispatcher does on 587: greeting, EHLO, STARTTLS, EHLO, AUTH XOAUTH2, and here QUIT:
// never MAIL FROM / RCPT / DATA, so a probe never sends mail.

export type SmtpAuthStyle = "one-line" | "two-step";

export type SmtpProbeOptions = MailProbeOptions & {
  // JavaMail (ECE) sends the initial response on the AUTH line; Microsoft's SmtpClientDiag waits for 334.
  authStyle?: SmtpAuthStyle;
  ehloName?: string;
};

export type SmtpReply = { code: number; lines: string[] };

export async function readSmtpReply(c: LineClient, run: ProbeRun, timeoutMs: number): Promise<SmtpReply> {
  const deadline = Date.now() + timeoutMs;
  const lines: string[] = [];
  let code: number | undefined;
  for (;;) {
    const line = await c.read(remaining(deadline));
    const m = /^(\d{3})(?:([ -])(.*))?$/.exec(line);
    if (!m) throw protocolFailure(`Not an SMTP reply: ${line.slice(0, 200)}`, run.currentPhase);
    const lineCode = Number(m[1]);
    if (code !== undefined && lineCode !== code)
      throw protocolFailure(`Reply code changed inside a multi-line reply: ${line.slice(0, 200)}`, run.currentPhase);
    code = lineCode;
    lines.push(m[3] ?? "");
    if (m[2] !== "-") return { code, lines };
  }
}

const asServerReply = (r: SmtpReply): ServerReply => ({ status: String(r.code), text: r.lines.join(" ") });

const ehloNamePattern =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])$/;

// Like JavaMail: the local host name, else the address literal; never anything that could inject a line.
export function ehloNameFor(requested: string | undefined, localAddress: string | undefined): string {
  for (const candidate of [requested, hostname()]) {
    if (candidate && candidate.length <= 255 && ehloNamePattern.test(candidate)) return candidate;
  }
  return localAddress ? `[${localAddress.replace(/^::ffff:/, "")}]` : "[127.0.0.1]";
}

export type SmtpSession = {
  greeting?: string;
  ehloBeforeTls: string[];
  starttls: SmtpEvidence["starttls"];
  ehloAfterTls: string[];
  tls?: TlsInfo;
  greeted: boolean;
  // A protocol outcome that ends the probe without a broken connection (STARTTLS missing/refused).
  stop?: ProbeFailure;
};

// Greeting, EHLO, STARTTLS, TLS handshake, EHLO: shared by the SMTP probe and the TLS probe on 587.
export async function smtpUpToTls(
  c: LineClient,
  run: ProbeRun,
  target: AllowedTarget,
  options: { ehloName?: string; deps?: ProbeDeps; afterTlsEhlo: boolean },
  session: SmtpSession,
): Promise<void> {
  const greeting = await run.phase("greeting", () => readSmtpReply(c, run, run.timeouts.greetingMs));
  session.greeting = `${greeting.code} ${greeting.lines.join(" ")}`.trim();
  if (greeting.code !== 220)
    throw protocolFailure(`The server greeted with ${session.greeting.slice(0, 200)}`, "greeting");
  session.greeted = true;

  const name = ehloNameFor(options.ehloName, c.currentSocket.localAddress);
  const ehlo = await run.phase("ehlo", async () => {
    c.send(`EHLO ${name}`);
    return readSmtpReply(c, run, run.timeouts.commandMs);
  });
  if (ehlo.code !== 250) throw protocolFailure(`EHLO was answered ${ehlo.code} ${ehlo.lines.join(" ")}`, "ehlo");
  session.ehloBeforeTls = ehlo.lines;

  if (!ehlo.lines.slice(1).some((l) => /^STARTTLS\b/i.test(l))) {
    session.starttls = "not-offered";
    session.stop = new ProbeFailure(
      "STARTTLS_MISSING",
      "EHLO does not offer STARTTLS; ECE needs it on 587 (TLS inspection or a wrong host?).",
      "ehlo",
    );
    return;
  }

  const go = await run.phase("starttls", async () => {
    c.send("STARTTLS");
    return readSmtpReply(c, run, run.timeouts.commandMs);
  });
  if (go.code !== 220) {
    session.starttls = "refused";
    run.markLastPhase("error");
    session.stop = new ProbeFailure(
      "STARTTLS_REFUSED",
      `STARTTLS was answered ${go.code} ${go.lines.join(" ")}`,
      "starttls",
    );
    return;
  }
  session.starttls = "ok";

  const early = c.releaseForTls();
  if (early > 0)
    run.note(`The server sent ${early} bytes after "220" and before TLS; they were discarded (RFC 3207 §5).`);
  const upgraded = await startTls(c.currentSocket, target.host, {
    run,
    host: target.host,
    port: target.port,
    ...(options.deps ? { deps: options.deps } : {}),
  });
  session.tls = upgraded.tls;
  c.adoptTlsSocket(upgraded.socket);
  const cert = certificateFailure(upgraded.tls, target.host);
  if (cert) throw cert;

  if (!options.afterTlsEhlo) return;
  const again = await run.phase("ehlo-tls", async () => {
    c.send(`EHLO ${name}`);
    return readSmtpReply(c, run, run.timeouts.commandMs);
  });
  if (again.code !== 250)
    throw protocolFailure(`EHLO after STARTTLS was answered ${again.code} ${again.lines.join(" ")}`, "ehlo-tls");
  session.ehloAfterTls = again.lines;
}

export async function smtpQuit(c: LineClient, run: ProbeRun): Promise<void> {
  await sayGoodbye(run, "quit", async () => {
    c.send("QUIT");
    await readSmtpReply(c, run, Math.min(run.timeouts.commandMs, 2_000));
  });
}

export async function probeSmtp(options: SmtpProbeOptions): Promise<SmtpEvidence> {
  const run = probeRunFor(options);
  const credentials = credentialsOf(run, options);
  const session: SmtpSession = { ehloBeforeTls: [], starttls: "not-reached", ehloAfterTls: [], greeted: false };
  const extra: Partial<SmtpEvidence> = {};
  let client: LineClient | undefined;
  let failure: ProbeFailure | undefined;
  const { commandMs } = run.timeouts;

  try {
    checkTarget(run, options.target);
    const target = options.target;
    const conn = await openConnection({ target, tls: "none", run, ...(options.deps ? { deps: options.deps } : {}) });
    client = new LineClient(conn.socket, run, options.limits);
    const c = client;
    await smtpUpToTls(
      c,
      run,
      target,
      {
        afterTlsEhlo: true,
        ...(options.ehloName ? { ehloName: options.ehloName } : {}),
        ...(options.deps ? { deps: options.deps } : {}),
      },
      session,
    );
    if (session.stop) {
      failure = session.stop;
    } else {
      const authLine = session.ehloAfterTls.slice(1).find((l) => /^AUTH[ =]/i.test(l));
      const mechanisms = authLine ? authLine.slice(5).toUpperCase().split(/\s+/) : [];
      if (!mechanisms.includes("XOAUTH2")) {
        failure = new ProbeFailure(
          "XOAUTH2_NOT_OFFERED",
          `EHLO after STARTTLS offers ${authLine ?? "no AUTH"}; ECE needs AUTH XOAUTH2.`,
          "ehlo-tls",
        );
      } else if (!credentials) {
        run.note("No mailbox and access token given: stopped after STARTTLS and EHLO.");
      } else {
        const style: SmtpAuthStyle = options.authStyle ?? "one-line";
        extra.authStyle = style;
        const blob = buildXoauth2(credentials.mailbox, credentials.accessToken);
        run.addSecret(blob);
        noteBlobProblems(run, blob);
        const auth = await run.phase("auth", async () => {
          let r: SmtpReply;
          if (style === "one-line") {
            run.note("AUTH XOAUTH2 with the initial response on the same line (as JavaMail sends it).");
            c.send(`AUTH XOAUTH2 ${blob}`);
            r = await readSmtpReply(c, run, commandMs);
          } else {
            run.note("AUTH XOAUTH2, then the XOAUTH2 string after 334 (as SmtpClientDiag sends it).");
            c.send("AUTH XOAUTH2");
            r = await readSmtpReply(c, run, commandMs);
            if (r.code === 334) {
              c.send(blob);
              r = await readSmtpReply(c, run, commandMs);
            }
          }
          if (r.code === 334) {
            run.note(
              '334 after the XOAUTH2 string: ECE\'s JavaMail stops here ("OAUTH2 asked for more"); the probe sends an empty line to read the final reply.',
            );
            c.send("");
            r = await readSmtpReply(c, run, commandMs);
          }
          return r;
        });
        extra.auth = asServerReply(auth);
        if (auth.code !== 235) {
          failure = new ProbeFailure(
            "AUTH_FAILED",
            `AUTH XOAUTH2 was answered ${auth.code} ${auth.lines.join(" ")}`,
            "auth",
          );
          run.markLastPhase("error");
        }
      }
    }
  } catch (err) {
    failure = toProbeFailure(err, run.currentPhase);
  }

  if (client && session.greeted && canSayGoodbye(failure)) await smtpQuit(client, run);
  client?.close();
  return run.seal<SmtpEvidence>({
    kind: "smtp",
    target: targetLabel(options.target),
    ...run.base(),
    mailbox: options.mailbox?.trim() ?? "",
    ...(session.greeting === undefined ? {} : { greeting: session.greeting }),
    ehloBeforeTls: session.ehloBeforeTls,
    starttls: session.starttls,
    ehloAfterTls: session.ehloAfterTls,
    ...extra,
    ...(session.tls || session.starttls === "ok" ? { tls: tlsEvidenceFields(options.target, true, session.tls) } : {}),
    ...run.errorField(failure),
  });
}
