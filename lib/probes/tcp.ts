import "server-only";
import { openConnection } from "./connect";
import { type ProbeFailure, toProbeFailure } from "./errors";
import { checkTarget, type ProbeOptions, targetLabel } from "./probe-common";
import { probeRunFor } from "./run";
import type { TcpEvidence } from "./types";

// Can the ECE services server open a TCP connection? ECONNREFUSED (something answered "no"),
// TIMEOUT (nothing answered: a firewall dropping), EHOSTUNREACH/ENETUNREACH (no route) are told apart.
export async function probeTcp(options: ProbeOptions): Promise<TcpEvidence> {
  const run = probeRunFor(options);
  let failure: ProbeFailure | undefined;
  let connected = false;
  try {
    checkTarget(run, options.target);
    const conn = await openConnection({
      target: options.target,
      tls: "none",
      run,
      ...(options.deps ? { deps: options.deps } : {}),
    });
    connected = true;
    conn.socket.destroy();
  } catch (err) {
    failure = toProbeFailure(err, run.currentPhase);
  }
  const t = typeof options.target === "object" && options.target !== null ? options.target : undefined;
  return run.seal<TcpEvidence>({
    kind: "tcp",
    target: targetLabel(options.target),
    ...run.base(),
    host: typeof t?.host === "string" ? t.host : "",
    port: typeof t?.port === "number" ? t.port : 0,
    connected,
    ...run.errorField(failure),
  });
}
