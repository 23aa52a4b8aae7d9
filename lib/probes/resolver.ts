import "server-only";
import { promises as dns } from "node:dns";
import { isIP } from "node:net";
import { codeOf, ProbeFailure } from "./errors";

export type ResolveOptions = {
  timeoutMs: number;
  signal?: AbortSignal;
  // Overrides ECE_DOCTOR_DNS_SERVERS (tests, or a caller that already parsed it).
  servers?: readonly string[];
};

export type Resolution = { addresses: string[]; via: string };

export type Resolve = (host: string, options: ResolveOptions) => Promise<Resolution>;

export const dnsServersEnv = "ECE_DOCTOR_DNS_SERVERS";

// "ip", "ip:port", "[ipv6]" or "[ipv6]:port", comma-separated; the forms Resolver.setServers accepts.
export function parseDnsServers(value: string | undefined): string[] | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  return value.split(",").map((raw) => {
    const entry = raw.trim();
    const m = /^\[([0-9a-fA-F:.]+)\](?::(\d{1,5}))?$/.exec(entry) ?? /^([0-9.]+)(?::(\d{1,5}))?$/.exec(entry);
    const ip = m?.[1] ?? entry;
    const port = m?.[2] === undefined ? undefined : Number(m[2]);
    if (isIP(ip) === 0 || (port !== undefined && (port < 1 || port > 65535))) {
      throw new ProbeFailure(
        "DNS_CONFIG",
        `${dnsServersEnv} has "${entry.slice(0, 60)}", which is not an IP address with an optional port.`,
        "dns",
      );
    }
    return entry;
  });
}

// Java (ECE) prefers IPv4 addresses unless told otherwise; connect in the same order.
export function ipv4First(addresses: readonly string[]): string[] {
  return [...addresses].sort((a, b) => (isIP(a) === 4 ? 0 : 1) - (isIP(b) === 4 ? 0 : 1));
}

function bounded<T>(
  work: Promise<T>,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  onStop: () => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    };
    const timer = setTimeout(() => {
      done();
      onStop();
      reject(new ProbeFailure("TIMEOUT", `No DNS answer within ${timeoutMs} ms.`, "dns"));
    }, timeoutMs);
    const onAbort = () => {
      done();
      onStop();
      reject(
        signal?.reason instanceof ProbeFailure
          ? signal.reason
          : new ProbeFailure("ABORTED", "The probe was cancelled.", "dns"),
      );
    };
    // Always attached, so a late rejection is never unhandled; settling twice is a no-op.
    work.then(
      (v) => {
        done();
        resolve(v);
      },
      (e: unknown) => {
        done();
        reject(e);
      },
    );
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort, { once: true });
  });
}

function dnsFailure(err: unknown, host: string): ProbeFailure {
  if (err instanceof ProbeFailure) return err;
  const code = codeOf(err) ?? "DNS_ERROR";
  return new ProbeFailure(code, `${host} could not be resolved (${code}).`, "dns");
}

async function viaServers(host: string, servers: readonly string[], options: ResolveOptions): Promise<Resolution> {
  // Per-try timeout well inside the overall budget so two tries fit.
  const resolver = new dns.Resolver({ timeout: Math.max(200, Math.floor(options.timeoutMs / 2)), tries: 2 });
  resolver.setServers([...servers]);
  const work = Promise.allSettled([resolver.resolve4(host), resolver.resolve6(host)]).then(([a, aaaa]) => {
    const addresses = [
      ...(a.status === "fulfilled" ? a.value : []),
      ...(aaaa.status === "fulfilled" ? aaaa.value : []),
    ];
    if (addresses.length > 0) return addresses;
    // The A answer's error says most (ENOTFOUND for NXDOMAIN, ETIMEOUT, ECONNREFUSED, ...).
    throw a.status === "rejected"
      ? a.reason
      : aaaa.status === "rejected"
        ? aaaa.reason
        : new ProbeFailure("ENODATA", `${host} has no address.`, "dns");
  });
  try {
    const addresses = await bounded(work, options.timeoutMs, options.signal, () => resolver.cancel());
    return { addresses: ipv4First(addresses), via: `dns servers ${servers.join(", ")}` };
  } catch (err) {
    throw dnsFailure(err, host);
  }
}

async function viaSystem(host: string, options: ResolveOptions): Promise<Resolution> {
  try {
    // getaddrinfo cannot be cancelled; the race bounds how long the probe waits for it.
    const found = await bounded(dns.lookup(host, { all: true }), options.timeoutMs, options.signal, () => undefined);
    const addresses = [...new Set(found.map((f) => f.address))];
    if (addresses.length === 0) throw new ProbeFailure("ENODATA", `${host} has no address.`, "dns");
    return { addresses: ipv4First(addresses), via: "system resolver" };
  } catch (err) {
    throw dnsFailure(err, host);
  }
}

export const resolveHost: Resolve = async (host, options) => {
  const servers = options.servers ?? parseDnsServers(process.env[dnsServersEnv]);
  return servers ? viaServers(host, servers, options) : viaSystem(host, options);
};

// One lookup per host for a whole diagnosis: its probes ask the same question at the same moment, and the answer is
// theirs to share. The lookup runs under the diagnosis's signal; each probe still waits with its own signal.
export function oneLookupPerHost(resolve: Resolve, signal?: AbortSignal): Resolve {
  const lookups = new Map<string, Promise<Resolution>>();
  return (host, options) => {
    const key = `${host.toLowerCase()}\n${options.servers?.join(",") ?? ""}`;
    let lookup = lookups.get(key);
    if (!lookup) {
      lookup = resolve(host, {
        timeoutMs: options.timeoutMs,
        ...(options.servers ? { servers: options.servers } : {}),
        ...(signal ? { signal } : {}),
      });
      lookup.catch(() => undefined);
      lookups.set(key, lookup);
    }
    return bounded(lookup, options.timeoutMs, options.signal, () => undefined);
  };
}
