// An msal-node network client (system.networkClient) that resolves host names through given DNS servers (the
// simulator's, "127.0.0.1:<port>") instead of the system resolver, and keeps a redacted transcript with the real cause
// of network failures (which MSAL's own client hides behind "fetch failed").
// It uses node:https with a custom `lookup`, so TLS still checks the certificate against the URL's host name (SNI too).

import { Resolver } from "node:dns";
import { request } from "node:https";
import type { LookupFunction } from "node:net";
import { rootCertificates } from "node:tls";
import { AuthError, type INetworkModule, type NetworkRequestOptions, type NetworkResponse } from "@azure/msal-node";

export type TranscriptEntry = {
  method: "GET" | "POST";
  url: string;
  requestBody?: string;
  status?: number;
  ms?: number;
  responseBody?: string;
  error?: { code?: string; message: string };
};

export type DnsNetworkClientOptions = {
  /** e.g. ["127.0.0.1:19400"]. */
  dnsServers: string[];
  /** Extra trusted CA certificates (PEM), added to Node's roots; NODE_EXTRA_CA_CERTS also works when set at start. */
  ca?: string | string[];
  /** Default timeout for requests without one, in ms. */
  timeoutMs?: number;
};

const secretFields = /(client_secret|code|refresh_token|code_verifier|client_assertion|password|device_code)=([^&]*)/g;

/** A lookup function for net/tls/https that asks the given DNS servers (A records only). */
export function dnsLookup(dnsServers: string[]): LookupFunction {
  const resolver = new Resolver({ timeout: 2000, tries: 1 });
  resolver.setServers(dnsServers);
  return (hostname, options, callback) => {
    const all = typeof options === "object" && options !== null && (options as { all?: boolean }).all === true;
    const done = (err: NodeJS.ErrnoException | null, address?: string): void => {
      if (err || !address) {
        const e: NodeJS.ErrnoException = err ?? new Error(`queryA ENOTFOUND ${hostname}`);
        (callback as (err: NodeJS.ErrnoException) => void)(e);
      } else if (all) {
        (callback as (err: null, addresses: { address: string; family: number }[]) => void)(null, [
          { address, family: 4 },
        ]);
      } else {
        callback(null, address, 4);
      }
    };
    if (/^\d{1,3}(\.\d{1,3}){3}$/.test(hostname)) return done(null, hostname);
    resolver.resolve4(hostname, (err, addresses) => done(err, addresses?.[0]));
  };
}

export class DnsNetworkClient implements INetworkModule {
  readonly transcript: TranscriptEntry[] = [];
  lastError: TranscriptEntry["error"] | null = null;
  private readonly lookup: LookupFunction;
  private readonly ca: string[] | undefined;

  constructor(private readonly options: DnsNetworkClientOptions) {
    this.lookup = dnsLookup(options.dnsServers);
    const extra = options.ca === undefined ? [] : Array.isArray(options.ca) ? options.ca : [options.ca];
    this.ca = extra.length > 0 ? [...rootCertificates, ...extra] : undefined;
  }

  sendGetRequestAsync<T>(url: string, options?: NetworkRequestOptions, timeout?: number): Promise<NetworkResponse<T>> {
    return this.send<T>("GET", url, options, timeout);
  }

  sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    return this.send<T>("POST", url, options);
  }

  private send<T>(
    method: "GET" | "POST",
    url: string,
    options?: NetworkRequestOptions,
    timeout?: number,
  ): Promise<NetworkResponse<T>> {
    const entry: TranscriptEntry = { method, url, requestBody: options?.body?.replace(secretFields, "$1=***") };
    this.transcript.push(entry);
    const started = Date.now();
    const body = method === "POST" ? (options?.body ?? "") : undefined;
    return new Promise<NetworkResponse<T>>((resolve, reject) => {
      const fail = (code: string | undefined, message: string): void => {
        entry.error = { code, message };
        entry.ms = Date.now() - started;
        this.lastError = entry.error;
        reject(new AuthError("network_error", `Network request failed: ${message}${code ? ` (${code})` : ""}`));
      };
      const headers: Record<string, string | number> = { ...(options?.headers ?? {}) };
      if (body !== undefined) headers["Content-Length"] = Buffer.byteLength(body);
      const req = request(
        url,
        { method, headers, lookup: this.lookup, ca: this.ca, timeout: timeout ?? this.options.timeoutMs ?? 10_000 },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("error", (e: NodeJS.ErrnoException) => fail(e.code, e.message));
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            entry.status = res.statusCode;
            entry.ms = Date.now() - started;
            entry.responseBody = text.slice(0, 4000);
            const responseHeaders: Record<string, string> = {};
            for (const [k, v] of Object.entries(res.headers))
              if (v !== undefined) responseHeaders[k] = Array.isArray(v) ? v.join(", ") : v;
            try {
              resolve({ headers: responseHeaders, body: JSON.parse(text) as T, status: res.statusCode ?? 0 });
            } catch (e) {
              entry.error = { message: `Failed to parse response: ${(e as Error).message}` };
              this.lastError = entry.error;
              reject(new AuthError("token_parsing_error", `Failed to parse response: ${(e as Error).message}`));
            }
          });
        },
      );
      req.on("timeout", () => req.destroy(Object.assign(new Error("Request timeout"), { code: "ETIMEDOUT" })));
      req.on("error", (e: NodeJS.ErrnoException) => fail(e.code, e.message));
      req.end(body);
    });
  }
}
