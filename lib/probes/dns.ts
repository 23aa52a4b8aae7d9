import "server-only";
import { ProbeFailure, toProbeFailure } from "./errors";
import { checkTarget, targetLabel, type ProbeOptions } from "./probe-common";
import { resolveHost } from "./resolver";
import { ProbeRun } from "./run";
import type { DnsEvidence } from "./types";

// What the ECE server's resolver (or ECE_DOCTOR_DNS_SERVERS) says about an allowed host.
export async function probeDns(options: ProbeOptions): Promise<DnsEvidence> {
  const run = new ProbeRun({ ...(options.timeouts ? { timeouts: options.timeouts } : {}), ...(options.signal ? { signal: options.signal } : {}) });
  let failure: ProbeFailure | undefined;
  let addresses: string[] = [];
  try {
    checkTarget(run, options.target);
    const host = options.target.host;
    const resolve = options.deps?.resolve ?? resolveHost;
    const found = await run.phase("dns", () =>
      resolve(host, { timeoutMs: run.timeouts.dnsMs, signal: run.signal, ...(options.deps?.dnsServers ? { servers: options.deps.dnsServers } : {}) }),
    );
    addresses = found.addresses;
    run.note(`${host} resolved by ${found.via}: ${addresses.join(", ")}`);
  } catch (err) {
    failure = toProbeFailure(err, run.currentPhase);
  }
  const t = typeof options.target === "object" && options.target !== null ? options.target : undefined;
  return run.seal<DnsEvidence>({
    kind: "dns",
    target: targetLabel(options.target),
    ...run.base(),
    host: typeof t?.host === "string" ? t.host : "",
    addresses,
    ...(failure ? { error: { code: failure.code, message: failure.message, phase: failure.phase ?? run.currentPhase } } : {}),
  });
}
