import "server-only";
import type { Agent } from "node:http";
import { request } from "node:https";
import { ProbeFailure } from "@/lib/probes/errors";
import type { ProbeRun } from "@/lib/probes/run";
import type { AllowedTarget } from "@/lib/probes/targets";
import type { HttpsResponse } from "./https-client";

const maxResponseBytes = 256 * 1024;

// Only the probe on an ECE server that must use a proxy for 443 (--proxy / HTTPS_PROXY) comes here: the proxy, not
// this process, resolves and reaches the login host, so the address policy of lib/probes/connect.ts cannot apply.
// The host and port are still the cloud profile's login target, and the certificate is still verified end to end.
export function proxiedHttpsRequest(
  run: ProbeRun,
  target: AllowedTarget,
  method: "GET" | "POST",
  path: string,
  options: { body?: string; headers?: Record<string, string>; timeoutMs?: number },
  agent: Agent,
): Promise<HttpsResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { Accept: "application/json", ...options.headers };
    if (options.body !== undefined) headers["Content-Length"] = Buffer.byteLength(options.body);
    const req = request(
      { host: target.host, port: target.port, path, method, headers, agent, servername: target.host, signal: run.signal, timeout: options.timeoutMs ?? run.timeouts.commandMs },
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
