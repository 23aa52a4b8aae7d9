import "server-only";
import { ProbeFailure, toProbeFailure } from "./errors";
import { checkTarget, type ProbeOptions, targetLabel } from "./probe-common";
import { resolveHost } from "./resolver";
import { probeRunFor } from "./run";
import { isDnsName } from "./targets";
import type { DnsEvidence } from "./types";

// What the ECE server's resolver (or ECE_DOCTOR_DNS_SERVERS) says about an allowed host.
export async function probeDns(options: ProbeOptions): Promise<DnsEvidence> {
  const run = probeRunFor(options);
  let failure: ProbeFailure | undefined;
  let addresses: string[] = [];
  try {
    checkTarget(run, options.target);
    const host = options.target.host;
    const resolve = options.deps?.resolve ?? resolveHost;
    const found = await run.phase("dns", () =>
      resolve(host, {
        timeoutMs: run.timeouts.dnsMs,
        signal: run.signal,
        ...(options.deps?.dnsServers ? { servers: options.deps.dnsServers } : {}),
      }),
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
    ...run.errorField(failure),
  });
}

// The ECE external URL's host is resolved only, never connected to, so it needs no allowed target: a DNS name
// (not an IP literal) is looked up and its addresses reported.
export async function resolveOnly(host: string, options: Omit<ProbeOptions, "target">): Promise<DnsEvidence> {
  const run = probeRunFor(options);
  const name = host.toLowerCase().replace(/\.$/, "");
  let failure: ProbeFailure | undefined;
  let addresses: string[] = [];
  try {
    if (!isDnsName(name))
      throw new ProbeFailure("REFUSED_TARGET", `"${host}" is not a DNS name; nothing was resolved.`, "target");
    const resolve = options.deps?.resolve ?? resolveHost;
    const found = await run.phase("dns", () => resolve(name, { timeoutMs: run.timeouts.dnsMs, signal: run.signal }));
    addresses = found.addresses;
    run.note(`${name} resolved by ${found.via}: ${addresses.join(", ")} (resolved only: no connection is made)`);
  } catch (err) {
    failure = toProbeFailure(err, run.currentPhase);
  }
  return run.seal<DnsEvidence>({
    kind: "dns",
    target: name,
    ...run.base(),
    host: name,
    addresses,
    resolveOnly: true,
    ...run.errorField(failure),
  });
}
