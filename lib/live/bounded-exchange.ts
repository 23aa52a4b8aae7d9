import "server-only";
import type { ClientRequest, IncomingMessage } from "node:http";
import { ProbeFailure } from "@/lib/probes/errors";
import type { ProbeRun } from "@/lib/probes/run";

export const maxResponseBytes = 256 * 1024;

export type HttpsResponse = { status: number; headers: Record<string, string>; body: string };

export type ExchangeOptions = { body?: string; headers?: Record<string, string>; timeoutMs?: number };

// One request and its answer, read within maxResponseBytes and the probe's clock. `open` makes the request (over a
// fenced socket, or through the probe's proxy); `close` frees what it holds once the answer is in or has failed.
export function boundedExchange(
  run: ProbeRun,
  options: ExchangeOptions,
  open: (
    headers: Record<string, string | number>,
    timeout: number,
    onResponse: (res: IncomingMessage) => void,
  ) => ClientRequest,
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
          req.destroy(
            new ProbeFailure("TOO_MUCH_DATA", `The answer is larger than ${maxResponseBytes} bytes.`, run.currentPhase),
          );
          return;
        }
        chunks.push(chunk);
      });
      res.on("error", reject);
      res.on("end", () => {
        close();
        const flat: Record<string, string> = {};
        for (const [key, value] of Object.entries(res.headers))
          if (value !== undefined) flat[key] = Array.isArray(value) ? value.join(", ") : value;
        resolve({ status: res.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks).toString("utf8") });
      });
    });
    req.on("timeout", () =>
      req.destroy(new ProbeFailure("TIMEOUT", "No answer from the login host in time.", run.currentPhase)),
    );
    req.on("error", (error) => {
      close();
      reject(error);
    });
    req.end(options.body);
  });
}
