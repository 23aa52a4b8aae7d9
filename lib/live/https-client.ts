import "server-only";
import { request } from "node:https";
import type { LookupFunction } from "node:net";
import { ProbeFailure } from "@/lib/probes/errors";
import { ipv4First, resolveHost } from "@/lib/probes/resolver";
import type { ProbeRun } from "@/lib/probes/run";
import type { AllowedTarget } from "@/lib/probes/targets";
import { httpsProxyAgent } from "./proxy";

// Through the probe's proxy the proxy resolves the name; otherwise our resolver does.
const proxied = (lookup: LookupFunction) => {
  const agent = httpsProxyAgent();
  return agent ? { agent } : { lookup };
};

export const maxResponseBytes = 256 * 1024;

export type HttpsResponse = { status: number; headers: Record<string, string>; body: string };

// Entra calls go through node:https with our resolver (ECE_DOCTOR_DNS_SERVERS), a bounded body and the probe's
// clock. Only the login target of the cloud profile can be reached: the URL's host and port must be that target's.
export function httpsRequest(
  run: ProbeRun,
  target: AllowedTarget,
  method: "GET" | "POST",
  path: string,
  options: { body?: string; headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<HttpsResponse> {
  if (target.service !== "login") throw new ProbeFailure("REFUSED_TARGET", "Entra requests go only to the cloud's login host.", run.currentPhase);
  const lookup: LookupFunction = (hostname, lookupOptions, callback) => {
    resolveHost(hostname, { timeoutMs: run.timeouts.dnsMs, signal: run.signal })
      .then(({ addresses }) => {
        const [address] = ipv4First(addresses);
        if (address === undefined) throw new ProbeFailure("ENOTFOUND", `${hostname} has no address.`, "dns");
        run.remoteAddress = address;
        const family = address.includes(":") ? 6 : 4;
        if (typeof lookupOptions === "object" && lookupOptions.all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address, family }]);
        else callback(null, address, family);
      })
      .catch((error: NodeJS.ErrnoException) => callback(error, "", 4));
  };
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { Accept: "application/json", ...options.headers };
    if (options.body !== undefined) headers["Content-Length"] = Buffer.byteLength(options.body);
    const req = request(
      { host: target.host, port: target.port, path, method, headers, ...proxied(lookup), servername: target.host, signal: run.signal, timeout: options.timeoutMs ?? run.timeouts.commandMs },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxResponseBytes) {
            req.destroy(new ProbeFailure("TOO_MUCH_DATA", `The answer is larger than ${maxResponseBytes} bytes.`, run.currentPhase));
            return;
          }
          chunks.push(chunk);
        });
        res.on("error", reject);
        res.on("end", () => {
          const flat: Record<string, string> = {};
          for (const [key, value] of Object.entries(res.headers)) if (value !== undefined) flat[key] = Array.isArray(value) ? value.join(", ") : value;
          resolve({ status: res.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks).toString("utf8") });
        });
      },
    );
    req.on("timeout", () => req.destroy(new ProbeFailure("TIMEOUT", "No answer from the login host in time.", run.currentPhase)));
    req.on("error", reject);
    req.end(options.body);
  });
}
