import "server-only";
import { certificateFailure, openConnection, type TlsInfo, tlsEvidenceFields } from "./connect";
import { type ProbeFailure, toProbeFailure } from "./errors";
import { LineClient } from "./line-client";
import { checkTarget, type ProbeOptions, targetLabel } from "./probe-common";
import { probeRunFor } from "./run";
import { type SmtpSession, smtpQuit, smtpUpToTls } from "./smtp";
import type { TlsEvidence } from "./types";

// TLS handshake as ECE's JVM would do it, with SNI: implicit TLS on 993/995/443, STARTTLS on SMTP 587.
export async function probeTls(options: ProbeOptions & { ehloName?: string }): Promise<TlsEvidence> {
  const run = probeRunFor(options);
  let info: TlsInfo | undefined;
  let failure: ProbeFailure | undefined;
  let client: LineClient | undefined;
  let session: SmtpSession | undefined;
  const starttls = typeof options.target === "object" && options.target?.tlsMode === "starttls";

  try {
    checkTarget(run, options.target);
    const target = options.target;
    const deps = options.deps ? { deps: options.deps } : {};
    if (target.tlsMode === "implicit") {
      const conn = await openConnection({ target, tls: "implicit", run, ...deps });
      conn.socket.destroy();
      info = conn.tls;
    } else {
      const conn = await openConnection({ target, tls: "none", run, ...deps });
      client = new LineClient(conn.socket, run, options.limits);
      session = { ehloBeforeTls: [], starttls: "not-reached", ehloAfterTls: [], greeted: false };
      try {
        await smtpUpToTls(
          client,
          run,
          target,
          { afterTlsEhlo: false, ...(options.ehloName ? { ehloName: options.ehloName } : {}), ...deps },
          session,
        );
      } finally {
        info = session.tls;
      }
      if (session.stop) throw session.stop;
    }
    if (info) {
      const cert = certificateFailure(info, target.host);
      if (cert) throw cert;
    }
  } catch (err) {
    failure = toProbeFailure(err, run.currentPhase);
  }

  // After a good handshake on 587, leave politely; after a refused certificate, just close.
  if (client && session?.tls?.authorized) await smtpQuit(client, run);
  client?.close();
  const fields =
    typeof options.target === "object" && options.target !== null
      ? tlsEvidenceFields(options.target, starttls, info)
      : undefined;
  return run.seal<TlsEvidence>({
    kind: "tls",
    target: targetLabel(options.target),
    ...run.base(),
    host: fields?.host ?? "",
    port: fields?.port ?? 0,
    starttls,
    authorized: info?.authorized ?? false,
    ...(fields?.protocol === undefined ? {} : { protocol: fields.protocol }),
    ...(fields?.cipher === undefined ? {} : { cipher: fields.cipher }),
    ...(fields?.authorizationError === undefined ? {} : { authorizationError: fields.authorizationError }),
    ...(fields?.certificate === undefined ? {} : { certificate: fields.certificate }),
    ...run.errorField(failure),
  });
}
