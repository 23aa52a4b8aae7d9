import "server-only";
import { type ClientRequest, type IncomingMessage, request } from "node:http";
import { certificateFailure, openConnection, type ProbeDeps } from "@/lib/probes/connect";
import { ProbeFailure } from "@/lib/probes/errors";
import type { ProbeRun } from "@/lib/probes/run";
import type { AllowedTarget } from "@/lib/probes/targets";
import { proxiedHttpsRequest } from "./proxied-https";
import { httpsProxyAgent } from "./proxy";

export const maxResponseBytes = 256 * 1024;

export type HttpsResponse = { status: number; headers: Record<string, string>; body: string };

// Entra calls get their socket from the probes' connect path (lib/probes/connect.ts): the same allow-list, resolver
// (ECE_DOCTOR_DNS_SERVERS) and address policy on every resolved address as the mail probes, then HTTP over that TLS
// socket with a bounded body and the probe's clock. A certificate that is not accepted stops the request before it
// is sent, so a secret never goes to a server that could not prove its name.
export async function httpsRequest(
  run: ProbeRun,
  target: AllowedTarget,
  method: "GET" | "POST",
  path: string,
  options: ExchangeOptions & { deps?: ProbeDeps } = {},
): Promise<HttpsResponse> {
  if (target.service !== "login") throw new ProbeFailure("REFUSED_TARGET", "Entra requests go only to the cloud's login host.", run.currentPhase);
  const proxyAgent = httpsProxyAgent();
  if (proxyAgent) return proxiedHttpsRequest(run, target, method, path, options, proxyAgent);
  const connection = await openConnection({ target, tls: "implicit", run, ...(options.deps ? { deps: options.deps } : {}) });
  const refused = connection.tls ? certificateFailure(connection.tls, target.host) : new ProbeFailure("TLS_ERROR", "No TLS session with the login host.", "tls");
  if (refused) {
    connection.socket.destroy();
    throw refused;
  }
  return boundedExchange(
    run,
    options,
    (headers, timeout, onResponse) =>
      request({ host: target.host, port: target.port, path, method, headers, createConnection: () => connection.socket, signal: run.signal, timeout }, onResponse),
    () => connection.socket.destroy(),
  );
}

export type ExchangeOptions = { body?: string; headers?: Record<string, string>; timeoutMs?: number };

// One request and its answer, read within maxResponseBytes and the probe's clock. `open` makes the request (over a
// fenced socket, or through the probe's proxy); `close` frees what it holds once the answer is in or has failed.
export function boundedExchange(
  run: ProbeRun,
  options: ExchangeOptions,
  open: (headers: Record<string, string | number>, timeout: number, onResponse: (res: IncomingMessage) => void) => ClientRequest,
  close: () => void = () => {},
): Promise<HttpsResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { Accept: "application/json", ...options.headers };
    if (options.body !== undefined) headers["Content-Length"] = Buffer.byteLength(options.body);
    const req = open(headers, options.timeoutMs ?? run.timeouts.commandMs, (res) => {
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
        close();
        const flat: Record<string, string> = {};
        for (const [key, value] of Object.entries(res.headers)) if (value !== undefined) flat[key] = Array.isArray(value) ? value.join(", ") : value;
        resolve({ status: res.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks).toString("utf8") });
      });
    });
    req.on("timeout", () => req.destroy(new ProbeFailure("TIMEOUT", "No answer from the login host in time.", run.currentPhase)));
    req.on("error", (error) => {
      close();
      reject(error);
    });
    req.end(options.body);
  });
}
